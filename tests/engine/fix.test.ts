// The fix loop and the writer: fixing twice gives what fixing once gave (for every fixable
// built-in rule, from its examples, and for test-only rules), overlapping fixes wait for the
// next pass, and a write is atomic, careful about changes on disk, and keeps the encoding.
import { writeFileSync } from 'node:fs';
import { chmod, mkdtemp, readdir, readFile, rm, stat, symlink, utimes, writeFile, lstat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { fixFile, writeFixed, WriteRefusedError, type FixedText } from '../../src/write/fix-file.js';
import { applyFixes, MAX_FIX_PASSES, verifyAndFix, type LintOptions } from '../../src/engine/lint.js';
import type { Edit } from '../../src/engine/edits.js';
import { lintFile, type ReadSource } from '../../src/engine/lint-file.js';
import { decode } from '../../src/read/decode.js';
import type { Fix, RuleExamples, LoadedRule } from '../../src/rule-api.js';
import { collapseRule, commaRule, lintOptions, resolved } from './test-rules.js';

const examples = import.meta.glob<{ default: RuleExamples }>('../../rules/*.examples.ts', { eager: true });

function defaults(rule: LoadedRule): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(rule.meta.schema?.properties ?? {})
      .filter(([, p]) => p.default !== undefined)
      .map(([name, p]) => [name, p.default]),
  );
}

interface FixCase {
  rule: LoadedRule;
  name: string;
  text: string;
  options: LintOptions;
}

// Every invalid example with an `output` of every fixable built-in rule, plus the test rules.
const builtinCases: FixCase[] = [...builtinRules.values()]
  .filter((rule) => rule.meta.fixable)
  .flatMap((rule) =>
    (examples[`../../rules/${rule.meta.id}.examples.ts`]?.default.invalid ?? [])
      .filter((example) => example.output !== undefined)
      .map((example) => ({
        rule,
        name: example.name,
        text: example.text,
        options: lintOptions(example.ext === '.md' ? 'markdown' : 'text', [resolved(rule, { ...defaults(rule), ...example.options })], {
          settings: example.settings ?? {},
        }),
      })),
  );
const testCases: FixCase[] = [
  { rule: commaRule, name: 'commas', text: '第一,第二,第三\n甲,乙', options: lintOptions('text', [resolved(commaRule)]) },
  { rule: collapseRule, name: 'overlapping pairs', text: 'AAAA AAA BBBB', options: lintOptions('text', [resolved(collapseRule)]) },
];

describe('every fixable built-in rule has a fix example', () => {
  for (const rule of [...builtinRules.values()].filter((r) => r.meta.fixable)) {
    it(rule.meta.id, () => {
      expect(builtinCases.some((c) => c.rule === rule), `${rule.meta.id}: an invalid example with an output`).toBe(true);
    });
  }
});

describe('fixing twice gives the same text as fixing once', () => {
  for (const c of [...builtinCases, ...testCases]) {
    it(`${c.rule.meta.id}: ${c.name}`, async () => {
      const once = await verifyAndFix(c.text, c.options);
      expect(once.fixed, 'the example is fixed').toBe(true);
      expect(once.output).not.toBe(c.text);
      const twice = await verifyAndFix(once.output, c.options);
      expect(twice.output).toBe(once.output);
      expect(twice.fixed).toBe(false);
      // What remains after the loop has no fix left to apply.
      expect(once.messages.filter((m) => m.fix)).toEqual([]);
    });
  }
});

describe('the fix loop', () => {
  it('applies non-overlapping fixes in one sweep and leaves overlapping ones', () => {
    const { output, applied } = applyFixes('AAAA', [
      { range: [1, 3], text: 'B' },
      { range: [0, 2], text: 'B' },
      { range: [2, 4], text: 'B' },
    ]);
    expect(applied).toHaveLength(2);
    expect(output).toBe('BB');
  });

  it('applies overlapping fixes across passes', async () => {
    const outcome = await verifyAndFix('AAAA', lintOptions('text', [resolved(collapseRule)]));
    expect(outcome.output).toBe('C'); // AAAA → BB → C
    expect(outcome.messages).toEqual([]);
  });

  it('only fixes the rules allowed (--fix-type)', async () => {
    const options = lintOptions('text', [resolved(commaRule), resolved(collapseRule)]);
    const outcome = await verifyAndFix('甲,乙 AA', options, new Set(['test-collapse']));
    expect(outcome.output).toBe('甲,乙 B');
    expect(outcome.messages.map((m) => m.ruleId)).toEqual(['test-comma']);
  });

  it(`stops after ${MAX_FIX_PASSES} passes when a fix never settles`, async () => {
    const growing: LoadedRule = {
      meta: { ...commaRule.meta, id: 'test-growing' },
      create: (context) => ({ 'root:exit': () => context.report({ messageId: 'hit', data: { what: 'x' }, fix: { range: [0, 0], text: 'x' } }) }),
    };
    const outcome = await verifyAndFix('正文', lintOptions('text', [resolved(growing)]));
    expect(outcome.output).toBe('x'.repeat(MAX_FIX_PASSES) + '正文');
    expect(outcome.messages).toHaveLength(1); // the problem remains, as ESLint reports it
  });
});

describe('writing fixed files', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'fazhi-fix-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const request = { rules: [resolved(commaRule)], settings: {}, locale: 'zh' as const };

  /** Writes `bytes`, lints it with the fix loop, and returns what was read and the fixed text. */
  async function prepare(name: string, bytes: Uint8Array): Promise<{ file: string; source: ReadSource; fixed: FixedText }> {
    const file = path.join(dir, name);
    await writeFile(file, bytes);
    let source: ReadSource | undefined;
    let edits: Edit[] = [];
    const result = await lintFile(file, { ...request, fix: true, onRead: (read) => (source = read), onEdits: (made) => (edits = made) });
    expect(result.output).toBeDefined();
    return { file, source: source!, fixed: { output: result.output!, edits } };
  }

  it('writes atomically: the mode is kept and no temporary file is left', async () => {
    const { file, source, fixed } = await prepare('report.txt', Buffer.from('第一,第二\n'));
    await chmod(file, 0o640);
    expect(await writeFixed(file, source, fixed)).toBe(true);
    expect(await readFile(file, 'utf8')).toBe('第一，第二\n');
    expect((await stat(file)).mode & 0o777).toBe(0o640);
    expect(await readdir(dir)).toEqual(['report.txt']);
  });

  it('does not write when the content is unchanged', async () => {
    const { file, source } = await prepare('report.txt', Buffer.from('第一,第二\n'));
    const past = new Date('2020-01-01T00:00:00Z');
    await utimes(file, past, past);
    expect(await writeFixed(file, source, { output: '第一,第二\n', edits: [] })).toBe(false);
    expect((await stat(file)).mtimeMs).toBe(past.getTime());
  });

  it('refuses when the file changed on disk after it was read', async () => {
    const { file, source, fixed } = await prepare('report.txt', Buffer.from('第一,第二\n'));
    await writeFile(file, '第一,第二\n作者又加了一行\n');
    const error = await writeFixed(file, source, fixed).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteRefusedError);
    expect((error as WriteRefusedError).reason).toBe('changed');
    expect(await readFile(file, 'utf8')).toBe('第一,第二\n作者又加了一行\n');
  });

  it('keeps GB18030', async () => {
    const { file, source, fixed } = await prepare('report.txt', iconv.encode('二〇二二年法治政府建设,成效明显\n', 'gb18030'));
    expect(source.encoding).toBe('gb18030');
    await writeFixed(file, source, fixed);
    const bytes = await readFile(file);
    expect(bytes.equals(iconv.encode('二〇二二年法治政府建设，成效明显\n', 'gb18030'))).toBe(true);
    expect(decode(bytes)).toEqual({ text: '二〇二二年法治政府建设，成效明显\n', encoding: 'gb18030', bom: false });
  });

  it('keeps a UTF-8 BOM, and UTF-16 with its BOM', async () => {
    const utf8 = await prepare('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('第一,第二\r\n')]));
    await writeFixed(utf8.file, utf8.source, utf8.fixed);
    expect(decode(await readFile(utf8.file))).toEqual({ text: '第一，第二\r\n', encoding: 'utf-8', bom: true });

    const utf16 = await prepare('utf16.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode('第一,第二', 'utf-16be')]));
    await writeFixed(utf16.file, utf16.source, utf16.fixed);
    expect(decode(await readFile(utf16.file))).toEqual({ text: '第一，第二', encoding: 'utf-16be', bom: true });
  });

  it('refuses a format it cannot write, and text its encoding cannot hold', async () => {
    const { file, source } = await prepare('report.txt', Buffer.from('第一,第二\n'));
    const text = { output: '文本', edits: [{ start: 0, end: 6, text: '文本' }] };
    const docx = await writeFixed(path.join(dir, 'report.docx'), source, text).catch((e: unknown) => e);
    expect((docx as WriteRefusedError).reason).toBe('format');
    const unread = await writeFixed(file, undefined, text).catch((e: unknown) => e);
    expect((unread as WriteRefusedError).reason).toBe('format');
    const lone = await writeFixed(file, source, { output: '第一\ud800', edits: [{ start: 2, end: 6, text: '\ud800' }] }).catch((e: unknown) => e);
    expect((lone as WriteRefusedError).reason).toBe('encoding');
    expect(await readFile(file, 'utf8')).toBe('第一,第二\n');
  });

  it('writes through a symbolic link to its target, keeping the link', async () => {
    const { source, fixed } = await prepare('target.txt', Buffer.from('第一,第二\n'));
    const link = path.join(dir, 'link.txt');
    await symlink(path.join(dir, 'target.txt'), link);
    await writeFixed(link, source, fixed);
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readFile(path.join(dir, 'target.txt'), 'utf8')).toBe('第一，第二\n');
  });

  it('fixFile: fixing a file twice leaves it as the first fix did, and the second run writes nothing', async () => {
    const cases = [...testCases, ...builtinCases];
    for (const [i, c] of cases.entries()) {
      const file = path.join(dir, `case-${i}${c.options.format === 'markdown' ? '.md' : '.txt'}`);
      await writeFile(file, c.text);
      const fileRequest = { rules: c.options.rules, settings: c.options.settings, locale: c.options.locale };
      const first = await fixFile(file, fileRequest);
      const once = await readFile(file, 'utf8');
      expect(once, `${c.rule.meta.id}: ${c.name}`).toBe(first.output);
      const past = new Date('2020-01-01T00:00:00Z');
      await utimes(file, past, past);
      const second = await fixFile(file, fileRequest);
      expect(second.output, `${c.rule.meta.id}: ${c.name}`).toBeUndefined();
      expect(await readFile(file, 'utf8')).toBe(once);
      expect((await stat(file)).mtimeMs).toBe(past.getTime());
    }
  });

  it('fixFile: when the file changes while it is linted, nothing is written and the error says why', async () => {
    const file = path.join(dir, 'report.txt');
    await writeFile(file, '第一,第二\n');
    let edited = false;
    // A test double for another editor saving the file while fazhi-lint works on it.
    const editor: LoadedRule = {
      meta: { ...commaRule.meta, id: 'test-editor', fixable: false },
      create: () => ({
        'root:exit'() {
          if (edited) return;
          edited = true;
          writeFileSync(file, '第一,第二\n第三,第四\n');
        },
      }),
    };
    const result = await fixFile(file, { ...request, rules: [resolved(commaRule), resolved(editor)], locale: 'en' });
    expect(await readFile(file, 'utf8')).toBe('第一,第二\n第三,第四\n');
    expect(result.output).toBeUndefined();
    expect(result.messages[0]).toMatchObject({ ruleId: null, severity: 2, line: 1 });
    expect(result.messages[0]!.message).toContain('changed on disk');
    // The other messages are those of the file as it now is: both commas remain.
    expect(result.messages.filter((m) => m.ruleId === 'test-comma').map((m) => m.line)).toEqual([1, 2]);
    expect(result.errorCount).toBe(3);
  });

  it('fixFile: a .docx is never written; it says so', async () => {
    const xml = (body: string) => strToU8(`<?xml version="1.0" encoding="UTF-8"?>${body}`);
    const docx = zipSync({
      '[Content_Types].xml': xml('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
      '_rels/.rels': xml('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
      'word/document.xml': xml('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>第一,第二</w:t></w:r></w:p></w:body></w:document>'),
    });
    const file = path.join(dir, 'report.docx');
    await writeFile(file, docx);
    const result = await fixFile(file, request);
    expect((await readFile(file)).equals(Buffer.from(docx))).toBe(true);
    expect(result.output).toBeUndefined();
    // The comma is still reported: it was not fixed.
    expect(result.messages.map((m) => m.ruleId)).toContain('test-comma');
    expect(result.messages.some((m) => m.ruleId === null && m.message.includes('.docx'))).toBe(true);
  });
});
