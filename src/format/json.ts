// ESLint's JSON format: the array of results, ESLint's keys only.
import type { Formatter, LintResult } from '../results.js';

const KEYS: Array<keyof LintResult> = [
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
];

/** One result as the format prints it: the array's element (the CLI streams them, main.ts). */
export function jsonResult(result: LintResult): string {
  return JSON.stringify(Object.fromEntries(KEYS.filter((k) => result[k] !== undefined).map((k) => [k, result[k]])));
}

const json: Formatter = (results) => `[${results.map(jsonResult).join(',')}]`;

export default json;
