// The Node API as a user imports it: the files package.json's `exports` name, from the build
// (`npm test` builds first). The compiled modules are also what --concurrency's worker threads
// run, which a TypeScript source could not start. Types come from the sources.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll } from 'vitest';
import type { LintResult } from '../../src/results.js';
import { ROOT } from '../helpers/cli.js';

export const PACKAGE = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  exports: Record<string, string | { types: string; default: string }>;
};

async function loadExport<T>(subpath: string): Promise<T> {
  const target = PACKAGE.exports[subpath];
  if (!target || typeof target === 'string') throw new Error(`package.json exports has no "${subpath}" with types and default`);
  const file = path.join(ROOT, target.default);
  if (!existsSync(file)) throw new Error(`${target.default} is missing: run npm run build first`);
  return (await import(pathToFileURL(file).href)) as T;
}

export const api = await loadExport<typeof import('../../src/api/index.js')>('.');
export const ruleTesterModule = await loadExport<typeof import('../../src/api/rule-tester.js')>('./rule-tester');

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder under the system's temporary one, removed after the file's tests. */
export function tempDir(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'fazhi-lint-api-'));
  made.push(dir);
  writeTree(dir, files);
  return dir;
}

export function writeTree(dir: string, files: Record<string, string | Uint8Array>): void {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}

/** ESLint's fields of a result, as the json format prints them: what the CLI and the API must agree on. */
export const JSON_KEYS = [
  'filePath',
  'messages',
  'suppressedMessages',
  'errorCount',
  'fatalErrorCount',
  'warningCount',
  'fixableErrorCount',
  'fixableWarningCount',
  'usedDeprecatedRules',
  'output',
  'source',
] as const;

/** A result as JSON would carry it: `undefined` fields gone, so a parsed one compares equal. */
export function asJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The json format's view of a result. */
export function jsonView(result: LintResult): Record<string, unknown> {
  return asJson(Object.fromEntries(JSON_KEYS.filter((key) => result[key] !== undefined).map((key) => [key, result[key]])));
}

/** The counts a result must carry for its messages. */
export function countsOf(result: LintResult): Pick<LintResult, 'errorCount' | 'fatalErrorCount' | 'warningCount' | 'fixableErrorCount' | 'fixableWarningCount'> {
  const errors = result.messages.filter((m) => m.severity === 2);
  const warnings = result.messages.filter((m) => m.severity === 1);
  return {
    errorCount: errors.length,
    fatalErrorCount: errors.filter((m) => m.fatal).length,
    warningCount: warnings.length,
    fixableErrorCount: errors.filter((m) => m.fix).length,
    fixableWarningCount: warnings.filter((m) => m.fix).length,
  };
}
