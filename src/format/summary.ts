// The reviewer's overview of a folder of reports: totals, how many reports fail each rule
// (split into missing and weak), and the reports with the most problems first.
import type { Formatter, LintResult } from '../results.js';
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

const STRINGS = {
  zh: {
    totals: (checked: number, errors: number, warningsOnly: number, clean: number, unreadable: number) =>
      `共检查 ${checked} 份报告:${errors} 份有错误,${warningsOnly} 份只有警告,${clean} 份通过${unreadable ? `,${unreadable} 份无法读取` : ''}。`,
    headline: (n: number, what: string) => `其中 ${n} 份${what}`,
    fallsShort: (requirement: string) => `不符合“${requirement}”`,
    byRule: '各项检查未通过的报告数(多者在前):',
    ruleLine: (t: RuleTally, split: boolean) => `${t.reports} 份${split ? `(缺失 ${t.missing},不足 ${t.weak})` : ''}`,
    worst: '问题最多的报告:',
    counts: (e: number, w: number) => `${e} 个错误,${w} 个警告`,
    unknownIssuer: '(未识别单位)',
    year: (y: number) => `${y}年度`,
    more: (n: number) => `……另有 ${n} 份报告有问题。`,
    unreadable: '无法读取的文件:',
    allClean: '所有报告均通过检查。',
    matrix: '覆盖矩阵(✓ 具备,⚠ 不足,✗ 缺失,– 未检查):',
    matrixHead: ['单位', '年度'],
    matrixFile: '文件',
    missingRow: '缺失',
    weakRow: '不足',
    unknown: '(未识别)',
  },
  en: {
    totals: (checked: number, errors: number, warningsOnly: number, clean: number, unreadable: number) =>
      `Checked ${checked} report${checked === 1 ? '' : 's'}: ${errors} with errors, ${warningsOnly} with warnings only, ${clean} clean${unreadable ? `, ${unreadable} unreadable` : ''}.`,
    headline: (n: number, what: string) => `${n} report${n === 1 ? '' : 's'}: ${what}`,
    fallsShort: (requirement: string) => `fall short of "${requirement}"`,
    byRule: 'Reports failing each check (most first):',
    ruleLine: (t: RuleTally, split: boolean) => `${t.reports} report${t.reports === 1 ? '' : 's'}${split ? ` (missing ${t.missing}, weak ${t.weak})` : ''}`,
    worst: 'Reports with the most problems:',
    counts: (e: number, w: number) => `${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}`,
    unknownIssuer: '(issuer not found)',
    year: (y: number) => String(y),
    more: (n: number) => `… and ${n} more report${n === 1 ? '' : 's'} with problems.`,
    unreadable: 'Files that could not be read:',
    allClean: 'Every report passed.',
    matrix: 'Matrix (✓ present, ⚠ weak, ✗ missing, – not checked):',
    matrixHead: ['Issuer', 'Year'],
    matrixFile: 'File',
    missingRow: 'missing',
    weakRow: 'weak',
    unknown: '(not found)',
  },
};

/**
 * "141 份缺少……": when every failing report lacks the part, the rule's own "missing" message
 * (up to its first colon, without placeholders) says it best; otherwise the requirement is named.
 */
function headlineWhat(tally: RuleTally, missing: string | undefined, description: string | undefined, fallsShort: (d: string) => string): string {
  const short = missing?.split(/[::]/)[0];
  if (tally.weak === 0 && short && !short.includes('{{')) return short;
  return fallsShort(description ?? tally.ruleId);
}

function isUnreadable(result: LintResult): boolean {
  return result.messages.some((m) => m.fatal && m.ruleId === null);
}

const SYMBOLS: Record<PartStatus, string> = { present: '✓', weak: '⚠', missing: '✗', unchecked: '–' };

/** Who left which required part or area out: a row per readable report, a column per part or area. */
function matrixLines(checked: LintResult[], context: Parameters<Formatter>[1]): string[] {
  const s = STRINGS[context.locale];
  const { columns, rows, counts } = buildMatrix(checked, context);
  if (columns.length === 0 || rows.length === 0) return [];
  const body = rows.map((row) => [rowName(row), row.year === null ? s.unknown : String(row.year), ...row.cells.map((c) => SYMBOLS[c]), row.file]);
  const total = (label: string, pick: (i: number) => number) => [label, '', ...columns.map((_, i) => String(pick(i))), ''];
  body.push(total(s.missingRow, (i) => counts[i]!.missing), total(s.weakRow, (i) => counts[i]!.weak));
  return [s.matrix, markdownTable([...s.matrixHead, ...columns.map((c) => c.label), s.matrixFile], body)];
}

const summary: Formatter = (results, context) => {
  const s = STRINGS[context.locale];
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

  const lines: string[] = [s.totals(checked.length, withErrors.length, warningsOnly.length, clean, unreadable.length)];
  for (const tally of sorted) {
    const meta = context.rulesMeta[tally.ruleId];
    lines.push(`  ${s.headline(tally.reports, headlineWhat(tally, meta?.messages?.missing, meta?.description, s.fallsShort))}`);
  }
  if (sorted.length > 0) {
    lines.push('', s.byRule);
    // Missing versus weak means something only for the required parts (checklist rules).
    const labels = sorted.map((t) => s.ruleLine(t, context.rulesMeta[t.ruleId]?.type === 'checklist'));
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
    lines.push('', s.worst);
    const shown = failing.slice(0, WORST_REPORTS_SHOWN);
    const counts = shown.map((r) => s.counts(r.errorCount, r.warningCount));
    const width = Math.max(...counts.map(displayWidth));
    // Who and which year, as the outline read them: a reviewer knows reports by their issuer.
    const names = shown.map((r) => [r.outline?.issuer ?? s.unknownIssuer, r.outline?.year == null ? '' : s.year(r.outline.year)].join(' ').trim());
    shown.forEach((r, i) => {
      const rules = [...new Set(r.messages.map((m) => m.ruleId).filter((id): id is string => id !== null))];
      lines.push(`  ${padEnd(counts[i]!, width)}  ${displayPath(r.filePath, context.cwd)}  ${names[i]}  (${rules.join(', ')})`);
    });
    if (failing.length > shown.length) lines.push(`  ${s.more(failing.length - shown.length)}`);
  } else if (checked.length > 0) {
    lines.push('', s.allClean);
  }
  const matrix = matrixLines(checked, context);
  if (matrix.length > 0) lines.push('', ...matrix);
  if (unreadable.length > 0) {
    lines.push('', s.unreadable);
    for (const r of unreadable) {
      lines.push(`  ${displayPath(r.filePath, context.cwd)}: ${r.messages.filter((m) => m.fatal).map((m) => m.message).join('; ')}`);
    }
  }
  return lines.join('\n') + '\n';
};

export default summary;
