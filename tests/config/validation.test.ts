// Every config mistake stops the run with one message naming the file, the key and what is
// expected. The CLI turns these into exit 2 (tests/cli/config.test.ts).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfigFor } from '../../src/config/resolve.js';
import { parseRuleFlag } from '../../src/config/index.js';
import { expectConfigError, REPORT, tree } from './helpers.js';

/** Resolves a report beside a config file `name` holding `text`; returns the config path too. */
function withConfig(text: string, name = '.linterrc', extra: Record<string, string> = {}) {
  const root = tree({ [name]: text, 'r.txt': REPORT, ...extra });
  return { file: path.join(root, name), root, resolving: resolveConfigFor(path.join(root, 'r.txt'), {}) };
}

describe('config validation', () => {
  it('unknown top-level key', async () => {
    const { file, resolving } = withConfig('rule:\n  require-title: off\n');
    await expectConfigError(resolving, file, 'rule', /unknown key; expected one of extends, rules, overrides, ignores, locale, settings, plugins/);
  });

  it('unknown rule', async () => {
    const { file, resolving } = withConfig('rules:\n  require-titel: off\n');
    await expectConfigError(resolving, file, 'rules.require-titel', /unknown rule "require-titel"/);
  });

  it('unknown plugin rule hints at plugins', async () => {
    const { file, resolving } = withConfig('rules:\n  henan/topics: error\n');
    await expectConfigError(resolving, file, 'rules.henan/topics', /plugin "henan" listed in plugins/);
  });

  it('bad severity', async () => {
    const { file, resolving } = withConfig('rules:\n  require-title: eror\n');
    await expectConfigError(resolving, file, 'rules.require-title', /severity must be "off", "warn" or "error".*"eror"/);
  });

  it('an option the rule does not take', async () => {
    const { file, resolving } = withConfig('rules:\n  require-problems-and-causes: [error, { minLen: 3 }]\n');
    await expectConfigError(resolving, file, 'rules.require-problems-and-causes.minLen', /unknown option; expected one of minLength, causalPhrases/);
  });

  it('an option of the wrong type', async () => {
    const { file, resolving } = withConfig('rules:\n  require-problems-and-causes: [error, { minLength: "60" }]\n');
    await expectConfigError(resolving, file, 'rules.require-problems-and-causes.minLength', /expected a number, got string "60"/);
  });

  it('an option below its minimum', async () => {
    const { file, resolving } = withConfig('rules:\n  require-problems-and-causes: [error, { minLength: -1 }]\n');
    await expectConfigError(resolving, file, 'rules.require-problems-and-causes.minLength', /at least 0/);
  });

  it('array items are checked, naming the item', async () => {
    const { file, resolving } = withConfig('rules:\n  required-terms: [error, { items: [{ terms: [合法性审查] }, { terms: 谁执法谁普法 }] }]\n');
    await expectConfigError(resolving, file, 'rules.required-terms.items[1].terms', /expected an array of strings, got string/);
  });

  it('an unknown key inside an item, and a bad enum value', async () => {
    const a = withConfig('rules:\n  required-terms: [error, { items: [{ term: [x] }] }]\n');
    await expectConfigError(a.resolving, a.file, 'rules.required-terms.items[0].term', /unknown key; expected one of terms, patterns/);
    const b = withConfig('rules:\n  required-terms: [error, { items: [{ terms: [x], section: problem }] }]\n');
    await expectConfigError(b.resolving, b.file, 'rules.required-terms.items[0].section', /expected one of "achievements", "problems"/);
  });

  it('an item with neither terms nor patterns', async () => {
    const { file, resolving } = withConfig('rules:\n  forbidden-terms: [error, { items: [{ replacement: 法治 }] }]\n');
    await expectConfigError(resolving, file, 'rules.forbidden-terms.items[0]', /needs "terms" or "patterns"/);
  });

  it('a rule kind turned on without its options', async () => {
    const { file, resolving } = withConfig('rules:\n  required-terms: error\n');
    await expectConfigError(resolving, file, 'rules.required-terms', /does nothing without options; give "items"/);
  });

  it('broken YAML, with the line', async () => {
    const { file, resolving } = withConfig('rules:\n  require-title: error\n   bad: x\n');
    await expectConfigError(resolving, file, '(syntax)', /cannot be parsed as YAML or JSON: .*\(line 3, column \d+\)/);
  });

  it('broken JSON, with the line', async () => {
    const { file, resolving } = withConfig('{\n  "rules": {\n    "require-title": "error",\n  }\n}\n', '.linterrc.json');
    await expectConfigError(resolving, file, '(syntax)', /cannot be parsed as JSON: .*\(line 4, column \d+\)/);
  });

  it('a config that is not an object', async () => {
    const { file, resolving } = withConfig('- require-title\n');
    await expectConfigError(resolving, file, '(root)', /a config must be an object of keys/);
  });

  it('a bad locale and a bad deadline', async () => {
    const a = withConfig('locale: fr\n');
    await expectConfigError(a.resolving, a.file, 'locale', /expected one of "zh", "en"/);
    const b = withConfig('settings:\n  deadline: "3月1日"\n');
    await expectConfigError(b.resolving, b.file, 'settings.deadline', /"MM-DD"/);
    const c = withConfig('settings:\n  deadline: "02-30"\n');
    await expectConfigError(c.resolving, c.file, 'settings.deadline', /"MM-DD"/);
  });

  it('section phrasings for a kind the outline does not know', async () => {
    const { file, resolving } = withConfig('settings:\n  sectionPhrasings:\n    problem: [问题清单]\n');
    await expectConfigError(resolving, file, 'settings.sectionPhrasings.problem', /unknown key; expected one of problems, responsibility, plans, other/);
  });

  it('extends that cannot be found: a preset, a file, a package', async () => {
    const a = withConfig('extends: fazhi-lint:strictest\n');
    await expectConfigError(a.resolving, a.file, 'extends', /unknown preset "fazhi-lint:strictest"; expected one of fazhi-lint:recommended, fazhi-lint:strict/);
    const b = withConfig('extends: [fazhi-lint:recommended, ./province.yml]\n');
    await expectConfigError(b.resolving, b.file, 'extends[1]', /cannot find config to extend "\.\/province\.yml"/);
    const c = withConfig('extends: fazhi-lint-config-nowhere\n');
    await expectConfigError(c.resolving, c.file, 'extends', /no npm package of that name is installed/);
  });

  it('a mistake in an extended file names that file', async () => {
    const { root, resolving } = withConfig('extends: ./base.yml\n', '.linterrc', { 'base.yml': 'rules:\n  require-title: loud\n' });
    await expectConfigError(resolving, path.join(root, 'base.yml'), 'rules.require-title', /severity must be/);
  });

  it('overrides: missing files, unknown key, a bad rule inside', async () => {
    const a = withConfig('overrides:\n  - rules: { require-title: off }\n');
    await expectConfigError(a.resolving, a.file, 'overrides[0]', /missing "files"/);
    const b = withConfig('overrides:\n  - files: ["*.txt"]\n    ignores: [x]\n');
    await expectConfigError(b.resolving, b.file, 'overrides[0].ignores', /unknown key; expected one of files, rules, settings, locale/);
    const c = withConfig('overrides:\n  - files: ["*.txt"]\n    rules: { require-title: sometimes }\n');
    await expectConfigError(c.resolving, c.file, 'overrides[0].rules.require-title', /severity must be/);
  });

  it('a plugin that fails to load, or exports no rules, or cannot be found', async () => {
    const a = withConfig('plugins: [./broken.mjs]\n', '.linterrc', { 'broken.mjs': 'throw new Error("plugin exploded");\n' });
    await expectConfigError(a.resolving, a.file, 'plugins[0]', /plugin "\.\/broken\.mjs" failed to load: plugin exploded/);
    const b = withConfig('plugins: [./empty.mjs]\n', '.linterrc', { 'empty.mjs': 'export default { rules: {} };\n' });
    await expectConfigError(b.resolving, b.file, 'plugins[0]', /exports no rules; expected \{ rules:/);
    const c = withConfig('plugins: { henan: ./missing.mjs }\n');
    await expectConfigError(c.resolving, c.file, 'plugins.henan', /cannot find plugin "\.\/missing\.mjs"/);
    const d = withConfig('plugins: [./bad.mjs]\n', '.linterrc', { 'bad.mjs': 'export default { rules: { x: { meta: {} } } };\n' });
    await expectConfigError(d.resolving, d.file, 'plugins[0]', /plugin "\.\/bad\.mjs", rule "x": create: expected a function create\(context\) returning node-type handlers, got undefined$/);
  });

  it('fails loudly when every rule is off: a config that would lint nothing', async () => {
    const { file, resolving } = withConfig('extends: []\nrules:\n  require-title: off\n');
    await expectConfigError(resolving, file, 'rules', /every rule is off .* nothing would be checked/);
  });

  it('--rule mistakes name --rule', async () => {
    const root = tree({ 'r.txt': REPORT });
    await expectConfigError(resolveConfigFor(path.join(root, 'r.txt'), { noLookup: true, cliRules: { 'no-such-rule': 'error' } }), '--rule', 'no-such-rule', /unknown rule/);
    expect(() => parseRuleFlag('require-title: [warn, {')).toThrow(/--rule: require-title: options are not valid JSON/);
  });
});

// recheck may take seconds per pattern on a busy machine (verdicts are cached afterwards).
describe('patterns prone to catastrophic backtracking are refused', { timeout: 60_000 }, () => {
  const cases: Array<[string, RegExp]> = [
    ['(a+)+$', /exponential/],
    ['(a|aa)*$', /exponential/],
    ['(法|治|法治)*政府$', /exponential/],
    ['(\\d+\\s?)+元$', /exponential/],
  ];
  for (const [pattern, why] of cases) {
    it(pattern, async () => {
      const yaml = `rules:\n  forbidden-terms: [error, { items: [{ patterns: [${JSON.stringify(pattern)}] }] }]\n`;
      const { file, resolving } = withConfig(yaml);
      const error = await expectConfigError(resolving, file, 'rules.forbidden-terms.items[0].patterns[0]', /is refused: it can backtrack catastrophically/);
      expect(error.message).toContain(JSON.stringify(pattern));
      expect(error.message).toMatch(why);
    });
  }

  it('a pattern that does not compile', async () => {
    const { file, resolving } = withConfig('rules:\n  required-terms: [error, { items: [{ patterns: ["(出庭应诉"] }] }]\n');
    await expectConfigError(resolving, file, 'rules.required-terms.items[0].patterns[0]', /"\(出庭应诉" is not a valid regular expression/);
  });

  it('safe patterns, bounded runs among them, are accepted', async () => {
    const yaml = 'rules:\n  forbidden-terms: [error, { items: [{ patterns: ["创建法治(?:县|市|区)示范", "出庭应诉率[^。]{0,6}\\\\d+%", "[^。]{0,20}违规"] }] }]\n';
    const { resolving } = withConfig(yaml);
    const config = await resolving;
    expect(config.rules.map((r) => r.id)).toContain('forbidden-terms');
  });

  it.each(['[^。]*违规', '.*稳中有进.*'])('a quadratic pattern (%s) is refused: a scraped paragraph can hold 200 KB', async (pattern) => {
    const { file, resolving } = withConfig(`rules:\n  forbidden-terms: [error, { items: [{ patterns: [${JSON.stringify(pattern)}] }] }]\n`);
    const error = await expectConfigError(resolving, file, 'rules.forbidden-terms.items[0].patterns[0]', /is refused: it can backtrack catastrophically \(degree-\d polynomial/);
    expect(error.message).toContain('违规 alone');
  });
});

describe('config bounds (a hostile config is one config error, never a hang or a crash)', () => {
  it('a YAML alias bomb is refused at the key where it passes 100,000 values', async () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) levels.push(`${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(9).fill(`*${'abcdefghi'[i - 1]}`).join(',')}]`);
    const { file, resolving } = withConfig(`settings:\n${levels.map((l) => `  ${l}`).join('\n')}\n`);
    const error = await resolving.then(() => null, (e: unknown) => e as Error);
    expect(error?.message).toMatch(/expands to more than 100,000 values/);
    expect(error?.message.startsWith(`${file}: settings.`)).toBe(true);
  });

  it('JSON nested 100,000 deep is refused where it passes 64 levels', async () => {
    let value = '1';
    for (let i = 0; i < 100_000; i++) value = `[${value}]`;
    const { file, resolving } = withConfig(`{"settings": {"x": ${value}}}`, '.linterrc.json');
    await expectConfigError(resolving, file, `settings.x${'[0]'.repeat(62)}`, /nested more than 64 levels deep/);
  });

  it('a JavaScript config holding a cycle is refused', async () => {
    const js = 'const settings = { a: {} }; settings.a.back = settings; export default { settings };\n';
    const { file, resolving } = withConfig(js.replace('export default', 'module.exports ='), '.linterrc.cjs');
    const error = await resolving.then(() => null, (e: unknown) => e as Error);
    expect(error?.message).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: settings\\.a\\.back.*(nested more than 64|expands to more than)`));
  });

  it('a config file over 1 MB is not read', async () => {
    const { file, resolving } = withConfig(`# ${'x'.repeat(1024 * 1024)}\nrules: {}\n`);
    await expectConfigError(resolving, file, '(file)', /larger than 1 MB/);
  });
});
