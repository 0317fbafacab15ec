// Input end to end through the compiled CLI: .docx and .html files, --stdin, and runs where
// some inputs are bad (each reported, the rest linted, exit 2 only when nothing was linted).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli } from '../helpers/cli.js';
import { buildDocx, docxFromText } from '../read/build-docx.js';
import { pageFromText } from '../read/lint-helpers.js';

const DONGHU = path.join(ROOT, 'fixtures/real/real-2022-nanchang-donghu.txt');
const GB_PAGE = path.join(ROOT, 'fixtures/html/gb2312-report.htm');
const tempDir = () => mkdtempSync(path.join(tmpdir(), 'fazhi-input-'));

/** The CLI with binary stdin. */
function runWithStdin(args: string[], input: Uint8Array, cwd = ROOT) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

interface JsonResult {
  filePath: string;
  messages: Array<{ ruleId: string | null; messageId?: string; line: number; fatal?: boolean; message: string }>;
}
const json = (stdout: string) => JSON.parse(stdout) as JsonResult[];
const findings = (result: JsonResult) => result.messages.map((m) => `${m.ruleId}/${m.messageId}`).sort();

describe('Word and web page files', () => {
  it('a .docx is linted; stylish shows paragraph numbers, in Chinese and in English', () => {
    const dir = tempDir();
    const file = path.join(dir, '报告.docx');
    writeFileSync(file, docxFromText(readFileSync(DONGHU, 'utf8')));
    const zh = runCli(['--no-config-lookup', file]);
    expect(zh.code).toBe(1);
    expect(zh.stdout).toContain('(位置按段落计:第N段为第N个非空段落)');
    expect(zh.stdout).toMatch(/第1段:1\s+error\s+缺少标题/);
    expect(zh.stdout).not.toMatch(/^\s+\d+:\d+\s/m);
    const en = runCli(['--no-config-lookup', '--locale', 'en', file]);
    expect(en.stdout).toMatch(/paragraph 1:1\s+error\s+No title/);
  });

  it('the GB2312 page is read, with its findings on paragraph numbers', () => {
    const run = runCli(['--no-config-lookup', '--format', 'json', GB_PAGE]);
    const [result] = json(run.stdout);
    expect(result!.messages.some((m) => m.fatal)).toBe(false);
    expect(findings(result!)).not.toContain('require-title/missing');
  });

  it('a directory walk picks up .docx and .html beside .txt', () => {
    const dir = tempDir();
    const text = readFileSync(DONGHU, 'utf8');
    writeFileSync(path.join(dir, 'a.txt'), text);
    writeFileSync(path.join(dir, 'b.docx'), docxFromText(text));
    writeFileSync(path.join(dir, 'c.html'), pageFromText(text));
    writeFileSync(path.join(dir, '~$b.docx'), 'lock');
    const results = json(runCli(['--no-config-lookup', '--format', 'json', dir]).stdout);
    expect(results.map((r) => path.basename(r.filePath))).toEqual(['a.txt', 'b.docx', 'c.html']);
    expect(findings(results[1]!)).toEqual(findings(results[0]!));
    expect(findings(results[2]!)).toEqual(findings(results[0]!));
  });
});

describe('--stdin', () => {
  it('lints piped text as <text>, like the file', () => {
    const text = readFileSync(DONGHU);
    const piped = runWithStdin(['--no-config-lookup', '--format', 'json', '--stdin'], text);
    const file = runCli(['--no-config-lookup', '--format', 'json', DONGHU]);
    expect(piped.code).toBe(1);
    const [result] = json(piped.stdout);
    expect(result!.filePath).toBe('<text>');
    expect(findings(result!)).toEqual(findings(json(file.stdout)[0]!));
  });

  it('--stdin-filename picks the format: .docx bytes are read as Word', () => {
    const bytes = buildDocx([{ text: '某县2023年法治政府建设年度报告' }, { text: '总体情况', heading: 1 }, { text: '全年办理案件35件。' }]);
    const run = runWithStdin(['--no-config-lookup', '--stdin', '--stdin-filename', 'drafts/r.docx'], bytes);
    expect(run.stdout).toContain(path.join('drafts', 'r.docx'));
    expect(run.stdout).toMatch(/第\d+段:\d+/);
    expect(run.stdout).not.toContain('二进制');
    const asText = runWithStdin(['--no-config-lookup', '--stdin'], bytes);
    expect(asText.stdout).toContain('二进制');
  });

  it('--stdin-filename picks the config: the lookup starts in its folder', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, '.linterrc.json'), JSON.stringify({ rules: { 'require-title': 'off' } }));
    const text = readFileSync(DONGHU);
    const inDir = runWithStdin(['--format', 'json', '--stdin', '--stdin-filename', path.join(dir, 'r.txt')], text, dir);
    const [result] = json(inDir.stdout);
    expect(result!.filePath).toBe(path.join(dir, 'r.txt'));
    expect(findings(result!)).not.toContain('require-title/missing');
    const elsewhere = runWithStdin(['--no-config-lookup', '--format', 'json', '--stdin', '--stdin-filename', path.join(dir, 'r.txt')], text, dir);
    expect(findings(json(elsewhere.stdout)[0]!)).toContain('require-title/missing');
  });

  it('stdin bytes are decoded like a file: GB18030 and empty input', () => {
    const gb = readFileSync(GB_PAGE);
    const page = runWithStdin(['--no-config-lookup', '--format', 'json', '--stdin', '--stdin-filename', 'p.htm'], gb);
    expect(json(page.stdout)[0]!.messages.some((m) => m.fatal)).toBe(false);
    const empty = runWithStdin(['--no-config-lookup', '--stdin'], new Uint8Array());
    expect(empty.code).toBe(2);
    expect(empty.stdout).toContain('文件为空');
  });

  it('misuse is a usage error', () => {
    expect(runWithStdin(['--stdin', DONGHU], new Uint8Array()).stderr).toContain('--stdin lints the piped text only');
    const lone = runCli(['--stdin-filename', 'a.txt', DONGHU]);
    expect(lone.code).toBe(2);
    expect(lone.stderr).toContain('--stdin-filename needs --stdin');
  });
});

describe('bad inputs among good ones', () => {
  it('each bad input has its message, the good file is linted, the exit code is the lint result', () => {
    const dir = tempDir();
    const bad: Record<string, Uint8Array | string> = {
      'binary.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
      'empty.md': ' \u3000\n',
      'latin.txt': new Uint8Array([0x41, 0xff, 0xfe, 0xfd]),
      'fake.docx': '一、这不是 Word 文档',
      'locked.docx': (() => {
        const ole = new Uint8Array(1024);
        ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
        ole.set([...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]), 512);
        return ole;
      })(),
    };
    for (const [name, bytes] of Object.entries(bad)) writeFileSync(path.join(dir, name), bytes);
    writeFileSync(path.join(dir, 'huge.txt'), '');
    truncateSync(path.join(dir, 'huge.txt'), 50 * 1024 * 1024);
    symlinkSync(path.join(dir, 'loop.txt'), path.join(dir, 'loop.txt'));
    const args = ['--no-config-lookup', ...Object.keys(bad), 'huge.txt', 'loop.txt', 'missing.txt', DONGHU];
    const run = runCli(args, { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    for (const expected of [
      /binary\.txt\n\s+1:1\s+error\s+文件含有二进制内容/,
      /empty\.md\n\s+1:1\s+error\s+文件为空/,
      /latin\.txt\n\s+1:1\s+error\s+无法识别文件编码/,
      /fake\.docx\n\s+1:1\s+error\s+不是有效的 Word 文档/,
      /locked\.docx\n\s+1:1\s+error\s+Word 文档设有密码保护/,
      /huge\.txt\n\s+1:1\s+error\s+文件过大: 50 MB,上限为 20 MB/,
      /loop\.txt\n\s+1:1\s+error\s+无法读取文件: ELOOP/,
      /missing\.txt\n\s+1:1\s+error\s+文件不存在/,
      /real-2022-nanchang-donghu\.txt\n\s+1:1\s+error\s+缺少标题/,
    ]) {
      expect(run.stdout).toMatch(expected);
    }
  });

  it('exit 2 when nothing could be linted; a folder with no reports is a usage error', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'empty.txt'), '');
    writeFileSync(path.join(dir, 'fake.docx'), 'x');
    const run = runCli(['--no-config-lookup', 'empty.txt', 'fake.docx'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('文件为空');
    mkdirSync(path.join(dir, 'pictures'));
    writeFileSync(path.join(dir, 'pictures', 'a.jpg'), 'x');
    const none = runCli(['--no-config-lookup', 'pictures'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no report files \(.*\.docx.*\) found: .*pictures/);
  });

  it('when nothing could be linted, each bad path is named with its reason', () => {
    const dir = tempDir();
    symlinkSync(path.join(dir, 'loop.txt'), path.join(dir, 'loop.txt'));
    const run = runCli(['--no-config-lookup', 'missing.txt', 'loop.txt', '/dev/null'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${path.join(dir, 'missing.txt')} (文件不存在: ENOENT)`);
    expect(run.stderr).toContain(`${path.join(dir, 'loop.txt')} (无法读取文件: ELOOP)`);
    expect(run.stderr).toMatch(/\/dev\/null \(不是普通文件.*: device\)/);
  });

  it.skipIf(process.platform === 'win32')('a named pipe is not a regular file (and is never opened, which would block)', () => {
    const dir = tempDir();
    spawnSync('mkfifo', [path.join(dir, 'pipe.txt')]);
    const run = runCli(['--no-config-lookup', 'pipe.txt', DONGHU], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/pipe\.txt\n\s+1:1\s+error\s+不是普通文件\(命名管道、设备或套接字\),不能作为报告读取: FIFO/);
  });

  it('a file one byte over the limit is told apart from the limit', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'over.txt'), '');
    truncateSync(path.join(dir, 'over.txt'), 20 * 1024 * 1024 + 1);
    const run = runCli(['--no-config-lookup', 'over.txt', DONGHU], { cwd: dir });
    expect(run.stdout).toMatch(/over\.txt\n\s+1:1\s+error\s+文件过大: 20971521 字节,上限为 20971520 字节/);
  });

  it.each([
    ['little-endian', (b: Buffer) => b],
    ['big-endian', (b: Buffer) => b.swap16()],
  ])('UTF-16 without a byte order mark (%s) is read as text, not called binary', (_order, order) => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'u16.txt'), order(Buffer.from(readFileSync(DONGHU, 'utf8'), 'utf16le')));
    const plain = runCli(['--no-config-lookup', '-f', 'json', DONGHU], { cwd: dir });
    const run = runCli(['--no-config-lookup', '-f', 'json', 'u16.txt'], { cwd: dir });
    const ids = (out: string) => (JSON.parse(out) as Array<{ messages: Array<{ ruleId: string | null; line: number }> }>)[0]!.messages.map((m) => `${m.ruleId}@${m.line}`);
    expect(ids(run.stdout)).toEqual(ids(plain.stdout));
  });
});
