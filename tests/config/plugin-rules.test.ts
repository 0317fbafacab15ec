// A plugin's rule is checked when its plugin loads, in our shape or ESLint's, and brought to the
// one shape the engine reads; a mistake is a config error naming the plugin, the rule and the field.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRule, RuleShapeError } from '../../src/config/plugin-rules.js';
import { resolveConfigFor } from '../../src/config/resolve.js';
import { verify } from '../../src/engine/lint.js';
import { expectConfigError, REPORT, tree } from './helpers.js';
import { runCli } from '../helpers/cli.js';

const create = () => ({});

describe('loadRule: the shapes accepted', () => {
  it('ESLint\'s shape: plain-string messages and description, its type, fixable "code", a schema array of one', () => {
    const rule = loadRule('p/old-name', {
      meta: {
        type: 'layout',
        docs: { description: 'Write 法治政府', url: 'https://example.org/old-name' },
        messages: { old: 'Write {{right}}' },
        fixable: 'code',
        schema: [{ type: 'object', properties: { right: { type: 'string' } } }],
      },
      create,
    });
    expect(rule.meta).toEqual({
      id: 'p/old-name',
      type: 'typography',
      docs: { description: { zh: 'Write 法治政府', en: 'Write 法治政府' }, recommended: false, url: 'https://example.org/old-name' },
      messages: { old: { zh: 'Write {{right}}', en: 'Write {{right}}' } },
      fixable: true,
      schema: { type: 'object', properties: { right: { type: 'string' } } },
    });
    expect(rule.create).toBe(create);
  });

  it('ours: texts per locale kept, a basis with its source', () => {
    const basis = { zh: '《条例》', en: 'the Regulation', source: 'https://example.org' };
    const rule = loadRule('p/x', {
      meta: { type: 'checklist', docs: { description: { zh: '甲', en: 'A' }, recommended: true, basis }, messages: { m: { zh: '中', en: 'en' } }, fixable: true },
      create,
    });
    expect(rule.meta).toMatchObject({ type: 'checklist', docs: { description: { zh: '甲', en: 'A' }, recommended: true, basis }, messages: { m: { zh: '中', en: 'en' } }, fixable: true });
  });

  it('ESLint\'s problem and suggestion rules are custom; whitespace fixes are fixes; an empty schema array takes no options', () => {
    for (const type of ['problem', 'suggestion']) expect(loadRule('p/x', { meta: { type }, create }).meta.type).toBe('custom');
    expect(loadRule('p/x', { meta: { fixable: 'whitespace' }, create }).meta.fixable).toBe(true);
    expect(loadRule('p/x', { meta: { schema: [] }, create }).meta.schema).toBeUndefined();
  });

  it('a rule without meta: custom, described by its id, not fixable, no messages (it reports with `message`)', () => {
    expect(loadRule('p/bare', { create }).meta).toEqual({
      id: 'p/bare',
      type: 'custom',
      docs: { description: { zh: 'p/bare', en: 'p/bare' }, recommended: false },
      messages: {},
      fixable: false,
    });
  });
});

describe('loadRule: what is refused, naming the field', () => {
  const cases: Array<[string, unknown, RegExp]> = [
    ['not an object', 'rule', /^\(rule\): expected an object \{ meta, create\(context\) \}, got string "rule"$/],
    ['no create', { meta: {} }, /^create: expected a function create\(context\)/],
    ['a message neither text nor { zh, en }', { meta: { messages: { m: 3 } }, create }, /^meta\.messages\.m: expected a string, or \{ zh, en \} with both texts, got number 3$/],
    ['a message with one locale', { meta: { messages: { m: { zh: '中' } } }, create }, /^meta\.messages\.m: expected a string, or \{ zh, en \}/],
    ['messages as a list', { meta: { messages: ['m'] }, create }, /^meta\.messages: expected an object of messageId: text, got array$/],
    ['an unknown type', { meta: { type: 'style' }, create }, /^meta\.type: expected one of "checklist", "quality", "typography", "custom", "problem", "suggestion", "layout", got string "style"$/],
    ['fixable not a kind of fix', { meta: { fixable: 'yes' }, create }, /^meta\.fixable: expected "code", "whitespace", true or false, got string "yes"$/],
    ['a description of another kind', { meta: { docs: { description: 5 } }, create }, /^meta\.docs\.description: expected a string, or \{ zh, en \}/],
    ['recommended not a boolean', { meta: { docs: { recommended: 'yes' } }, create }, /^meta\.docs\.recommended: expected a boolean, got string "yes"$/],
    ['a schema for something other than an options object', { meta: { schema: { type: 'string' } }, create }, /^meta\.schema: expected an options schema \{ type: 'object'/],
    ['a schema array of two', { meta: { schema: [{ type: 'string' }, { type: 'number' }] }, create }, /^meta\.schema: a fazhi-lint rule takes one options object .* not 2$/],
  ];
  for (const [name, module, message] of cases) {
    it(name, () => {
      const thrown = (() => {
        try {
          loadRule('p/x', module);
        } catch (error) {
          return error;
        }
      })();
      expect(thrown).toBeInstanceOf(RuleShapeError);
      expect((thrown as Error).message).toMatch(message);
    });
  }
});

/** A plugin file holding one rule `r` whose meta is `meta` (JavaScript source). */
function plugin(meta: string, body = "'root:exit'() { context.report({ messageId: 'm' }); }"): string {
  return `export default { rules: { r: { meta: ${meta}, create(context) { return { ${body} }; } } } };\n`;
}

describe('loading a plugin', () => {
  it('an ESLint-shaped rule loads and its messages carry their text in both locales', async () => {
    const root = tree({ 'p.mjs': plugin("{ type: 'problem', messages: { m: '须写明落款' }, fixable: 'code' }"), '.linterrc': 'plugins: [./p.mjs]\nrules:\n  p/r: warn\n', 'r.txt': REPORT });
    const config = await resolveConfigFor(path.join(root, 'r.txt'), {});
    for (const locale of ['zh', 'en'] as const) {
      const { messages } = await verify(REPORT, { rules: config.rules, settings: {}, locale, format: 'text' });
      expect(messages.find((m) => m.ruleId === 'p/r')).toMatchObject({ messageId: 'm', message: '须写明落款', severity: 1 });
    }
  });

  it('a rule that is wrong is one config error naming the plugin, the rule and the field', async () => {
    const root = tree({ 'p.mjs': plugin("{ messages: { m: { zh: '缺' } } }"), '.linterrc': 'plugins: [./p.mjs]\n', 'r.txt': REPORT });
    await expectConfigError(
      resolveConfigFor(path.join(root, 'r.txt'), {}),
      path.join(root, '.linterrc'),
      'plugins[0]',
      /: plugin "\.\/p\.mjs", rule "r": meta\.messages\.m: expected a string, or \{ zh, en \} with both texts, got object$/,
    );
  });

  it('the CLI stops with exit 2 and that one line', () => {
    const root = tree({ 'p.mjs': plugin("{ type: 'style' }"), '.linterrc': 'plugins: [./p.mjs]\n', 'r.txt': REPORT });
    const run = runCli(['r.txt'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `fazhi-lint: 错误: ${path.join(root, '.linterrc')}: plugins[0]: plugin "./p.mjs", rule "r": meta.type: expected one of "checklist", "quality", "typography", "custom", "problem", "suggestion", "layout", got string "style"\n`,
    );
  });
});
