// ESLint's RuleTester for fazhi-lint rules: `new RuleTester().run(name, rule, { valid, invalid })`
// checks the rule as a plugin's is checked when loaded, named `name`, lints each case with the
// engine the command line uses (options checked as a config's are) and asserts with node:assert. Cases are registered with the test framework's describe/it when it
// has globals (mocha, jest, vitest with globals) or with RuleTester.describe/it set by the caller;
// without either, `run` runs them itself and its promise rejects at the first failure.
import assert from 'node:assert/strict';
import { resolveRules } from '../config/index.js';
import { loadRule } from '../config/plugin-rules.js';
import { applyFixes, verify, type SourceFormat } from '../engine/lint.js';
import type { LoadedRule, Locale, RuleModule } from '../rule-api.js';
import type { LintMessage } from '../results.js';

export interface ValidTestCase {
  /** The report text (or a fragment of one). */
  text: string;
  /** A name for the test; the text's start when missing. */
  name?: string;
  /** `.md` reads the text as Markdown; anything else as plain text (a .docx or page reads as text, one paragraph a line). */
  filename?: string;
  /** The rule's options, checked against its schema as a config's would be. */
  options?: Record<string, unknown>;
  settings?: Record<string, unknown>;
  locale?: Locale;
}

export interface TestCaseError {
  messageId?: string;
  /** The whole message, as the locale's text fills it. */
  message?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** The severity is always 2 here (the rule runs as `error`); given for symmetry with results. */
  severity?: 2;
}

export interface InvalidTestCase extends ValidTestCase {
  /** The messages expected, in order: each a messageId, an object, or their number. */
  errors: number | Array<string | TestCaseError>;
  /** The text after the fixes of one pass; `null` asserts the rule offers no fix. Omitted: any fix must be expected. */
  output?: string | null;
}

export interface RuleTesterConfig {
  /** Shared settings every case starts from (a case's own settings override them). */
  settings?: Record<string, unknown>;
  /** Message language; default `zh`. */
  locale?: Locale;
}

type TestFunction = (name: string, body: () => Promise<void>) => unknown;
type SuiteFunction = (name: string, body: () => void) => unknown;

const globals = globalThis as { describe?: SuiteFunction; it?: TestFunction };

export class RuleTester {
  /** The framework's `describe`; the global one when there is one. */
  static describe: SuiteFunction | undefined;
  /** The framework's `it`; the global one when there is one. */
  static it: TestFunction | undefined;

  readonly #config: RuleTesterConfig;

  constructor(config: RuleTesterConfig = {}) {
    this.#config = config;
  }

  /**
   * Registers (or runs) the cases of `rule`. The promise resolves once self-run cases have
   * passed, and at once when a framework runs them.
   */
  run(name: string, module: RuleModule, tests: { valid: Array<string | ValidTestCase>; invalid: InvalidTestCase[] }): Promise<void> {
    // A rule of the wrong shape fails every case with what is wrong (src/config/plugin-rules.ts).
    let rule: LoadedRule | undefined;
    const loaded = () => (rule ??= loadRule(name, module));
    const cases: Array<[string, () => Promise<void>]> = [
      ...tests.valid.map((test): [string, () => Promise<void>] => {
        const valid = typeof test === 'string' ? { text: test } : test;
        return [`valid: ${caseName(valid)}`, async () => this.#checkValid(loaded(), valid)];
      }),
      ...tests.invalid.map((test): [string, () => Promise<void>] => [`invalid: ${caseName(test)}`, async () => this.#checkInvalid(loaded(), test)]),
    ];
    const describe = RuleTester.describe ?? globals.describe;
    const it = RuleTester.it ?? globals.it;
    if (describe && it) {
      describe(name, () => {
        for (const [title, body] of cases) it(title, body);
      });
      return Promise.resolve();
    }
    return cases.reduce(
      (previous, [title, body]) =>
        previous.then(() =>
          body().catch((error: Error) => {
            error.message = `${name} ${title}: ${error.message}`;
            throw error;
          }),
        ),
      Promise.resolve(),
    );
  }

  async #lint(rule: LoadedRule, test: ValidTestCase): Promise<LintMessage[]> {
    const id = rule.meta.id;
    const rules = resolveRules({ [id]: test.options ? ['error', test.options] : 'error' }, new Map([[id, rule]]), '<RuleTester>');
    const format: SourceFormat = /\.(md|markdown)$/i.test(test.filename ?? '') ? 'markdown' : 'text';
    const { messages } = await verify(test.text, {
      rules,
      settings: { ...this.#config.settings, ...test.settings },
      locale: test.locale ?? this.#config.locale ?? 'zh',
      format,
    });
    const crashed = messages.filter((m) => m.fatal);
    assert.deepEqual(crashed.map((m) => m.message), [], 'the rule must not fail');
    return messages;
  }

  async #checkValid(rule: LoadedRule, test: ValidTestCase): Promise<void> {
    checkKeys(test, VALID_KEYS, 'a valid case');
    const messages = await this.#lint(rule, test);
    assert.deepEqual(messages.map(describeMessage), [], 'a valid case must give no messages');
  }

  async #checkInvalid(rule: LoadedRule, test: InvalidTestCase): Promise<void> {
    checkKeys(test, INVALID_KEYS, 'an invalid case');
    if (Array.isArray(test.errors)) {
      test.errors.forEach((error, i) => typeof error === 'object' && checkKeys(error, ERROR_KEYS, `expected message ${i + 1}`));
    }
    const messages = await this.#lint(rule, test);
    if (typeof test.errors === 'number') {
      assert.equal(messages.length, test.errors, `expected ${test.errors} message(s), got: ${messages.map(describeMessage).join('; ')}`);
    } else {
      assert.ok(test.errors.length > 0, 'an invalid case must expect at least one message');
      assert.equal(messages.length, test.errors.length, `expected ${test.errors.length} message(s), got: ${messages.map(describeMessage).join('; ')}`);
      test.errors.forEach((expected, i) => {
        const message = messages[i]!;
        const error = typeof expected === 'string' ? { messageId: expected } : expected;
        for (const key of ERROR_KEYS) {
          if (error[key] !== undefined) assert.equal(message[key], error[key], `${key} of message ${i + 1}`);
        }
        assert.doesNotMatch(message.message, /\{\{/, `message ${i + 1} has a placeholder its data did not fill`);
      });
    }
    const fixes = messages.flatMap((m) => (m.fix ? [m.fix] : []));
    if (test.output === undefined) {
      assert.deepEqual(fixes, [], 'the rule fixed the text: give `output` (or `output: null` if it should not)');
    } else if (test.output === null) {
      assert.deepEqual(fixes, [], 'expected no fix');
    } else {
      const { output } = applyFixes(test.text, fixes);
      assert.notEqual(output, test.text, '`output` is given but the rule fixed nothing');
      assert.equal(output, test.output);
    }
  }
}

const VALID_KEYS = ['text', 'name', 'filename', 'options', 'settings', 'locale'] as const;
const INVALID_KEYS = [...VALID_KEYS, 'errors', 'output'] as const;
const ERROR_KEYS = ['messageId', 'message', 'line', 'column', 'endLine', 'endColumn', 'severity'] as const;

/**
 * A key the tester does not know is a mistake in the test, as in ESLint's RuleTester: a typo
 * ("mesageId", "option") would otherwise be ignored and the case pass without checking it, and
 * `errors` in a valid case would be a case in the wrong list.
 */
function checkKeys(object: object, known: readonly string[], what: string): void {
  const unknown = Object.keys(object).filter((key) => !known.includes(key));
  assert.deepEqual(unknown, [], `${what} has unknown properties; expected only ${known.join(', ')}`);
}

function caseName(test: ValidTestCase): string {
  if (test.name) return test.name;
  const firstLine = test.text.split('\n', 1)[0]!;
  return firstLine.length > 40 ? firstLine.slice(0, 40) + '…' : firstLine;
}

function describeMessage(message: LintMessage): string {
  return `${message.line}:${message.column} ${message.messageId ?? ''} ${message.message}`;
}
