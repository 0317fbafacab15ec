// The reviewer's matrix (src/format/matrix.ts) as CSV for Excel and LibreOffice Calc: a row per
// report (file, issuer, year), a column per required part or area, then the counts per column
// below a blank row (so a spreadsheet's filters and sorting take the reports only). RFC 4180: fields
// quoted where needed, CRLF line ends; UTF-8 with a byte order mark, without which Excel reads
// the file in the system's ANSI code page and the Chinese comes out garbled.
import type { Formatter } from '../results.js';
import { uiText } from '../i18n/ui-text.js';
import { statusText, type PartStatus } from './checklist.js';
import { buildMatrix } from './matrix.js';

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
  const { locale } = context;
  const { columns, rows, counts } = buildMatrix(results, context);
  const head = [uiText(locale, 'matrix.file'), uiText(locale, 'matrix.issuer'), uiText(locale, 'matrix.year')];
  const lines: string[][] = [[...head, ...columns.map((c) => c.label), uiText(locale, 'csv.note')]];
  for (const row of rows) {
    const cells = row.fatal ? columns.map(() => '') : row.cells.map((cell: PartStatus) => statusText(locale, cell));
    lines.push([row.file, row.issuer ?? '', row.year === null ? '' : String(row.year), ...cells, row.fatal ?? '']);
  }
  // A blank row of empty fields (every record as wide as the header, as RFC 4180 asks).
  lines.push(lines[0]!.map(() => ''));
  for (const key of ['missing', 'weak', 'present', 'unchecked'] as const) {
    lines.push([uiText(locale, `csv.count.${key}`), '', '', ...counts.map((c) => String(c[key])), '']);
  }
  return '\uFEFF' + lines.map((line) => line.map(csvField).join(',')).join('\r\n') + '\r\n';
};

export default csv;
