// The Node API, one describe per method or option: what each returns for a known input, checked
// against what the command line prints for the same input where the CLI has the same feature.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/results.js';
import type { RuleSetting } from '../../src/config/index.js';
import { builtinRules } from '../../rules/index.js';
import { BIN, ROOT, runCli } from '../helpers/cli.js';
import { api, asJson, countsOf, jsonView, PACKAGE, tempDir } from './helpers.js';
import { changesBy, commentsOf } from '../write/docx-inspect.js';

const { FazhiLint, NoFilesFoundError, AllFilesIgnoredError } = api;

const REAL = path.join(ROOT, 'fixtures/real');
const DONGHU = path.join(REAL, 'real-2022-nanchang-donghu.txt');
const DOCX = path.join(ROOT, 'fixtures/docx/word-report.docx');
const LABELED = path.join(ROOT, 'fixtures/labeled');

const TITLE = '某县人民政府2023年法治政府建设年度报告';
/** A report with half-width marks in Chinese prose (fullwidth-punctuation fixes them) and a retired slogan. */
const TO_FIX = `${TITLE}\n\n2023年,我县推进依法行政,建设法制政府.\n`;
/** forbidden-terms (a `custom` rule) with a replacement: its fix turns 法制政府 into 法治政府. */
const SLOGAN_RULE: Record<string, RuleSetting> = { 'forbidden-terms': ['error', { items: [{ terms: ['法制政府'], replacement: '法治政府' }] }] };

const ruleIds = (result: LintResult) => result.messages.map((m) => m.ruleId);
const withoutRule = (result: LintResult, id: string) => result.messages.filter((m) => m.ruleId !== id);

/** The report files of a folder (sorted, as a walk lists them). */
function reportsIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => /\.(md|txt|docx|html?)$/.test(name))
    .sort()
    .map((name) => path.join(dir, name));
}

describe('FazhiLint.version', () => {
  it("is package.json's version, as --version prints it", () => {
    expect(FazhiLint.version).toBe(PACKAGE.version);
    expect(runCli(['--version']).stdout.trim()).toBe(`v${FazhiLint.version}`);
  });

  it('the package entry exports the class, the errors and RuleTester', () => {
    expect(new NoFilesFoundError('x')).toBeInstanceOf(Error);
    expect(new AllFilesIgnoredError('x')).toBeInstanceOf(Error);
    expect(typeof api.RuleTester).toBe('function');
  });
});

describe('lintFiles', () => {
  it('a folder: one result per report, walked in name order, non-reports and dot/node_modules folders skipped', async () => {
    const dir = tempDir({
      'b.txt': `${TITLE}\n\n正文。\n`,
      'a.md': `# ${TITLE}\n\n正文。\n`,
      'sub/c.txt': '没有标题的报告。\n',
      'notes.pdf': 'not a report',
      '.hidden/d.txt': '隐藏文件夹里的报告。\n',
      'node_modules/e.txt': '依赖里的文件。\n',
    });
    const results = await new FazhiLint({ cwd: dir, overrideConfigFile: true }).lintFiles('.');
    expect(results.map((r) => r.filePath)).toEqual(['a.md', 'b.txt', 'sub/c.txt'].map((f) => path.join(dir, f)));
    for (const result of results) expect(result).toMatchObject(countsOf(result));
    // The one without a title says so; the titled ones do not.
    expect(results.map((r) => ruleIds(r).includes('require-title'))).toEqual([false, false, true]);
  });

  it('a fixture folder: every report in order, with counts that match the messages', async () => {
    const results = await new FazhiLint({ cwd: ROOT }).lintFiles('fixtures/real');
    expect(results.map((r) => r.filePath)).toEqual(reportsIn(REAL));
    expect(results.every((r) => r.messages.length > 0 && r.fatalErrorCount === 0)).toBe(true);
    for (const result of results) expect(result).toMatchObject(countsOf(result));
  });

  it('a glob: the matching files only', async () => {
    const results = await new FazhiLint({ cwd: ROOT }).lintFiles('fixtures/real/*2024*.txt');
    const expected = reportsIn(REAL).filter((f) => path.basename(f).includes('2024'));
    expect(expected.length).toBeGreaterThan(0);
    expect(results.map((r) => r.filePath)).toEqual(expected);
  });

  it('single files: in the order given, each once, paths resolved against cwd', async () => {
    const [first, second] = reportsIn(REAL).reverse();
    const lint = new FazhiLint({ cwd: REAL });
    const results = await lint.lintFiles([path.basename(first!), path.basename(second!), path.basename(first!)]);
    expect(results.map((r) => r.filePath)).toEqual([first, second]);
    const [alone] = await lint.lintFiles(path.basename(second!));
    expect(alone).toEqual(results[1]);
  });

  it('a path that does not exist: NoFilesFoundError naming it and why', async () => {
    const lint = new FazhiLint({ cwd: ROOT });
    const failure = lint.lintFiles(['no/such/report.txt']);
    await expect(failure).rejects.toBeInstanceOf(NoFilesFoundError);
    await expect(failure).rejects.toThrow(/no[/\\]such[/\\]report\.txt \(文件不存在/);
    await expect(lint.lintFiles('fixtures/real/*.nothing')).rejects.toThrow(/\*\.nothing/);
  });

  it('no pattern, or an empty one (it would mean all of cwd): a RangeError; the CLI exits 2', async () => {
    const lint = new FazhiLint({ cwd: REAL });
    for (const patterns of [[], '', [''], [DONGHU, ' ']]) await expect(lint.lintFiles(patterns), JSON.stringify(patterns)).rejects.toThrow(RangeError);
    expect(runCli(['']).code).toBe(2);
  });

  it('a config file that does not exist: a ConfigError (exported) naming it', async () => {
    const dir = tempDir({ 'a.txt': `${TITLE}\n` });
    await expect(new FazhiLint({ cwd: dir, overrideConfigFile: 'missing.yml' }).lintFiles('a.txt')).rejects.toBeInstanceOf(api.ConfigError);
    await expect(new FazhiLint({ cwd: dir, overrideConfigFile: 'missing.yml' }).lintFiles('a.txt')).rejects.toThrow(new RegExp(`${path.join(dir, 'missing.yml').replace(/[\\.]/g, '\\$&')}.*no such config file`));
  });

  it('a missing path beside others: a fatal result for it, the others linted', async () => {
    const results = await new FazhiLint({ cwd: ROOT, locale: 'en' }).lintFiles(['no-such.txt', DONGHU]);
    const missing = results.find((r) => r.filePath === path.join(ROOT, 'no-such.txt'))!;
    expect(missing.messages).toEqual([expect.objectContaining({ ruleId: null, fatal: true, severity: 2, message: expect.stringMatching(/^no such file/) })]);
    const [donghu] = await new FazhiLint({ cwd: ROOT, locale: 'en' }).lintFiles(DONGHU);
    expect(results.find((r) => r.filePath === DONGHU)).toEqual(donghu);
    // As docs/extend/api.md says: the paths that could not be read first, then the linted files.
    const reversed = await new FazhiLint({ cwd: ROOT, locale: 'en' }).lintFiles([DONGHU, 'no-such.txt']);
    expect(reversed.map((r) => r.filePath)).toEqual([path.join(ROOT, 'no-such.txt'), DONGHU]);
  });

  it("a config's ignores covering every file: AllFilesIgnoredError; a file named outright gets a warning instead", async () => {
    const dir = tempDir({ '.linterrc.yml': 'ignores:\n  - "**/*.txt"\n', 'a.txt': `${TITLE}\n`, 'sub/b.txt': `${TITLE}\n` });
    const lint = new FazhiLint({ cwd: dir });
    await expect(lint.lintFiles('.')).rejects.toBeInstanceOf(AllFilesIgnoredError);
    await expect(lint.lintFiles('sub')).rejects.toThrow(/\*\*\/\*\.txt/);
    const [named] = await lint.lintFiles('a.txt');
    expect(named!.messages).toEqual([expect.objectContaining({ ruleId: null, severity: 1, message: expect.stringContaining('**/*.txt') })]);
    // Without the config nothing is ignored.
    expect(await new FazhiLint({ cwd: dir, overrideConfigFile: true }).lintFiles('.')).toHaveLength(2);
  });

  it('unreadable and malformed files: one fatal result each, the good file linted as alone', async () => {
    const dir = tempDir({
      'empty.txt': '',
      'binary.txt': Uint8Array.from([0, 1, 2, 3, 0x62, 0, 0xff]),
      'fake.docx': 'PK but not a zip',
      'nonsense.md': Uint8Array.from([0xff, 0xfe, 0x00, 0xd8]), // a UTF-16 BOM, then half a surrogate pair
    });
    copyFileSync(DONGHU, path.join(dir, 'good.txt'));
    const lint = new FazhiLint({ cwd: dir, overrideConfigFile: true, locale: 'en' });
    const results = await lint.lintFiles('.');
    expect(results.map((r) => path.basename(r.filePath))).toEqual(['binary.txt', 'empty.txt', 'fake.docx', 'good.txt', 'nonsense.md']);
    const byName = Object.fromEntries(results.map((r) => [path.basename(r.filePath), r]));
    for (const name of ['binary.txt', 'empty.txt', 'fake.docx', 'nonsense.md']) {
      expect(byName[name]!.fatalErrorCount, name).toBe(1);
      expect(byName[name]!.messages, name).toEqual([expect.objectContaining({ ruleId: null, fatal: true, line: 1, column: 1 })]);
    }
    expect(byName['empty.txt']!.messages[0]!.message).toMatch(/empty/);
    expect(byName['binary.txt']!.messages[0]!.message).toMatch(/binary/);
    expect(byName['fake.docx']!.messages[0]!.message).toMatch(/zip/);
    const [good] = await lint.lintFiles('good.txt');
    expect(byName['good.txt']).toEqual(good);
    expect(good!.fatalErrorCount).toBe(0);
  });

  it.skipIf(process.getuid?.() === 0)('a file without read permission: a fatal result', async () => {
    const dir = tempDir({ 'locked.txt': `${TITLE}\n` });
    copyFileSync(DONGHU, path.join(dir, 'good.txt'));
    chmodSync(path.join(dir, 'locked.txt'), 0o000);
    const results = await new FazhiLint({ cwd: dir, overrideConfigFile: true }).lintFiles('.');
    expect(results.map((r) => [path.basename(r.filePath), r.fatalErrorCount])).toEqual([
      ['good.txt', 0],
      ['locked.txt', 1],
    ]);
  });
});

describe('lintText', () => {
  it('without filePath: named "<text>", read as plain text, the config looked up from cwd', async () => {
    const dir = tempDir({ '.linterrc.yml': 'rules:\n  require-title: "off"\n' });
    const text = '2023年,我县推进依法行政。\n';
    const [result] = await new FazhiLint({ cwd: dir }).lintText(text);
    expect(result!.filePath).toBe('<text>');
    expect(ruleIds(result!)).not.toContain('require-title');
    const [noConfig] = await new FazhiLint({ cwd: dir, overrideConfigFile: true }).lintText(text);
    expect(ruleIds(noConfig!)).toContain('require-title');
    expect(result!.messages).toEqual(withoutRule(noConfig!, 'require-title'));
  });

  it('equals lintFiles on a file holding the same text', async () => {
    const text = readFileSync(DONGHU, 'utf8');
    const dir = tempDir({ 'same.txt': text });
    const lint = new FazhiLint({ cwd: dir, overrideConfigFile: true });
    const [fromText] = await lint.lintText(text, { filePath: 'same.txt' });
    const [fromFile] = await lint.lintFiles('same.txt');
    expect(fromText).toEqual(fromFile);
  });

  it('a .md filePath reads Markdown; .txt reads the same text as plain text', async () => {
    const text = `# ${TITLE}\n\n## 一、主要举措和成效\n\n我县**推进**依法行政。\n`;
    const lint = new FazhiLint({ overrideConfigFile: true });
    const [markdown] = await lint.lintText(text, { filePath: 'report.md' });
    const [plain] = await lint.lintText(text, { filePath: 'report.txt' });
    expect(markdown!.outline!.title!.text).toBe(TITLE);
    expect(markdown!.outline!.sections.map((s) => s.heading)).toEqual(['一、主要举措和成效']);
    // As plain text the markup stays: "# " in the title, "## " in the line that names a part.
    expect(plain!.outline!.title!.text).toBe(`# ${TITLE}`);
    expect(plain!.outline!.sections.map((s) => s.heading)).toEqual(['## 一、主要举措和成效']);
  });

  it("filePath picks the config of its folder, and never reads the file", async () => {
    const dir = tempDir({ 'sub/.linterrc.yml': 'rules:\n  require-title: warn\n', 'sub/report.txt': `${TITLE}\n` });
    const lint = new FazhiLint({ cwd: dir });
    const text = '我县推进依法行政。\n';
    const [inSub] = await lint.lintText(text, { filePath: 'sub/report.txt' });
    const [atTop] = await lint.lintText(text, { filePath: 'report.txt' });
    expect(inSub!.filePath).toBe(path.join(dir, 'sub/report.txt'));
    expect(inSub!.messages.find((m) => m.ruleId === 'require-title')).toMatchObject({ severity: 1 });
    expect(atTop!.messages.find((m) => m.ruleId === 'require-title')).toMatchObject({ severity: 2 });
    // The file on disk has a title; the text given has none, and is what was linted.
    expect(inSub!.source).toBe(text);
  });

  it("a filePath the config ignores: not linted, one warning naming the pattern (none with warnIgnored: false), as the CLI's --stdin", async () => {
    const dir = tempDir({ '.linterrc.yml': 'ignores:\n  - "drafts/**"\n' });
    const lint = new FazhiLint({ cwd: dir, locale: 'en' });
    const text = '我县推进依法行政。\n';
    const [ignored] = await lint.lintText(text, { filePath: 'drafts/a.txt' });
    expect(ignored!.filePath).toBe(path.join(dir, 'drafts/a.txt'));
    expect(ignored!.messages).toEqual([expect.objectContaining({ ruleId: null, severity: 1, message: expect.stringContaining('drafts/**') })]);
    expect([ignored!.errorCount, ignored!.warningCount]).toEqual([0, 1]);
    expect(await lint.lintText(text, { filePath: 'drafts/a.txt', warnIgnored: false })).toEqual([]);
    expect(await lint.lintBuffer(Buffer.from(text), { filePath: 'drafts/a.txt', warnIgnored: false })).toEqual([]);
    const reviewed = await lint.annotateBuffer(Buffer.from(text), { filePath: 'drafts/a.txt' });
    expect([reviewed.docx, reviewed.result.messages]).toEqual([null, ignored!.messages]);
    // Outside the pattern, and with no name at all, the text is linted.
    const [kept] = await lint.lintText(text, { filePath: 'a.txt', warnIgnored: false });
    expect(ruleIds(kept!)).toContain('require-title');
    const [unnamed] = await new FazhiLint({ cwd: dir, locale: 'en' }).lintText(text);
    expect(ruleIds(unnamed!)).toContain('require-title');
    const cli = spawnSync(process.execPath, [BIN, '--stdin', '--stdin-filename', 'drafts/a.txt', '--locale', 'en', '-f', 'json'], { cwd: dir, input: text });
    expect(cli.status).toBe(0);
    expect(JSON.parse(cli.stdout.toString())[0].messages).toEqual([expect.objectContaining({ message: ignored!.messages[0]!.message })]);
  });
});

describe('lintBuffer', () => {
  it('GB18030 bytes read as the text they encode', async () => {
    const text = readFileSync(DONGHU, 'utf8');
    const bytes = iconv.encode(text, 'gb18030');
    expect(Buffer.from(bytes).equals(Buffer.from(text))).toBe(false);
    const lint = new FazhiLint({ overrideConfigFile: true });
    const [fromBytes] = await lint.lintBuffer(bytes, { filePath: 'gbk-report.txt' });
    const [fromText] = await lint.lintText(text, { filePath: 'gbk-report.txt' });
    expect(fromBytes!.fatalErrorCount).toBe(0);
    expect(fromBytes!.messages.length).toBeGreaterThan(0);
    expect(fromBytes).toEqual(fromText);
  });

  it('a .docx by its filePath: the result lintFiles gives for the file', async () => {
    const bytes = readFileSync(DOCX);
    const lint = new FazhiLint({ cwd: ROOT });
    const [fromBytes] = await lint.lintBuffer(bytes, { filePath: 'fixtures/docx/word-report.docx' });
    const [fromFile] = await lint.lintFiles(DOCX);
    expect(fromBytes).toEqual(fromFile);
    expect(fromBytes!.locationUnit).toBe('paragraph');
    expect(fromBytes!.fatalErrorCount).toBe(0);
    expect(fromBytes!.messages.length).toBeGreaterThan(0);
    // The name decides the reader: the same bytes named as text are binary, and "<text>" without a name.
    const [asText] = await lint.lintBuffer(bytes, { filePath: 'word-report.txt' });
    expect(asText!.messages).toEqual([expect.objectContaining({ fatal: true, message: expect.stringContaining('二进制') })]);
    const [unnamed] = await lint.lintBuffer(bytes);
    expect(unnamed!.filePath).toBe('<text>');
    expect(unnamed!.fatalErrorCount).toBe(1);
  });
});

describe('lintBuffer and the CLI --stdin', () => {
  /** The CLI's json result for bytes piped in. */
  function piped(bytes: Uint8Array, flags: string[]): unknown {
    const run = spawnSync(process.execPath, [BIN, '--stdin', '-f', 'json', ...flags], { cwd: ROOT, input: bytes, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
    expect(run.stderr.toString()).toBe('');
    return JSON.parse(run.stdout.toString())[0];
  }

  it('the same result for a .docx and for GB18030 text, named or not', async () => {
    const lint = new FazhiLint({ cwd: ROOT });
    const docx = readFileSync(DOCX);
    const [docxResult] = await lint.lintBuffer(docx, { filePath: 'fixtures/docx/piped.docx' });
    expect(jsonView(docxResult!)).toEqual(piped(docx, ['--stdin-filename', 'fixtures/docx/piped.docx']));
    const gb = iconv.encode(readFileSync(DONGHU, 'utf8'), 'gb18030');
    const [gbResult] = await lint.lintBuffer(gb);
    expect(gbResult!.messages.length).toBeGreaterThan(0);
    expect(jsonView(gbResult!)).toEqual(piped(gb, []));
  });
});

describe('overrideConfig', () => {
  it('turns a rule off, or to a warning, leaving the other messages as they were', async () => {
    const lint = new FazhiLint({ cwd: ROOT });
    const [base] = await lint.lintFiles(DONGHU);
    expect(ruleIds(base!)).toContain('require-title');
    const [off] = await new FazhiLint({ cwd: ROOT, overrideConfig: { rules: { 'require-title': 'off' } } }).lintFiles(DONGHU);
    expect(off!.messages).toEqual(withoutRule(base!, 'require-title'));
    expect(off!.errorCount).toBe(base!.errorCount - base!.messages.filter((m) => m.ruleId === 'require-title').length);
    const [warn] = await new FazhiLint({ cwd: ROOT, overrideConfig: { rules: { 'require-title': 'warn' } } }).lintFiles(DONGHU);
    expect(warn!.messages.filter((m) => m.ruleId === 'require-title').map((m) => m.severity)).toEqual(
      base!.messages.filter((m) => m.ruleId === 'require-title').map(() => 1),
    );
  });

  it("wins over the folder's config", async () => {
    const dir = tempDir({ '.linterrc.yml': 'rules:\n  require-title: "off"\n', 'a.txt': '我县推进依法行政。\n' });
    const [result] = await new FazhiLint({ cwd: dir, overrideConfig: { rules: { 'require-title': 'warn' } } }).lintFiles('a.txt');
    expect(result!.messages.filter((m) => m.ruleId === 'require-title').map((m) => m.severity)).toEqual([1]);
  });
});

describe('overrideConfigFile', () => {
  const files = {
    '.linterrc.yml': 'rules:\n  require-title: "off"\n',
    'other.yml': 'rules:\n  require-signature: "off"\n',
    'a.txt': '我县推进依法行政。\n',
  };

  it('default: the config found from the file is used', async () => {
    const dir = tempDir(files);
    const [result] = await new FazhiLint({ cwd: dir }).lintFiles('a.txt');
    expect(ruleIds(result!)).not.toContain('require-title');
    expect(ruleIds(result!)).toContain('require-signature');
  });

  it('true: no config file at all, the recommended rules', async () => {
    const dir = tempDir(files);
    const lint = new FazhiLint({ cwd: dir, overrideConfigFile: true });
    const [result] = await lint.lintFiles('a.txt');
    expect(ruleIds(result!)).toEqual(expect.arrayContaining(['require-title', 'require-signature']));
    expect((await lint.calculateConfigForFile('a.txt')).configFile).toBeNull();
  });

  it('a path (relative to cwd): that file alone, the one beside the report not read', async () => {
    const dir = tempDir(files);
    const lint = new FazhiLint({ cwd: dir, overrideConfigFile: 'other.yml' });
    const [result] = await lint.lintFiles('a.txt');
    expect(ruleIds(result!)).toContain('require-title');
    expect(ruleIds(result!)).not.toContain('require-signature');
    expect((await lint.calculateConfigForFile('a.txt')).configFile).toBe(path.join(dir, 'other.yml'));
  });
});

describe('locale', () => {
  it("'en' gives English messages for the same problems; Chinese by default", async () => {
    const [zh] = await new FazhiLint({ cwd: ROOT }).lintFiles(DONGHU);
    const [en] = await new FazhiLint({ cwd: ROOT, locale: 'en' }).lintFiles(DONGHU);
    const place = (r: LintResult) => r.messages.map((m) => [m.ruleId, m.messageId, m.line, m.column]);
    expect(place(en!)).toEqual(place(zh!));
    const title = (r: LintResult) => r.messages.find((m) => m.ruleId === 'require-title')!.message;
    expect(title(zh!)).toContain('缺少标题');
    expect(title(en!)).toMatch(/^No title/);
    expect(en!.messages.every((m) => !/[缺少应须]/.test(m.message.replace(/“[^”]*”|"[^"]*"/g, '')))).toBe(true);
  });

  it("wins over the config's locale", async () => {
    const dir = tempDir({ '.linterrc.yml': 'locale: en\n', 'a.txt': '我县推进依法行政。\n' });
    const [fromConfig] = await new FazhiLint({ cwd: dir }).lintFiles('a.txt');
    const [forced] = await new FazhiLint({ cwd: dir, locale: 'zh' }).lintFiles('a.txt');
    expect(fromConfig!.messages.find((m) => m.ruleId === 'require-title')!.message).toMatch(/^No title/);
    expect(forced!.messages.find((m) => m.ruleId === 'require-title')!.message).toContain('缺少标题');
  });

  it("the config's locale is the output's too: headings, labels, rule descriptions, unreadable paths (API and CLI)", async () => {
    const dir = tempDir({ 'reports/.linterrc.yml': 'locale: en\n', 'reports/a.txt': '我县推进依法行政。\n' });
    const lint = new FazhiLint({ cwd: dir });
    const results = await lint.lintFiles(['reports/a.txt', 'reports/missing.txt']);
    const stylish = await (await lint.loadFormatter('stylish')).format(results);
    expect(stylish).toMatch(/✖ \d+ problems \(\d+ errors?, \d+ warnings?\)/);
    expect(stylish).toContain('(basis: ');
    expect(stylish).not.toMatch(/个问题|依据/);
    expect(results.find((r) => r.filePath.endsWith('missing.txt'))!.messages[0]!.message).toMatch(/^no such file/);
    const meta = await lint.getRulesMetaForResults(results);
    expect(meta['require-title']!.description).toBe(builtinRules.get('require-title')!.meta.docs.description.en);
    const checklist = await (await lint.loadFormatter('checklist')).format(results);
    expect(checklist).toContain('| Title ');
    // The command line run from the folder above the config says the same, in the same words.
    const cli = spawnSync(process.execPath, [BIN, 'reports/a.txt', 'reports/missing.txt'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
    expect(cli.stdout.toString()).toBe(stylish.endsWith('\n') ? stylish : `${stylish}\n`);
    // The locale option still wins, for the words around the messages too.
    const zh = new FazhiLint({ cwd: dir, locale: 'zh' });
    expect(await (await zh.loadFormatter('stylish')).format(await zh.lintFiles('reports/a.txt'))).toMatch(/个问题/);
  });
});

describe('fix and fixTypes', () => {
  const lintWith = (options: ConstructorParameters<typeof FazhiLint>[0]) =>
    new FazhiLint({ overrideConfigFile: true, overrideConfig: { rules: { ...SLOGAN_RULE } }, ...options }).lintText(TO_FIX, { filePath: 'report.txt' });

  it('fix: true gives the fixed text as output, and the messages left after fixing', async () => {
    const [unfixed] = await lintWith({});
    expect(unfixed!.output).toBeUndefined();
    expect(unfixed!.messages.filter((m) => m.fix).map((m) => m.ruleId)).toEqual(expect.arrayContaining(['fullwidth-punctuation', 'forbidden-terms']));
    const [fixed] = await lintWith({ fix: true });
    expect(fixed!.output).toBe(`${TITLE}\n\n2023年，我县推进依法行政，建设法治政府。\n`);
    expect(fixed!.source).toBeUndefined();
    expect(fixed!.messages.filter((m) => m.ruleId === 'fullwidth-punctuation' || m.ruleId === 'forbidden-terms')).toEqual([]);
    // What is left is what the fixed text gives.
    const [again] = await new FazhiLint({ overrideConfigFile: true, overrideConfig: { rules: { ...SLOGAN_RULE } } }).lintText(fixed!.output!, { filePath: 'report.txt' });
    expect(fixed!.messages).toEqual(again!.messages);
  });

  it('fixTypes limits the fixes to the rules named, by id or by type', async () => {
    const [slogansOnly] = await lintWith({ fix: true, fixTypes: ['custom'] });
    expect(slogansOnly!.output).toBe(TO_FIX.replace('法制政府', '法治政府'));
    expect(ruleIds(slogansOnly!)).toContain('fullwidth-punctuation');
    const [punctuationOnly] = await lintWith({ fix: true, fixTypes: ['fullwidth-punctuation'] });
    expect(punctuationOnly!.output).toContain('法制政府');
    expect(punctuationOnly!.output).not.toMatch(/[,.]/);
    expect(ruleIds(punctuationOnly!)).toContain('forbidden-terms');
    const [both] = await lintWith({ fix: true, fixTypes: ['typography', 'forbidden-terms'] });
    const [all] = await lintWith({ fix: true });
    expect(both!.output).toBe(all!.output);
    const [none] = await lintWith({ fix: true, fixTypes: ['checklist'] });
    expect(none!.output).toBeUndefined();
  });

  it('fixTypes without fix is a RangeError, as --fix-type without --fix exits 2', () => {
    expect(() => new FazhiLint({ fixTypes: ['typography'] })).toThrow(/fixTypes needs fix/);
    expect(() => new FazhiLint({ fix: false, fixTypes: ['typography'] })).toThrow(RangeError);
    expect(() => new FazhiLint({ fix: true, fixTypes: ['typography'] })).not.toThrow();
    expect(runCli(['--fix-type', 'typography', DONGHU]).code).toBe(2);
  });

  it('an unknown fixType is a RangeError naming it', async () => {
    await expect(lintWith({ fix: true, fixTypes: ['no-such-kind'] })).rejects.toThrow(RangeError);
    await expect(lintWith({ fix: true, fixTypes: ['no-such-kind'] })).rejects.toThrow(/"no-such-kind"/);
    await expect(new FazhiLint({ cwd: ROOT, fix: true, fixTypes: ['typografy'] }).lintFiles(DONGHU)).rejects.toThrow(/"typografy"/);
  });

  it('lintFiles with fix equals lintText with fix, and writes nothing', async () => {
    const dir = tempDir({ 'report.txt': TO_FIX });
    const lint = new FazhiLint({ cwd: dir, overrideConfigFile: true, overrideConfig: { rules: { ...SLOGAN_RULE } }, fix: true });
    const [fromFile] = await lint.lintFiles('report.txt');
    const [fromText] = await lint.lintText(TO_FIX, { filePath: 'report.txt' });
    expect(fromFile).toEqual(fromText);
    expect(readFileSync(path.join(dir, 'report.txt'), 'utf8')).toBe(TO_FIX);
  });
});

describe('reportUnusedDisableDirectives and ruleTimeout', () => {
  const text = `${TITLE}\n\n<!-- fazhi-lint-disable-next-line require-title -->\n我县推进依法行政。\n`;

  it('reports a disable comment that suppresses nothing, at the severity asked; off by default', async () => {
    const [quiet] = await new FazhiLint({ overrideConfigFile: true }).lintText(text);
    const [warned] = await new FazhiLint({ overrideConfigFile: true, reportUnusedDisableDirectives: 'warn' }).lintText(text);
    const [errored] = await new FazhiLint({ overrideConfigFile: true, reportUnusedDisableDirectives: 'error' }).lintText(text);
    const unused = (r: LintResult) => r.messages.filter((m) => m.ruleId === null && /require-title/.test(m.message));
    expect(unused(quiet!)).toEqual([]);
    expect(unused(warned!).map((m) => [m.severity, m.line])).toEqual([[1, 3]]);
    expect(unused(errored!).map((m) => m.severity)).toEqual([2]);
  });

  it('a bad value is a RangeError from the constructor', () => {
    expect(() => new FazhiLint({ reportUnusedDisableDirectives: 'loud' as 'warn' })).toThrow(RangeError);
  });

  it('so is a bad locale, concurrency or ruleTimeout, as the CLI refuses the flags', () => {
    expect(() => new FazhiLint({ locale: 'fr' as 'en' })).toThrow(/locale must be zh or en, got "fr"/);
    for (const concurrency of [0, -1, 1.5, 'many' as 'auto']) expect(() => new FazhiLint({ concurrency }), String(concurrency)).toThrow(RangeError);
    for (const ruleTimeout of [0, -1, Number.NaN, '5' as unknown as number]) expect(() => new FazhiLint({ ruleTimeout }), String(ruleTimeout)).toThrow(RangeError);
    expect(runCli(['--locale', 'fr', DONGHU]).code).toBe(2);
    expect(runCli(['--concurrency', '0', DONGHU]).code).toBe(2);
    // The accepted values are accepted.
    expect(() => new FazhiLint({ locale: 'en', concurrency: 'auto', ruleTimeout: 1 })).not.toThrow();
  });

  it('ruleTimeout is accepted and changes nothing for rules that finish in time', async () => {
    const [normal] = await new FazhiLint({ cwd: ROOT }).lintFiles(DONGHU);
    const [timed] = await new FazhiLint({ cwd: ROOT, ruleTimeout: 30_000 }).lintFiles(DONGHU);
    expect(timed).toEqual(normal);
  });
});

describe('FazhiLint.outputFixes', () => {
  const options = { overrideConfigFile: true as const, overrideConfig: { rules: { ...SLOGAN_RULE } }, fix: true };

  it('writes each output in the file’s own encoding and BOM, only the fixed bytes changed, through a rename', async () => {
    const gbText = TO_FIX;
    const gbBytes = iconv.encode(gbText, 'gb18030');
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const dir = tempDir({ 'gb.txt': gbBytes, 'bom.txt': Buffer.concat([bom, Buffer.from(TO_FIX)]), 'clean.txt': `${TITLE}\n\n我县推进依法行政。\n` });
    chmodSync(path.join(dir, 'gb.txt'), 0o640);
    const before = Object.fromEntries(['gb.txt', 'bom.txt', 'clean.txt'].map((f) => [f, statSync(path.join(dir, f))]));
    const results = await new FazhiLint({ cwd: dir, ...options }).lintFiles('.');
    expect(results.map((r) => [path.basename(r.filePath), r.output !== undefined])).toEqual([
      ['bom.txt', true],
      ['clean.txt', false],
      ['gb.txt', true],
    ]);
    await FazhiLint.outputFixes(results);

    const gbAfter = readFileSync(path.join(dir, 'gb.txt'));
    const gbOutput = results[2]!.output!;
    expect(iconv.decode(gbAfter, 'gb18030')).toBe(gbOutput);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbAfter)).toThrow(); // still GB18030, not rewritten as UTF-8
    // The bytes before the first fix and after the last are the original's.
    const head = Buffer.from(iconv.encode(gbText.slice(0, gbText.indexOf(',')), 'gb18030'));
    const tail = Buffer.from(iconv.encode(gbText.slice(gbText.lastIndexOf('.') + 1), 'gb18030'));
    expect(gbAfter.subarray(0, head.length).equals(head)).toBe(true);
    expect(gbAfter.subarray(gbAfter.length - tail.length).equals(tail)).toBe(true);
    expect(statSync(path.join(dir, 'gb.txt')).mode & 0o777).toBe(0o640);

    const bomAfter = readFileSync(path.join(dir, 'bom.txt'));
    expect(bomAfter.subarray(0, 3).equals(bom)).toBe(true);
    expect(bomAfter.subarray(3).toString('utf8')).toBe(results[0]!.output);

    // Atomic: a new file renamed over the old (a new inode), no temporary file left; the clean file untouched.
    expect(statSync(path.join(dir, 'gb.txt')).ino).not.toBe(before['gb.txt']!.ino);
    expect(statSync(path.join(dir, 'bom.txt')).ino).not.toBe(before['bom.txt']!.ino);
    expect(statSync(path.join(dir, 'clean.txt')).ino).toBe(before['clean.txt']!.ino);
    expect(statSync(path.join(dir, 'clean.txt')).mtimeMs).toBe(before['clean.txt']!.mtimeMs);
    expect(readdirSync(dir).sort()).toEqual(['bom.txt', 'clean.txt', 'gb.txt']);
  });

  it('refuses a file that changed after it was linted, naming it, and still writes the others', async () => {
    const dir = tempDir({ 'a.txt': TO_FIX, 'b.txt': TO_FIX });
    const results = await new FazhiLint({ cwd: dir, ...options }).lintFiles('.');
    const edited = `${TO_FIX}用户在检查之后加的一段。\n`;
    writeFileSync(path.join(dir, 'a.txt'), edited);
    await expect(FazhiLint.outputFixes(results)).rejects.toThrow(new RegExp(`${path.join(dir, 'a.txt').replace(/[\\.]/g, '\\$&')}.*changed`));
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(edited);
    expect(readFileSync(path.join(dir, 'b.txt'), 'utf8')).toBe(results[1]!.output);
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'b.txt']);
  });

  it('also for results linted in worker threads', async () => {
    const dir = tempDir({ 'a.txt': TO_FIX, 'b.txt': TO_FIX, 'c.txt': TO_FIX });
    const results = await new FazhiLint({ cwd: dir, ...options, concurrency: 3 }).lintFiles('.');
    for (const name of ['a.txt', 'b.txt']) writeFileSync(path.join(dir, name), `${TO_FIX}后加的。\n`);
    await expect(FazhiLint.outputFixes(results)).rejects.toThrow(/a\.txt: changed.*b\.txt: changed/);
    expect(readFileSync(path.join(dir, 'c.txt'), 'utf8')).toBe(results[2]!.output);
  });

  it("a lintText result is written only over the text it was given; '<text>' results are skipped", async () => {
    const dir = tempDir({ 'a.txt': TO_FIX, 'b.txt': `${TITLE}\n\n别的内容,未保存.\n` });
    const lint = new FazhiLint({ cwd: dir, ...options });
    const [a] = await lint.lintText(TO_FIX, { filePath: 'a.txt' });
    // An editor's unsaved text: what is on disk is not what was linted.
    const [b] = await lint.lintText(TO_FIX, { filePath: 'b.txt' });
    const [unnamed] = await lint.lintText(TO_FIX);
    expect(unnamed!.output).toBeDefined();
    await expect(FazhiLint.outputFixes([a!, b!, unnamed!])).rejects.toThrow(/b\.txt: changed/);
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(a!.output);
    expect(readFileSync(path.join(dir, 'b.txt'), 'utf8')).toBe(`${TITLE}\n\n别的内容,未保存.\n`);
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'b.txt']);
  });

  it('a file removed since: named in the error, the others written', async () => {
    const dir = tempDir({ 'a.txt': TO_FIX, 'b.txt': TO_FIX });
    const results = await new FazhiLint({ cwd: dir, ...options }).lintFiles('.');
    const { rmSync } = await import('node:fs');
    rmSync(path.join(dir, 'a.txt'));
    await expect(FazhiLint.outputFixes(results)).rejects.toThrow(/a\.txt: io: ENOENT/);
    expect(readFileSync(path.join(dir, 'b.txt'), 'utf8')).toBe(results[1]!.output);
  });
});

describe('cache', () => {
  it('cache: true writes the cache file in cwd, and a second run gives the same results', async () => {
    const dir = tempDir();
    for (const file of reportsIn(REAL)) copyFileSync(file, path.join(dir, path.basename(file)));
    const first = await new FazhiLint({ cwd: dir, cache: true }).lintFiles('.');
    const cacheFile = path.join(dir, '.fazhi-lintcache');
    const stored = readFileSync(cacheFile, 'utf8');
    for (const file of reportsIn(REAL)) expect(stored).toContain(path.basename(file));
    const second = await new FazhiLint({ cwd: dir, cache: true }).lintFiles('.');
    expect(second).toEqual(first);
    expect(await new FazhiLint({ cwd: dir }).lintFiles('.')).toEqual(first);
  });

  it('a changed file is linted again; cacheLocation puts the cache where asked', async () => {
    const dir = tempDir({ 'a.txt': '我县推进依法行政。\n' });
    const cacheLocation = path.join(dir, 'caches', 'lint.json');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(path.dirname(cacheLocation));
    const lint = new FazhiLint({ cwd: dir, cache: true, cacheLocation });
    const [before] = await lint.lintFiles('a.txt');
    expect(statSync(cacheLocation).size).toBeGreaterThan(0);
    expect(readdirSync(dir)).not.toContain('.fazhi-lintcache');
    writeFileSync(path.join(dir, 'a.txt'), `${TITLE}\n\n我县推进依法行政。\n`);
    const [after] = await lint.lintFiles('a.txt');
    expect(ruleIds(before!)).toContain('require-title');
    expect(ruleIds(after!)).not.toContain('require-title');
    expect(after).toEqual((await new FazhiLint({ cwd: dir }).lintFiles('a.txt'))[0]);
  });
});

describe('concurrency', () => {
  it('2 threads (and auto) give the serial results, in the same order', async () => {
    const serial = await new FazhiLint({ cwd: ROOT }).lintFiles(LABELED);
    expect(serial.length).toBeGreaterThan(20);
    const parallel = await new FazhiLint({ cwd: ROOT, concurrency: 2 }).lintFiles(LABELED);
    expect(parallel).toEqual(serial);
    const auto = await new FazhiLint({ cwd: ROOT, concurrency: 'auto' }).lintFiles(LABELED);
    expect(auto).toEqual(serial);
  });

  it('with fix, too', async () => {
    const serial = await new FazhiLint({ cwd: ROOT, fix: true }).lintFiles(LABELED);
    expect(serial.some((r) => r.output !== undefined)).toBe(true);
    expect(await new FazhiLint({ cwd: ROOT, fix: true, concurrency: 2 }).lintFiles(LABELED)).toEqual(serial);
  });
});

describe('calculateConfigForFile', () => {
  const files = {
    '.linterrc.yml': 'extends: fazhi-lint:strict\nrules:\n  require-title: warn\nsettings:\n  deadline: "04-01"\noverrides:\n  - files: ["drafts/**"]\n    rules:\n      require-signature: "off"\n',
    'a.txt': `${TITLE}\n`,
    'drafts/b.txt': `${TITLE}\n`,
  };

  it('equals --print-config for the same file and flags', async () => {
    const dir = tempDir(files);
    const cases: Array<{ options: ConstructorParameters<typeof FazhiLint>[0]; flags: string[]; file: string }> = [
      { options: {}, flags: [], file: 'a.txt' },
      { options: {}, flags: [], file: 'drafts/b.txt' },
      { options: { overrideConfig: { rules: { 'require-title': 'off' } } }, flags: ['--rule', 'require-title: off'], file: 'a.txt' },
      { options: { overrideConfigFile: true }, flags: ['--no-config-lookup'], file: 'a.txt' },
      { options: { locale: 'en' }, flags: ['--locale', 'en'], file: 'drafts/b.txt' },
    ];
    const seen = new Set<string>();
    for (const { options, flags, file } of cases) {
      const run = runCli([...flags, '--print-config', file], { cwd: dir });
      expect(run.stderr).toBe('');
      const config = await new FazhiLint({ cwd: dir, ...options }).calculateConfigForFile(file);
      expect(asJson(config), `${flags.join(' ')} ${file}`).toEqual(JSON.parse(run.stdout));
      seen.add(JSON.stringify(config));
    }
    // The cases differ: a comparison of two empty configs would prove nothing.
    expect(seen.size).toBe(cases.length);
    const draft = await new FazhiLint({ cwd: dir }).calculateConfigForFile('drafts/b.txt');
    expect((draft.rules as Record<string, unknown[]>)['require-signature']![0]).toBe('off');
    expect((draft.rules as Record<string, unknown[]>)['require-title']![0]).toBe('warn');
  });
});

describe('isPathIgnored', () => {
  it("follows the config's ignores, as lintFiles skips them", async () => {
    const dir = tempDir({ '.linterrc.yml': 'ignores:\n  - "drafts/**"\n', 'a.txt': `${TITLE}\n`, 'drafts/b.txt': `${TITLE}\n` });
    const lint = new FazhiLint({ cwd: dir });
    expect(await lint.isPathIgnored('drafts/b.txt')).toBe(true);
    expect(await lint.isPathIgnored(path.join(dir, 'drafts/b.txt'))).toBe(true);
    expect(await lint.isPathIgnored('a.txt')).toBe(false);
    expect((await lint.lintFiles('.')).map((r) => r.filePath)).toEqual([path.join(dir, 'a.txt')]);
    expect(await new FazhiLint({ cwd: dir, overrideConfigFile: true }).isPathIgnored('drafts/b.txt')).toBe(false);
  });
});

describe('outline', () => {
  /** What --print-outline prints for one file: its outline. */
  function printedOutline(file: string, cwd = ROOT): unknown {
    const run = runCli(['--print-outline', file], { cwd });
    expect(run.stderr).toBe('');
    return JSON.parse(run.stdout);
  }

  it('outline(text) equals --print-outline of a file holding the text', async () => {
    const lint = new FazhiLint({ cwd: ROOT });
    const outline = await lint.outline(readFileSync(DONGHU, 'utf8'), { filePath: DONGHU });
    expect(outline!.sections.length).toBeGreaterThan(0);
    expect(asJson(outline)).toEqual(printedOutline(DONGHU));
    // Without a name the text is read as plain text: the same outline for a .txt report.
    expect(asJson(await lint.outline(readFileSync(DONGHU, 'utf8')))).toEqual(printedOutline(DONGHU));
  });

  it('outline(bytes, { filePath }) of a .docx, a .md and a GB2312 page equals --print-outline', async () => {
    const lint = new FazhiLint({ cwd: ROOT });
    const docx = await lint.outline(readFileSync(DOCX), { filePath: DOCX });
    expect(docx!.title).not.toBeNull();
    expect(asJson(docx)).toEqual(printedOutline(DOCX));
    const md = path.join(LABELED, readdirSync(LABELED).find((f) => f.endsWith('.md'))!);
    expect(asJson(await lint.outline(readFileSync(md), { filePath: md }))).toEqual(printedOutline(md));
    const page = path.join(ROOT, 'fixtures/html/gb2312-report.htm');
    const html = await lint.outline(readFileSync(page), { filePath: page });
    expect(html!.title).not.toBeNull();
    expect(asJson(html)).toEqual(printedOutline(page));
  });

  it("reads the config's settings as --print-outline does", async () => {
    const text = `${TITLE}\n\n一、工作成效\n\n2023年,我县推进依法行政。\n\n二、美中不足\n\n有些地方还不够。\n`;
    const dir = tempDir({ '.linterrc.yml': 'settings:\n  sectionPhrasings:\n    problems: [美中不足]\n', 'r.txt': text });
    const outline = await new FazhiLint({ cwd: dir }).outline(text, { filePath: 'r.txt' });
    expect(outline!.sections.map((s) => s.kind)).toEqual(['achievements', 'problems']);
    expect(asJson(outline)).toEqual(printedOutline('r.txt', dir));
    const bare = await new FazhiLint({ cwd: dir, overrideConfigFile: true }).outline(text, { filePath: 'r.txt' });
    expect(bare!.sections.map((s) => s.kind)).toEqual(['achievements', 'achievements']);
  });

  it('null for what cannot be read', async () => {
    expect(await new FazhiLint().outline(Uint8Array.from([0, 1, 2, 0]), { filePath: 'x.txt' })).toBeNull();
  });
});

describe('getRulesMetaForResults', () => {
  it("describes every rule of the results' messages in the chosen locale, with its legal basis", async () => {
    for (const locale of ['zh', 'en'] as const) {
      const lint = new FazhiLint({ cwd: ROOT, locale });
      const results = await lint.lintFiles([DONGHU, DOCX]);
      const meta = await lint.getRulesMetaForResults(results);
      const used = new Set(results.flatMap((r) => r.messages.map((m) => m.ruleId)).filter((id): id is string => id !== null));
      expect(used.size).toBeGreaterThan(2);
      for (const id of used) {
        const rule = builtinRules.get(id)!;
        expect(meta[id], id).toMatchObject({ description: rule.meta.docs.description[locale], type: rule.meta.type, docsPath: `docs/rules/${id}.md` });
        expect(meta[id]!.basis, id).toBe(rule.meta.docs.basis?.[locale]);
        for (const [messageId, text] of Object.entries(rule.meta.messages)) expect(meta[id]!.messages![messageId]).toBe(text[locale]);
      }
      expect([...used].some((id) => meta[id]!.basis)).toBe(true);
    }
  });

  it("includes a config's plugin rules", async () => {
    const dir = tempDir({
      'plugin.mjs': `export default { rules: { 'say-hello': {
        meta: { id: 'say-hello', type: 'custom', docs: { description: { zh: '打招呼', en: 'Says hello' }, recommended: false }, messages: { hi: { zh: '你好', en: 'hello' } } },
        create: (context) => ({ 'root:exit': () => context.report({ messageId: 'hi' }) }) } } };\n`,
      '.linterrc.yml': 'plugins:\n  local: ./plugin.mjs\nrules:\n  local/say-hello: warn\n',
      'a.txt': `${TITLE}\n`,
    });
    const lint = new FazhiLint({ cwd: dir, locale: 'en' });
    const results = await lint.lintFiles('a.txt');
    const ids = ruleIds(results[0]!);
    const pluginId = ids.find((id) => id?.endsWith('say-hello'));
    expect(pluginId).toBeDefined();
    const meta = await lint.getRulesMetaForResults(results);
    expect(meta[pluginId!]).toMatchObject({ description: 'Says hello', messages: { hi: 'hello' } });
  });
});

describe('loadFormatter', () => {
  const inputs = [DONGHU, DOCX, 'fixtures/html', 'fixtures/topics'];

  for (const [name, locale] of [
    ['stylish', 'zh'],
    ['json', 'zh'],
    ['checklist', 'zh'],
    ['stylish', 'en'],
    ['checklist', 'en'],
  ] as const) {
    it(`${name} (${locale}) prints what the CLI's -f ${name} prints`, async () => {
      const run = runCli(['--no-color', '--locale', locale, '-f', name, ...inputs]);
      expect(run.stderr).toBe('');
      const lint = new FazhiLint({ cwd: ROOT, locale });
      const formatter = await lint.loadFormatter(name);
      const output = await formatter.format(await lint.lintFiles(inputs));
      expect(output.length).toBeGreaterThan(100);
      // The CLI ends its output with a newline.
      expect(output.endsWith('\n') ? output : output + '\n').toBe(run.stdout);
    });
  }

  it('json prints the results as the json format reads them', async () => {
    const lint = new FazhiLint({ cwd: ROOT });
    const results = await lint.lintFiles(DONGHU);
    expect(JSON.parse(await (await lint.loadFormatter('json')).format(results))).toEqual(results.map(jsonView));
  });

  it('the default is stylish; the context given wins over the one filled in', async () => {
    const lint = new FazhiLint({ cwd: ROOT });
    const results = await lint.lintFiles(DONGHU);
    const plain = await (await lint.loadFormatter()).format(results);
    expect(plain).toBe(await (await lint.loadFormatter('stylish')).format(results));
    expect(plain).not.toMatch(/\u001b\[/);
    const english = await (await lint.loadFormatter('stylish')).format(results, { locale: 'en' });
    expect(english).toMatch(/problems? \(/);
  });

  it('a bad formatter name rejects, naming it', async () => {
    await expect(new FazhiLint({ cwd: ROOT }).loadFormatter('no-such-format')).rejects.toThrow(/no-such-format/);
  });
});

describe('annotateBuffer', () => {
  it('makes in memory the reviewed document --annotate --fix writes: the same comments and tracked changes', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'report.docx');
    copyFileSync(DOCX, input);
    const cli = runCli(['--no-config-lookup', '--annotate', '--fix', '-f', 'json', input], { cwd: dir });
    expect(cli.stderr).toMatch(/report\.reviewed\.docx/);
    const written = readFileSync(path.join(dir, 'report.reviewed.docx'));

    const lint = new FazhiLint({ cwd: dir, overrideConfigFile: true, fix: true });
    const date = new Date();
    const reviewed = await lint.annotateBuffer(readFileSync(input), { filePath: 'report.docx', date });
    expect(reviewed.docx).not.toBeNull();
    expect(commentsOf(reviewed.docx!).map((c) => c.text)).toEqual(commentsOf(written).map((c) => c.text));
    const ours = changesBy(reviewed.docx!, 'fazhi-lint');
    const theirs = changesBy(written, 'fazhi-lint');
    expect({ insertions: ours.insertions, deletions: ours.deletions }).toEqual({ insertions: theirs.insertions, deletions: theirs.deletions });
    // The fixture carries a human reviewer's comment already: the count is of the comments added.
    expect(reviewed.comments).toBe(commentsOf(written).filter((c) => c.author === 'fazhi-lint').length);
    expect(reviewed.changes).toBeGreaterThan(0);
    // The result is the lint's own: of lintBuffer's messages for the same bytes, those the fixes did not settle.
    const [plain] = await new FazhiLint({ cwd: dir, overrideConfigFile: true }).lintBuffer(readFileSync(input), { filePath: 'report.docx' });
    const key = (m: { ruleId: string | null; line: number; message: string }) => `${m.ruleId} ${m.line} ${m.message}`;
    const remaining = new Set(reviewed.result.messages.map(key));
    expect([...remaining].every((k) => plain!.messages.some((m) => key(m) === k))).toBe(true);
    const settled = plain!.messages.filter((m) => !remaining.has(key(m)));
    expect(settled.length).toBeGreaterThan(0);
    expect(settled.every((m) => m.ruleId !== null && Boolean(builtinRules.get(m.ruleId)?.meta.fixable))).toBe(true);
  });

  it('without fix: comments only; the author is the caller\'s', async () => {
    const lint = new FazhiLint({ overrideConfigFile: true });
    const reviewed = await lint.annotateBuffer(readFileSync(DOCX), { filePath: 'word-report.docx', author: { name: '县司法局审核', initials: 'SF' } });
    expect(reviewed.changes).toBe(0);
    expect(reviewed.comments).toBeGreaterThan(0);
    const before = new Set(commentsOf(readFileSync(DOCX)).map((c) => c.id));
    const added = commentsOf(reviewed.docx!).filter((c) => !before.has(c.id));
    expect(added).toHaveLength(reviewed.comments);
    expect(added.map((c) => `${c.author}/${c.initials}`)).toEqual(added.map(() => '县司法局审核/SF'));
  });

  it('an input it cannot read gives no document and the reason in the result', async () => {
    const lint = new FazhiLint({ overrideConfigFile: true });
    const reviewed = await lint.annotateBuffer(new TextEncoder().encode('not a zip'), { filePath: 'broken.docx' });
    expect(reviewed.docx).toBeNull();
    expect(reviewed.result.messages[0]).toMatchObject({ fatal: true, ruleId: null });
  });
});
