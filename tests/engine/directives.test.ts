// Disable comments: ranges, lines, all rules, whole-document rules, unknown and unused directives,
// in Markdown and in plain text.
import { describe, expect, it } from 'vitest';
import { verify, verifyAndFix, type SourceFormat } from '../../src/engine/lint.js';
import { readText } from '../../src/read/text-reader.js';
import { commaRule, documentRule, lintOptions, resolved, wordRule } from './test-rules.js';

const A = wordRule('rule-a');
const B = wordRule('rule-b');
const KNOWN = new Set(['rule-a', 'rule-b', 'document-rule', 'test-comma']);

async function lint(text: string, format: SourceFormat, extra: Parameters<typeof lintOptions>[2] = {}) {
  return verify(text, lintOptions(format, [resolved(A), resolved(B)], { knownRuleIds: KNOWN, ...extra }));
}

const where = (messages: Array<{ ruleId: string | null; line: number }>) => messages.map((m) => `${m.line} ${m.ruleId}`);

// The same report in both formats: Markdown separates paragraphs by blank lines.
const FORMATS: Array<{ format: SourceFormat; join: string }> = [
  { format: 'markdown', join: '\n\n' },
  { format: 'text', join: '\n' },
];

for (const { format, join } of FORMATS) {
  const doc = (...lines: string[]) => lines.join(join);
  // Line of the n-th (1-based) block in `doc`.
  const lineOf = (n: number) => (n - 1) * (join === '\n' ? 1 : 2) + 1;

  describe(`directives in ${format}`, () => {
    it('disable … enable suppresses the named rule in between only', async () => {
      const text = doc('甲一', '<!-- fazhi-lint-disable rule-a -->', '甲二', '<!-- fazhi-lint-enable rule-a -->', '甲三');
      const { messages, suppressedMessages } = await lint(text, format);
      expect(where(messages)).toEqual([
        `${lineOf(1)} rule-a`, `${lineOf(1)} rule-b`, `${lineOf(3)} rule-b`, `${lineOf(5)} rule-a`, `${lineOf(5)} rule-b`,
      ]);
      expect(where(suppressedMessages)).toEqual([`${lineOf(3)} rule-a`]);
      expect(suppressedMessages[0]!.suppressions).toEqual([{ kind: 'directive', justification: '' }]);
    });

    it('disable with no rule list suppresses every rule until enable', async () => {
      const text = doc('甲一', '<!-- fazhi-lint-disable -->', '甲二', '<!-- fazhi-lint-enable -->', '甲三');
      const { messages, suppressedMessages } = await lint(text, format);
      expect(where(messages).map((m) => m.split(' ')[0])).toEqual([lineOf(1), lineOf(1), lineOf(5), lineOf(5)].map(String));
      expect(suppressedMessages).toHaveLength(2);
    });

    it('disable all, then enable one rule: only that rule comes back', async () => {
      const text = doc('<!-- fazhi-lint-disable -->', '甲一', '<!-- fazhi-lint-enable rule-b -->', '甲二');
      const { messages } = await lint(text, format);
      expect(where(messages)).toEqual([`${lineOf(4)} rule-b`]);
    });

    it('disable-next-line covers the next line with text, and only it', async () => {
      const text = doc('<!-- fazhi-lint-disable-next-line rule-a, rule-b -->', '甲一', '甲二');
      const { messages } = await lint(text, format);
      expect(where(messages)).toEqual([`${lineOf(3)} rule-a`, `${lineOf(3)} rule-b`]);
    });

    it('disable-line at the end of a line covers that line', async () => {
      const text = doc('甲一 <!-- fazhi-lint-disable-line rule-b -->', '甲二');
      const { messages, suppressedMessages } = await lint(text, format);
      expect(where(messages)).toEqual([`${lineOf(1)} rule-a`, `${lineOf(2)} rule-a`, `${lineOf(2)} rule-b`]);
      expect(where(suppressedMessages)).toEqual([`${lineOf(1)} rule-b`]);
    });

    it('a rule list may use Chinese commas', async () => {
      const text = doc('<!-- fazhi-lint-disable-next-line rule-a，rule-b -->', '甲一');
      expect((await lint(text, format)).messages).toEqual([]);
    });

    it('names an unknown rule clearly, and still applies the known ones', async () => {
      const text = doc('<!-- fazhi-lint-disable rule-a, no-such-rule -->', '甲一');
      const { messages } = await lint(text, format);
      expect(where(messages)).toEqual([`1 null`, `${lineOf(2)} rule-b`]);
      expect(messages[0]!.severity).toBe(2);
      expect(messages[0]!.message).toContain('no-such-rule');
    });

    it('reports a misspelt directive', async () => {
      const text = doc('<!-- fazhi-lint-disabled rule-a -->', '甲一');
      const { messages } = await lint(text, format, { locale: 'en' });
      expect(messages[0]).toMatchObject({ ruleId: null, line: 1, severity: 2 });
      expect(messages[0]!.message).toContain('fazhi-lint-disabled');
      expect(where(messages.slice(1))).toEqual([`${lineOf(2)} rule-a`, `${lineOf(2)} rule-b`]);
    });

    it('reports unused directives only when asked, at the asked severity', async () => {
      const text = doc('<!-- fazhi-lint-disable rule-a, rule-b -->', '甲一 乙', '<!-- fazhi-lint-enable -->', '<!-- fazhi-lint-disable-next-line -->', '丙', '<!-- fazhi-lint-enable rule-a -->');
      const A2 = wordRule('rule-a');
      const B2 = wordRule('rule-b', '乙乙'); // never matches: rule-b suppresses nothing
      const run = (severity?: 0 | 1 | 2) =>
        verify(text, lintOptions(format, [resolved(A2), resolved(B2)], { knownRuleIds: KNOWN, reportUnusedDisableDirectives: severity, locale: 'en' }));

      expect((await run()).messages).toEqual([]);
      const { messages } = await run(1);
      expect(messages.map((m) => `${m.line} ${m.severity} ${m.message}`)).toEqual([
        `1 1 Unused fazhi-lint-disable directive (no problems were reported from “rule-b”)`,
        `${lineOf(4)} 1 Unused fazhi-lint-disable directive (no problems were reported)`,
        `${lineOf(6)} 1 Unused fazhi-lint-enable directive (no matching fazhi-lint-disable directive)`,
      ]);
      expect((await run(2)).messages.every((m) => m.severity === 2)).toBe(true);
    });
  });
}

describe('whole-document rules', () => {
  it('a disable/enable block around the reported line suppresses a root:exit message', async () => {
    const text = ['标题', '<!-- fazhi-lint-disable document-rule -->', '正文', '<!-- fazhi-lint-enable document-rule -->', '结尾'].join('\n');
    const inside = await verify(text, lintOptions('text', [resolved(documentRule, { line: 3 })], { knownRuleIds: KNOWN }));
    expect(inside.messages).toEqual([]);
    expect(inside.suppressedMessages.map((m) => m.line)).toEqual([3]);
    const outside = await verify(text, lintOptions('text', [resolved(documentRule, { line: 5 })], { knownRuleIds: KNOWN }));
    expect(outside.messages.map((m) => m.line)).toEqual([5]);
  });

  it('a file-level disable at the top covers a message at 1:1, even below blank lines', async () => {
    for (const [format, text] of [
      ['text', '\n<!-- fazhi-lint-disable document-rule -->\n正文'],
      ['markdown', '\n\n<!-- fazhi-lint-disable document-rule -->\n\n正文'],
    ] as const) {
      const { messages, suppressedMessages } = await verify(text, lintOptions(format, [resolved(documentRule)], { knownRuleIds: KNOWN }));
      expect(messages, format).toEqual([]);
      expect(suppressedMessages.map((m) => `${m.line}:${m.column}`), format).toEqual(['1:1']);
    }
  });

  it('a disable below the first text does not reach back to 1:1', async () => {
    const text = '正文\n<!-- fazhi-lint-disable document-rule -->\n更多';
    const { messages } = await verify(text, lintOptions('text', [resolved(documentRule)], { knownRuleIds: KNOWN }));
    expect(messages.map((m) => m.ruleId)).toEqual(['document-rule']);
  });
});

describe('the text reader and directives', () => {
  it('directive lines are neither paragraphs nor debris; a trailing directive is cut off its line', () => {
    const text = '<!-- fazhi-lint-disable rule-a -->\n一、总体情况\n正文甲。 <!-- fazhi-lint-disable-line rule-b -->\n<!-- fazhi-lint-enable -->';
    const tree = readText(text);
    expect(JSON.stringify(tree.children)).not.toContain('fazhi-lint');
    expect(tree.data?.debris).toEqual([]);
    expect(tree.children.map((node) => node.type)).toEqual(['heading', 'paragraph']);
    const paragraph = tree.children[1]!;
    expect(text.slice(paragraph.position!.start.offset, paragraph.position!.end.offset)).toBe('正文甲。');
  });

  it('an HTML comment that is not a fazhi-lint directive stays text', () => {
    const tree = readText('正文 <!-- 备注 -->');
    expect(tree.children).toHaveLength(1);
    expect(tree.children[0]!.position!.end.column).toBe('正文 <!-- 备注 -->'.length + 1);
  });
});

describe('Markdown specifics', () => {
  it('a directive inside a code block is an example, not a directive', async () => {
    const text = '```\n<!-- fazhi-lint-disable -->\n```\n\n甲一';
    const { messages } = await lint(text, 'markdown');
    expect(where(messages)).toEqual(['5 rule-a', '5 rule-b']);
  });
});

describe('directives and fixes', () => {
  it('a suppressed message is not fixed', async () => {
    const text = '第一,第二\n<!-- fazhi-lint-disable test-comma -->\n第三,第四\n<!-- fazhi-lint-enable -->\n第五,第六';
    const outcome = await verifyAndFix(text, lintOptions('text', [resolved(commaRule)], { knownRuleIds: KNOWN }));
    expect(outcome.output).toBe(text.replace('第一,', '第一，').replace('第五,', '第五，'));
    expect(outcome.messages).toEqual([]);
    expect(outcome.suppressedMessages.map((m) => m.line)).toEqual([3]);
  });
});

describe('fixing unused directives (--fix with --report-unused-disable-directives)', () => {
  // rule-a reports 甲, rule-b 乙: a directive naming rule-b where there is no 乙 is unused.
  const fix = (text: string, format: SourceFormat, fixRules?: ReadonlySet<string>) =>
    verifyAndFix(text, lintOptions(format, [resolved(A), resolved(wordRule('rule-b', '乙'))], { knownRuleIds: KNOWN, reportUnusedDisableDirectives: 1 }), fixRules);

  // [where the comment stands, format, text, fixed text]
  const REMOVALS: Array<[string, SourceFormat, string, string]> = [
    ['alone on its line: the line goes', 'text', '甲一\n<!-- fazhi-lint-disable rule-b -->\n丙\n', '甲一\n丙\n'],
    ['alone on its line, CRLF', 'text', '甲一\r\n<!-- fazhi-lint-disable -->\r\n丙', '甲一\r\n丙'],
    ['alone between blank lines', 'markdown', '甲一\n\n<!-- fazhi-lint-disable rule-b -->\n\n丙\n', '甲一\n\n\n丙\n'],
    ['alone on the last line', 'text', '丙\n<!-- fazhi-lint-enable -->', '丙\n'],
    ['at the end of a line of text: the space before it goes too', 'text', '丙一 <!-- fazhi-lint-disable-line rule-b -->\n丙二', '丙一\n丙二'],
    ['at the end of a Markdown line', 'markdown', '丙一 <!-- fazhi-lint-disable-line -->\n\n丙二', '丙一\n\n丙二'],
    ['inside a Markdown line: the space after it goes too', 'markdown', '丙一 <!-- fazhi-lint-disable-line rule-b --> 丙二', '丙一 丙二'],
  ];

  it.each(REMOVALS)('takes an unused directive out: %s (%s)', async (_, format, text, fixed) => {
    expect((await fix(text, format)).output).toBe(fixed);
  });

  it('in Markdown leaves the line blank when text stands on both sides, so two paragraphs stay two', async () => {
    const outcome = await fix('丙一\n<!-- fazhi-lint-disable-next-line rule-b -->\n丙二\n', 'markdown');
    expect(outcome.output).toBe('丙一\n\n丙二\n');
    expect(outcome.tree.children).toHaveLength(2);
  });

  it('takes only the unused names out of a list, keeping its separator', async () => {
    const outcome = await fix('<!-- fazhi-lint-disable-next-line rule-b、rule-a -->\n甲一', 'text');
    expect(outcome.output).toBe('<!-- fazhi-lint-disable-next-line rule-a -->\n甲一');
    expect(outcome.messages).toEqual([]);
    expect((await fix('<!-- fazhi-lint-disable rule-a , rule-b -->\n甲一', 'text')).output).toBe('<!-- fazhi-lint-disable rule-a -->\n甲一');
  });

  it('an enable left unused by a removed disable goes on the next pass', async () => {
    const outcome = await fix('<!-- fazhi-lint-disable rule-b -->\n丙\n<!-- fazhi-lint-enable rule-b -->\n丁', 'text');
    expect(outcome.output).toBe('丙\n丁');
    expect(outcome.messages).toEqual([]);
  });

  it('only with --fix-type directive, when --fix-type is given', async () => {
    const text = '丙\n<!-- fazhi-lint-disable rule-b -->\n丁';
    expect((await fix(text, 'text', new Set(['rule-a']))).output).toBe(text);
    expect((await fix(text, 'text', new Set(['directive']))).output).toBe('丙\n丁');
  });

  it('offers no fix where the source does not hold the comment as read (over two lines of a Markdown quote)', async () => {
    const text = '> 丙\n>\n> <!-- fazhi-lint-disable\n> rule-b -->\n';
    const { messages } = await lint(text, 'markdown', { reportUnusedDisableDirectives: 1 });
    const unused = messages.filter((m) => m.ruleId === null);
    expect(unused).toHaveLength(1);
    expect(unused[0]!.fix).toBeUndefined();
  });

  it('no fix is offered for a directive naming an unknown rule', async () => {
    const { messages } = await lint('<!-- fazhi-lint-disable no-such-rule -->\n丙', 'text', { reportUnusedDisableDirectives: 1 });
    expect(messages.map((m) => m.fix)).toEqual([undefined]);
  });
});
