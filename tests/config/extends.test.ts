// extends: presets, files, npm packages, chains, and cycles reported by name.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfigFor } from '../../src/config/resolve.js';
import { PRESETS } from '../../src/config/index.js';
import { builtinRules } from '../../rules/index.js';
import { expectConfigError, REPORT, tree } from './helpers.js';

describe('extends', () => {
  it('follows a chain preset → file → file, later settings winning', async () => {
    const root = tree({
      'province.yml': 'extends: fazhi-lint:strict\nrules:\n  require-title: warn\nsettings:\n  deadline: "04-01"\n  sectionPhrasings:\n    problems: [问题清单]\n',
      'city.yml': 'extends: ./province.yml\nrules:\n  require-three-systems: warn\nsettings:\n  deadline: "03-01"\n  sectionPhrasings:\n    plans: [明年打算]\n',
      'county/.linterrc': 'extends: ../city.yml\nrules:\n  require-title: off\n',
      'county/r.txt': REPORT,
    });
    const config = await resolveConfigFor(path.join(root, 'county/r.txt'), {});
    expect(config.sources).toEqual(['fazhi-lint:strict', path.join(root, 'province.yml'), path.join(root, 'city.yml'), path.join(root, 'county/.linterrc')]);
    const severity = (id: string) => config.rules.find((r) => r.id === id)?.severity;
    expect(severity('require-title')).toBeUndefined();
    expect(severity('require-three-systems')).toBe(1);
    expect(severity('require-achievements')).toBe(2);
    // strict's thresholds reach the end of the chain.
    expect(config.rules.find((r) => r.id === 'require-problems-and-causes')?.options.minLength).toBe(80);
    // settings merge key by key: the city's deadline, both phrasings.
    expect(config.settings).toEqual({ deadline: '03-01', sectionPhrasings: { problems: ['问题清单'], plans: ['明年打算'] } });
  });

  it('a severity alone keeps the options set earlier in the chain', async () => {
    const root = tree({
      'base.yml': 'rules:\n  require-problems-and-causes: [error, { minLength: 99 }]\n',
      '.linterrc': 'extends: ./base.yml\nrules:\n  require-problems-and-causes: warn\n',
      'r.txt': REPORT,
    });
    const config = await resolveConfigFor(path.join(root, 'r.txt'), {});
    const rule = config.rules.find((r) => r.id === 'require-problems-and-causes')!;
    expect(rule.severity).toBe(1);
    expect(rule.options.minLength).toBe(99);
  });

  it('fazhi-lint:strict: every rule but the data-configured kinds, as errors, with stricter thresholds', () => {
    const strict = PRESETS['fazhi-lint:strict']!().rules!;
    const recommended = PRESETS['fazhi-lint:recommended']!().rules!;
    for (const [id, rule] of builtinRules) {
      if (rule.meta.type === 'custom') expect(strict[id]).toBeUndefined();
      else expect([strict[id]].flat()[0]).toBe('error');
    }
    expect(Object.keys(recommended)).not.toContain('required-terms');
    const minLength = (setting: unknown) => (Array.isArray(setting) ? (setting[1] as { minLength?: number }).minLength : undefined);
    expect(minLength(strict['require-problems-and-causes'])).toBeGreaterThan(builtinRules.get('require-problems-and-causes')!.meta.schema!.properties.minLength!.default as number);
  });

  it('extends an npm package installed beside the config', async () => {
    const root = tree({
      'node_modules/fazhi-lint-config-province/package.json': '{ "name": "fazhi-lint-config-province", "main": "index.json" }',
      'node_modules/fazhi-lint-config-province/index.json': '{ "rules": { "require-title": "warn" }, "locale": "en" }',
      '.linterrc': 'extends: [fazhi-lint:recommended, fazhi-lint-config-province]\n',
      'r.txt': REPORT,
    });
    const config = await resolveConfigFor(path.join(root, 'r.txt'), {});
    expect(config.sources[1]).toBe(path.join(root, 'node_modules/fazhi-lint-config-province/index.json'));
    expect(config.locale).toBe('en');
    expect(config.rules.find((r) => r.id === 'require-title')?.severity).toBe(1);
  });

  it('reports a cycle naming every file in it', async () => {
    const root = tree({
      'a.yml': 'extends: ./b.yml\n',
      'b.yml': 'extends: ./c.yml\n',
      'c.yml': 'extends: ./a.yml\n',
      '.linterrc': 'extends: ./a.yml\n',
      'r.txt': REPORT,
    });
    const [a, b, c] = ['a.yml', 'b.yml', 'c.yml'].map((f) => path.join(root, f));
    const error = await expectConfigError(resolveConfigFor(path.join(root, 'r.txt'), {}), c!, 'extends', /extends cycle/);
    expect(error.message).toContain(`${a} → ${b} → ${c} → ${a}`);
  });

  it('a file extending itself is a cycle too', async () => {
    const root = tree({ '.linterrc': 'extends: ./.linterrc\n', 'r.txt': REPORT });
    const file = path.join(root, '.linterrc');
    await expectConfigError(resolveConfigFor(path.join(root, 'r.txt'), {}), file, 'extends', new RegExp(`cycle: .*${file} → .*${file}`));
  });

  it('the same base reached twice (a diamond) is not a cycle', async () => {
    const root = tree({
      'base.yml': 'rules:\n  require-title: warn\n',
      'x.yml': 'extends: ./base.yml\n',
      'y.yml': 'extends: ./base.yml\n',
      '.linterrc': 'extends: [./x.yml, ./y.yml]\n',
      'r.txt': REPORT,
    });
    const config = await resolveConfigFor(path.join(root, 'r.txt'), {});
    expect(config.rules.map((r) => r.id)).toEqual(['require-title']);
  });
});
