// RuleTester as a plugin author uses it, on a rule written here: cases that pass, and each kind of
// wrong expectation failing with a message that says what was wrong. Run both ways: registered
// with a framework's describe/it, and on its own (no describe/it anywhere), when its promise
// rejects at the first failure.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RuleModule } from '../../src/rule-api.js';
import type { InvalidTestCase } from '../../src/api/rule-tester.js';
import { api, ruleTesterModule } from './helpers.js';

const { RuleTester } = ruleTesterModule;

/**
 * Reports each `marker` (default "XX") in the text, a placeholder left in a draft; fixes it to
 * `replacement` when one is given. Visits text nodes, so Markdown code is not searched.
 */
const placeholderRule: RuleModule = {
  meta: {
    id: 'no-placeholder',
    type: 'custom',
    docs: { description: { zh: '报告中不应留有占位符', en: 'No placeholders left in the report' }, recommended: false },
    messages: { placeholder: { zh: '不应留有占位符“{{found}}”', en: 'Placeholder "{{found}}" left in' } },
    fixable: true,
    schema: {
      type: 'object',
      properties: {
        marker: { type: 'string', default: 'XX', description: 'The placeholder to look for.' },
        replacement: { type: 'string', description: 'What to write instead; no fix without it.' },
      },
      additionalProperties: false,
    },
  },
  create(context) {
    const marker = context.options.marker as string;
    const replacement = context.options.replacement as string | undefined;
    return {
      text(node: { value: string; position: { start: { offset: number } } }) {
        for (let i = node.value.indexOf(marker); i !== -1; i = node.value.indexOf(marker, i + marker.length)) {
          const offset = node.position.start.offset + i;
          const start = context.positionAt(offset);
          const end = context.positionAt(offset + marker.length);
          context.report({
            messageId: 'placeholder',
            data: { found: marker },
            loc: { line: start.line, column: start.column, endLine: end.line, endColumn: end.column },
            fix: replacement === undefined ? null : { range: [offset, offset + marker.length], text: replacement },
          });
        }
      },
    };
  },
};

/** A rule whose messages leave a placeholder unfilled, and one that throws. */
const unfilledRule: RuleModule = {
  meta: { ...placeholderRule.meta, id: 'unfilled', schema: undefined, fixable: false },
  create: (context) => ({ 'root:exit': () => context.report({ messageId: 'placeholder' }) }),
};
const crashingRule: RuleModule = {
  meta: { ...placeholderRule.meta, id: 'crashing', schema: undefined, fixable: false },
  create: () => ({
    paragraph() {
      throw new Error('boom');
    },
  }),
};

const DRAFT = '某县人民政府2023年法治政府建设年度报告\n\n办理案件XX件,其中XX件已结。\n';

const passing = {
  valid: [
    '某县人民政府2023年法治政府建设年度报告\n\n办理案件24件。\n',
    { name: 'another marker', text: DRAFT, options: { marker: '××' } },
    { name: 'Markdown code is not text', text: '办理案件`XX`件。\n', filename: 'report.md' },
  ],
  invalid: [
    { name: 'messageId strings', text: DRAFT, errors: ['placeholder', 'placeholder'] },
    {
      name: 'objects with places and the filled message',
      text: DRAFT,
      errors: [
        { messageId: 'placeholder', line: 3, column: 5, endLine: 3, endColumn: 7, message: '不应留有占位符“XX”' },
        { line: 3, column: 11, severity: 2 as const },
      ],
    },
    { name: 'a count', text: DRAFT, errors: 2 },
    { name: 'as plain text, code marks are text', text: '办理案件`XX`件。\n', errors: 1 },
    { name: 'the locale of the case', text: DRAFT, locale: 'en' as const, errors: [{ message: 'Placeholder "XX" left in' }, 'placeholder'] },
    { name: 'a fix', text: DRAFT, options: { replacement: '若干' }, errors: 2, output: '某县人民政府2023年法治政府建设年度报告\n\n办理案件若干件,其中若干件已结。\n' },
    { name: 'no fix', text: DRAFT, errors: 2, output: null },
  ],
};

describe('RuleTester registered with the framework', () => {
  // Registration happens as this file is collected: vitest's own describe/it, assigned.
  const titles: string[] = [];
  RuleTester.describe = describe;
  RuleTester.it = (title, body) => (titles.push(title), it(title, body));
  try {
    const registered = new RuleTester().run('no-placeholder', placeholderRule, passing);
    it('run resolves at once: the cases are the framework’s tests, one each', async () => {
      await expect(registered).resolves.toBeUndefined();
      expect(titles).toHaveLength(passing.valid.length + passing.invalid.length);
      expect(titles).toContain('invalid: a fix');
    });
  } finally {
    RuleTester.describe = undefined;
    RuleTester.it = undefined;
  }
});

describe('RuleTester with a framework that collects its cases', () => {
  it('registers one test per case under the rule’s name; a wrong case fails as its test', async () => {
    const suites: string[] = [];
    const tests: Array<[string, () => Promise<void>]> = [];
    RuleTester.describe = (name, body) => {
      suites.push(name);
      body();
    };
    RuleTester.it = (name, body) => tests.push([name, body]);
    try {
      await new RuleTester().run('no-placeholder', placeholderRule, {
        valid: [DRAFT.replaceAll('XX', '24')],
        invalid: [{ name: 'wrong', text: DRAFT, errors: 1 }],
      });
    } finally {
      RuleTester.describe = undefined;
      RuleTester.it = undefined;
    }
    expect(suites).toEqual(['no-placeholder']);
    expect(tests.map(([name]) => name)).toEqual([expect.stringMatching(/^valid: /), 'invalid: wrong']);
    await expect(tests[0]![1]()).resolves.toBeUndefined();
    await expect(tests[1]![1]()).rejects.toThrow(/expected 1 message/);
  });
});

describe('RuleTester running its cases itself', () => {
  beforeEach(() => {
    RuleTester.describe = undefined;
    RuleTester.it = undefined;
  });
  afterEach(() => {
    RuleTester.describe = undefined;
    RuleTester.it = undefined;
  });

  it('has no framework to register with here (no vitest globals)', () => {
    expect((globalThis as { describe?: unknown }).describe).toBeUndefined();
    expect((globalThis as { it?: unknown }).it).toBeUndefined();
  });

  it('the package entry exports the same RuleTester', () => {
    expect(api.RuleTester).toBe(RuleTester);
  });

  it('resolves when every case passes', async () => {
    await expect(new RuleTester().run('no-placeholder', placeholderRule, passing)).resolves.toBeUndefined();
  });

  it('the tester’s settings apply to every case; a case’s own win', async () => {
    const strictOnly: RuleModule = {
      meta: { ...placeholderRule.meta, id: 'strict-only', schema: undefined, fixable: false },
      create: (context) => ({ 'root:exit': () => (context.settings.strict === true ? context.report({ messageId: 'placeholder', data: { found: 'strict' } }) : undefined) }),
    };
    const strict = new RuleTester({ settings: { strict: true } });
    await expect(strict.run('strict-only', strictOnly, { valid: [{ text: DRAFT, settings: { strict: false } }], invalid: [{ text: DRAFT, errors: 1 }] })).resolves.toBeUndefined();
    await expect(new RuleTester().run('strict-only', strictOnly, { valid: [], invalid: [{ text: DRAFT, errors: 1 }] })).rejects.toThrow(/expected 1 message/);
  });

  it('the tester’s locale applies to every case', async () => {
    const english = new RuleTester({ locale: 'en' });
    await expect(english.run('no-placeholder', placeholderRule, { valid: [], invalid: [{ text: DRAFT, errors: [{ message: 'Placeholder "XX" left in' }, 'placeholder'] }] })).resolves.toBeUndefined();
    await expect(new RuleTester().run('no-placeholder', placeholderRule, { valid: [], invalid: [{ text: DRAFT, errors: [{ message: 'Placeholder "XX" left in' }, 'placeholder'] }] })).rejects.toThrow(/message of message 1/);
  });

  const invalidOnly = (test: InvalidTestCase, rule: RuleModule = placeholderRule) => new RuleTester().run(rule.meta.id, rule, { valid: [], invalid: [test] });

  const failures: Array<[string, () => Promise<void>, RegExp]> = [
    ['a valid case that reports', () => new RuleTester().run('no-placeholder', placeholderRule, { valid: [DRAFT], invalid: [] }), /no-placeholder valid: 某县人民政府.*a valid case must give no messages/s],
    ['a wrong messageId', () => invalidOnly({ name: 'id', text: DRAFT, errors: ['placeholders', 'placeholder'] }), /no-placeholder invalid: id: messageId of message 1/],
    ['a wrong line', () => invalidOnly({ text: DRAFT, errors: [{ messageId: 'placeholder', line: 2 }, 'placeholder'] }), /line of message 1/],
    ['a wrong column of the second message', () => invalidOnly({ text: DRAFT, errors: ['placeholder', { column: 12 }] }), /column of message 2/],
    ['a wrong message text', () => invalidOnly({ text: DRAFT, errors: [{ message: '不应留有占位符“YY”' }, 'placeholder'] }), /message of message 1/],
    ['too few errors expected', () => invalidOnly({ text: DRAFT, errors: ['placeholder'] }), /expected 1 message\(s\), got: 3:5 placeholder/],
    ['a wrong count', () => invalidOnly({ text: DRAFT, errors: 3 }), /expected 3 message/],
    ['no errors expected of an invalid case', () => invalidOnly({ text: DRAFT, errors: [] }), /at least one message/],
    ['missing output for a fixing rule', () => invalidOnly({ text: DRAFT, options: { replacement: '若干' }, errors: 2 }), /give `output`/],
    ['a wrong output', () => invalidOnly({ text: DRAFT, options: { replacement: '若干' }, errors: 2, output: DRAFT.replace('XX', '若干') }), /Expected values to be strictly equal/],
    ['output: null for a rule that fixes', () => invalidOnly({ text: DRAFT, options: { replacement: '若干' }, errors: 2, output: null }), /expected no fix/],
    ['output for a rule that fixes nothing', () => invalidOnly({ text: DRAFT, errors: 2, output: DRAFT }), /fixed nothing/],
    ['an option of the wrong type', () => invalidOnly({ text: DRAFT, options: { marker: 5 }, errors: 2 }), /rules\.no-placeholder\.marker: expected a string/],
    ['an option the schema does not have', () => invalidOnly({ text: DRAFT, options: { markers: ['XX'] }, errors: 2 }), /rules\.no-placeholder\.markers: unknown option/],
    ['a misspelt key of an expected message', () => invalidOnly({ text: DRAFT, errors: [{ mesageId: 'placeholder' } as never, 'placeholder'] }), /expected message 1 has unknown properties[\s\S]*mesageId/],
    ['a misspelt key of a case', () => invalidOnly({ text: DRAFT, option: { marker: 'YY' }, errors: 2 } as never), /an invalid case has unknown properties[\s\S]*option/],
    ['an invalid case in the valid list', () => new RuleTester().run('no-placeholder', placeholderRule, { valid: [{ text: DRAFT, errors: 2 } as never], invalid: [] }), /a valid case has unknown properties[\s\S]*errors/],
    ['a message whose placeholder was not filled', () => invalidOnly({ text: DRAFT, errors: ['placeholder'] }, unfilledRule), /placeholder its data did not fill/],
    ['a rule that throws', () => invalidOnly({ text: DRAFT, errors: 1 }, crashingRule), /the rule must not fail[\s\S]*boom/],
  ];
  for (const [name, run, expected] of failures) {
    it(`rejects: ${name}`, async () => {
      await expect(run()).rejects.toThrow(expected);
    });
  }

  it('stops at the first failing case', async () => {
    let created = 0;
    const counting: RuleModule = { ...placeholderRule, create: (context) => (created++, placeholderRule.create(context)) };
    await expect(new RuleTester().run('no-placeholder', counting, { valid: [DRAFT, DRAFT, DRAFT], invalid: [] })).rejects.toThrow(/valid case/);
    expect(created).toBe(1);
  });
});
