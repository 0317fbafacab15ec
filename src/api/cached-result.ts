// Is a result read back from the --cache file one the formatters can print? The cache is a
// JSON file anyone may edit or damage: a result that parses but has the wrong shape (a null
// message, counts that disagree with the messages, a bad outline) would crash a formatter or
// change the exit code, so every field is checked before the result is used.
import type { LintResult } from '../results.js';
import { countMessages } from '../results.js';

type Check = (value: unknown) => boolean;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString: Check = (value) => typeof value === 'string';
const isBoolean: Check = (value) => typeof value === 'boolean';
const isCount: Check = (value) => Number.isSafeInteger(value) && (value as number) >= 0;
const isPosition: Check = (value) => Number.isSafeInteger(value) && (value as number) >= 1;
const oneOf = (...allowed: unknown[]): Check => (value) => allowed.includes(value);
const orNull = (check: Check): Check => (value) => value === null || check(value);
const arrayOf = (check: Check): Check => (value) => Array.isArray(value) && value.every(check);

/** `value` has every required field and every optional field present passes its check. */
function shaped(value: unknown, required: Record<string, Check>, optional: Record<string, Check> = {}): value is Record<string, unknown> {
  if (!isObject(value)) return false;
  for (const [key, check] of Object.entries(required)) if (!check(value[key])) return false;
  for (const [key, check] of Object.entries(optional)) if (value[key] !== undefined && !check(value[key])) return false;
  return true;
}

const isFix: Check = (value) =>
  shaped(value, { range: (r) => Array.isArray(r) && r.length === 2 && r.every(isCount) && r[0] <= r[1], text: isString });

const MESSAGE_FIELDS = { ruleId: orNull(isString), severity: oneOf(1, 2), message: isString, line: isPosition, column: isPosition };
const MESSAGE_OPTIONS = { messageId: isString, basis: isString, endLine: isPosition, endColumn: isPosition, fix: isFix, fatal: isBoolean, item: isString };
const isMessage: Check = (value) => shaped(value, MESSAGE_FIELDS, MESSAGE_OPTIONS);
const isSuppressed: Check = (value) =>
  shaped(value, { ...MESSAGE_FIELDS, suppressions: arrayOf((s) => shaped(s, { kind: oneOf('directive'), justification: isString })) }, MESSAGE_OPTIONS);

const isPoint: Check = (value) => shaped(value, { line: isPosition, column: isPosition, offset: isCount });
const isSpan: Check = (value) => shaped(value, { start: isPoint, end: isPoint });
const isTitle: Check = (value) => shaped(value, { text: isString, line: isPosition, span: isSpan });
const isDate: Check = (value) => shaped(value, { text: isString, iso: isString, line: isPosition, span: isSpan, source: oneOf('signature', 'published') });
const isSection: Check = (value) =>
  shaped(
    value,
    {
      kind: oneOf('achievements', 'problems', 'responsibility', 'plans', 'other'),
      heading: isString,
      level: isCount,
      line: isPosition,
      endLine: isPosition,
      inline: isBoolean,
      form: oneOf('heading', 'run-in', 'paragraph'),
      startOffset: isCount,
      endOffset: isCount,
      text: isString,
      parent: orNull(isCount),
    },
    { mention: isString },
  );
const isOutline: Check = (value) =>
  shaped(value, {
    title: orNull(isTitle),
    year: orNull(Number.isSafeInteger),
    yearSource: oneOf('title', 'opening', 'heading', 'signature', 'published', 'body', null),
    issuer: orNull(isString),
    issuerSource: oneOf('title', 'opening', 'metadata', 'signature', null),
    date: orNull(isDate),
    sections: arrayOf(isSection),
  });

/** Per rule id, the items it checked (require-topics' areas): what the matrix reads. */
const isCheckedItems: Check = (value) =>
  isObject(value) && Object.values(value).every(arrayOf((item) => shaped(item, { id: isString, name: isString })));

/** A well-formed result of `filePath`, with counts that are those of its messages. */
export function isCachedResult(value: unknown, filePath: string): value is LintResult {
  const fine = shaped(
    value,
    {
      filePath: (p) => p === filePath,
      messages: arrayOf(isMessage),
      suppressedMessages: arrayOf(isSuppressed),
      usedDeprecatedRules: (list) => Array.isArray(list) && list.length === 0,
      errorCount: isCount,
      fatalErrorCount: isCount,
      warningCount: isCount,
      fixableErrorCount: isCount,
      fixableWarningCount: isCount,
    },
    { output: isString, source: isString, text: isString, outline: isOutline, checkedRules: arrayOf(isString), checkedItems: isCheckedItems, locationUnit: oneOf('paragraph') },
  );
  if (!fine) return false;
  const counts = countMessages(value.messages as LintResult['messages']);
  return Object.entries(counts).every(([key, count]) => value[key] === count);
}
