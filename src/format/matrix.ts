// The reviewer's matrix over a folder of reports: one row a report (issuer, year), one column a
// required part (a checklist rule) or an area (an item of a rule that checks several, such as
// require-topics' topics), each cell ✓ / ⚠ / ✗ / –, with counts per column. Built from results
// alone; summary, html and csv print it.
import path from 'node:path';
import type { FormatterContext, LintResult } from '../results.js';
import { checklistRuleIds, displayPath, statusOf, type PartStatus } from './checklist.js';

export interface MatrixColumn {
  /** Unique: the rule id, or "rule-id:item-id". */
  key: string;
  ruleId: string;
  itemId?: string;
  /** Short, for a column head ("标题", "行政复议"). */
  label: string;
  /** Long, for a tooltip or a CSV reader ("报告须有标题…", "覆盖领域:行政复议"). */
  title: string;
}

export interface MatrixRow {
  file: string;
  issuer: string | null;
  year: number | null;
  /** One per column; empty for an unreadable file. */
  cells: PartStatus[];
  /** Why the file could not be checked, if so. */
  fatal: string | null;
}

export interface ColumnCounts {
  missing: number;
  weak: number;
  present: number;
  unchecked: number;
}

export interface Matrix {
  columns: MatrixColumn[];
  rows: MatrixRow[];
  counts: ColumnCounts[];
}

/**
 * Items of one rule across reports, in an order every report agrees with: an item a report lists
 * goes right after the one it follows there (a township's six topics and a county's twelve make
 * the catalogue's order, whichever report comes first).
 */
function mergeItems(lists: Array<Array<{ id: string; name: string }>>): Array<{ id: string; name: string }> {
  const merged: Array<{ id: string; name: string }> = [];
  for (const list of lists) {
    list.forEach((item, i) => {
      if (merged.some((m) => m.id === item.id)) return;
      const before = i === 0 ? -1 : merged.findIndex((m) => m.id === list[i - 1]!.id);
      merged.splice(before + 1, 0, item);
    });
  }
  return merged;
}

function unreadable(result: LintResult): string | null {
  const fatal = result.messages.filter((m) => m.fatal && m.ruleId === null);
  return fatal.length ? fatal.map((m) => m.message).join(';') : null;
}

export function buildMatrix(results: LintResult[], context: FormatterContext): Matrix {
  const columns: MatrixColumn[] = [];
  for (const ruleId of checklistRuleIds(context)) {
    const meta = context.rulesMeta[ruleId]!;
    const label = meta.label ?? ruleId;
    const lists = results.map((r) => r.checkedItems?.[ruleId]).filter((list) => list !== undefined);
    if (lists.length > 0) {
      for (const item of mergeItems(lists)) columns.push({ key: `${ruleId}:${item.id}`, ruleId, itemId: item.id, label: item.name, title: `${label}:${item.name}` });
      continue;
    }
    // Without the list of rules run (a custom engine), every checklist rule is a column.
    const ranSomewhere = results.some((r) => !r.checkedRules || r.checkedRules.includes(ruleId));
    if (ranSomewhere || meta.recommended !== false) columns.push({ key: ruleId, ruleId, label, title: meta.description });
  }
  const rows = results.map((result): MatrixRow => {
    const fatal = unreadable(result);
    const base = { file: displayPath(result.filePath, context.cwd), issuer: result.outline?.issuer ?? null, year: result.outline?.year ?? null, fatal };
    if (fatal) return { ...base, cells: [] };
    const cells = columns.map((column): PartStatus => {
      const messages = result.messages.filter((m) => m.ruleId === column.ruleId);
      if (column.itemId === undefined) return statusOf(messages, !result.checkedRules || result.checkedRules.includes(column.ruleId));
      const checked = result.checkedItems?.[column.ruleId]?.some((item) => item.id === column.itemId) ?? false;
      return statusOf(messages.filter((m) => m.item === column.itemId), checked);
    });
    return { ...base, cells };
  });
  const counts = columns.map((_, col) => {
    const tally: ColumnCounts = { missing: 0, weak: 0, present: 0, unchecked: 0 };
    for (const row of rows) if (row.cells[col]) tally[row.cells[col]!]++;
    return tally;
  });
  return { columns, rows, counts };
}

/** How a row names its report: the issuer the outline read, else the file's name. */
export function rowName(row: MatrixRow): string {
  return row.issuer ?? path.basename(row.file);
}

/** Worst first: what a reviewer sorts a column for. */
export const STATUS_RANK: Record<PartStatus, number> = { missing: 0, weak: 1, unchecked: 2, present: 3 };
