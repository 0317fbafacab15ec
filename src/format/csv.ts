// The reviewer's matrix (src/format/matrix.ts) as CSV for Excel and LibreOffice Calc: a row per
// report (file, issuer, year), a column per required part or area, then the counts per column
// below a blank row (so a spreadsheet's filters and sorting take the reports only). RFC 4180: fields
// quoted where needed, CRLF line ends; UTF-8 with a byte order mark, without which Excel reads
// the file in the system's ANSI code page and the Chinese comes out garbled.
import type { Formatter } from '../results.js';
import { checklistStrings, type PartStatus } from './checklist.js';
import { buildMatrix } from './matrix.js';

const STRINGS = {
  zh: { head: ['文件', '单位', '年度'], note: '说明', counts: { missing: '缺失(份)', weak: '不足(份)', present: '具备(份)', unchecked: '未检查(份)' } },
  en: { head: ['File', 'Issuer', 'Year'], note: 'Note', counts: { missing: 'missing (reports)', weak: 'weak (reports)', present: 'present (reports)', unchecked: 'not checked (reports)' } },
};

/**
 * One field: quoted when it holds a comma, a quote, a line break or edge spaces. A field starting
 * with = + - @ (a report's text is not trusted) gets a leading apostrophe, so a spreadsheet shows
 * it as text instead of running it as a formula.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const csv: Formatter = (results, context) => {
  const s = STRINGS[context.locale];
  const status = checklistStrings(context.locale).status;
  const { columns, rows, counts } = buildMatrix(results, context);
  const lines: string[][] = [[...s.head, ...columns.map((c) => c.label), s.note]];
  for (const row of rows) {
    const cells = row.fatal ? columns.map(() => '') : row.cells.map((cell: PartStatus) => status[cell]);
    lines.push([row.file, row.issuer ?? '', row.year === null ? '' : String(row.year), ...cells, row.fatal ?? '']);
  }
  // A blank row of empty fields (every record as wide as the header, as RFC 4180 asks).
  lines.push(lines[0]!.map(() => ''));
  for (const key of ['missing', 'weak', 'present', 'unchecked'] as const) {
    lines.push([s.counts[key], '', '', ...counts.map((c) => String(c[key])), '']);
  }
  return '\uFEFF' + lines.map((line) => line.map(csvField).join(',')).join('\r\n') + '\r\n';
};

export default csv;
