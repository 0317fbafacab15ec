// overrides (per-glob rules and settings, relative to their config file) and ignores.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { printableConfig, resolveConfigFor, splitIgnored } from '../../src/config/resolve.js';
import { REPORT, tree } from './helpers.js';

const PROVINCE = `extends: fazhi-lint:recommended
settings:
  deadline: "04-01"
overrides:
  - files: ["departments/**"]
    settings:
      deadline: "03-01"
    rules:
      require-responsible-person: warn
  - files: ["*.md"]
    locale: en
ignores:
  - drafts/
  - "**/*-草稿.txt"
`;

describe('overrides', () => {
  const root = tree({
    'reports/.linterrc': PROVINCE,
    'reports/departments/justice.txt': REPORT,
    'reports/departments/sub/finance.md': REPORT,
    'reports/townships/east.txt': REPORT,
    'reports/drafts/old.txt': REPORT,
    'reports/townships/west-草稿.txt': REPORT,
  });
  const file = (name: string) => path.join(root, 'reports', name);

  it('applies an override\'s settings and rules only to the files its globs match', async () => {
    const department = await resolveConfigFor(file('departments/justice.txt'), {});
    expect(department.settings.deadline).toBe('03-01');
    expect(department.rules.find((r) => r.id === 'require-responsible-person')?.severity).toBe(1);
    const township = await resolveConfigFor(file('townships/east.txt'), {});
    expect(township.settings.deadline).toBe('04-01');
    expect(township.rules.find((r) => r.id === 'require-responsible-person')?.severity).toBe(2);
  });

  it('applies every matching override in order; a glob without a slash matches in any folder', async () => {
    const config = await resolveConfigFor(file('departments/sub/finance.md'), {});
    expect(config.settings.deadline).toBe('03-01');
    expect(config.locale).toBe('en');
  });

  it('globs are relative to the config file, not the working folder', async () => {
    const elsewhere = tree({ 'departments/x.txt': REPORT });
    const config = await resolveConfigFor(path.join(elsewhere, 'departments/x.txt'), { configFile: file('.linterrc') });
    expect(config.settings.deadline).toBe('04-01');
  });

  it('--print-config shows the resolved config of one file', async () => {
    const printed = printableConfig(await resolveConfigFor(file('departments/justice.txt'), {}));
    expect(printed.configFile).toBe(file('.linterrc'));
    expect(printed.extends).toEqual(['fazhi-lint:recommended']);
    expect((printed.rules as Record<string, unknown>)['require-responsible-person']).toEqual(['warn', { minActions: 2, minFigures: 0 }]);
    expect((printed.settings as Record<string, unknown>).deadline).toBe('03-01');
    expect(JSON.parse(JSON.stringify(printed))).toEqual(printed);
  });
});

describe('ignores', () => {
  const root = tree({
    '.linterrc': PROVINCE,
    'drafts/old.txt': REPORT,
    'drafts/deep/older.txt': REPORT,
    'townships/west-草稿.txt': REPORT,
    'townships/west.txt': REPORT,
  });
  const file = (name: string) => path.join(root, name);

  it('splits the files a config ignores from those to lint', async () => {
    const files = ['drafts/old.txt', 'drafts/deep/older.txt', 'townships/west-草稿.txt', 'townships/west.txt'].map(file);
    const { lintable, ignored } = await splitIgnored(files, {});
    expect(lintable).toEqual([file('townships/west.txt')]);
    expect(ignored.map((i) => i.file)).toEqual(files.slice(0, 3));
    expect(ignored[0]!.by).toBe(`drafts/ (${file('.linterrc')})`);
  });

  it('an ignored file resolves with no rules and names the pattern, instead of failing', async () => {
    const config = await resolveConfigFor(file('drafts/old.txt'), {});
    expect(config.rules).toEqual([]);
    expect(config.ignoredBy).toContain('drafts/');
    expect(printableConfig(config).ignored).toContain('drafts/');
  });

  it('--no-config-lookup ignores nothing', async () => {
    const { ignored } = await splitIgnored([file('drafts/old.txt')], { noLookup: true });
    expect(ignored).toEqual([]);
  });
});
