// The Node API, in ESLint's shapes with our names: `new FazhiLint(options)`, then lintFiles,
// lintText, lintBuffer, calculateConfigForFile, loadFormatter, outline. The command line and the
// web page are faces over this class: none of them lints by a road of its own.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locale, Outline, LoadedRule } from '../rule-api.js';
import type { FormatterContext, LintResult, RulesMeta } from '../results.js';
import type { RuleSetting } from '../config/index.js';
import { ignoredMessage, printableConfig, resolveConfigFor, splitIgnored, type CalculatedConfig, type ConfigRequest } from '../config/resolve.js';
import { fatalResult, lintBytes, toResult, type FileLintRequest, type ReadSource } from '../engine/lint-file.js';
import type { Edit } from '../engine/edits.js';
import { ConfigError } from '../config/errors.js';
import { decode } from '../read/decode.js';
import { builtinRules } from '../../rules/index.js';
import { cacheFilePath, DEFAULT_CACHE_LOCATION, LintCache } from './cache.js';
import { findReportFiles, REPORT_EXTENSIONS } from './find-files.js';
import { fixRulesFor } from './fix-types.js';
import { fixedFromOf, rememberFixedFrom, textHash } from './fixed-from.js';
import { lintFiles, type Concurrency, type LintRequest, type OptionalField } from './lint-files.js';
import { STDIN_NAME } from './stdin-name.js';
import { packageVersion } from './version.js';

export interface FazhiLintOptions {
  /** Where relative paths and the config lookup start; default `process.cwd()`. */
  cwd?: string;
  /** A config file to use alone (`--config`), or `true` for none at all (`--no-config-lookup`). */
  overrideConfigFile?: string | true;
  /** Applied over every config found, last (`--rule`): `{ rules: { 'require-title': 'off' } }`. */
  overrideConfig?: { rules?: Record<string, RuleSetting> };
  /** Message language; the config's, else Chinese. */
  locale?: Locale;
  /** Compute fixes: a fixed result carries `output` (write it with `FazhiLint.outputFixes`). */
  fix?: boolean;
  /** With `fix`: only fixes of these rule ids or rule types (`checklist`, `quality`, `typography`, `custom`), or `directive`. */
  fixTypes?: string[];
  /** Reuse the stored result of a file whose content and config are unchanged (`--cache`). */
  cache?: boolean;
  /** The cache file, or a folder for it; default `.fazhi-lintcache` in `cwd`. */
  cacheLocation?: string;
  /** Threads to lint in, or `auto`; default 1. */
  concurrency?: Concurrency;
  /** Report disable comments that suppress nothing; default `off`. */
  reportUnusedDisableDirectives?: 'off' | 'warn' | 'error';
  /** How long a plugin's rules may run on one file, in milliseconds; default 60,000. */
  ruleTimeout?: number;
}

/**
 * What the command line adds to a run of lintFiles: where fixes and reviewed documents are
 * written, which share of the files it takes, how it shows progress. Not part of the public API.
 * @internal
 */
export interface RunOptions {
  /** Write fixes to the files as each is fixed (`--fix`). */
  writeFixes?: boolean;
  /** `--annotate` / `--annotate-dir`. */
  annotate?: { dir?: string };
  /** The files to lint out of those found, in their order (`--shard`). */
  select?: (files: string[]) => string[];
  /** Fields of a result the run's format reads; all when undefined. */
  keep?: OptionalField[];
  /** Each result as it is known, with its place in the returned list; returns what to keep. */
  onResult?: (index: number, result: LintResult) => LintResult;
  onProgress?: () => void;
  /** The number of files to lint, once known. */
  onStart?: (files: number) => void;
}

/** A file named to be linted that the config's `ignores` leave out: one warning saying which pattern. */
function ignoredResult(filePath: string, by: string, locale: Locale): LintResult {
  return toResult(filePath, [{ ruleId: null, severity: 1, message: ignoredMessage(by, locale), line: 1, column: 1 }]);
}

/** What loadFormatter gives (ESLint's LoadedFormatter): the context it is not given is filled from the results. */
export interface LoadedFormatter {
  format(results: LintResult[], context?: Partial<FormatterContext>): Promise<string>;
}

/** Where lintText's and lintBuffer's input comes from. */
export interface BufferOptions {
  /** The file the text stands for: its format and its config; none: "<text>", plain text, config from cwd. */
  filePath?: string;
  /** When `filePath` is ignored by the config: a result with a warning (default), or none (`false`). */
  warnIgnored?: boolean;
}

/** No file could be linted: each path given, with why. */
export class NoFilesFoundError extends Error {}

/** Every file found is ignored by the config's `ignores`. */
export class AllFilesIgnoredError extends Error {}

const SEVERITIES = { off: 0, warn: 1, error: 2 } as const;

/**
 * The config lookup the options ask for, as plain data (it crosses to worker threads). The one
 * mapping from options to a config request.
 */
function configRequestOf(options: FazhiLintOptions): ConfigRequest {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  return {
    configFile: typeof options.overrideConfigFile === 'string' ? path.resolve(cwd, options.overrideConfigFile) : undefined,
    noLookup: options.overrideConfigFile === true,
    cliRules: options.overrideConfig?.rules ?? {},
    locale: options.locale,
  };
}

export class FazhiLint {
  /** This package's version (read from its package.json on first use). */
  static get version(): string {
    return packageVersion();
  }

  readonly #options: FazhiLintOptions;
  readonly #cwd: string;
  readonly #config: ConfigRequest;

  constructor(options: FazhiLintOptions = {}) {
    this.#options = options;
    this.#cwd = path.resolve(options.cwd ?? process.cwd());
    this.#config = configRequestOf(options);
    if (options.reportUnusedDisableDirectives !== undefined && !(options.reportUnusedDisableDirectives in SEVERITIES)) {
      throw new RangeError(`reportUnusedDisableDirectives must be off, warn or error, got "${options.reportUnusedDisableDirectives}"`);
    }
    // Checked here as the command line checks its flags: an unknown locale gave messages in
    // Chinese with English legal bases, a bad concurrency or timeout was silently something else.
    if (options.locale !== undefined && options.locale !== 'zh' && options.locale !== 'en') {
      throw new RangeError(`locale must be zh or en, got "${String(options.locale)}"`);
    }
    // As --fix-type needs --fix: fixTypes alone would be ignored, and the caller think it applied.
    if (options.fixTypes !== undefined && !options.fix) throw new RangeError('fixTypes needs fix: true');
    const { concurrency, ruleTimeout } = options;
    if (concurrency !== undefined && concurrency !== 'auto' && !(Number.isInteger(concurrency) && concurrency >= 1)) {
      throw new RangeError(`concurrency must be a whole number of at least 1 or "auto", got ${JSON.stringify(concurrency)}`);
    }
    if (ruleTimeout !== undefined && !(typeof ruleTimeout === 'number' && ruleTimeout > 0 && Number.isFinite(ruleTimeout))) {
      throw new RangeError(`ruleTimeout must be a number of milliseconds above 0, got ${JSON.stringify(ruleTimeout)}`);
    }
  }

  /** The plain-data request every file of a run is linted with (it crosses to worker threads). */
  async #request(files: string[], run: RunOptions): Promise<LintRequest> {
    const { fix, fixTypes, reportUnusedDisableDirectives, ruleTimeout } = this.#options;
    const request: LintRequest = {
      config: this.#config,
      fix: fix === true,
      write: fix === true && run.writeFixes === true,
      reportUnusedDisableDirectives: reportUnusedDisableDirectives === undefined ? undefined : SEVERITIES[reportUnusedDisableDirectives],
      ruleTimeoutMs: ruleTimeout,
      keep: run.keep,
    };
    if (fixTypes) request.fixRules = fixRulesFor(fixTypes, await this.#rulesOf(files));
    if (run.annotate) {
      const { annotateRequest } = await import('../write/annotate-file.js');
      request.annotate = await annotateRequest(files, run.annotate.dir, this.#cwd);
    }
    return request;
  }

  /** The rules the configs of `files` define (plugins' too): one config lookup per folder. */
  async #rulesOf(files: readonly string[]): Promise<Map<string, LoadedRule>> {
    const rules = new Map<string, LoadedRule>(builtinRules);
    const folders = new Set<string>();
    for (const file of files) {
      const folder = path.dirname(path.resolve(this.#cwd, file));
      if (folders.has(folder)) continue;
      folders.add(folder);
      for (const [id, rule] of (await resolveConfigFor(path.resolve(this.#cwd, file), this.#config)).registry) rules.set(id, rule);
    }
    return rules;
  }

  /**
   * The language for what is said about `file` outside a rule's message (a path that cannot be
   * read, a format's headings, rule descriptions): the locale option, else that of the config
   * the file gets, as its messages are in. Once the config's `locale: en` gave English messages
   * under Chinese headings and labels.
   */
  async #localeFor(file: string | undefined): Promise<Locale> {
    if (this.#options.locale) return this.#options.locale;
    const at = file === undefined || file === STDIN_NAME ? path.join(this.#cwd, STDIN_NAME) : path.resolve(this.#cwd, file);
    try {
      return (await resolveConfigFor(at, this.#config)).locale;
    } catch (error) {
      // The error itself is the lint's to report (it throws the same); the words around it default.
      if (error instanceof ConfigError) return 'zh';
      throw error;
    }
  }

  /**
   * Lints the report files that `patterns` name (files, folders, globs). A path that cannot be
   * read is a result with one fatal message; when none can be linted, NoFilesFoundError.
   */
  lintFiles(patterns: string | string[]): Promise<LintResult[]> {
    return this.runFiles(patterns, {});
  }

  /**
   * lintFiles with what the command line adds (see RunOptions).
   * @internal
   */
  async runFiles(patterns: string | string[], run: RunOptions): Promise<LintResult[]> {
    const given = Array.isArray(patterns) ? patterns : [patterns];
    // As ESLint: an empty pattern resolved to cwd itself and linted everything under it.
    if (given.length === 0 || given.some((p) => typeof p !== 'string' || p.trim() === '')) {
      throw new RangeError(`give one or more paths, folders or globs, none empty (an empty one would mean all of cwd); got ${JSON.stringify(patterns)}`);
    }
    const { files, problems } = await findReportFiles(given, this.#cwd);
    const early: LintResult[] = [];
    for (const p of problems) if (p.code !== 'no-reports') early.push(fatalResult(p.path, p.code, await this.#localeFor(p.path), p.detail));
    if (files.length === 0) {
      // Each path with its reason: "missing.txt (文件不存在)" says more than "nothing found".
      const names = [...early.map((r) => `${r.filePath} (${r.messages[0]!.message})`), ...problems.filter((p) => p.code === 'no-reports').map((p) => p.path)];
      throw new NoFilesFoundError(`no report files (${REPORT_EXTENSIONS.join(', ')}) found: ${names.join(', ')}`);
    }
    // A config's `ignores`: skipped silently, or with a warning when named as a file.
    const { lintable, ignored } = await splitIgnored(files, this.#config);
    const named = new Set(given.map((p) => path.resolve(this.#cwd, p)));
    for (const { file, by } of ignored.filter((i) => named.has(i.file))) early.push(ignoredResult(file, by, await this.#localeFor(file)));
    if (lintable.length === 0 && !early.some((r) => r.warningCount > 0)) {
      throw new AllFilesIgnoredError(`every file found is ignored by the config's ignores (${ignored[0]!.by}): nothing to lint`);
    }
    const selected = run.select ? run.select(lintable) : lintable;
    const request = await this.#request(selected, run);
    const cache = this.#options.cache
      ? await LintCache.load(await cacheFilePath(this.#options.cacheLocation ?? DEFAULT_CACHE_LOCATION, this.#cwd), FazhiLint.version, await this.#localeFor(undefined))
      : undefined;
    const results = early.map((result, index) => run.onResult?.(index, result) ?? result);
    run.onStart?.(selected.length);
    const onResult = run.onResult && ((index: number, result: LintResult) => run.onResult!(early.length + index, result));
    results.push(...(await lintFiles(selected, request, { concurrency: this.#options.concurrency ?? 1, cache, onProgress: run.onProgress, onResult })));
    // A cache that cannot be written costs the next run time, not this run its results.
    await cache?.save().catch((error: Error) => process.emitWarning(`fazhi-lint: cannot write the cache ${cache.filePath}: ${error.message}`));
    return results;
  }

  /**
   * Lints `text` as if it were the file `filePath` (its format and config), or "<text>" as plain
   * text. A `filePath` the config's `ignores` leave out is not linted: as ESLint, one warning
   * saying so, or no result with `warnIgnored: false`.
   */
  async lintText(text: string, options: BufferOptions = {}): Promise<LintResult[]> {
    return this.lintBuffer(new TextEncoder().encode(text), options);
  }

  /** Lints the bytes of a file: a .docx, a GB18030 text, a saved page, named by `filePath` (as lintText). */
  async lintBuffer(bytes: Uint8Array, options: BufferOptions = {}): Promise<LintResult[]> {
    const { filePath, request, ignoredBy } = await this.#bufferRequest(options.filePath);
    if (ignoredBy !== null) return options.warnIgnored === false ? [] : [ignoredResult(filePath, ignoredBy, request.locale)];
    let read: ReadSource | undefined;
    const result = await lintBytes(bytes, filePath, { ...request, onRead: (source) => (read = source) });
    // outputFixes writes this output only over the text it was fixed from (fixed-from.ts).
    if (result.output !== undefined && read) rememberFixedFrom(result, textHash(decode(read.bytes).text));
    return [result];
  }

  /**
   * The reviewed Word document of a report's bytes (a .docx, or a text or page made into one), as
   * `--annotate` writes it: each message a comment (批注) on its place and, with `fix`, each safe
   * fix a tracked change (修订). `docx` is null when the input cannot be read (see the result's
   * fatal message) or `filePath` is ignored by the config (its warning). Nothing is written to disk.
   */
  async annotateBuffer(
    bytes: Uint8Array,
    options: { filePath?: string; author?: { name: string; initials: string }; date?: Date } = {},
  ): Promise<{ result: LintResult; docx: Uint8Array | null; comments: number; changes: number }> {
    const { filePath, request, ignoredBy } = await this.#bufferRequest(options.filePath);
    if (ignoredBy !== null) return { result: ignoredResult(filePath, ignoredBy, request.locale), docx: null, comments: 0, changes: 0 };
    const { REVIEW_AUTHOR, reviewBytes } = await import('../write/review.js');
    const reviewed = await reviewBytes(bytes, filePath, request, { ...(options.author ?? REVIEW_AUTHOR), date: options.date ?? new Date() });
    return { result: reviewed.result, docx: reviewed.docx ?? null, comments: reviewed.comments, changes: reviewed.changes };
  }

  /** The file request for bytes named `filePath` (config looked up from its folder), or "<text>" in cwd. */
  async #bufferRequest(name: string | undefined): Promise<{ filePath: string; request: FileLintRequest; ignoredBy: string | null }> {
    const filePath = name === undefined ? STDIN_NAME : path.resolve(this.#cwd, name);
    const resolved = await resolveConfigFor(name === undefined ? path.join(this.#cwd, STDIN_NAME) : filePath, this.#config);
    const run = await this.#request([filePath], {});
    return {
      filePath,
      // Text with no name stands for no file, so no `ignores` pattern can leave it out.
      ignoredBy: name === undefined ? null : resolved.ignoredBy,
      request: {
        rules: resolved.rules,
        settings: resolved.settings,
        locale: resolved.locale,
        knownRuleIds: resolved.registry,
        reportUnusedDisableDirectives: run.reportUnusedDisableDirectives,
        ruleTimeoutMs: run.ruleTimeoutMs,
        ...(run.fix ? { fix: true, fixRules: run.fixRules ? new Set(run.fixRules) : undefined } : {}),
      },
    };
  }

  /** The config that applies to `filePath`, as `--print-config` prints it. */
  async calculateConfigForFile(filePath: string): Promise<CalculatedConfig> {
    return printableConfig(await resolveConfigFor(path.resolve(this.#cwd, filePath), this.#config));
  }

  /** Whether the config's `ignores` leave `filePath` out. */
  async isPathIgnored(filePath: string): Promise<boolean> {
    const { ignored } = await splitIgnored([path.resolve(this.#cwd, filePath)], this.#config);
    return ignored.length > 0;
  }

  /** The outline `--print-outline` prints, of a text or a file's bytes named by `filePath`. */
  async outline(input: string | Uint8Array, options: { filePath?: string } = {}): Promise<Outline | null> {
    const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
    // With this instance's config, as --print-outline reads the file's: the config's settings
    // (sectionPhrasings, inlinePhrasings) decide how parts are classified. Once this read no
    // config (overrideConfigFile: true) and gave another outline than the command line.
    const [result] = await new FazhiLint({ ...this.#options, fix: false }).lintBuffer(bytes, options);
    return result!.outline ?? null;
  }

  /** What formats show of the rules that produced `results`: descriptions, legal bases, docs pages. */
  async getRulesMetaForResults(results: readonly LintResult[]): Promise<RulesMeta> {
    const locale = await this.#localeFor(results[0]?.filePath);
    const rules = await this.#rulesOf(results.map((r) => (r.filePath === STDIN_NAME ? path.join(this.#cwd, STDIN_NAME) : r.filePath)));
    return Object.fromEntries(
      [...rules].map(([id, rule]) => [
        id,
        {
          description: rule.meta.docs.description[locale],
          basis: rule.meta.docs.basis?.[locale],
          url: rule.meta.docs.url,
          type: rule.meta.type,
          docsPath: builtinRules.has(id) ? `docs/rules/${id}.md` : undefined,
          messages: Object.fromEntries(Object.entries(rule.meta.messages).map(([messageId, text]) => [messageId, text[locale]])),
          recommended: rule.meta.docs.recommended,
          fixable: rule.meta.fixable === true,
          label: rule.meta.docs.label?.[locale],
        },
      ]),
    );
  }

  /**
   * A format by name (stylish, json, checklist, summary, sarif, github, junit, html, csv) or a
   * module path or package exporting `(results, context) => string`. `format` fills the context
   * it is not given from the results.
   */
  async loadFormatter(name = 'stylish'): Promise<LoadedFormatter> {
    const { loadFormatter } = await import('../format/index.js');
    const formatter = await loadFormatter(name, this.#cwd);
    return {
      format: async (results, context = {}) =>
        formatter(results, {
          cwd: this.#cwd,
          locale: await this.#localeFor(results[0]?.filePath),
          color: false,
          toolVersion: FazhiLint.version,
          ...context,
          rulesMeta: context.rulesMeta ?? (await this.getRulesMetaForResults(results)),
        }),
    };
  }

  /**
   * Writes each result's `output` (from `fix: true`) to its file, as `--fix` writes: only the
   * changed bytes, in the file's own encoding, atomically, and only where the user may write.
   * A file that changed since it was linted, or cannot be written, is left as it is and named in
   * the error thrown after the others are written.
   */
  static async outputFixes(results: readonly LintResult[]): Promise<void> {
    const { writeFixed, WriteRefusedError } = await import('../write/fix-file.js');
    const refused: string[] = [];
    for (const result of results) {
      if (result.output === undefined || result.filePath === STDIN_NAME) continue;
      try {
        let bytes: Buffer;
        try {
          bytes = await readFile(result.filePath);
        } catch (error) {
          // A file gone or unreadable is refused like the others: it must not stop their writes.
          throw new WriteRefusedError('io', (error as NodeJS.ErrnoException).code ?? String(error));
        }
        let decoded: ReturnType<typeof decode>;
        try {
          decoded = decode(bytes);
        } catch {
          throw new WriteRefusedError('changed'); // no longer a text: not the one linted
        }
        // The text on disk must be the one the fixes were computed from: writeFixed's own check
        // compares the file with the bytes read here, which cannot tell an edit made since the
        // lint. A result made elsewhere (read back from JSON) has no record and is written as is.
        const fixedFrom = fixedFromOf(result);
        if (fixedFrom !== undefined && textHash(decoded.text) !== fixedFrom) throw new WriteRefusedError('changed');
        const source = { bytes, encoding: decoded.encoding, bom: decoded.bom };
        await writeFixed(result.filePath, source, { output: result.output, edits: [wholeEdit(decoded.text, result.output)] });
      } catch (error) {
        if (!(error instanceof WriteRefusedError)) throw error;
        refused.push(`${result.filePath}: ${error.message}`);
      }
    }
    if (refused.length > 0) throw new Error(`fixes not written: ${refused.join('; ')}`);
  }
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The one edit from `before` to `after`: the span between their common start and end, never
 * between the halves of a character beyond the BMP (it could not be encoded alone).
 */
function wholeEdit(before: string, after: string): Edit {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  if (end > 0 && isLowSurrogate(before.charCodeAt(before.length - end))) end--;
  return { start, end: before.length - end, text: after.slice(start, after.length - end) };
}
