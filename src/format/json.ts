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

const json: Formatter = (results) =>
  JSON.stringify(results.map((result) => Object.fromEntries(KEYS.filter((k) => result[k] !== undefined).map((k) => [k, result[k]]))));

export default json;
