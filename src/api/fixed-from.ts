// What FazhiLint.outputFixes checks before it writes a result's `output`: the text the fixes were
// computed from. A fixed result carries `output` and, as ESLint's, no `source`, so without this
// outputFixes could only compare the file with itself and would write fixes computed from the old
// text over a file edited since it was linted, losing the edits. Kept beside the result (a
// WeakMap: the result's shape, printed by formats and compared by tests, stays ESLint's) as a
// hash of the text, small enough to cross back from a --concurrency worker with its result.
import { createHash } from 'node:crypto';
import type { LintResult } from '../results.js';

const fixedFrom = new WeakMap<LintResult, string>();

/** The hash of a decoded text: the same text read from UTF-8 or GB18030 bytes hashes the same. */
export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function rememberFixedFrom(result: LintResult, hash: string | undefined): void {
  if (hash !== undefined) fixedFrom.set(result, hash);
}

/** The hash of the text `result.output` was fixed from; undefined for a result this process did not make. */
export function fixedFromOf(result: LintResult): string | undefined {
  return fixedFrom.get(result);
}
