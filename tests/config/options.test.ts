// Rule options are checked against the rule's JSON Schema (ajv), a plugin's as the built-in
// rules': pattern, enum, anyOf, nested objects and `format: 'regex'` all hold, and a mismatch is
// one config error naming the file and the exact key, in the words config uses for its own keys.
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { resolveConfigFor } from '../../src/config/resolve.js';
import { builtinRules } from '../../rules/index.js';
import { expectConfigError, REPORT, tree } from './helpers.js';

/** A plugin `p` whose rule `r` takes options by `schema` (JavaScript source). */
function plugin(schema: string): string {
  return `export default { rules: { r: { meta: { messages: { m: 'm' }, schema: ${schema} }, create() { return {}; } } } };\n`;
}

const SCHEMA = `{
  type: 'object',
  properties: {
    code: { type: 'string', pattern: '^[A-Z]{2}\\\\d{2}$' },
    limit: { anyOf: [{ type: 'number', minimum: 1 }, { type: 'string', enum: ['auto'] }] },
    where: {
      type: 'object',
      additionalProperties: false,
      required: ['part'],
      properties: { part: { type: 'string', enum: ['problems', 'plans'] }, words: { type: 'array', items: { type: 'string' }, maxItems: 2 } },
    },
    marker: { type: 'string', format: 'regex' },
  },
}`;

/** Resolves a report beside a config using the plugin with `schema` and these options (YAML flow). */
function withOptions(options: string, schema = SCHEMA) {
  const root = tree({ 'p.mjs': plugin(schema), '.linterrc': `plugins: [./p.mjs]\nrules:\n  p/r: [warn, ${options}]\n`, 'r.txt': REPORT });
  return { file: path.join(root, '.linterrc'), resolving: resolveConfigFor(path.join(root, 'r.txt'), {}) };
}

describe('a plugin rule\'s options, by its JSON Schema', () => {
  it('options that match are taken as given', async () => {
    const config = await withOptions("{ code: AB12, limit: auto, where: { part: plans, words: [下一步] }, marker: '下一(?:年|步)' }").resolving;
    expect(config.rules.find((r) => r.id === 'p/r')!.options).toEqual({ code: 'AB12', limit: 'auto', where: { part: 'plans', words: ['下一步'] }, marker: '下一(?:年|步)' });
    expect((await withOptions('{ limit: 3 }').resolving).rules.find((r) => r.id === 'p/r')!.options).toEqual({ limit: 3 });
  });

  const cases: Array<[string, string, string, RegExp]> = [
    ['pattern', '{ code: abc }', 'rules.p/r.code', /expected a string matching \/\^\[A-Z\]\{2\}\\d\{2\}\$\/, got "abc"$/],
    ['anyOf of two types', '{ limit: true }', 'rules.p/r.limit', /expected a number or a string, got boolean true$/],
    ['anyOf: the alternative of the value\'s type explains (enum)', '{ limit: manual }', 'rules.p/r.limit', /expected one of "auto", got "manual"$/],
    ['anyOf: the alternative of the value\'s type explains (minimum)', '{ limit: 0 }', 'rules.p/r.limit', /must be at least 1, got 0$/],
    ['a nested required key', '{ where: { words: [x] } }', 'rules.p/r.where', /missing "part"$/],
    ['a nested enum', '{ where: { part: problem } }', 'rules.p/r.where.part', /expected one of "problems", "plans", got "problem"$/],
    ['a nested unknown key', '{ where: { part: plans, word: [x] } }', 'rules.p/r.where.word', /unknown key; expected one of part, words$/],
    ['an array too long', '{ where: { part: plans, words: [a, b, c] } }', 'rules.p/r.where.words', /takes at most 2 items$/],
    ['an unknown option', '{ limits: 3 }', 'rules.p/r.limits', /unknown option; expected one of code, limit, where, marker$/],
    ['a pattern prone to catastrophic backtracking', "{ marker: '(a+)+$' }", 'rules.p/r.marker', /pattern "\(a\+\)\+\$" is refused: it can backtrack catastrophically/],
    ['a pattern that does not compile', "{ marker: '(下一' }", 'rules.p/r.marker', /pattern "\(下一" is not a valid regular expression/],
  ];
  for (const [name, options, key, message] of cases) {
    it(name, { timeout: 60_000 }, async () => {
      const { file, resolving } = withOptions(options);
      await expectConfigError(resolving, file, key, message);
    });
  }

  it('ESLint\'s schema array of one object is that object\'s schema', async () => {
    const { file, resolving } = withOptions('{ limit: x }', "[{ type: 'object', properties: { limit: { type: 'number' } } }]");
    await expectConfigError(resolving, file, 'rules.p/r.limit', /expected a number, got string "x"$/);
  });

  it('a rule without a schema takes no options', async () => {
    const root = tree({ 'p.mjs': "export default { rules: { r: { create() { return {}; } } } };\n", '.linterrc': 'plugins: [./p.mjs]\nrules:\n  p/r: [warn, { x: 1 }]\n', 'r.txt': REPORT });
    await expectConfigError(resolveConfigFor(path.join(root, 'r.txt'), {}), path.join(root, '.linterrc'), 'rules.p/r.x', /unknown option; this rule takes no options$/);
  });

  it('a schema ajv cannot compile is a config error naming the rule, when options are given', async () => {
    const { file, resolving } = withOptions('{ limit: 3 }', "{ type: 'object', properties: { limit: { type: 'integr' } } }");
    await expectConfigError(resolving, file, 'rules.p/r', /the options schema of rule "p\/r" is not valid JSON Schema: /);
  });
});

describe('the built-in rules\' options', () => {
  it('each schema compiles under ajv\'s strict mode: no keyword ajv does not know, no loose types', () => {
    // strictRequired off: `anyOf: [{ required: ['terms'] }, …]` names keys of the object's own properties, which that check does not look up.
    const strict = new Ajv({ strict: true, strictRequired: false });
    strict.addFormat('regex', true);
    for (const rule of builtinRules.values()) {
      if (rule.meta.schema) expect(() => strict.compile(rule.meta.schema!), rule.meta.id).not.toThrow();
    }
  });

  it('a section-min-length without any kind of part needs one, naming them', async () => {
    const root = tree({ '.linterrc': 'rules:\n  section-min-length: [warn, { minLength: {} }]\n', 'r.txt': REPORT });
    await expectConfigError(
      resolveConfigFor(path.join(root, 'r.txt'), {}),
      path.join(root, '.linterrc'),
      'rules.section-min-length.minLength',
      /needs "achievements" or "problems" or "responsibility" or "plans" or "other"$/,
    );
  });

  it('a rule set to off may keep options without what the rule needs when on', async () => {
    const root = tree({ '.linterrc': 'rules:\n  required-terms: [off, {}]\n', 'r.txt': REPORT });
    const config = await resolveConfigFor(path.join(root, 'r.txt'), {});
    expect(config.rules.map((r) => r.id)).not.toContain('required-terms');
  });
});
