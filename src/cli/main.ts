// The command line: arguments → files → config per file → engine → formatter → exit code.
// Exit codes as ESLint: 0 clean, 1 errors or too many warnings, 2 a fatal problem.
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Locale } from '../rule-api.js';
import type { LintResult } from '../results.js';
import { ConfigError, parseRuleFlag, type RuleSetting } from '../config/index.js';
import { resolveConfigFor } from '../config/load.js';
import { fatalResult, lintFile } from '../engine/lint-file.js';
import { FormatterError, loadFormatter } from '../format/index.js';
import { builtinRules } from '../../rules/index.js';
import { findReportFiles } from './files.js';
import { helpText } from './help.js';

const OPTIONS = {
  format: { type: 'string', short: 'f', default: 'stylish' },
  'output-file': { type: 'string', short: 'o' },
  rule: { type: 'string', multiple: true },
  config: { type: 'string', short: 'c' },
  'no-config-lookup': { type: 'boolean', default: false },
  quiet: { type: 'boolean', default: false },
  'max-warnings': { type: 'string' },
  locale: { type: 'string' },
  'print-outline': { type: 'boolean', default: false },
  explain: { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  version: { type: 'boolean', short: 'v', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export class UsageError extends Error {}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function fail(message: string, locale: Locale): number {
  process.stderr.write(`fazhi-lint: ${locale === 'zh' ? '错误' : 'error'}: ${message}\n`);
  return 2;
}

async function explain(id: string): Promise<string> {
  const rule = builtinRules.get(id);
  if (!rule) throw new UsageError(`unknown rule "${id}"; rules: ${[...builtinRules.keys()].join(', ')}`);
  const [{ renderRulePage }, examples] = await Promise.all([
    import('../docs/rule-page.js'),
    import(`../../rules/${id}.examples.js`).then((m: { default: import('../rule-api.js').RuleExamples }) => m.default),
  ]);
  return renderRulePage(rule, examples);
}

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return fail(`${(error as Error).message} (see --help)`, 'zh');
  }
  const { values, positionals } = parsed;
  const localeFlag = values.locale;
  if (localeFlag !== undefined && localeFlag !== 'zh' && localeFlag !== 'en') {
    return fail(`--locale must be zh or en, got "${localeFlag}"`, 'zh');
  }
  const locale: Locale = (localeFlag as Locale | undefined) ?? 'zh';

  if (values.help) {
    process.stdout.write(helpText(builtinRules));
    return 0;
  }
  if (values.version) {
    process.stdout.write(`v${packageVersion()}\n`);
    return 0;
  }
  try {
    if (values.explain !== undefined) {
      process.stdout.write((await explain(values.explain)) + '\n');
      return 0;
    }
    return await lintCommand(values, positionals, localeFlag as Locale | undefined, locale);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof UsageError || error instanceof FormatterError) {
      return fail(error.message, locale);
    }
    throw error;
  }
}

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

async function lintCommand(values: Values, positionals: string[], localeFlag: Locale | undefined, locale: Locale): Promise<number> {
  if (positionals.length === 0) throw new UsageError('no files given (usage: fazhi-lint [options] <file|dir|glob>…, see --help)');
  let maxWarnings = -1;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings must be a whole number, got "${values['max-warnings']}"`);
  }
  const cliRules: Record<string, RuleSetting> = {};
  for (const flag of values.rule ?? []) {
    const [id, setting] = parseRuleFlag(flag);
    cliRules[id] = setting;
  }
  const cwd = process.cwd();
  // Load the formatter first: a typo in --format should fail before any linting.
  const formatter = values['print-outline'] ? null : await loadFormatter(values.format, cwd);

  const { files, problems } = await findReportFiles(positionals, cwd);
  const results: LintResult[] = problems
    .filter((p) => p.code !== 'no-reports')
    .map((p) => fatalResult(p.path, p.code, locale, p.detail));
  const emptyPatterns = problems.filter((p) => p.code === 'no-reports');
  if (files.length === 0) {
    const names = [...results.map((r) => r.filePath), ...emptyPatterns.map((p) => p.path)];
    throw new UsageError(`no report files (.md, .markdown, .txt) found: ${names.join(', ')}`);
  }

  for (const file of files) {
    const config = await resolveConfigFor(file, {
      configFile: values.config,
      noLookup: values['no-config-lookup'],
      cliRules,
      locale: localeFlag,
    });
    results.push(await lintFile(file, { rules: config.rules, settings: config.settings, locale: config.locale }));
  }

  if (values['print-outline']) {
    const outlines = results.map((r) => ({ filePath: r.filePath, outline: r.outline ?? null, fatal: r.messages.filter((m) => m.fatal).map((m) => m.message) }));
    process.stdout.write(JSON.stringify(outlines.length === 1 ? outlines[0]!.outline ?? outlines[0] : outlines, null, 2) + '\n');
    return results.some((r) => r.fatalErrorCount > 0 && !r.outline) ? 2 : 0;
  }

  const shown = values.quiet ? results.map((r) => quietResult(r)) : results;
  const rulesMeta = Object.fromEntries(
    [...builtinRules.values()].map((rule) => [rule.meta.id, { description: rule.meta.docs.description[locale], basis: rule.meta.docs.basis?.[locale] }]),
  );
  const color = values['no-color'] ? false : (values.color ?? (process.stdout.isTTY === true && !process.env.NO_COLOR));
  const output = formatter!(shown, { cwd, locale, rulesMeta, color });
  if (values['output-file']) await writeFile(values['output-file'], output);
  else if (output) process.stdout.write(output.endsWith('\n') ? output : output + '\n');

  const linted = results.filter((r) => !(r.fatalErrorCount > 0 && r.messages.every((m) => m.fatal && m.ruleId === null)));
  if (linted.length === 0) return 2;
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return 1;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    process.stderr.write(
      locale === 'zh'
        ? `fazhi-lint 发现的警告过多(最多允许 ${maxWarnings} 个)。\n`
        : `fazhi-lint found too many warnings (maximum: ${maxWarnings}).\n`,
    );
    return 1;
  }
  return 0;
}

function quietResult(result: LintResult): LintResult {
  const messages = result.messages.filter((m) => m.severity === 2);
  return { ...result, messages, warningCount: 0, fixableWarningCount: 0 };
}
