// The command line: arguments → files → config per file → engine → formatter → exit code.
// Exit codes as ESLint: 0 clean, 1 errors or too many warnings, 2 a fatal problem.
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Locale } from '../rule-api.js';
import type { LintResult } from '../results.js';
import { uiText } from '../i18n/ui-text.js';
import { ConfigError, parseRuleFlag, type RuleSetting } from '../config/index.js';
import { FormatterError } from '../format/index.js';
import { builtinRules } from '../../rules/index.js';
import { AllFilesIgnoredError, FazhiLint, NoFilesFoundError, type LoadedFormatter } from '../api/fazhi-lint.js';
import { STDIN_NAME } from '../api/stdin-name.js';
import { CacheLocationError, DEFAULT_CACHE_LOCATION } from '../api/cache.js';
import { createProgress } from './progress.js';
import { parseShard, selectShard, type Shard } from './shard.js';
import { fieldsFor, parseConcurrency, trimResult, type Concurrency } from '../api/lint-files.js';
import { JsonResultStream } from './json-stream.js';
import { fileSink } from './output-file.js';
import { parseFixFlags, type ParsedFixFlags } from './fix-flags.js';

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
  'print-config': { type: 'string' },
  init: { type: 'boolean', default: false },
  stdin: { type: 'boolean', default: false },
  'stdin-filename': { type: 'string' },
  cache: { type: 'boolean', default: false },
  'cache-location': { type: 'string', default: DEFAULT_CACHE_LOCATION },
  concurrency: { type: 'string', default: '1' },
  'rule-timeout': { type: 'string' },
  shard: { type: 'string' },
  fix: { type: 'boolean', default: false },
  annotate: { type: 'boolean', default: false },
  'annotate-dir': { type: 'string' },
  'fix-dry-run': { type: 'boolean', default: false },
  'fix-type': { type: 'string', multiple: true },
  'report-unused-disable-directives': { type: 'boolean', default: false },
  'report-unused-disable-directives-severity': { type: 'string' },
  explain: { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  version: { type: 'boolean', short: 'v', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export class UsageError extends Error {}

function fail(message: string, locale: Locale): number {
  process.stderr.write(`${uiText(locale, 'cli.failed', { message })}\n`);
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
  // `fazhi-lint serve`: the web page's server, loaded only for this subcommand.
  if (argv[0] === 'serve') {
    const { serveCommand } = await import('../serve/command.js');
    return serveCommand(argv.slice(1));
  }
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
    // Help and --stdin load their modules on use: a plain run pays only for what it runs.
    const { helpText } = await import('./help.js');
    process.stdout.write(helpText(builtinRules));
    return 0;
  }
  if (values.version) {
    process.stdout.write(`v${FazhiLint.version}\n`);
    return 0;
  }
  try {
    if (values.explain !== undefined) {
      process.stdout.write((await explain(values.explain)) + '\n');
      return 0;
    }
    if (values.init) {
      // The starter config is written only on request: its module stays out of lint runs.
      const { writeStarterConfig } = await import('../config/init.js');
      const file = await writeStarterConfig(process.cwd());
      process.stdout.write(`${uiText(locale, 'cli.wroteConfig', { file })}\n`);
      return 0;
    }
    if (values['print-config'] !== undefined) {
      const lint = new FazhiLint({
        overrideConfigFile: values.config ?? (values['no-config-lookup'] ? true : undefined),
        overrideConfig: { rules: Object.fromEntries((values.rule ?? []).map(parseRuleFlag)) },
        locale: localeFlag as Locale | undefined,
      });
      const config = await lint.calculateConfigForFile(values['print-config']);
      process.stdout.write(JSON.stringify(config, null, 2) + '\n');
      return 0;
    }
    return await lintCommand(values, positionals, localeFlag as Locale | undefined, locale);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof UsageError || error instanceof FormatterError || error instanceof CacheLocationError) {
      return fail(error.message, locale);
    }
    throw error;
  }
}

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

/** What the lint flags ask for, checked: a wrong value is a usage error before anything runs. */
interface LintFlags {
  /** --max-warnings; -1 when not given. */
  maxWarnings: number;
  concurrency: Concurrency;
  shard: Shard | undefined;
  /** --rule-timeout in milliseconds. */
  ruleTimeout: number | undefined;
  fix: ParsedFixFlags;
  /** --annotate or --annotate-dir. */
  annotate: boolean;
  /** --rule, by rule id. */
  cliRules: Record<string, RuleSetting>;
}

/** A run of the linter: flags → FazhiLint → results → reviewed documents → output → exit code. */
async function lintCommand(values: Values, positionals: string[], localeFlag: Locale | undefined, locale: Locale): Promise<number> {
  const flags = parseLintFlags(values, positionals);
  const cwd = process.cwd();
  const lint = createLinter(values, flags, localeFlag, cwd);
  // Load the formatter first: a typo in --format should fail before any linting.
  const formatter = values['print-outline'] ? null : await lint.loadFormatter(values.format);
  const run = await runLint(lint, values, positionals, flags, cwd, locale);
  const said = localeFlag ?? (await configLocale(lint, run.results[0]?.filePath, cwd)) ?? locale;
  reportReviewed(run.results, cwd, said);
  if (values['print-outline']) return printOutline(run.results);
  if (!run.streamed) await printResults(lint, formatter!, run.results, values);
  return exitCodeOf(run, flags, said);
}

/**
 * The locale of the config `file` gets, for what the command says around the results in the
 * language the formats use (the API's default too); undefined when that config cannot be read.
 */
async function configLocale(lint: FazhiLint, file: string | undefined, cwd: string): Promise<Locale | undefined> {
  try {
    return (await lint.calculateConfigForFile(file === undefined || file === STDIN_NAME ? path.join(cwd, STDIN_NAME) : file)).locale;
  } catch (error) {
    if (error instanceof ConfigError) return undefined;
    throw error;
  }
}

/** Checks the flags of a lint run and turns them into values; throws UsageError for a wrong one or combination. */
function parseLintFlags(values: Values, positionals: string[]): LintFlags {
  if (values.stdin && positionals.length > 0) throw new UsageError('--stdin lints the piped text only; give no files with it');
  if (values['stdin-filename'] !== undefined && !values.stdin) throw new UsageError('--stdin-filename needs --stdin');
  if (positionals.length === 0 && !values.stdin) throw new UsageError('no files given (usage: fazhi-lint [options] <file|dir|glob>…, see --help)');
  let maxWarnings = -1;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings must be a whole number, got "${values['max-warnings']}"`);
  }
  let concurrency: Concurrency;
  let shard: Shard | undefined;
  let ruleTimeout: number | undefined;
  let fix: ParsedFixFlags;
  try {
    fix = parseFixFlags(values);
    // As ESLint: piped text has no file to write; --fix-dry-run prints the fixed text instead.
    if (values.stdin && values.fix) throw new RangeError('--fix cannot write piped text (--stdin); use --fix-dry-run -f json');
    concurrency = parseConcurrency(values.concurrency);
    ruleTimeout = values['rule-timeout'] === undefined ? undefined : parseRuleTimeout(values['rule-timeout']);
    shard = values.shard === undefined ? undefined : parseShard(values.shard);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const annotate = values.annotate || values['annotate-dir'] !== undefined;
  if (annotate && values.stdin) throw new UsageError('--annotate writes a reviewed document beside each file; piped text (--stdin) has none');
  if (annotate && values['fix-dry-run']) throw new UsageError('--annotate with --fix writes fixes as tracked changes; --fix-dry-run writes nothing');
  const cliRules: Record<string, RuleSetting> = {};
  for (const flag of values.rule ?? []) {
    const [id, setting] = parseRuleFlag(flag);
    cliRules[id] = setting;
  }
  return { maxWarnings, concurrency, shard, ruleTimeout, fix, annotate, cliRules };
}

/** The FazhiLint the flags describe: config, --rule, locale, fixes, cache, threads and rule timeout. */
function createLinter(values: Values, flags: LintFlags, localeFlag: Locale | undefined, cwd: string): FazhiLint {
  // Whether fixes are written is asked of each run (runLint), not of the instance.
  const { writeFixes: _perRun, ...fixOptions } = flags.fix;
  return new FazhiLint({
    cwd,
    overrideConfigFile: values.config ?? (values['no-config-lookup'] ? true : undefined),
    overrideConfig: { rules: flags.cliRules },
    locale: localeFlag,
    ...fixOptions,
    cache: values.cache,
    cacheLocation: values['cache-location'],
    concurrency: flags.concurrency,
    ruleTimeout: flags.ruleTimeout,
  });
}

/** What runLint leaves for the steps after it. */
interface LintRun {
  results: LintResult[];
  /** Files selected to lint (after --shard); 0 for --stdin. */
  selected: number;
  /** The results were written as json while linting: nothing is left to print. */
  streamed: boolean;
}

/** Lints the piped text or the files (fixes and reviewed documents written as asked), json streamed as files are done, with a progress bar. */
async function runLint(lint: FazhiLint, values: Values, positionals: string[], flags: LintFlags, cwd: string, locale: Locale): Promise<LintRun> {
  const { sink, stream } = openJsonStream(values);
  let progress: ReturnType<typeof createProgress> | null = null;
  let selected = 0;
  let results: LintResult[];
  try {
    if (values.stdin) {
      const { lintStdin } = await import('./stdin.js');
      results = [await lintStdin(lint, values['stdin-filename'], cwd, locale).catch(usageOf)];
      stream?.add(shownResult(results[0]!, values));
    } else {
      const { shard } = flags;
      results = await lint
        .runFiles(positionals, {
          writeFixes: flags.fix.writeFixes,
          annotate: flags.annotate ? { dir: values['annotate-dir'] } : undefined,
          select: shard && ((files) => selectShard(files, shard, cwd)),
          // Results keep only what the format prints: memory, and less to copy back from workers.
          keep: fieldsFor(values.format, values['print-outline']),
          // A streamed result is kept for the counts only.
          onResult: stream ? (index, result) => (stream.addAt(index, shownResult(result, values)), trimResult(result, [])) : undefined,
          onStart: (files) => {
            selected = files;
            // The bar's redraws would land inside json streamed to the same terminal.
            if (!(stream && !values['output-file'] && process.stdout.isTTY)) progress = createProgress(files);
          },
          onProgress: () => progress?.tick(),
        })
        .catch(usageOf);
    }
    stream?.end();
    sink?.commit();
  } catch (error) {
    sink?.abort();
    throw error;
  } finally {
    (progress as ReturnType<typeof createProgress> | null)?.done();
  }
  return { results, selected, streamed: stream !== null };
}

/** The json format is written as files are done (json-stream.ts), to --output-file or stdout; the other formats need every result first. */
function openJsonStream(values: Values): { sink: ReturnType<typeof fileSink> | null; stream: JsonResultStream | null } {
  if (values.format !== 'json' || values['print-outline']) return { sink: null, stream: null };
  const sink = values['output-file']
    ? openOutput(values['output-file'])
    : { write: (chunk: string) => void process.stdout.write(chunk), commit: () => void process.stdout.write('\n'), abort: () => {} };
  return { sink, stream: new JsonResultStream(sink.write) };
}

/** Names on stderr each reviewed document written (--annotate), with its comments and tracked changes. */
function reportReviewed(results: LintResult[], cwd: string, locale: Locale): void {
  for (const { reviewed } of results) {
    if (!reviewed) continue;
    const relative = path.relative(cwd, reviewed.path);
    const shown = relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? reviewed.path : relative;
    process.stderr.write(`${uiText(locale, 'cli.wroteReviewed', { file: shown, comments: reviewed.comments, changes: reviewed.changes })}\n`);
  }
}

/** --print-outline: each file's outline as JSON (one file: the outline alone); 2 when a file had none. */
function printOutline(results: LintResult[]): number {
  const outlines = results.map((r) => ({ filePath: r.filePath, outline: r.outline ?? null, fatal: r.messages.filter((m) => m.fatal).map((m) => m.message) }));
  process.stdout.write(JSON.stringify(outlines.length === 1 ? outlines[0]!.outline ?? outlines[0] : outlines, null, 2) + '\n');
  return results.some((r) => r.fatalErrorCount > 0 && !r.outline) ? 2 : 0;
}

/** The results in the chosen format, to --output-file (whole or not at all) or stdout. */
async function printResults(lint: FazhiLint, formatter: LoadedFormatter, results: LintResult[], values: Values): Promise<void> {
  const rulesMeta = await lint.getRulesMetaForResults(results.filter((r) => r.fatalErrorCount === 0 || r.messages.some((m) => m.ruleId !== null)));
  const color = values['no-color'] ? false : (values.color ?? (process.stdout.isTTY === true && !process.env.NO_COLOR));
  // The API fills in the rest of the context: cwd, the version, and the locale the files' configs ask for.
  const output = await formatter.format(results.map((r) => shownResult(r, values)), { rulesMeta, color });
  if (values['output-file']) {
    const file = openOutput(values['output-file']);
    file.write(output);
    file.commit();
  } else if (output) process.stdout.write(output.endsWith('\n') ? output : output + '\n');
}

/** As ESLint: 2 when no file could be linted, 1 for errors or warnings past --max-warnings (said on stderr), else 0. */
function exitCodeOf({ results, selected }: LintRun, flags: LintFlags, locale: Locale): number {
  const linted = results.filter((r) => !(r.fatalErrorCount > 0 && r.messages.every((m) => m.fatal && m.ruleId === null)));
  // An empty shard (fewer files than shards) is a CI job with nothing to do, not a failure.
  if (linted.length === 0 && !(flags.shard && selected === 0)) return 2;
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return 1;
  if (flags.maxWarnings >= 0 && warnings > flags.maxWarnings) {
    process.stderr.write(`${uiText(locale, 'cli.tooManyWarnings', { max: flags.maxWarnings })}\n`);
    return 1;
  }
  return 0;
}

/** A result as printed: with --quiet, its errors only. */
function shownResult(result: LintResult, values: Values): LintResult {
  return values.quiet ? quietResult(result) : result;
}

/** What the API throws for a run it cannot start (no files, a bad --fix-type, an annotate folder) is the user's to correct: exit 2. */
function usageOf(error: unknown): never {
  if (error instanceof NoFilesFoundError || error instanceof AllFilesIgnoredError || error instanceof RangeError) {
    throw new UsageError(error.message);
  }
  throw error;
}

/** The --output-file, written whole or not at all; a path that cannot be written is a usage error. */
function openOutput(file: string): ReturnType<typeof fileSink> {
  const failed = (error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'its folder does not exist'
      : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
      : code === 'EISDIR' || code === 'ENOTEMPTY' || code === 'EEXIST' ? 'it is a folder'
      : (error as Error).message;
    return new UsageError(`cannot write the output file ${file}: ${reason}`);
  };
  let sink: ReturnType<typeof fileSink>;
  try {
    sink = fileSink(file);
  } catch (error) {
    throw failed(error);
  }
  return {
    ...sink,
    commit: () => {
      try {
        sink.commit();
      } catch (error) {
        throw failed(error);
      }
    },
  };
}

/** --rule-timeout in seconds (fractions allowed), as milliseconds. */
function parseRuleTimeout(text: string): number {
  const seconds = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || !(seconds > 0)) throw new RangeError(`--rule-timeout must be a number of seconds above 0, got "${text}"`);
  return Math.max(1, Math.round(seconds * 1000));
}

function quietResult(result: LintResult): LintResult {
  const messages = result.messages.filter((m) => m.severity === 2);
  return { ...result, messages, warningCount: 0, fixableWarningCount: 0 };
}
