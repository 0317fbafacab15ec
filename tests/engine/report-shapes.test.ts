// What a rule may hand the engine, in our shape and ESLint's: a message by messageId or as
// plain text, a fix as { range, text } or as a function of a fixer; what the context tells it
// (file, format, unit, getText); and what breaks the rule API, reported as that rule's fatal
// message for the file, the other rules' messages kept.
import type { Paragraph } from 'mdast';
import { describe, expect, it } from 'vitest';
import { loadRule } from '../../src/config/plugin-rules.js';
import { verify, verifyAndFix, type LintOptions } from '../../src/engine/lint.js';
import { lintBytes } from '../../src/engine/lint-file.js';
import type { RuleContext, RuleModule, RuleVisitors } from '../../src/rule-api.js';
import type { LintMessage } from '../../src/results.js';
import { buildDocx } from '../read/build-docx.js';
import { wordRule } from './test-rules.js';

const TEXT = '第一段写法制政府。\n\n第二段。\n';

/** A plugin-shaped rule `p/r` (checked as a plugin's is), from its meta and visitors. */
function ruleOf(meta: RuleModule['meta'], visitors: (context: RuleContext) => RuleVisitors) {
  return { id: 'p/r', rule: loadRule('p/r', { meta, create: visitors }), severity: 2 as const, options: {} };
}

function options(rule: ReturnType<typeof ruleOf>, locale: 'zh' | 'en' = 'zh'): LintOptions {
  // A built-in-like rule beside it, whose messages must stand whatever p/r does.
  return { rules: [rule, { id: 'word', rule: wordRule('word', '第二'), severity: 1, options: {} }], settings: {}, locale, format: 'text' };
}

const own = (messages: LintMessage[]) => messages.filter((m) => m.ruleId === 'p/r');
const others = (messages: LintMessage[]) => messages.filter((m) => m.ruleId === 'word');

/** Reports the first paragraph holding 法制, with `fix` made from its node and offset. */
function onFirstParagraph(fixable: boolean, fix: (node: Paragraph, at: number) => unknown) {
  return ruleOf({ messages: { m: '写“法治”' }, ...(fixable && { fixable: 'code' as const }) }, (context) => ({
    paragraph(node: Paragraph) {
      const at = context.getText(node).indexOf('法制');
      if (at !== -1) context.report({ messageId: 'm', node, fix: fix(node, node.position!.start.offset! + at) as never });
    },
  }));
}

describe('messages', () => {
  it('ESLint\'s plain message, without a messageId: its placeholders filled, the same in both locales', async () => {
    const rule = ruleOf({}, (context) => ({ 'root:exit'() { context.report({ message: '共 {{n}} 段', data: { n: 2 } }); } }));
    for (const locale of ['zh', 'en'] as const) {
      const [message] = own((await verify(TEXT, options(rule, locale))).messages);
      expect(message).toEqual({ ruleId: 'p/r', severity: 2, message: '共 2 段', line: 1, column: 1 });
    }
  });

  it('neither messageId nor message: the rule\'s fatal message, in the run\'s language', async () => {
    const rule = ruleOf({}, (context) => ({ 'root:exit'() { context.report({ data: {} }); } }));
    const zh = await verify(TEXT, options(rule));
    expect(own(zh.messages)).toEqual([
      expect.objectContaining({ fatal: true, severity: 2, message: '规则 p/r 运行出错,已跳过:context.report() 须给出 messageId(meta.messages 中的键)或 message(文字)' }),
    ]);
    expect(others(zh.messages)).toHaveLength(1);
    const en = await verify(TEXT, options(rule, 'en'));
    expect(own(en.messages)[0]!.message).toBe('Rule p/r crashed and was skipped: context.report() needs a messageId (a key of meta.messages) or a message (its text)');
  });

  it('a messageId meta.messages does not hold: the rule\'s fatal message, naming it', async () => {
    const rule = ruleOf({ messages: { m: '缺' } }, (context) => ({ 'root:exit'() { context.report({ messageId: 'mising' }); } }));
    expect(own((await verify(TEXT, options(rule))).messages)).toEqual([
      expect.objectContaining({ fatal: true, message: '规则 p/r 运行出错,已跳过:报告的 messageId "mising" 不在 meta.messages 中' }),
    ]);
  });
});

describe('fixes', () => {
  it('a fixer function: replaceTextRange, as ESLint\'s', async () => {
    const rule = onFirstParagraph(true, (_node, at) => (fixer: { replaceTextRange: (r: [number, number], t: string) => unknown }) => fixer.replaceTextRange([at, at + 2], '法治'));
    const [message] = own((await verify(TEXT, options(rule))).messages);
    expect(message!.fix).toEqual({ range: [4, 6], text: '法治' });
    expect((await verifyAndFix(TEXT, options(rule))).output).toBe('第一段写法治政府。\n\n第二段。\n');
  });

  it('several fixes of one report (insertTextBefore/After a node) become one, the text between kept', async () => {
    const rule = onFirstParagraph(true, (node) => (fixer: { insertTextBefore: Function; insertTextAfter: Function }) => [fixer.insertTextAfter(node, '”'), fixer.insertTextBefore(node, '“')]);
    const [message] = own((await verify(TEXT, options(rule))).messages);
    expect(message!.fix).toEqual({ range: [0, 9], text: '“第一段写法制政府。”' });
  });

  it('remove(node), and a function returning null (no fix)', async () => {
    const removing = onFirstParagraph(true, (node) => (fixer: { remove: Function }) => fixer.remove(node));
    expect((await verifyAndFix(TEXT, options(removing))).output).toBe('\n\n第二段。\n');
    const none = onFirstParagraph(true, () => () => null);
    expect(own((await verify(TEXT, options(none))).messages)[0]).not.toHaveProperty('fix');
  });

  it('a fix from a rule without meta.fixable is an error, as ESLint\'s: the rule\'s fatal message, nothing fixed', async () => {
    for (const fix of [(_n: Paragraph, at: number) => ({ range: [at, at + 2], text: '法治' }), (_n: Paragraph, at: number) => (fixer: { replaceTextRange: Function }) => fixer.replaceTextRange([at, at + 2], '法治')]) {
      const rule = onFirstParagraph(false, fix);
      const { messages } = await verify(TEXT, options(rule));
      expect(own(messages)).toEqual([
        expect.objectContaining({
          fatal: true,
          message: '规则 p/r 运行出错,已跳过:报告了修复,但规则没有设置 meta.fixable:可修复的规则须设置 meta.fixable 为 "code" 或 "whitespace"',
        }),
      ]);
      expect(others(messages)).toHaveLength(1);
      expect((await verifyAndFix(TEXT, options(rule))).output).toBe(TEXT);
      const en = own((await verify(TEXT, options(rule, 'en'))).messages)[0]!.message;
      expect(en).toContain('fixable rules must set the `meta.fixable` property to "code" or "whitespace"');
    }
  });

  it('a fix that is not one (outside the text, text not a string) or fixes of one report that overlap: the rule\'s fatal message', async () => {
    const cases: Array<[(node: Paragraph, at: number) => unknown, RegExp]> = [
      [(_n, at) => ({ range: [at, 10_000], text: '法治' }), /报告的修复 \{"range":\[4,10000\],"text":"法治"\} 不是 \{ range: \[起, 止\], text \} 或超出原文\(0–16\)/],
      [(_n, at) => ({ range: [at, at + 2] }), /报告的修复 .* 不是/],
      [(_n, at) => (fixer: { replaceTextRange: Function }) => [fixer.replaceTextRange([at, at + 2], '法治'), fixer.replaceTextRange([at + 1, at + 3], '治政')], /一次报告中的几处修复相互重叠/],
    ];
    for (const [fix, reason] of cases) {
      const { messages } = await verify(TEXT, options(onFirstParagraph(true, fix)));
      expect(own(messages)).toEqual([expect.objectContaining({ fatal: true, message: expect.stringMatching(reason) })]);
    }
  });
});

describe('create', () => {
  it('returning something other than handlers: the rule\'s fatal message, not the file\'s', async () => {
    for (const returned of [undefined, 'paragraph', { paragraph: 'not a function' }]) {
      const rule = { id: 'p/r', rule: loadRule('p/r', { create: () => returned }), severity: 2 as const, options: {} };
      const { messages } = await verify(TEXT, options(rule));
      expect(own(messages)).toEqual([expect.objectContaining({ fatal: true, message: expect.stringContaining('create(context) 应返回以节点类型为键、处理函数为值的对象') })]);
      expect(others(messages)).toHaveLength(1);
    }
  });
});

describe('the context', () => {
  /** What a rule saw of its context, linting `bytes` as `filePath`. */
  async function seen(bytes: Uint8Array, filePath: string) {
    const seen: Array<Pick<RuleContext, 'filename' | 'format' | 'locationUnit'> & { whole: boolean; paragraphs: string[] }> = [];
    const rule = ruleOf({}, (context) => {
      const paragraphs: string[] = [];
      return {
        paragraph: (node: Paragraph) => void paragraphs.push(context.getText(node)),
        'root:exit'() {
          seen.push({ filename: context.filename, format: context.format, locationUnit: context.locationUnit, whole: context.getText() === context.sourceText, paragraphs });
        },
      };
    });
    await lintBytes(bytes, filePath, { rules: [rule], settings: {}, locale: 'zh' });
    return seen[0]!;
  }

  it('a .txt and a .md: their file, format, lines; getText gives a node\'s source and, without one, the whole text', async () => {
    expect(await seen(Buffer.from(TEXT), 'reports/r.txt')).toEqual({ filename: 'reports/r.txt', format: 'text', locationUnit: 'line', whole: true, paragraphs: ['第一段写法制政府。', '第二段。'] });
    expect(await seen(Buffer.from('# 标题\n\n正文**加粗**。\n'), 'r.md')).toEqual({ filename: 'r.md', format: 'markdown', locationUnit: 'line', whole: true, paragraphs: ['正文**加粗**。'] });
  });

  it('a .docx and a saved page: their format, and paragraphs for lines', async () => {
    const docx = buildDocx([{ text: '第一段。' }, { text: '第二段。' }]);
    expect(await seen(docx, 'r.docx')).toMatchObject({ filename: 'r.docx', format: 'docx', locationUnit: 'paragraph', paragraphs: ['第一段。', '第二段。'] });
    const page = Buffer.from('<html><body><p>第一段。</p><p>第二段。</p></body></html>');
    expect(await seen(page, 'r.html')).toMatchObject({ filename: 'r.html', format: 'html', locationUnit: 'paragraph', paragraphs: ['第一段。', '第二段。'] });
  });
});
