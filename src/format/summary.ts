// The reviewer's overview of a folder of reports: totals, how many reports fail each rule
// (split into missing and weak), and the reports with the most problems first.
import type { Locale } from '../rule-api.js';
import type { Formatter, LintResult } from '../results.js';
import { uiText } from '../i18n/ui-text.js';
import { displayPath, markdownTable } from './checklist.js';
import { buildMatrix, rowName } from './matrix.js';
import type { PartStatus } from './checklist.js';
import { displayWidth, padEnd } from './width.js';

/** How many of the worst reports are listed; the rest are counted. */
export const WORST_REPORTS_SHOWN = 20;

interface RuleTally {
  ruleId: string;
  reports: number;
  missing: number;
  weak: number;
}

/**
 * "141 份缺少……": when every failing report lacks the part, the rule's own "missing" message
 * (up to its first colon, without placeholders) says it best; otherwise the requirement is named.
 */
function headlineWhat(tally: RuleTally, missing: string | undefined, description: string | undefined, fallsShort: (d: string) => string): string {
  const short = missing?.split(/[::]/)[0];
  if (tally.weak === 0 && short && !short.includes('{{')) return short;
  return fallsShort(description ?? tally.ruleId);
}

/** "12 份(缺失 9,不足 3)": how many reports fail a rule, split for a required part. */
function ruleLine(tally: RuleTally, split: boolean, locale: Locale): string {
  const detail = split ? uiText(locale, 'summary.ruleSplit', { missing: tally.missing, weak: tally.weak }) : '';
  return uiText(locale, 'summary.ruleLine', { reports: tally.reports, split: detail });
}

function isUnreadable(result: LintResult): boolean {
  return result.messages.some((m) => m.fatal && m.ruleId === null);
}

const SYMBOLS: Record<PartStatus, string> = { present: '✓', weak: '⚠', missing: '✗', unchecked: '–' };

/** Who left which required part or area out: a row per readable report, a column per part or area. */
function matrixLines(checked: LintResult[], context: Parameters<Formatter>[1]): string[] {
  const { locale } = context;
  const { columns, rows, counts } = buildMatrix(checked, context);
  if (columns.length === 0 || rows.length === 0) return [];
  const body = rows.map((row) => [rowName(row), row.year === null ? uiText(locale, 'format.notFound') : String(row.year), ...row.cells.map((c) => SYMBOLS[c]), row.file]);
  const total = (label: string, pick: (i: number) => number) => [label, '', ...columns.map((_, i) => String(pick(i))), ''];
  body.push(total(uiText(locale, 'matrix.missing'), (i) => counts[i]!.missing), total(uiText(locale, 'matrix.weak'), (i) => counts[i]!.weak));
  const head = [uiText(locale, 'matrix.issuer'), uiText(locale, 'matrix.year'), ...columns.map((c) => c.label), uiText(locale, 'matrix.file')];
  return [uiText(locale, 'summary.matrix'), markdownTable(head, body)];
}

const summary: Formatter = (results, context) => {
  const { locale } = context;
  const unreadable = results.filter(isUnreadable);
  const checked = results.filter((r) => !isUnreadable(r));
  const withErrors = checked.filter((r) => r.errorCount > 0);
  const warningsOnly = checked.filter((r) => r.errorCount === 0 && r.warningCount > 0);
  const clean = checked.length - withErrors.length - warningsOnly.length;

  const tallies = new Map<string, RuleTally>();
  for (const result of checked) {
    const byRule = new Map<string, boolean>(); // rule id → has a "missing" message
    for (const m of result.messages) {
      if (!m.ruleId) continue;
      byRule.set(m.ruleId, (byRule.get(m.ruleId) ?? false) || m.messageId === 'missing');
    }
    for (const [ruleId, missing] of byRule) {
      const tally = tallies.get(ruleId) ?? { ruleId, reports: 0, missing: 0, weak: 0 };
      tally.reports++;
      if (missing) tally.missing++;
      else tally.weak++;
      tallies.set(ruleId, tally);
    }
  }
  // Registry order breaks ties, so the output is stable.
  const order = Object.keys(context.rulesMeta);
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  const sorted = [...tallies.values()].sort((a, b) => b.reports - a.reports || rank(a.ruleId) - rank(b.ruleId) || a.ruleId.localeCompare(b.ruleId));

  const lines: string[] = [
    uiText(locale, 'summary.totals', {
      checked: checked.length,
      errors: withErrors.length,
      warningsOnly: warningsOnly.length,
      clean,
      unreadable: unreadable.length ? uiText(locale, 'summary.totalsUnreadable', { count: unreadable.length }) : '',
    }),
  ];
  const fallsShort = (requirement: string) => uiText(locale, 'summary.fallsShort', { requirement });
  for (const tally of sorted) {
    const meta = context.rulesMeta[tally.ruleId];
    lines.push(`  ${uiText(locale, 'summary.headline', { reports: tally.reports, what: headlineWhat(tally, meta?.messages?.missing, meta?.description, fallsShort) })}`);
  }
  if (sorted.length > 0) {
    lines.push('', uiText(locale, 'summary.byRule'));
    // Missing versus weak means something only for the required parts (checklist rules).
    const labels = sorted.map((t) => ruleLine(t, context.rulesMeta[t.ruleId]?.type === 'checklist', locale));
    const idWidth = Math.max(...sorted.map((t) => t.ruleId.length));
    const labelWidth = Math.max(...labels.map(displayWidth));
    sorted.forEach((t, i) => {
      lines.push(`  ${t.ruleId.padEnd(idWidth)}  ${padEnd(labels[i]!, labelWidth)}  ${context.rulesMeta[t.ruleId]?.description ?? ''}`.trimEnd());
    });
  }

  const failing = [...withErrors, ...warningsOnly].sort(
    (a, b) => b.errorCount - a.errorCount || b.warningCount - a.warningCount || a.filePath.localeCompare(b.filePath),
  );
  if (failing.length > 0) {
    lines.push('', uiText(locale, 'summary.worst'));
    const shown = failing.slice(0, WORST_REPORTS_SHOWN);
    const counts = shown.map((r) => uiText(locale, 'format.counts', { errors: r.errorCount, warnings: r.warningCount }));
    const width = Math.max(...counts.map(displayWidth));
    // Who and which year, as the outline read them: a reviewer knows reports by their issuer.
    const names = shown.map((r) =>
      [r.outline?.issuer ?? uiText(locale, 'summary.unknownIssuer'), r.outline?.year == null ? '' : uiText(locale, 'summary.year', { year: r.outline.year })].join(' ').trim(),
    );
    shown.forEach((r, i) => {
      const rules = [...new Set(r.messages.map((m) => m.ruleId).filter((id): id is string => id !== null))];
      lines.push(`  ${padEnd(counts[i]!, width)}  ${displayPath(r.filePath, context.cwd)}  ${names[i]}  (${rules.join(', ')})`);
    });
    if (failing.length > shown.length) lines.push(`  ${uiText(locale, 'summary.more', { count: failing.length - shown.length })}`);
  } else if (checked.length > 0) {
    lines.push('', uiText(locale, 'summary.allClean'));
  }
  const matrix = matrixLines(checked, context);
  if (matrix.length > 0) lines.push('', ...matrix);
  if (unreadable.length > 0) {
    lines.push('', uiText(locale, 'summary.unreadable'));
    for (const r of unreadable) {
      lines.push(`  ${displayPath(r.filePath, context.cwd)}: ${r.messages.filter((m) => m.fatal).map((m) => m.message).join('; ')}`);
    }
  }
  return lines.join('\n') + '\n';
};

export default summary;
