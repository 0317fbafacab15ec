// Where the config comes from: the lookup order within one folder, the nearest folder,
// --config, --no-config-lookup, and the per-folder cache.
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEARCH_PLACES } from '../../src/config/discover.js';
import { clearConfigCache, resolveConfigFor } from '../../src/config/resolve.js';
import { REPORT, tree } from './helpers.js';

/** Each place's content turns one rule to warn, named after the place, so the winner shows. */
function configText(place: string): string {
  const rules = '{ "require-title": "warn" }';
  if (place === 'package.json') return `{ "name": "reports", "linter": { "rules": ${rules} } }`;
  if (place.endsWith('.js') || place.endsWith('.mjs')) return `export default { rules: ${rules} };`;
  if (place.endsWith('.cjs')) return `module.exports = { rules: ${rules} };`;
  if (place.endsWith('.json')) return `{ "rules": ${rules} }`;
  return 'rules:\n  require-title: warn\n';
}

describe('config lookup', () => {
  it('follows the documented order within one folder, package.json last', () => {
    expect(SEARCH_PLACES).toEqual([
      '.linterrc',
      '.linterrc.json',
      '.linterrc.yaml',
      '.linterrc.yml',
      '.linterrc.js',
      '.linterrc.cjs',
      'linter.config.js',
      'linter.config.mjs',
      'package.json',
    ]);
  });

  it('the first place present wins; removing it hands over to the next', async () => {
    const files = Object.fromEntries(SEARCH_PLACES.map((place) => [place, configText(place)]));
    const root = tree({ ...files, 'report.txt': REPORT });
    // An ES module folder, so the .js configs may use `export default`.
    writeFileSync(path.join(root, 'package.json'), configText('package.json').replace('"name"', '"type": "module", "name"'));
    for (const place of SEARCH_PLACES) {
      clearConfigCache();
      const config = await resolveConfigFor(path.join(root, 'report.txt'), {});
      expect(config.filePath).toBe(path.join(root, place));
      expect(config.rules.find((r) => r.id === 'require-title')?.severity).toBe(1);
      rmSync(path.join(root, place));
    }
  });

  it('the nearest folder wins over a parent folder', async () => {
    const root = tree({
      '.linterrc': 'rules:\n  require-title: warn\n',
      'townships/.linterrc.json': '{ "rules": { "require-title": "off" } }',
      'townships/a.txt': REPORT,
      'b.txt': REPORT,
    });
    const near = await resolveConfigFor(path.join(root, 'townships/a.txt'), {});
    expect(near.filePath).toBe(path.join(root, 'townships/.linterrc.json'));
    expect(near.rules.map((r) => r.id)).not.toContain('require-title');
    const far = await resolveConfigFor(path.join(root, 'b.txt'), {});
    expect(far.filePath).toBe(path.join(root, '.linterrc'));
  });

  it('a folder without a config uses the one above', async () => {
    const root = tree({ '.linterrc.yml': 'locale: en\n', 'a/b/c.txt': REPORT });
    const config = await resolveConfigFor(path.join(root, 'a/b/c.txt'), {});
    expect(config.filePath).toBe(path.join(root, '.linterrc.yml'));
    expect(config.locale).toBe('en');
  });

  it('--config uses that file only; --no-config-lookup uses none', async () => {
    const root = tree({ '.linterrc': 'locale: en\n', 'other.yml': 'rules:\n  require-title: off\n', 'a.txt': REPORT });
    const given = await resolveConfigFor(path.join(root, 'a.txt'), { configFile: path.join(root, 'other.yml') });
    expect(given.filePath).toBe(path.join(root, 'other.yml'));
    expect(given.locale).toBe('zh');
    expect(given.rules.map((r) => r.id)).not.toContain('require-title');
    const none = await resolveConfigFor(path.join(root, 'a.txt'), { noLookup: true });
    expect(none.filePath).toBeNull();
    expect(none.rules.map((r) => r.id)).toContain('require-title');
  });

  it('a config without extends builds on the recommended rules; extends: [] starts from nothing', async () => {
    const root = tree({
      'a/.linterrc': 'rules:\n  require-title: warn\n',
      'a/r.txt': REPORT,
      'b/.linterrc': 'extends: []\nrules:\n  require-title: warn\n',
      'b/r.txt': REPORT,
    });
    const built = await resolveConfigFor(path.join(root, 'a/r.txt'), {});
    expect(built.rules.map((r) => r.id)).toContain('require-three-systems');
    const bare = await resolveConfigFor(path.join(root, 'b/r.txt'), {});
    expect(bare.rules.map((r) => r.id)).toEqual(['require-title']);
  });

  it('reads a folder\'s config once: files in one folder share the resolved config', async () => {
    const root = tree({ '.linterrc': 'rules:\n  require-title: warn\n', 'a.txt': REPORT, 'b.txt': REPORT });
    const a = await resolveConfigFor(path.join(root, 'a.txt'), {});
    // Changing the file now must not be seen: the folder's config is cached.
    writeFileSync(path.join(root, '.linterrc'), 'rules:\n  require-title: off\n');
    const b = await resolveConfigFor(path.join(root, 'b.txt'), {});
    expect(b).toBe(a);
    clearConfigCache();
    const fresh = await resolveConfigFor(path.join(root, 'b.txt'), {});
    expect(fresh.rules.map((r) => r.id)).not.toContain('require-title');
  });

  it('--locale and --rule win over the config', async () => {
    const root = tree({ '.linterrc': 'locale: en\nrules:\n  require-title: warn\n', 'a.txt': REPORT });
    const config = await resolveConfigFor(path.join(root, 'a.txt'), { locale: 'zh', cliRules: { 'require-title': 'error' } });
    expect(config.locale).toBe('zh');
    expect(config.rules.find((r) => r.id === 'require-title')?.severity).toBe(2);
  });
});
