// A rule that checks several items on a report (require-topics: its topics) declares each one,
// and names the item of each message, so a reviewer's matrix can tell ✓ from "not checked".
import { describe, expect, it } from 'vitest';
import { verify, type ResolvedRule } from '../../src/engine/lint.js';
import { lintText } from '../../src/engine/lint-file.js';
import type { LoadedRule } from '../../src/rule-api.js';

/** Checks the items 甲 and 乙: declares both, reports the ones the text lacks. */
const itemRule: LoadedRule = {
  meta: {
    id: 'test-items',
    type: 'checklist',
    docs: { description: { zh: '写到甲和乙', en: 'mentions 甲 and 乙' }, recommended: false },
    messages: { missing: { zh: '没有{{what}}', en: 'no {{what}}' } },
  },
  create(context) {
    return {
      'root:exit'() {
        for (const what of ['甲', '乙']) {
          context.checkedItem({ id: `item-${what}`, name: what });
          if (!context.sourceText.includes(what)) context.report({ messageId: 'missing', data: { what }, item: `item-${what}` });
        }
      },
    };
  },
};

const run = (rules: ResolvedRule[]) => ({ rules, settings: {}, locale: 'zh' as const, format: 'text' as const });
const once: ResolvedRule = { id: 'test-items', rule: itemRule, severity: 2, options: {} };

describe('checked items', () => {
  it('lists the declared items per rule and names the item of each message', async () => {
    const { messages, checkedItems } = await verify('只写到甲。\n', run([once]));
    expect(checkedItems).toEqual({ 'test-items': [{ id: 'item-甲', name: '甲' }, { id: 'item-乙', name: '乙' }] });
    expect(messages.map((m) => [m.item, m.message])).toEqual([['item-乙', '没有乙']]);
  });

  it('a rule run twice (once per severity) declares each item once', async () => {
    const { checkedItems, messages } = await verify('甲\n', run([once, { ...once, severity: 1 }]));
    expect(checkedItems['test-items']).toHaveLength(2);
    expect(messages.map((m) => m.severity).sort()).toEqual([1, 2]);
  });

  it('a result carries checkedItems only when a rule declared some', async () => {
    const withItems = await lintText('甲乙\n', 'a.txt', run([once]));
    expect(withItems.checkedItems).toEqual({ 'test-items': [{ id: 'item-甲', name: '甲' }, { id: 'item-乙', name: '乙' }] });
    expect(withItems.messages).toEqual([]);
    const without = await lintText('甲乙\n', 'a.txt', run([]));
    expect(without).not.toHaveProperty('checkedItems');
  });

  it('a message about no item has no item key', async () => {
    const plain: LoadedRule = {
      meta: { ...itemRule.meta, id: 'test-plain' },
      create: (context) => ({ 'root:exit': () => context.report({ messageId: 'missing', data: { what: '丙' } }) }),
    };
    const { messages } = await verify('甲\n', run([{ id: 'test-plain', rule: plain, severity: 2, options: {} }]));
    expect(messages[0]).not.toHaveProperty('item');
  });
});
