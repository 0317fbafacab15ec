// A pathological file must not flood the output: each rule lists at most MAX_MESSAGES_PER_RULE
// messages per file, then says how many more it found.
import { describe, expect, it } from 'vitest';
import { MAX_MESSAGES_PER_RULE, verify } from '../../src/engine/lint.js';
import type { LoadedRule } from '../../src/rule-api.js';

const everyParagraph: LoadedRule = {
  meta: {
    id: 'every-paragraph',
    type: 'custom',
    docs: { description: { zh: '测试', en: 'test' }, recommended: false },
    messages: { hit: { zh: '命中', en: 'hit' } },
  },
  create: (context) => ({ paragraph: (node) => context.report({ messageId: 'hit', node }) }),
};

async function lint(paragraphs: number) {
  const text = Array.from({ length: paragraphs }, (_, i) => `第${i}段正文。`).join('\n');
  return verify(text, { rules: [{ id: 'every-paragraph', rule: everyParagraph, severity: 1, options: {} }], settings: {}, locale: 'zh', format: 'text' });
}

describe('messages per rule and file', () => {
  it('lists every message up to the cap', async () => {
    const { messages } = await lint(MAX_MESSAGES_PER_RULE);
    expect(messages).toHaveLength(MAX_MESSAGES_PER_RULE);
  });

  it('past the cap, lists the first ones and one message counting the rest', async () => {
    const { messages } = await lint(MAX_MESSAGES_PER_RULE + 37);
    expect(messages).toHaveLength(MAX_MESSAGES_PER_RULE + 1);
    const last = messages.at(-1)!;
    expect(last).toMatchObject({ ruleId: 'every-paragraph', severity: 1, line: MAX_MESSAGES_PER_RULE + 37 });
    expect(last.message).toContain('另有 37 处问题未列出');
    expect(last.messageId).toBeUndefined();
  });
});
