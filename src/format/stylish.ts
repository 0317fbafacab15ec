// ESLint's stylish format: one block per file, aligned columns, a total line.
import path from 'node:path';
import { Chalk } from 'chalk';
import type { Formatter, LintResult } from '../results.js';
import { withBasis } from './basis.js';
import { displayWidth, padEnd } from './width.js';

/** "12:3", or for a .docx / .html (no lines) "第12段:3" / "paragraph 12:3". */
function place(line: number, column: number, unit: LintResult['locationUnit'], zh: boolean): string {
  if (unit !== 'paragraph') return `${line}:${column}`;
  return zh ? `第${line}段:${column}` : `paragraph ${line}:${column}`;
}

const stylish: Formatter = (results, context) => {
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  const zh = context.locale === 'zh';
  let output = '';
  let errors = 0;
  let warnings = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;

  for (const result of results) {
    if (result.messages.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    fixableErrors += result.fixableErrorCount;
    fixableWarnings += result.fixableWarningCount;
    const rows = result.messages.map((m) => [
      place(m.line, m.column, result.locationUnit, zh),
      m.fatal || m.severity === 2 ? 'error' : 'warning',
      withBasis(m, context.locale).trimEnd(),
      m.ruleId ?? '',
    ]);
    const widths = [0, 1].map((col) => Math.max(...rows.map((row) => displayWidth(row[col]!))));
    const unitNote = result.locationUnit === 'paragraph' ? chalk.dim(zh ? '  (位置按段落计:第N段为第N个非空段落)' : '  (positions are paragraph numbers: paragraph N is the N-th non-empty paragraph)') : '';
    output += `\n${chalk.underline(path.relative(context.cwd, result.filePath) || result.filePath)}${unitNote}\n`;
    for (const [place, level, message, ruleId] of rows) {
      const coloredLevel = level === 'error' ? chalk.red(padEnd(level!, widths[1]!)) : chalk.yellow(padEnd(level!, widths[1]!));
      output += `  ${chalk.dim(padEnd(place!, widths[0]!))}  ${coloredLevel}  ${message}  ${chalk.dim(ruleId)}\n`;
    }
  }

  const total = errors + warnings;
  if (total === 0) return '';
  const summary = zh
    ? `✖ ${total} 个问题(${errors} 个错误,${warnings} 个警告)`
    : `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`;
  output += `\n${(errors > 0 ? chalk.red : chalk.yellow).bold(summary)}\n`;
  if (fixableErrors + fixableWarnings > 0) {
    const fixable = zh
      ? `  其中 ${fixableErrors} 个错误和 ${fixableWarnings} 个警告可用 --fix 自动修复。`
      : `  ${fixableErrors} error${fixableErrors === 1 ? '' : 's'} and ${fixableWarnings} warning${fixableWarnings === 1 ? '' : 's'} potentially fixable with the \`--fix\` option.`;
    output += `${(errors > 0 ? chalk.red : chalk.yellow).bold(fixable)}\n`;
  }
  return output;
};

export default stylish;
