// ESLint's stylish format: one block per file, aligned columns, a total line.
import path from 'node:path';
import { Chalk } from 'chalk';
import type { Formatter } from '../results.js';
import { displayWidth, padEnd } from './width.js';

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
      `${m.line}:${m.column}`,
      m.fatal || m.severity === 2 ? 'error' : 'warning',
      m.message.replace(/\s+$/, ''),
      m.ruleId ?? '',
    ]);
    const widths = [0, 1].map((col) => Math.max(...rows.map((row) => displayWidth(row[col]!))));
    output += `\n${chalk.underline(path.relative(context.cwd, result.filePath) || result.filePath)}\n`;
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
