// Patterns in a config (forbidden-terms, required-terms) are user input. One that can backtrack
// catastrophically, such as (a+)+ or (a|aa)*, would hang the linter on a single paragraph: a
// denial of service in CI. Each pattern (an option whose schema says `format: 'regex'`, checked by
// src/config/options.ts) is checked once, when the config is loaded, by recheck (an
// automaton-theory and fuzzing ReDoS checker), and rejected with the reason.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import path from 'node:path';
import { firstLine } from './errors.js';

/**
 * Only linear patterns: a quadratic one ("[^。]*违规") runs a paragraph at a time, but a scraped
 * page can hold a paragraph of 200 KB, and quadratic on that is minutes (issue 17).
 */
const MAX_POLYNOMIAL_DEGREE = 1;
/** How long recheck may think about one pattern before we call it unsafe (a busy CI is slow). */
const CHECK_TIMEOUT_MS = 10_000;

type Diagnostics =
  | { status: 'safe' }
  | {
      status: 'vulnerable';
      complexity: { type: 'exponential' } | { type: 'polynomial'; degree: number };
      attack: { string: string };
    }
  | { status: 'unknown'; error: { kind: string } };

type CheckSync = (source: string, flags: string, params?: { timeout?: number }) => Diagnostics;
let checkSync: CheckSync | null = null;
const require = createRequire(import.meta.url);

function checker(): CheckSync {
  // recheck is large; it is loaded only when a config has patterns.
  checkSync ??= (require('recheck') as { checkSync: CheckSync }).checkSync;
  return checkSync;
}

/**
 * Verdicts kept across runs: checking a pattern can take a second, and a config is loaded on
 * every run (and by every worker thread). Keyed by recheck's version; a cache that cannot be
 * read or written is only slower.
 */
const cacheFile = path.join(process.env.XDG_CACHE_HOME ?? path.join(homedir(), '.cache'), 'fazhi-lint', 'pattern-verdicts.json');
let verdicts: Map<string, string | null> | null = null;

/** A verdict holds for one recheck and one policy: a stricter policy must not reuse a milder verdict. */
function cacheKey(): string {
  return `recheck@${(require('recheck/package.json') as { version: string }).version} degree<=${MAX_POLYNOMIAL_DEGREE}`;
}

function loadVerdicts(): Map<string, string | null> {
  if (verdicts) return verdicts;
  verdicts = new Map();
  try {
    const stored = JSON.parse(readFileSync(cacheFile, 'utf8')) as { key?: string; verdicts?: Record<string, string | null> };
    if (stored.key === cacheKey()) verdicts = new Map(Object.entries(stored.verdicts ?? {}));
  } catch {
    // no cache yet
  }
  return verdicts;
}

function saveVerdicts(): void {
  try {
    mkdirSync(path.dirname(cacheFile), { recursive: true });
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ key: cacheKey(), verdicts: Object.fromEntries(loadVerdicts()) }));
    renameSync(temporary, cacheFile);
  } catch {
    // a read-only home: check again next time
  }
}

/** The reason a pattern is refused, or null when it is safe to run; `final` unless it timed out. */
function unsafeReason(source: string): { reason: string | null; final: boolean } {
  const diagnostics = checker()(source, 'u', { timeout: CHECK_TIMEOUT_MS });
  if (diagnostics.status === 'safe') return { reason: null, final: true };
  if (diagnostics.status === 'unknown') {
    return { reason: `it could not be proven safe from catastrophic backtracking (${diagnostics.error.kind}); simplify it`, final: false };
  }
  const { complexity, attack } = diagnostics;
  if (complexity.type === 'polynomial' && complexity.degree <= MAX_POLYNOMIAL_DEGREE) return { reason: null, final: true };
  const growth = complexity.type === 'exponential' ? 'exponential' : `degree-${complexity.degree} polynomial`;
  const sample = attack.string.length > 40 ? `${attack.string.slice(0, 40)}…` : attack.string;
  return {
    reason:
      `it can backtrack catastrophically (${growth} time on input like ${JSON.stringify(sample)}); ` +
      'avoid nested quantifiers such as (a+)+, overlapping alternatives under a quantifier such as (a|aa)*, ' +
      'and an unbounded run before a word such as [^。]*违规 (match 违规 alone, or bound the run: [^。]{0,20}违规)',
    final: true,
  };
}

/** Why a pattern may not be used (it does not compile, or is prone to ReDoS), or null when it may. */
export function patternProblem(source: string): string | null {
  try {
    new RegExp(source, 'u');
  } catch (error) {
    return `pattern ${JSON.stringify(source)} is not a valid regular expression: ${firstLine(error)}`;
  }
  const known = loadVerdicts();
  let reason = known.get(source);
  if (reason === undefined) {
    const verdict = unsafeReason(source);
    reason = verdict.reason;
    // A timeout may be a busy machine's: not remembered, so the next run tries again.
    if (verdict.final) {
      known.set(source, reason);
      saveVerdicts();
    }
  }
  return reason ? `pattern ${JSON.stringify(source)} is refused: ${reason}` : null;
}
