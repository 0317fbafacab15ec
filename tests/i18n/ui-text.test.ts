// The catalogue of the tool's own texts (src/i18n/ui-text.ts): every entry in both languages
// with the same placeholders, every entry used, and no module choosing its words by locale
// outside it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UI_TEXT_ENTRIES, uiText } from '../../src/i18n/ui-text.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Placeholders: {{name}}, or {{name:one|other}} for an English plural. */
const PLACEHOLDER = /\{\{(\w+)(?::[^|{}]*\|[^|{}]*)?\}\}/g;

function namesIn(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(relative);
    return entry.name.endsWith('.ts') ? [relative] : [];
  });
}

const SOURCES = [...sourceFiles('src'), ...sourceFiles('rules')].map((file) => ({ file, text: readFileSync(path.join(ROOT, file), 'utf8') }));

describe('the catalogue', () => {
  it.each(UI_TEXT_ENTRIES)('%s has both languages', (_key, entry) => {
    expect(entry.zh.trim()).not.toBe('');
    expect(entry.en.trim()).not.toBe('');
  });

  it.each(UI_TEXT_ENTRIES)('%s uses the same placeholders in zh and en, each well formed', (_key, entry) => {
    expect(namesIn(entry.zh)).toEqual(namesIn(entry.en));
    // Whatever is left after the placeholders has no braces pair: a misspelt {{name} would stay in the output.
    for (const text of [entry.zh, entry.en]) expect(text.replace(PLACEHOLDER, '')).not.toMatch(/\{\{|\}\}/);
  });

  it('keys are unique and named module.what', () => {
    const keys = UI_TEXT_ENTRIES.map(([key]) => key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z]+(\.[a-zA-Z-]+)+$/);
  });

  it('every entry is used: its key quoted in a module, or a `prefix.${…}` lookup of its group', () => {
    const code = SOURCES.filter((s) => s.file !== 'src/i18n/ui-text.ts').map((s) => s.text).join('\n');
    const unused = UI_TEXT_ENTRIES.map(([key]) => key).filter((key) => {
      // start.ts writes this one out (see the last test).
      if (key === 'cli.exitBeforeResults') return false;
      const group = key.slice(0, key.lastIndexOf('.'));
      return !code.includes(`'${key}'`) && !code.includes(`\`${group}.\${`);
    });
    expect(unused).toEqual([]);
  });
});

describe('uiText', () => {
  it('fills placeholders in the chosen language', () => {
    expect(uiText('zh', 'engine.ruleCrashed', { rule: 'r', reason: 'boom' })).toBe('规则 r 运行出错,已跳过:boom');
    expect(uiText('en', 'engine.ruleCrashed', { rule: 'r', reason: 'boom' })).toBe('Rule r crashed and was skipped: boom');
    expect(uiText('en', 'serve.notFound')).toBe('Not found');
  });

  it('chooses English plurals by the count, and leaves Chinese as written', () => {
    expect(uiText('en', 'stylish.total', { total: 1, errors: 0, warnings: 1 })).toBe('✖ 1 problem (0 errors, 1 warning)');
    expect(uiText('en', 'stylish.total', { total: 2, errors: 2, warnings: 0 })).toBe('✖ 2 problems (2 errors, 0 warnings)');
    expect(uiText('zh', 'stylish.total', { total: 1, errors: 0, warnings: 1 })).toBe('✖ 1 个问题(0 个错误,1 个警告)');
  });

  it('puts data in as given: a value holding {{…}} or $& is not read as a template', () => {
    expect(uiText('en', 'fix.io', { detail: '{{detail}} $& $1' })).toBe('fixes not written: the write failed ({{detail}} $& $1)');
    expect(uiText('en', 'annotate.io', { path: '{{detail}}', detail: 'EACCES' })).toBe('reviewed document not written: writing {{detail}} failed (EACCES)');
  });
});

/**
 * A locale ternary: `locale === 'zh' ? … : …` (on one line or two), or a flag such as `zh ? '…'`.
 * The places allowed one choose data, not words, or cannot load the catalogue.
 */
const LOCALE_TERNARY = /[!=]==\s*['"](?:zh|en)['"]\s*\?|\b(?:zh|en|english|chinese)\s*\?\s*['"`]/g;

const ALLOWED: Record<string, { count: number; reason: string }> = {
  'src/cli/start.ts': {
    count: 1,
    reason: 'runs before the bundle with Node built-ins only; its one text is cli.exitBeforeResults, checked verbatim below',
  },
  'src/serve/server.ts': { count: 1, reason: 'checks that ?locale= names a locale; it picks no text' },
  'rules/no-outdated-reference.ts': {
    count: 2,
    reason: "writes a message's data the locale's way: a date (2022年5月1日 / 2022-05-01) and quotation marks",
  },
};

describe('no module outside the catalogue chooses its words by locale', () => {
  it('no locale ternary outside the allowed places, each with its reason', () => {
    const found: Record<string, number> = {};
    for (const { file, text } of SOURCES) {
      if (file === 'src/i18n/ui-text.ts') continue;
      const count = text.match(LOCALE_TERNARY)?.length ?? 0;
      if (count > 0) found[file] = count;
    }
    expect(found).toEqual(Object.fromEntries(Object.entries(ALLOWED).map(([file, { count }]) => [file, count])));
  });

  it('no { zh: "…", en: "…" } texts in src/ outside the catalogue (the domain data of src/data/ aside)', () => {
    const pairs = SOURCES.filter(({ file }) => file.startsWith('src/') && !file.startsWith('src/data/') && !file.startsWith('src/i18n/'))
      .filter(({ text }) => /\bzh:\s*['"`]/.test(text))
      .map(({ file }) => file);
    expect(pairs).toEqual([]);
  });

  it("start.ts writes cli.exitBeforeResults as the catalogue has it, in both languages", () => {
    const start = SOURCES.find((s) => s.file === 'src/cli/start.ts')!.text;
    const [, entry] = UI_TEXT_ENTRIES.find(([key]) => key === 'cli.exitBeforeResults')!;
    expect(start).toContain(`'${entry.zh}\\n'`);
    expect(start).toContain(`'${entry.en}\\n'`);
  });
});
