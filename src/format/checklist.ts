// The reviewer's checklist: per report, the facts recovered from it (title, year, issuer, date)
// and, for each checklist rule, whether the required part is present, weak or missing.
// Printed as Markdown tables, padded so they also line up in a terminal.
import path from 'node:path';
import type { Locale } from '../rule-api.js';
import type { Formatter, FormatterContext, LintMessage, LintResult } from '../results.js';
import { uiText } from '../i18n/ui-text.js';
import { displayWidth, padEnd } from './width.js';

export type PartStatus = 'present' | 'weak' | 'missing' | 'unchecked';

export interface ChecklistRow {
  ruleId: string;
  /** For a rule that checks several items (require-topics): the item of this row, one row each. */
  item?: { id: string; name: string };
  /** The requirement, from the rule's description. */
  requirement: string;
  status: PartStatus;
  /** The rule's messages on this report (the reasons for ⚠ and ✗). */
  messages: LintMessage[];
}

export interface ReportFacts {
  title: string | null;
  year: number | null;
  issuer: string | null;
  date: string | null;
}

export interface ReportChecklist {
  facts: ReportFacts;
  rows: ChecklistRow[];
  /** Messages of other rules (quality, typography), counted but not tabled. */
  otherMessages: number;
  /** Why the file could not be checked at all (unreadable, empty …), if so. */
  fatal: string[];
}

/** "✓ 具备" / "✓ present" …: a row's status as the checklist tables show it. */
export function statusText(locale: Locale, status: PartStatus): string {
  return uiText(locale, `checklist.status.${status}`);
}

/** "第 3 行:" / "line 3: ", "第 3 段:" for a .docx or .html, linted as its paragraphs. */
export function placeText(locale: Locale, number: number, unit: LintResult['locationUnit']): string {
  return uiText(locale, unit === 'paragraph' ? 'checklist.atParagraph' : 'checklist.atLine', { number });
}

/** "结论:2 项缺失,1 项不足;另有 3 个其他问题。" */
export function verdictText(locale: Locale, missing: number, weak: number, other: number): string {
  return uiText(locale, 'checklist.verdict', { missing, weak, others: other ? uiText(locale, 'checklist.verdictOthers', { count: other }) : '' });
}

/** The checklist rules, in registry order. */
export function checklistRuleIds(context: FormatterContext): string[] {
  return Object.entries(context.rulesMeta)
    .filter(([, meta]) => meta.type === 'checklist')
    .map(([id]) => id);
}

/** ✗ with a "missing" (or fatal) message, ⚠ with others, ✓ with none, – when not checked. */
export function statusOf(messages: LintMessage[], checked: boolean): PartStatus {
  if (messages.length > 0) return messages.some((m) => m.messageId === 'missing' || m.fatal) ? 'missing' : 'weak';
  return checked ? 'present' : 'unchecked';
}

export function reportChecklist(result: LintResult, context: FormatterContext): ReportChecklist {
  const outline = result.outline;
  const facts: ReportFacts = {
    title: outline?.title?.text ?? null,
    year: outline?.year ?? null,
    issuer: outline?.issuer ?? null,
    date: outline?.date?.text ?? null,
  };
  const ids = checklistRuleIds(context);
  const rows = ids.flatMap((ruleId): ChecklistRow[] => {
    const meta = context.rulesMeta[ruleId]!;
    const messages = result.messages.filter((m) => m.ruleId === ruleId);
    // Without the list of rules run (a custom engine), a rule with no message counts as passed.
    const checked = result.checkedRules ? result.checkedRules.includes(ruleId) : true;
    const items = result.checkedItems?.[ruleId];
    // A rule that checks several items (require-topics) is a row per item: the areas covered.
    if (items) {
      const label = meta.label ?? meta.description;
      return items.map((item) => {
        const own = messages.filter((m) => m.item === item.id);
        return { ruleId, item, requirement: `${label}:${item.name}`, status: statusOf(own, true), messages: own };
      });
    }
    // A checklist a config opts into (require-topics), not run here, is no required part of this report.
    if (!checked && meta.recommended === false) return [];
    return [{ ruleId, requirement: meta.description, status: statusOf(messages, checked), messages }];
  });
  const tabled = new Set(ids);
  const fatal = result.messages.filter((m) => m.fatal && m.ruleId === null).map((m) => m.message);
  const otherMessages = result.messages.filter((m) => !(m.ruleId && tabled.has(m.ruleId)) && !(m.fatal && m.ruleId === null)).length;
  return { facts, rows, otherMessages, fatal };
}

export function displayPath(filePath: string, cwd: string): string {
  return path.relative(cwd, filePath) || filePath;
}

/** A Markdown table cell: no line breaks, pipes escaped. */
function cell(text: string): string {
  return text.replace(/\r?\n|\r/g, ' ').replace(/\|/g, '\\|');
}

/** A Markdown table padded to line up in a terminal; the last column is left ragged. */
export function markdownTable(header: string[], rows: string[][]): string {
  const all = [header, ...rows].map((row) => row.map(cell));
  // The last column is left ragged: padding a long reason only adds trailing spaces.
  const widths = header.map((_, col) => Math.max(...all.map((row) => displayWidth(row[col]!))));
  const line = (row: string[]) =>
    `| ${row.map((text, col) => (col === row.length - 1 ? text : padEnd(text, widths[col]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, col) => '-'.repeat(col === widths.length - 1 ? 3 : w + 2)).join('|')}|`;
  return [line(all[0]!), rule, ...all.slice(1).map(line)].join('\n');
}

export function renderChecklist(result: LintResult, context: FormatterContext): string {
  const { locale } = context;
  const list = reportChecklist(result, context);
  let out = `## ${displayPath(result.filePath, context.cwd)}\n\n`;
  if (list.fatal.length > 0) return `${out}${uiText(locale, 'checklist.fatal', { reasons: list.fatal.join(';') })}\n`;
  const { facts } = list;
  const unknown = uiText(locale, 'format.notFound');
  out += markdownTable([uiText(locale, 'checklist.item'), uiText(locale, 'checklist.found')], [
    [uiText(locale, 'checklist.title'), facts.title ?? unknown],
    [uiText(locale, 'checklist.year'), facts.year === null ? unknown : String(facts.year)],
    [uiText(locale, 'checklist.issuer'), facts.issuer ?? unknown],
    [uiText(locale, 'checklist.date'), facts.date ?? unknown],
  ]);
  out += '\n\n';
  out += markdownTable(
    [uiText(locale, 'checklist.status'), uiText(locale, 'checklist.requirement'), uiText(locale, 'checklist.notes')],
    list.rows.map((row) => [
      statusText(locale, row.status),
      row.requirement,
      // The reasons alone: the row names the requirement, whose basis the rule's docs give.
      row.messages.map((m) => `${placeText(locale, m.line, result.locationUnit)}${m.message}`).join(';'),
    ]),
  );
  const missing = list.rows.filter((r) => r.status === 'missing').length;
  const weak = list.rows.filter((r) => r.status === 'weak').length;
  return `${out}\n\n${verdictText(locale, missing, weak, list.otherMessages)}\n`;
}

const checklist: Formatter = (results, context) => results.map((result) => renderChecklist(result, context)).join('\n');

export default checklist;
