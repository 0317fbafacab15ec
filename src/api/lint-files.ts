// Linting the files of a run: cached results reused (--cache), the rest linted serially or in
// several threads (--concurrency): this one and worker threads, started once and fed batches of
// files. Each worker resolves config itself from the same request (plain data: functions cannot
// cross threads), so the results are the serial ones, put back in the files' order.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ConfigError } from '../config/index.js';
import { resolveConfigFor, type ConfigRequest } from '../config/resolve.js';
import { lintBytes, lintFile, readReport, type FileLintRequest, type ReadSource } from '../engine/lint-file.js';
import { decode } from '../read/decode.js';
import type { LintResult } from '../results.js';
import { hashConfig, hashContent, type LintCache } from './cache.js';
import { fixedFromOf, rememberFixedFrom, textHash } from './fixed-from.js';
import type { AnnotateRequest } from '../write/annotate-file.js';

/** What every file of a run is linted with; plain data, so it can be sent to a worker. */
export interface LintRequest {
  config: ConfigRequest;
  fix?: boolean;
  /** Rules allowed to fix (--fix-type); all when undefined. */
  fixRules?: string[];
  /** --fix (not --fix-dry-run): write the fixed text back (src/write/fix-file.ts). */
  write?: boolean;
  /** --report-unused-disable-directives: the severity of those messages. */
  reportUnusedDisableDirectives?: 0 | 1 | 2;
  /** --rule-timeout: how long the rules may run on one file, per fix pass. */
  ruleTimeoutMs?: number;
  /** The optional result fields the run's format reads (fieldsFor); all when undefined. */
  keep?: OptionalField[];
  /** --annotate: write each file's reviewed .docx (src/write/annotate-file.ts). */
  annotate?: AnnotateRequest;
}

/** Fields of a result, beyond ESLint's messages and counts, that only some formats read. */
export type OptionalField = 'source' | 'text' | 'outline' | 'checkedRules' | 'checkedItems';

/**
 * What each built-in format reads of those. The rest is dropped as each file is done: kept for
 * 2,000 reports it was most of a run's memory, and a worker's results cross threads by copy.
 * A format module (a path or package) may read anything, so it keeps everything.
 */
const FIELDS_BY_FORMAT: Record<string, OptionalField[]> = {
  // ESLint's JSON keeps the source of a file with messages: so does ours.
  json: ['source'],
  stylish: [],
  github: [],
  sarif: [],
  summary: ['outline', 'checkedRules', 'checkedItems'],
  csv: ['outline', 'checkedRules', 'checkedItems'],
  junit: ['checkedRules'],
  checklist: ['outline', 'checkedRules', 'checkedItems'],
  html: ['source', 'text', 'outline', 'checkedRules', 'checkedItems'],
};

export function fieldsFor(format: string, printOutline: boolean): OptionalField[] | undefined {
  return printOutline ? ['outline'] : FIELDS_BY_FORMAT[format];
}

/** The result without the optional fields not in `keep` (a copy: a cached result stays whole). */
export function trimResult(result: LintResult, keep: readonly OptionalField[] | undefined): LintResult {
  if (!keep) return result;
  // Copied without the fields, then the kept ones put back: `delete` would leave a slow object.
  const { source, text, outline, checkedRules, checkedItems, ...trimmed } = result;
  const fields: Pick<LintResult, OptionalField> = { source, text, outline, checkedRules, checkedItems };
  for (const field of keep) if (fields[field] !== undefined) Object.assign(trimmed, { [field]: fields[field] });
  rememberFixedFrom(trimmed, fixedFromOf(result));
  return trimmed;
}

export type Concurrency = number | 'auto';

/** Below this many files, `auto` stays serial: starting workers costs more than it saves. */
export const PARALLEL_THRESHOLD = 50;
/** `auto` lints in one thread per this many files, up to one per core. */
const FILES_PER_THREAD = 25;

export function parseConcurrency(text: string): Concurrency {
  if (text === 'auto') return 'auto';
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isInteger(n) || n < 1) {
    throw new RangeError(`--concurrency must be a whole number of at least 1 or "auto", got "${text}"`);
  }
  return n;
}

/** How many threads lint, this one included; 1 means serially, in this thread. */
export function threadCount(concurrency: Concurrency, files: number, cores: number = availableParallelism()): number {
  if (concurrency === 'auto') {
    if (files < PARALLEL_THRESHOLD) return 1;
    const n = Math.min(cores, Math.floor(files / FILES_PER_THREAD));
    return n >= 2 ? n : 1;
  }
  return Math.max(1, Math.min(concurrency, files));
}

function fileRequest(config: Awaited<ReturnType<typeof resolveConfigFor>>, request: LintRequest): FileLintRequest {
  return {
    rules: config.rules,
    settings: config.settings,
    locale: config.locale,
    knownRuleIds: config.registry,
    reportUnusedDisableDirectives: request.reportUnusedDisableDirectives,
    ruleTimeoutMs: request.ruleTimeoutMs,
    ...(request.fix ? { fix: true, fixRules: request.fixRules ? new Set(request.fixRules) : undefined } : {}),
  };
}

/** One file, start to end: the way both the main thread and a worker lint it. */
export async function lintOne(file: string, request: LintRequest): Promise<LintResult> {
  const config = await resolveConfigFor(file, request.config);
  if (request.annotate) {
    // With --annotate, fixes become tracked changes in the reviewed document: the input is never written.
    const { annotateFile } = await import('../write/annotate-file.js');
    return annotateFile(file, fileRequest(config, request), request.annotate);
  }
  if (request.fix && request.write) {
    // The writer (and iconv-lite) load only when fixes are written.
    const { fixFile } = await import('../write/fix-file.js');
    return fixFile(file, fileRequest(config, request));
  }
  if (request.fix) {
    // Fixes computed, not written (the API's `fix`, --fix-dry-run): remember the text they were
    // computed from, so FazhiLint.outputFixes can refuse a file edited since (fixed-from.ts).
    let read: ReadSource | undefined;
    const result = await lintFile(file, { ...fileRequest(config, request), onRead: (source) => (read = source) });
    if (result.output !== undefined && read) rememberFixedFrom(result, textHash(decode(read.bytes).text));
    return result;
  }
  return lintFile(file, fileRequest(config, request));
}

/** An error as it crosses from a worker: enough to rebuild a config error for the user. */
export interface WorkerFailure {
  name: string;
  message: string;
  file?: string;
  key?: string;
}

export function toFailure(error: unknown): WorkerFailure {
  if (error instanceof ConfigError) return { name: 'ConfigError', message: error.message, file: error.file, key: error.key };
  return { name: error instanceof Error ? error.name : 'Error', message: error instanceof Error ? error.message : String(error) };
}

function fromFailure(failure: WorkerFailure): Error {
  if (failure.name === 'ConfigError') {
    const error = new ConfigError(failure.file ?? '', failure.key ?? '', '');
    error.message = failure.message;
    return error;
  }
  return new Error(failure.message);
}

/** Messages between the main thread and a worker. */
export type ToWorker = { batch: number; files: Array<{ index: number; file: string }> };
export type FromWorker =
  | { type: 'result'; index: number; result: LintResult; fixedFrom?: string }
  | { type: 'done'; batch: number }
  | { type: 'failed'; failure: WorkerFailure };

/**
 * Lints files in `threads` threads, in batches: this thread and threads - 1 workers. This thread
 * takes batches too, between the workers' messages: a thread that only waited for results would
 * cost a core's share of memory and compiling for nothing, and its own results need no copying.
 * Results come back in the files' order.
 */
export async function lintInThreads(
  files: string[],
  request: LintRequest,
  threads: number,
  onResult: (index: number) => void = () => {},
): Promise<LintResult[]> {
  const results: LintResult[] = new Array(files.length);
  // Small batches keep every thread busy to the end; batches at all spare per-file round trips.
  const batchSize = Math.max(1, Math.min(50, Math.ceil(files.length / (threads * 4))));
  const batches: ToWorker[] = [];
  for (let start = 0, batch = 0; start < files.length; start += batchSize, batch++) {
    batches.push({ batch, files: files.slice(start, start + batchSize).map((file, i) => ({ index: start + i, file })) });
  }
  const pool: Worker[] = [];
  try {
    await new Promise<void>((resolve, rejectRun) => {
      let next = 0;
      let finished = 0;
      let failed = false;
      // After a failure no thread starts another file (with --fix, another write).
      const reject = (error: unknown) => {
        failed = true;
        rejectRun(error);
      };
      const feed = (worker: Worker) => {
        if (next < batches.length && !failed) worker.postMessage(batches[next++]);
      };
      const lintHere = async () => {
        while (next < batches.length && !failed) {
          for (const { index, file } of batches[next++]!.files) {
            if (failed) return;
            results[index] = trimResult(await lintOne(file, request), request.keep);
            onResult(index);
            // Linting a file never waits on the event loop: without this, a worker that finished
            // its batch would wait for this thread's whole batch before being fed another.
            await new Promise((resume) => setImmediate(resume));
          }
          if (++finished === batches.length) resolve();
        }
      };
      for (let i = 0; i < Math.min(threads - 1, batches.length - 1); i++) {
        const worker = new Worker(new URL('./lint-worker.js', import.meta.url), { workerData: request });
        pool.push(worker);
        worker.on('message', (message: FromWorker) => {
          if (message.type === 'result') {
            // The text a fixed result was computed from does not cross with it (a WeakMap's entry): it comes beside it.
            rememberFixedFrom(message.result, message.fixedFrom);
            results[message.index] = message.result;
            onResult(message.index);
          } else if (message.type === 'done') {
            if (++finished === batches.length) resolve();
            else feed(worker);
          } else {
            reject(fromFailure(message.failure));
          }
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (finished < batches.length) reject(new Error(`a lint worker stopped unexpectedly (exit code ${code})`));
        });
        feed(worker);
      }
      lintHere().catch(reject);
    });
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return results;
}

export interface LintFilesOptions {
  concurrency: Concurrency;
  cache?: LintCache;
  /** Called once per file as it is done (cached or linted), for the progress bar. */
  onProgress?: () => void;
  /**
   * Called with each file's final result (its index in `files`), in no particular order; what
   * it returns is kept in its place (a streamed format keeps the counts, not the source).
   */
  onResult?: (index: number, result: LintResult) => LintResult;
}

interface Pending {
  index: number;
  file: string;
  /** With --cache: what the file was read and hashed as, to store its result under. */
  bytes?: Uint8Array;
  contentHash?: string;
  configHash?: string;
  fileRequest?: FileLintRequest;
}

/** Lints `files` (cache first, then serial or workers); results in the order of `files`. */
export async function lintFiles(files: string[], request: LintRequest, options: LintFilesOptions): Promise<LintResult[]> {
  const results: LintResult[] = new Array(files.length);
  const progress = options.onProgress ?? (() => {});
  const done = (index: number, result: LintResult) => {
    results[index] = options.onResult ? options.onResult(index, result) : result;
  };
  // Fixed files change on disk: a cached result would describe the text before the fix; an
  // annotated file must be read to be written.
  const cache = request.fix || request.annotate ? undefined : options.cache;
  let pending: Pending[] = files.map((file, index) => ({ index, file }));

  if (cache) {
    pending = [];
    for (const [index, file] of files.entries()) {
      const config = await resolveConfigFor(file, request.config);
      // Read as a plain run reads: a file over the size limit is refused before it is read.
      const read = readReport(file, config.locale);
      if ('fatal' in read) {
        done(index, read.fatal); // nothing to cache
        progress();
        continue;
      }
      const { bytes } = read;
      const contentHash = hashContent(bytes);
      // Unused-directive reports change the messages, and a rule timeout may: a result cached without them does not fit.
      const configHash = hashConfig(config, { reportUnusedDisableDirectives: request.reportUnusedDisableDirectives ?? 0, ruleTimeoutMs: request.ruleTimeoutMs });
      const hit = cache.get(file, contentHash, configHash);
      if (hit) {
        done(index, trimResult(hit, request.keep));
        progress();
      } else {
        pending.push({ index, file, bytes, contentHash, configHash, fileRequest: fileRequest(config, request) });
      }
    }
  }

  // Results to cache are kept whole (the next run may use another format) and trimmed after.
  const keep = cache ? undefined : request.keep;
  const threads = threadCount(options.concurrency, pending.length);
  if (threads > 1) {
    const linted = await lintInThreads(
      pending.map((p) => p.file),
      { ...request, keep },
      threads,
      () => progress(),
    );
    for (const [i, result] of linted.entries()) {
      if (cache) results[pending[i]!.index] = result;
      else done(pending[i]!.index, result);
    }
  } else {
    for (const p of pending) {
      const result = p.bytes && p.fileRequest ? await lintBytes(p.bytes, p.file, p.fileRequest) : await lintOne(p.file, request);
      if (cache) results[p.index] = result;
      else done(p.index, trimResult(result, keep));
      progress();
    }
  }

  if (cache) {
    for (const p of pending) {
      if (p.contentHash && p.configHash) cache.set(p.file, p.contentHash, p.configHash, results[p.index]!);
      done(p.index, trimResult(results[p.index]!, request.keep));
    }
  }
  return results;
}
