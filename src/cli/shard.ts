// --shard i/n: one deterministic n-th of the files, for a CI matrix over a very large
// repository. Files are ordered by their path relative to the working directory (with "/"
// separators, so every machine agrees) and dealt round-robin: shard i takes the files whose
// position modulo n is i - 1. Every file lands in exactly one shard, and shards differ in
// size by at most one file.
import path from 'node:path';

export interface Shard {
  /** 1-based, as written on the command line. */
  index: number;
  count: number;
}

export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || index < 1 || index > count) {
    throw new RangeError(`--shard must be i/n with 1 ≤ i ≤ n (e.g. 2/4), got "${text}"`);
  }
  return { index, count };
}

/** The files of one shard, in their original order. */
export function selectShard(files: string[], shard: Shard, cwd: string): string[] {
  const key = (file: string) => path.relative(cwd, file).split(path.sep).join('/');
  const sorted = [...files].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  const chosen = new Set(sorted.filter((_, i) => i % shard.count === shard.index - 1));
  return files.filter((file) => chosen.has(file));
}
