// The command line: arguments → files → config per file → engine → formatter → exit code.
// Exit codes as ESLint: 0 clean, 1 errors or too many warnings, 2 a fatal problem.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Locale, LoadedRule } from '../rule-api.js';
import type { LintResult, RulesMeta } from '../results.js';
import { ConfigError, parseRuleFlag, type RuleSetting } from '../config/index.js';
import { ignoredMessage, printableConfig, resolveConfigFor, splitIgnored, type ConfigRequest } from '../config/load.js';
import { fatalResult, toResult } from '../engine/lint-file.js';
import { FormatterError, loadFormatter } from '../format/index.js';
import { builtinRules } from '../../rules/index.js';
import { findReportFiles, REPORT_EXTENSIONS } from './files.js';
import { CacheLocationError, cacheFilePath, DEFAULT_CACHE_LOCATION, LintCache } from './cache.js';
import { createProgress } from './progress.js';
import { parseShard, selectShard, type Shard } from './shard.js';
import { fieldsFor, lintFiles, parseConcurrency, trimResult, type Concurrency, type LintRequest } from './workers.js';
import { JsonResultStream } from './json-stream.js';
import { fileSink } from './output-file.js';
import { fixRulesFor, parseFixFlags } from './fix-flags.js';

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

let version: string | undefined;

/** This package's version, from the first package.json above this module (dist/src/cli or dist/bundle); read once. */
function packageVersion(): string {
  if (version !== undefined) return version;
  for (let dir = new URL('./', import.meta.url); ; dir = new URL('../', dir)) {
    const file = new URL('package.json', dir);
    if (existsSync(file)) return (version = (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version);
    if (dir.pathname === '/') throw new Error('fazhi-lint: package.json not found above ' + import.meta.url);
  }
}

/**
 * The rules of the configs this run used, plugins' included, for the formats' rule metadata:
 * one config lookup per folder (cached; the lint itself may have run in workers).
 */
async function rulesOfRun(files: string[], config: ConfigRequest): Promise<Map<string, LoadedRule>> {
  const rules = new Map<string, LoadedRule>(builtinRules);
  const folders = new Set<string>();
  for (const file of files) {
    if (folders.has(path.dirname(file))) continue;
    folders.add(path.dirname(file));
    for (const [id, rule] of (await resolveConfigFor(file, config)).registry) rules.set(id, rule);
  }
  return rules;
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
    process.stdout.write(`v${packageVersion()}\n`);
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
      process.stdout.write(`${locale === 'zh' ? '已写入' : 'wrote'} ${file}\n`);
      return 0;
    }
    if (values['print-config'] !== undefined) {
      const cliRules = Object.fromEntries((values.rule ?? []).map(parseRuleFlag));
      const config = await resolveConfigFor(path.resolve(values['print-config']), {
        configFile: values.config,
        noLookup: values['no-config-lookup'],
        cliRules,
        locale: localeFlag as Locale | undefined,
      });
      process.stdout.write(JSON.stringify(printableConfig(config), null, 2) + '\n');
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

async function lintCommand(values: Values, positionals: string[], localeFlag: Locale | undefined, locale: Locale): Promise<number> {
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
  let ruleTimeoutMs: number | undefined;
  let fixFlags: ReturnType<typeof parseFixFlags>;
  try {
    fixFlags = parseFixFlags(values);
    // As ESLint: piped text has no file to write; --fix-dry-run prints the fixed text instead.
    if (values.stdin && values.fix) throw new RangeError('--fix cannot write piped text (--stdin); use --fix-dry-run -f json');
    concurrency = parseConcurrency(values.concurrency);
    ruleTimeoutMs = values['rule-timeout'] === undefined ? undefined : parseRuleTimeout(values['rule-timeout']);
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
  const cwd = process.cwd();
  // Load the formatter first: a typo in --format should fail before any linting.
  const formatter = values['print-outline'] ? null : await loadFormatter(values.format, cwd);

  const { files, problems } = values.stdin ? { files: [], problems: [] } : await findReportFiles(positionals, cwd);
  const results: LintResult[] = problems
    .filter((p) => p.code !== 'no-reports')
    .map((p) => fatalResult(p.path, p.code, locale, p.detail));
  const emptyPatterns = problems.filter((p) => p.code === 'no-reports');
  if (files.length === 0 && !values.stdin) {
    // Each path with its reason: "missing.txt: 文件不存在" says more than "nothing found".
    const names = [
      ...results.map((r) => `${r.filePath} (${r.messages[0]!.message})`),
      ...emptyPatterns.map((p) => p.path),
    ];
    throw new UsageError(`no report files (${REPORT_EXTENSIONS.join(', ')}) found: ${names.join(', ')}`);
  }

  const { fixTypes, ...fixRequest } = fixFlags;
  const request: LintRequest = {
    config: { configFile: values.config, noLookup: values['no-config-lookup'], cliRules, locale: localeFlag },
    ...fixRequest,
    ruleTimeoutMs,
    // Results keep only what the format prints: memory, and less to copy back from workers.
    keep: fieldsFor(values.format, values['print-outline']),
  };
  if (annotate) {
    const { annotateRequest } = await import('./annotate.js');
    request.annotate = await annotateRequest(files, values['annotate-dir'], cwd).catch((error: Error) => {
      throw new UsageError(error.message);
    });
  }
  // A config's `ignores`: skipped silently, or with a warning when named on the command line.
  const { lintable, ignored } = await splitIgnored(files, request.config);
  const named = new Set(positionals.map((p) => path.resolve(cwd, p)));
  for (const { file, by } of ignored.filter((i) => named.has(i.file))) {
    results.push(toResult(file, [{ ruleId: null, severity: 1, message: ignoredMessage(by, locale), line: 1, column: 1 }]));
  }
  if (files.length > 0 && lintable.length === 0 && !results.some((r) => r.warningCount > 0) && !values.stdin) {
    throw new UsageError(`every file found is ignored by the config's ignores (${ignored[0]!.by}): nothing to lint`);
  }
  const selected = shard ? selectShard(lintable, shard, cwd) : lintable;
  // The files whose configs name the run's rules (plugins' too): for --fix-type and the formats.
  const configured = [...selected];
  if (values.stdin) configured.push(path.resolve(cwd, values['stdin-filename'] ?? (await import('./stdin.js')).STDIN_NAME));
  const runRules = await rulesOfRun(configured, request.config);
  if (fixTypes) {
    try {
      request.fixRules = fixRulesFor(fixTypes, runRules);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  }
  const cache = values.cache ? await LintCache.load(await cacheFilePath(values['cache-location'], cwd), packageVersion(), locale) : undefined;
  const shownOf = (result: LintResult) => (values.quiet ? quietResult(result) : result);
  // The json format is written as files are done (json-stream.ts); the others need every result.
  const sink = values.format !== 'json' || values['print-outline']
    ? null
    : values['output-file']
      ? openOutput(values['output-file'])
      : { write: (chunk: string) => void process.stdout.write(chunk), commit: () => void process.stdout.write('\n'), abort: () => {} };
  const stream = sink && new JsonResultStream(sink.write);
  // The bar's redraws would land inside json streamed to the same terminal.
  const progress = stream && !values['output-file'] && process.stdout.isTTY ? null : createProgress(selected.length);
  try {
    for (const result of results) stream?.add(shownOf(result));
    // A streamed result is kept for the counts only.
    const onResult = stream ? (index: number, result: LintResult) => (stream.addAt(index, shownOf(result)), trimResult(result, [])) : undefined;
    results.push(...(await lintFiles(selected, request, { concurrency, cache, onProgress: progress?.tick, onResult })));
    if (values.stdin) {
      const { fix, fixRules, reportUnusedDisableDirectives } = request;
      const stdinOptions = { reportUnusedDisableDirectives, ruleTimeoutMs, ...(fix ? { fix, fixRules: fixRules && new Set(fixRules) } : {}) };
      const { lintStdin } = await import('./stdin.js');
      const result = await lintStdin(values['stdin-filename'], request.config, cwd, stdinOptions);
      stream?.add(shownOf(result));
      results.push(result);
    }
    stream?.end();
    sink?.commit();
  } catch (error) {
    sink?.abort();
    throw error;
  } finally {
    progress?.done();
  }
  for (const { reviewed } of results) {
    if (!reviewed) continue;
    const relative = path.relative(cwd, reviewed.path);
    const shown = relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? reviewed.path : relative;
    process.stderr.write(
      locale === 'zh'
        ? `fazhi-lint: 已写入 ${shown}(${reviewed.comments} 条批注,${reviewed.changes} 处修订)\n`
        : `fazhi-lint: wrote ${shown} (${reviewed.comments} comment(s), ${reviewed.changes} tracked change(s))\n`,
    );
  }
  // A cache that cannot be written costs the next run time, not this run its result.
  await cache?.save().catch((error: Error) => process.stderr.write(`fazhi-lint: ${locale === 'zh' ? '无法写入缓存' : 'cannot write the cache'} ${cache.filePath}: ${error.message}\n`));

  if (values['print-outline']) {
    const outlines = results.map((r) => ({ filePath: r.filePath, outline: r.outline ?? null, fatal: r.messages.filter((m) => m.fatal).map((m) => m.message) }));
    process.stdout.write(JSON.stringify(outlines.length === 1 ? outlines[0]!.outline ?? outlines[0] : outlines, null, 2) + '\n');
    return results.some((r) => r.fatalErrorCount > 0 && !r.outline) ? 2 : 0;
  }

  if (!stream) {
    const rulesMeta: RulesMeta = Object.fromEntries(
      [...runRules].map(([id, rule]) => [
        id,
        {
          description: rule.meta.docs.description[locale],
          basis: rule.meta.docs.basis?.[locale],
          url: rule.meta.docs.url,
          type: rule.meta.type,
          docsPath: builtinRules.has(id) ? `docs/rules/${id}.md` : undefined,
          messages: Object.fromEntries(Object.entries(rule.meta.messages).map(([messageId, text]) => [messageId, text[locale]])),
          recommended: rule.meta.docs.recommended,
          label: rule.meta.docs.label?.[locale],
        },
      ]),
    );
    const color = values['no-color'] ? false : (values.color ?? (process.stdout.isTTY === true && !process.env.NO_COLOR));
    const output = formatter!(results.map(shownOf), { cwd, locale, rulesMeta, color, toolVersion: packageVersion() });
    if (values['output-file']) {
      const file = openOutput(values['output-file']);
      file.write(output);
      file.commit();
    } else if (output) process.stdout.write(output.endsWith('\n') ? output : output + '\n');
  }

  const linted = results.filter((r) => !(r.fatalErrorCount > 0 && r.messages.every((m) => m.fatal && m.ruleId === null)));
  // An empty shard (fewer files than shards) is a CI job with nothing to do, not a failure.
  if (linted.length === 0 && !(shard && selected.length === 0)) return 2;
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
