// What real folders contain besides reports: each bad input gets one clear fatal message for
// that file, and nothing throws, hangs or fills memory.
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { findReportFiles } from '../../src/api/find-files.js';
import { lintFile } from '../../src/engine/lint-file.js';
import { MAX_INPUT_BYTES } from '../../src/read/limits.js';
import { request } from './lint-helpers.js';

// Root ignores permissions (tests often run as root), so an unreadable folder is simulated:
// readdir of any path containing "no-permission" fails with EACCES, as it would for a user.
vi.mock('node:fs/promises', async (original) => {
  const fs = await original<typeof import('node:fs/promises')>();
  const readdir = (async (dir: string, ...rest: unknown[]) => {
    if (String(dir).includes('no-permission')) throw Object.assign(new Error(`EACCES: permission denied, scandir '${dir}'`), { code: 'EACCES' });
    return (fs.readdir as (...args: unknown[]) => unknown)(dir, ...rest);
  }) as typeof fs.readdir;
  return { ...fs, default: { ...fs, readdir }, readdir };
});

const tempDir = () => mkdtempSync(path.join(tmpdir(), 'fazhi-robust-'));

async function fatalMessage(file: string, locale: 'zh' | 'en' = 'zh'): Promise<string> {
  const result = await lintFile(file, request({ locale }));
  expect(result.messages).toHaveLength(1);
  expect(result.messages[0]).toMatchObject({ fatal: true, ruleId: null, severity: 2, line: 1, column: 1 });
  expect(result.fatalErrorCount).toBe(1);
  return result.messages[0]!.message;
}

describe('bad files, one fatal message each', () => {
  const dir = tempDir();
  const write = (name: string, bytes: Uint8Array | string) => {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    return file;
  };

  it('a binary file with a report extension (a PNG saved as .txt, a PDF as .md)', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(await fatalMessage(write('image.txt', png))).toContain('二进制');
    expect(await fatalMessage(write('scan.md', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0, 0xe2, 0xe3])])), 'en')).toContain('binary');
  });

  it('an empty file and a whitespace-only one (spaces, U+3000, NBSP, CRLF, a BOM)', async () => {
    expect(await fatalMessage(write('empty.txt', ''))).toBe('文件为空');
    expect(await fatalMessage(write('blank.txt', '\ufeff  \u3000\u3000\r\n\u00a0\t\r\n\n'))).toBe('文件为空');
    expect(await fatalMessage(write('blank.md', '\n\n   \n'), 'en')).toBe('the file is empty');
  });

  it('bytes that are neither UTF-8 nor GB18030', async () => {
    const bytes = Buffer.concat([Buffer.from('一、总体情况\n'), Buffer.from([0xff, 0xfe, 0xfd, 0x41])]);
    expect(await fatalMessage(write('latin.txt', bytes))).toContain('无法识别文件编码');
  });

  it('a file over the size limit is refused from its size, without being read', async () => {
    const file = write('huge.txt', '');
    truncateSync(file, 50 * 1024 * 1024); // sparse: 50 MB that take no disk and no time to make
    const started = performance.now();
    const message = await fatalMessage(file);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(message).toBe(`文件过大: 50 MB,上限为 ${MAX_INPUT_BYTES / 1024 / 1024} MB`);
    expect(await fatalMessage(file, 'en')).toBe('the file is too large: 50 MB; the limit is 20 MB');
  });

  it('the limit is exact: MAX_INPUT_BYTES is read, one byte more is refused', async () => {
    // Blanks: read in full but then empty, so the boundary is tested without linting 20 MB.
    expect(await fatalMessage(write('at-limit.txt', ' '.repeat(MAX_INPUT_BYTES)))).toBe('文件为空');
    expect(await fatalMessage(write('over-limit.txt', ' '.repeat(MAX_INPUT_BYTES + 1)))).toMatch(/^文件过大/);
  });

  it('one 5 MB line is linted in bounded time (the reader and rules stay linear)', async () => {
    const real = readFileSync(new URL('../../fixtures/real/real-2022-nanchang-donghu.txt', import.meta.url), 'utf8').replace(/\r?\n/g, '');
    const file = write('one-line.txt', real.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(real))));
    const started = performance.now();
    const result = await lintFile(file, request());
    // About 4 s on a laptop; a quadratic step would take hours.
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(result.fatalErrorCount).toBe(0);
    expect(result.messages.every((m) => m.line === 1)).toBe(true);
  }, 60_000);

  it('a path that does not exist', async () => {
    expect(await fatalMessage(path.join(dir, 'missing.txt'))).toBe('文件不存在: ENOENT');
  });

  it('a symlink that points at itself', async () => {
    const link = path.join(dir, 'self.txt');
    symlinkSync(link, link);
    expect(await fatalMessage(link)).toBe('无法读取文件: ELOOP');
  });
});

describe('walking folders', () => {
  it('a symlink loop is walked once: each report found once, the walk ends', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'a', 'b'), { recursive: true });
    writeFileSync(path.join(dir, 'a', 'b', 'report.txt'), '一、总体情况');
    symlinkSync(path.join(dir, 'a'), path.join(dir, 'a', 'b', 'back-to-a'));
    symlinkSync(dir, path.join(dir, 'a', 'root-again'));
    const { files, problems } = await findReportFiles([dir], dir);
    expect(files).toEqual([path.join(dir, 'a', 'b', 'report.txt')]);
    expect(problems).toEqual([]);
  });

  it('a folder that cannot be read is one problem; its siblings are still walked', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'no-permission'));
    writeFileSync(path.join(dir, 'no-permission', 'hidden.txt'), '一、总体情况');
    writeFileSync(path.join(dir, 'ok.txt'), '一、总体情况');
    const { files, problems } = await findReportFiles([dir], dir);
    expect(files).toEqual([path.join(dir, 'ok.txt')]);
    expect(problems).toEqual([{ path: path.join(dir, 'no-permission'), code: 'unreadable', detail: 'EACCES' }]);
  });

  it('a folder with no reports is reported as such', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'notes.pdf'), '%PDF');
    writeFileSync(path.join(dir, 'photo.jpg'), 'x');
    const { files, problems } = await findReportFiles([dir], dir);
    expect(files).toEqual([]);
    expect(problems).toEqual([{ path: dir, code: 'no-reports' }]);
  });

  it('Word documents and saved pages are reports; Word lock files (~$…) are not', async () => {
    const dir = tempDir();
    for (const name of ['a.docx', 'b.html', 'c.HTM', 'd.txt', 'e.md', '~$a.docx', 'f.doc', 'g.pdf']) writeFileSync(path.join(dir, name), 'x');
    const { files } = await findReportFiles([dir], dir);
    expect(files.map((f) => path.basename(f))).toEqual(['a.docx', 'b.html', 'c.HTM', 'd.txt', 'e.md']);
  });
});
