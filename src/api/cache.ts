// --cache: a file's stored result is reused while its bytes, its resolved config and the tool's
// version are unchanged. The cache is one JSON file, written whole to a temporary file and
// renamed over the old one, so a crash mid-write leaves the old cache (or none), never half of
// one. A cache that cannot be read or parsed is ignored: the run simply lints everything. It is
// written only where there is no file or a fazhi-lint cache already: --cache-location pointed
// at a report must not replace the report. A stored result is used only when it is well formed
// (cached-result.ts) and its digest still binds it to its file, content and config.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, open, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locale } from '../rule-api.js';
import type { ResolvedConfig } from '../config/resolve.js';
import type { LintResult } from '../results.js';
import { uiText } from '../i18n/ui-text.js';
import { isCachedResult } from './cached-result.js';

export const DEFAULT_CACHE_LOCATION = '.fazhi-lintcache';

/** Bumped when the file's layout changes (3: a message's legal basis is its own field, no longer in its text). */
const FORMAT = 3;

/** A cache file's first bytes: it is known by them even when the rest is damaged. */
const OPENING = '{"fazhiLintCache":';
/** How a cache of format 1, written before the opening above, began. */
const FORMAT_1_OPENING = '{"format":1,"toolVersion":';

interface CacheEntry {
  contentHash: string;
  configHash: string;
  /** Binds the result to the file, its content and its config (entryDigest). */
  digest: string;
  result: LintResult;
}

interface CacheFile {
  fazhiLintCache: number;
  toolVersion: string;
  entries: Record<string, CacheEntry>;
}

function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

export function hashContent(bytes: Uint8Array): string {
  return sha256(bytes);
}

/** JSON that keeps what plain JSON would lose from a JS config: patterns and functions. */
function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof RegExp) return `RegExp(${v.source}/${v.flags})`;
    if (typeof v === 'function') return `Function(${String(v)})`;
    if (v instanceof Set) return [...v];
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      // Key order must not matter: {a, b} and {b, a} are the same config.
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return v;
  });
}

/**
 * The resolved config as it affects results: each rule's id, severity and options (and its
 * code, so an edited plugin rule invalidates too), the settings and the locale.
 */
export function hashConfig(config: Pick<ResolvedConfig, 'rules' | 'settings' | 'locale'>, extra: Record<string, unknown> = {}): string {
  return sha256(
    stableStringify({
      rules: config.rules.map((r) => ({ id: r.id, severity: r.severity, options: r.options, create: String(r.rule.create) })),
      settings: config.settings,
      locale: config.locale,
      ...extra,
    }),
  );
}

/** --cache-location may name a file or an existing folder (then the default name inside it). */
export async function cacheFilePath(location: string, cwd: string): Promise<string> {
  const resolved = path.resolve(cwd, location);
  if (/[\\/]$/.test(location)) return path.join(resolved, DEFAULT_CACHE_LOCATION);
  try {
    if ((await stat(resolved)).isDirectory()) return path.join(resolved, DEFAULT_CACHE_LOCATION);
  } catch {
    // Not there yet: it will be created as a file.
  }
  return resolved;
}

/**
 * The digest that ties a stored result to the file it belongs to, that file's content and the
 * config it was linted with: a result edited by hand, or moved to another file's entry, no longer
 * matches it and is linted again. Not a signature: whoever can write the cache can also compute it.
 */
export function entryDigest(file: string, contentHash: string, configHash: string, result: LintResult): string {
  return sha256(JSON.stringify([file, contentHash, configHash, result]));
}

/** The cache location holds something else than a fazhi-lint cache: it is not overwritten. */
export class CacheLocationError extends Error {}

/**
 * Throws CacheLocationError unless `filePath` is absent, empty or a fazhi-lint cache (recognised
 * by its opening, so a damaged cache is still replaced). Only the first bytes are read.
 */
export async function checkCacheLocation(filePath: string, locale: Locale): Promise<void> {
  let opening: string;
  try {
    const kind = await stat(filePath);
    // A named pipe or device: opening it could wait for ever, and it is no cache.
    if (!kind.isFile() && !kind.isDirectory()) throw new CacheLocationError(uiText(locale, 'cache.other', { file: filePath }));
    const handle = await open(filePath, 'r');
    try {
      const buffer = Buffer.alloc(OPENING.length + FORMAT_1_OPENING.length);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      opening = buffer.subarray(0, bytesRead).toString('latin1');
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof CacheLocationError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    throw new CacheLocationError(uiText(locale, code === 'EISDIR' ? 'cache.folder' : 'cache.unreadable', { file: filePath }));
  }
  if (opening === '' || opening.startsWith(OPENING) || opening.startsWith(FORMAT_1_OPENING)) return;
  throw new CacheLocationError(uiText(locale, 'cache.other', { file: filePath }));
}

function isCacheFile(data: unknown): data is CacheFile {
  if (!data || typeof data !== 'object') return false;
  const file = data as Partial<CacheFile>;
  return file.fazhiLintCache === FORMAT && typeof file.toolVersion === 'string' && !!file.entries && typeof file.entries === 'object' && !Array.isArray(file.entries);
}

export class LintCache {
  private changed = false;

  private constructor(
    readonly filePath: string,
    private readonly toolVersion: string,
    private readonly locale: Locale,
    private readonly entries: Record<string, CacheEntry>,
  ) {}

  /**
   * Reads the cache; a missing, corrupt or other-version cache gives an empty one. Throws
   * CacheLocationError when the location holds another file, before anything is linted.
   */
  static async load(filePath: string, toolVersion: string, locale: Locale = 'zh'): Promise<LintCache> {
    await checkCacheLocation(filePath, locale);
    let entries: Record<string, CacheEntry> = {};
    try {
      const data: unknown = JSON.parse(await readFile(filePath, 'utf8'));
      if (isCacheFile(data) && data.toolVersion === toolVersion) entries = data.entries;
    } catch {
      // No cache yet, or a damaged one: start afresh rather than fail the run.
    }
    return new LintCache(filePath, toolVersion, locale, entries);
  }

  /** The stored result for this content and config, if it is there and holds; a bad entry is dropped. */
  get(file: string, contentHash: string, configHash: string): LintResult | undefined {
    const entry: unknown = this.entries[file];
    if (!entry || typeof entry !== 'object') return undefined;
    const { contentHash: storedContent, configHash: storedConfig, digest, result } = entry as Partial<CacheEntry>;
    if (storedContent !== contentHash || storedConfig !== configHash) return undefined;
    if (!isCachedResult(result, file) || digest !== entryDigest(file, contentHash, configHash, result)) {
      delete this.entries[file];
      this.changed = true;
      return undefined;
    }
    return result;
  }

  set(file: string, contentHash: string, configHash: string, result: LintResult): void {
    this.entries[file] = { contentHash, configHash, digest: entryDigest(file, contentHash, configHash, result), result };
    this.changed = true;
  }

  /**
   * Writes atomically: a temporary file beside the cache, then a rename over it. Entries of
   * files that no longer exist are dropped first: a folder of reports renamed or cleaned out
   * would otherwise stay in the cache for good. The location is checked again just before the
   * rename: a file put there during the run is not replaced either.
   */
  async save(): Promise<void> {
    for (const file of Object.keys(this.entries)) {
      if (!existsSync(file)) {
        delete this.entries[file];
        this.changed = true;
      }
    }
    if (!this.changed) return;
    const data: CacheFile = { fazhiLintCache: FORMAT, toolVersion: this.toolVersion, entries: this.entries };
    const temp = `${this.filePath}.${process.pid}.${Date.now()}.tmp`;
    await mkdir(path.dirname(this.filePath), { recursive: true });
    try {
      await writeFile(temp, JSON.stringify(data));
      await checkCacheLocation(this.filePath, this.locale);
      await rename(temp, this.filePath);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw error;
    }
    this.changed = false;
  }
}
