// RuleTester takes a rule as a plugin gives it, in ESLint's shape too, named by the name it is
// run under; a rule of the wrong shape fails each case with what is wrong, as loading its plugin would.
import { describe, expect, it } from 'vitest';
import type { Text } from 'mdast';
import type { RuleModule } from '../../src/rule-api.js';
import { ruleTesterModule } from './helpers.js';

const { RuleTester } = ruleTesterModule;

const TEXT = '某县人民政府2023年法治政府建设年度报告\n\n推进法制政府建设。\n';

/** ESLint's shape: a plain-string message, fixable 'code', a fixer function, no meta.id. */
const eslintShaped: RuleModule = {
  meta: { type: 'suggestion', messages: { legacy: '“{{found}}”已停用' }, fixable: 'code', schema: [] },
  create(context) {
    return {
      text(node: Text) {
        const at = context.getText(node).indexOf('法制政府');
        if (at === -1) return;
        const start = node.position!.start.offset! + at;
        context.report({ node, messageId: 'legacy', data: { found: '法制政府' }, fix: (fixer) => fixer.replaceTextRange([start, start + 4], '法治政府') });
      },
    };
  },
};

describe('RuleTester and the rule shapes', () => {
  it('an ESLint-shaped rule: its message in both locales, its fixer\'s output', async () => {
    const tests = { valid: ['推进法治政府建设。\n'], invalid: [{ text: TEXT, errors: [{ messageId: 'legacy', message: '“法制政府”已停用', line: 3 }], output: TEXT.replace('法制', '法治') }] };
    await expect(new RuleTester().run('legacy-name', eslintShaped, tests)).resolves.toBeUndefined();
    await expect(new RuleTester({ locale: 'en' }).run('legacy-name', eslintShaped, tests)).resolves.toBeUndefined();
  });

  it('a rule of the wrong shape fails its cases, naming the field', async () => {
    const broken = { meta: { messages: { legacy: { zh: '已停用' } } }, create: eslintShaped.create } as unknown as RuleModule;
    await expect(new RuleTester().run('legacy-name', broken, { valid: ['推进法治政府建设。\n'], invalid: [] })).rejects.toThrow(
      /legacy-name valid: .*meta\.messages\.legacy: expected a string, or \{ zh, en \} with both texts, got object/,
    );
  });

  it('a fix from a rule without meta.fixable fails the case, as in ESLint', async () => {
    const unfixable = { ...eslintShaped, meta: { ...eslintShaped.meta, fixable: undefined } };
    await expect(new RuleTester().run('legacy-name', unfixable, { valid: [], invalid: [{ text: TEXT, errors: 1, output: TEXT.replace('法制', '法治') }] })).rejects.toThrow(
      /the rule must not fail[\s\S]*meta\.fixable/,
    );
  });
});
