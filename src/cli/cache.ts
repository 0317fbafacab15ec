// --cache: a file's stored result is reused while its bytes, its resolved config and the tool's
// version are unchanged. The cache is one JSON file, written whole to a temporary file and
// renamed over the old one, so a crash mid-write leaves the old cache (or none), never half of
// one. A cache that cannot be read or parsed is ignored: the run simply lints everything.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ResolvedConfig } from '../config/load.js';
import type { LintResult } from '../results.js';

export const DEFAULT_CACHE_LOCATION = '.fazhi-lintcache';

/** Bumped when the file's layout changes. */
const FORMAT = 1;

interface CacheEntry {
  contentHash: string;
  configHash: string;
  result: LintResult;
}

interface CacheFile {
  format: number;
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

function isCacheFile(data: unknown): data is CacheFile {
  if (!data || typeof data !== 'object') return false;
  const file = data as Partial<CacheFile>;
  return file.format === FORMAT && typeof file.toolVersion === 'string' && !!file.entries && typeof file.entries === 'object';
}

export class LintCache {
  private changed = false;

  private constructor(
    readonly filePath: string,
    private readonly toolVersion: string,
    private readonly entries: Record<string, CacheEntry>,
  ) {}

  /** Reads the cache; a missing, corrupt or other-version cache gives an empty one. */
  static async load(filePath: string, toolVersion: string): Promise<LintCache> {
    let entries: Record<string, CacheEntry> = {};
    try {
      const data: unknown = JSON.parse(await readFile(filePath, 'utf8'));
      if (isCacheFile(data) && data.toolVersion === toolVersion) entries = data.entries;
    } catch {
      // No cache yet, or a damaged one: start afresh rather than fail the run.
    }
    return new LintCache(filePath, toolVersion, entries);
  }

  get(file: string, contentHash: string, configHash: string): LintResult | undefined {
    const entry = this.entries[file];
    if (!entry || entry.contentHash !== contentHash || entry.configHash !== configHash) return undefined;
    if (!entry.result || typeof entry.result !== 'object' || !Array.isArray(entry.result.messages)) return undefined;
    return entry.result;
  }

  set(file: string, contentHash: string, configHash: string, result: LintResult): void {
    this.entries[file] = { contentHash, configHash, result };
    this.changed = true;
  }

  /**
   * Writes atomically: a temporary file beside the cache, then a rename over it. Entries of
   * files that no longer exist are dropped first: a folder of reports renamed or cleaned out
   * would otherwise stay in the cache for good.
   */
  async save(): Promise<void> {
    for (const file of Object.keys(this.entries)) {
      if (!existsSync(file)) {
        delete this.entries[file];
        this.changed = true;
      }
    }
    if (!this.changed) return;
    const data: CacheFile = { format: FORMAT, toolVersion: this.toolVersion, entries: this.entries };
    const temp = `${this.filePath}.${process.pid}.${Date.now()}.tmp`;
    await mkdir(path.dirname(this.filePath), { recursive: true });
    try {
      await writeFile(temp, JSON.stringify(data));
      await rename(temp, this.filePath);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw error;
    }
    this.changed = false;
  }
}
