// One self-contained HTML page a reviewer can open or mail: per report its checklist and its
// text with the findings marked at their lines. Inline CSS, no script, no external resource;
// every string from a report is escaped, and a Content-Security-Policy forbids scripts anyway.
import type { Formatter, FormatterContext, LintMessage, LintResult } from '../results.js';
import { withBasis } from './basis.js';
import { uiText } from '../i18n/ui-text.js';
import { displayPath, placeText, reportChecklist, statusText, verdictText, type PartStatus } from './checklist.js';
import { buildMatrix, rowName, STATUS_RANK } from './matrix.js';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const CSS = `
body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:2em auto;max-width:60em;padding:0 1em;color:#222;line-height:1.6}
h1{font-size:1.5em}h2{font-size:1.2em;border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:2.5em;word-break:break-all}
table{border-collapse:collapse;margin:1em 0;width:100%}
th,td{border:1px solid #ddd;padding:.3em .6em;text-align:left;vertical-align:top}
th{background:#f4f4f4}
.present .status{color:#1a7f37}.weak .status{color:#9a6700}.missing .status{color:#cf222e}.unchecked .status{color:#777}
.status{white-space:nowrap;font-weight:bold}
.text{font-family:"Noto Sans Mono CJK SC",monospace;font-size:.9em;border:none}
.text td{border:none;padding:0 .6em}
.ln{color:#888;text-align:right;user-select:none;width:3em}
.in-range .tx{border-left:3px solid #f0c36d}
.hit .tx{background:#fff5d6}
.finding td{padding:.2em .6em .4em 2em}
.finding .msg{display:block;border-left:3px solid;padding-left:.5em}
.finding .error{border-color:#cf222e;color:#82071e}.finding .warning{border-color:#9a6700;color:#6a4a00}
.rule{color:#666;font-size:.85em}
.fatal{color:#cf222e;font-weight:bold}
pre{white-space:pre-wrap;margin:0;font:inherit}
.matrix-wrap{overflow-x:auto;margin:1em 0}
.ms{position:absolute;opacity:0;width:1px;height:1px;margin:0}
table.m{display:grid;width:max-content;border-top:1px solid #ddd;border-left:1px solid #ddd}
table.m>thead,table.m>tbody,table.m>tfoot,table.m tr{display:contents}
table.m th,table.m td{border:none;border-right:1px solid #ddd;border-bottom:1px solid #ddd;white-space:nowrap;text-align:center;padding:.2em .5em}
table.m tbody tr{--o:0}
table.m tbody th,table.m tbody td{order:var(--o)}
table.m thead th{order:-1;position:sticky;top:0;font-size:.85em}
table.m tfoot th,table.m tfoot td{order:2147483647;background:#f4f4f4}
table.m .name{text-align:left;position:sticky;left:0;background:#fff;z-index:1}
table.m thead th.k0{z-index:2;background:#f4f4f4}
table.m label{cursor:pointer;display:block}
table.m label::after{content:" ⇅";color:#999}
.m .present{color:#1a7f37}.m .weak{color:#9a6700;background:#fff8e1}.m .missing{color:#cf222e;background:#ffebe9}.m .unchecked{color:#999}
.reset{font-size:.85em;cursor:pointer;color:#0969da}
`;

function reportText(result: LintResult): string | undefined {
  // With --fix the messages are about the fixed text.
  return result.output ?? result.source ?? result.text;
}

function messageHtml(m: LintMessage, context: FormatterContext): string {
  const level = m.fatal || m.severity === 2 ? 'error' : 'warning';
  const rule = m.ruleId ? ` <span class="rule">${escapeHtml(m.ruleId)}</span>` : '';
  return `<span class="msg ${level}">${escapeHtml(`${m.line}:${m.column} ${uiText(context.locale, `html.${level}`)}`)} ${escapeHtml(withBasis(m, context.locale))}${rule}</span>`;
}

function textTable(result: LintResult, anchor: string, context: FormatterContext): string {
  const text = reportText(result);
  if (text === undefined) return `<p>${escapeHtml(uiText(context.locale, 'html.noText'))}</p>`;
  const lines = text.split(/\r\n|\r|\n/);
  const at = new Map<number, LintMessage[]>();
  const inRange = new Set<number>();
  for (const m of result.messages) {
    // A message past the end (1:1 on an empty file, say) is shown on the last line.
    const line = Math.min(Math.max(m.line, 1), lines.length);
    at.set(line, [...(at.get(line) ?? []), m]);
    for (let n = line; n <= Math.min(m.endLine ?? line, lines.length); n++) inRange.add(n);
  }
  const rows = lines.map((content, i) => {
    const n = i + 1;
    const classes = [inRange.has(n) ? 'in-range' : '', at.has(n) ? 'hit' : ''].filter(Boolean).join(' ');
    let row = `<tr id="${anchor}-L${n}"${classes ? ` class="${classes}"` : ''}><td class="ln">${n}</td><td class="tx"><pre>${escapeHtml(content)}</pre></td></tr>`;
    const found = at.get(n);
    if (found) row += `\n<tr class="finding"><td></td><td>${found.map((m) => messageHtml(m, context)).join('')}</td></tr>`;
    return row;
  });
  return `<table class="text">\n${rows.join('\n')}\n</table>`;
}

function reportSection(result: LintResult, index: number, context: FormatterContext): string {
  const { locale } = context;
  const anchor = `r${index + 1}`;
  const list = reportChecklist(result, context);
  const parts = [`<section id="${anchor}">`, `<h2>${escapeHtml(displayPath(result.filePath, context.cwd))}</h2>`];
  if (list.fatal.length > 0) {
    parts.push(`<p class="fatal">${escapeHtml(uiText(locale, 'checklist.fatal', { reasons: list.fatal.join(';') }))}</p>`, '</section>');
    return parts.join('\n');
  }
  const fact = (label: string, value: string | null) => `<tr><th>${escapeHtml(label)}</th><td>${escapeHtml(value ?? uiText(locale, 'format.notFound'))}</td></tr>`;
  const header = [uiText(locale, 'checklist.status'), uiText(locale, 'checklist.requirement'), uiText(locale, 'checklist.notes')];
  parts.push(
    '<table class="facts">',
    fact(uiText(locale, 'checklist.title'), list.facts.title),
    fact(uiText(locale, 'checklist.year'), list.facts.year === null ? null : String(list.facts.year)),
    fact(uiText(locale, 'checklist.issuer'), list.facts.issuer),
    fact(uiText(locale, 'checklist.date'), list.facts.date),
    '</table>',
    `<table class="checklist">\n<tr>${header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr>`,
  );
  for (const row of list.rows) {
    const status: PartStatus = row.status;
    const notes = row.messages
      .map((m) => `<a href="#${anchor}-L${m.line}">${escapeHtml(placeText(locale, m.line, result.locationUnit))}</a>${escapeHtml(m.message)}`)
      .join('<br>');
    parts.push(
      `<tr class="${status}"><td class="status">${escapeHtml(statusText(locale, status))}</td><td>${escapeHtml(row.requirement)} <span class="rule">${escapeHtml(row.ruleId)}</span></td><td>${notes}</td></tr>`,
    );
  }
  const missing = list.rows.filter((r) => r.status === 'missing').length;
  const weak = list.rows.filter((r) => r.status === 'weak').length;
  parts.push('</table>', `<p>${escapeHtml(verdictText(locale, missing, weak, list.otherMessages))}</p>`);
  parts.push(`<details open><summary>${escapeHtml(uiText(locale, 'html.text'))}</summary>`, textTable(result, anchor, context), '</details>', '</section>');
  return parts.join('\n');
}

/**
 * The matrix, sortable without a script (the page allows none): each column head is the label of
 * a radio button; the table is a CSS grid whose rows carry their rank for every column as custom
 * properties (--k3: rank by column 3), and the checked radio sets each row's `order` to its rank.
 */
function matrixSection(results: LintResult[], context: FormatterContext): { css: string; html: string } {
  const { locale } = context;
  const { columns, rows, counts } = buildMatrix(results, context);
  if (columns.length === 0 || rows.length === 0) return { css: '', html: '' };
  const n = rows.length;
  // Column 0: issuer by name (Chinese collation); 1: year; 2…: status, worst first. Ties keep the page's order.
  const byName = rows.map((_row, i) => i).sort((a, b) => rowName(rows[a]!).localeCompare(rowName(rows[b]!), 'zh-Hans-CN') || a - b);
  const byYear = rows.map((_row, i) => i).sort((a, b) => (rows[a]!.year ?? 99999) - (rows[b]!.year ?? 99999) || a - b);
  const rankOf = (order: number[]) => {
    const rank = new Array<number>(n);
    order.forEach((row, position) => (rank[row] = position));
    return rank;
  };
  const ranks = [rankOf(byName), rankOf(byYear), ...columns.map((_, col) => rows.map((row, i) => (row.cells[col] ? STATUS_RANK[row.cells[col]!] : 4) * n + i))];
  const keys = ranks.length;
  const css = [`table.m{grid-template-columns:repeat(${columns.length + 2},auto)}`];
  for (let k = 0; k < keys; k++) {
    css.push(`#ms-${k}:checked~.matrix-wrap table.m tbody tr{--o:var(--k${k})}`, `#ms-${k}:checked~.matrix-wrap table.m th.k${k}{background:#ddf4ff}`);
  }
  const head = (k: number, label: string, title: string) =>
    `<th role="columnheader" class="k${k}" title="${escapeHtml(title)}"><label for="ms-${k}">${escapeHtml(label)}</label></th>`;
  const body = rows.map((row, i) => {
    const vars = ranks.map((rank, k) => `--k${k}:${rank[i]}`).join(';');
    const name = `<th role="rowheader" class="name"><a href="#r${i + 1}" title="${escapeHtml(row.file)}">${escapeHtml(rowName(row))}</a>${row.fatal ? ` (${escapeHtml(uiText(locale, 'html.unreadable'))})` : ''}</th>`;
    const year = `<td role="cell">${escapeHtml(row.year === null ? uiText(locale, 'format.notFound') : String(row.year))}</td>`;
    const cells = columns.map((column, col) => {
      const status = row.cells[col];
      if (!status) return '<td role="cell"></td>';
      const reasons = results[i]!.messages.filter((m) => m.ruleId === column.ruleId && (column.itemId === undefined || m.item === column.itemId)).map((m) => m.message);
      const tip = [statusText(locale, status), ...reasons].join('\n');
      return `<td role="cell" class="${status}" title="${escapeHtml(tip).replace(/\n/g, '&#10;')}">${escapeHtml(statusText(locale, status).split(' ')[0]!)}</td>`;
    });
    return `<tr role="row" style="${vars}">${name}${year}${cells.join('')}</tr>`;
  });
  const foot = (['missing', 'weak', 'present'] as const).map(
    (key) => `<tr role="row"><th role="rowheader" class="name">${escapeHtml(uiText(locale, `matrix.${key}`))}</th><td role="cell"></td>${counts.map((count) => `<td role="cell">${count[key]}</td>`).join('')}</tr>`,
  );
  const [issuer, year] = [uiText(locale, 'matrix.issuer'), uiText(locale, 'matrix.year')];
  const html = [
    '<section id="matrix">',
    `<h2>${escapeHtml(uiText(locale, 'html.matrix'))}</h2>`,
    `<p>${escapeHtml(uiText(locale, 'html.matrixHelp'))}</p>`,
    `<input type="radio" name="matrix-sort" id="ms-none" class="ms" checked><label for="ms-none" class="reset">${escapeHtml(uiText(locale, 'html.matrixReset'))}</label>`,
    ...ranks.map((_, k) => `<input type="radio" name="matrix-sort" id="ms-${k}" class="ms">`),
    '<div class="matrix-wrap">',
    '<table class="m" role="table">',
    `<thead><tr role="row">${head(0, issuer, issuer)}${head(1, year, year)}${columns.map((column, col) => head(col + 2, column.label, column.title)).join('')}</tr></thead>`,
    `<tbody>\n${body.join('\n')}\n</tbody>`,
    `<tfoot>${foot.join('')}</tfoot>`,
    '</table>',
    '</div>',
    '</section>',
  ].join('\n');
  return { css: css.join('\n'), html };
}

const html: Formatter = (results, context) => {
  const { locale } = context;
  const matrix = matrixSection(results, context);
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const toc = results
    .map((r, i) => `<li><a href="#r${i + 1}">${escapeHtml(displayPath(r.filePath, context.cwd))}</a>: ${escapeHtml(uiText(locale, 'format.counts', { errors: r.errorCount, warnings: r.warningCount }))}</li>`)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="${uiText(locale, 'html.lang')}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(uiText(locale, 'html.title'))}</title>
<style>${CSS}${matrix.css}</style>
</head>
<body>
<h1>${escapeHtml(uiText(locale, 'html.title'))}</h1>
<p>${escapeHtml(uiText(locale, 'html.overview', { reports: results.length, errors, warnings }))}</p>
${matrix.html}
<ul class="toc">
${toc}
</ul>
${results.map((r, i) => reportSection(r, i, context)).join('\n')}
</body>
</html>
`;
};

export default html;
