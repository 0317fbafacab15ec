// ESLint's stylish format: one block per file, aligned columns, a total line.
import path from 'node:path';
import { Chalk } from 'chalk';
import type { Locale } from '../rule-api.js';
import type { Formatter, LintResult } from '../results.js';
import { uiText } from '../i18n/ui-text.js';
import { withBasis } from './basis.js';
import { displayWidth, padEnd } from './width.js';

/** "12:3", or for a .docx / .html (no lines) "第12段:3" / "paragraph 12:3". */
function place(line: number, column: number, unit: LintResult['locationUnit'], locale: Locale): string {
  if (unit !== 'paragraph') return `${line}:${column}`;
  return uiText(locale, 'stylish.paragraphPlace', { line, column });
}

const stylish: Formatter = (results, context) => {
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  const { locale } = context;
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
      place(m.line, m.column, result.locationUnit, locale),
      m.fatal || m.severity === 2 ? 'error' : 'warning',
      withBasis(m, context.locale).trimEnd(),
      m.ruleId ?? '',
    ]);
    const widths = [0, 1].map((col) => Math.max(...rows.map((row) => displayWidth(row[col]!))));
    const unitNote = result.locationUnit === 'paragraph' ? chalk.dim(`  ${uiText(locale, 'stylish.paragraphNote')}`) : '';
    output += `\n${chalk.underline(path.relative(context.cwd, result.filePath) || result.filePath)}${unitNote}\n`;
    for (const [place, level, message, ruleId] of rows) {
      const coloredLevel = level === 'error' ? chalk.red(padEnd(level!, widths[1]!)) : chalk.yellow(padEnd(level!, widths[1]!));
      output += `  ${chalk.dim(padEnd(place!, widths[0]!))}  ${coloredLevel}  ${message}  ${chalk.dim(ruleId)}\n`;
    }
  }

  const total = errors + warnings;
  if (total === 0) return '';
  const summary = uiText(locale, 'stylish.total', { total, errors, warnings });
  output += `\n${(errors > 0 ? chalk.red : chalk.yellow).bold(summary)}\n`;
  if (fixableErrors + fixableWarnings > 0) {
    const fixable = `  ${uiText(locale, 'stylish.fixable', { errors: fixableErrors, warnings: fixableWarnings })}`;
    output += `${(errors > 0 ? chalk.red : chalk.yellow).bold(fixable)}\n`;
  }
  return output;
};

export default stylish;
