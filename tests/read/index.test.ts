import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatOf, MAX_REPORT_BYTES, parseText, readReport } from '../../src/read/index.js';
import { ReadError } from '../../src/read/errors.js';
import { LineIndex } from '../../src/read/positions.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

async function readError(bytes: Uint8Array, path = 'report.txt'): Promise<ReadError> {
  try {
    await readReport(bytes, path);
  } catch (error) {
    expect(error).toBeInstanceOf(ReadError);
    return error as ReadError;
  }
  throw new Error('readReport did not throw');
}

describe('formatOf', () => {
  it.each([
    ['report.md', 'markdown'],
    ['dir/REPORT.MD', 'markdown'],
    ['a.markdown', 'markdown'],
    ['report.txt', 'text'],
    ['report', 'text'],
    ['report.html', 'text'],
    ['my.md/report', 'text'],
    ['C:\\\\docs.md\\\\report.txt', 'text'],
  ])('%s → %s', (path, format) => {
    expect(formatOf(path)).toBe(format);
  });
});

describe('readReport', () => {
  it('reads a text report: decoded text, tree, line index', async () => {
    const report = await readReport(utf8('一、主要工作\r\n(一)强化领导。正文。\r\n'), 'a.txt');
    expect(report.format).toBe('text');
    expect(report.encoding).toBe('utf-8');
    expect(report.bom).toBe(false);
    expect(report.tree.children.map((n) => n.type)).toEqual(['heading', 'heading', 'paragraph']);
    expect(report.lines).toBeInstanceOf(LineIndex);
    expect(report.lines.lineCount).toBe(3);
  });

  it('strips a byte-level UTF-8 BOM and reports it', async () => {
    const report = await readReport(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('正文。')]), 'a.txt');
    expect(report.bom).toBe(true);
    expect(report.text).toBe('正文。');
    expect(report.tree.children[0]!.position!.start.offset).toBe(0);
  });

  it('reads .md files with the Markdown reader', async () => {
    const report = await readReport(utf8('# 标题\n\n一、主要工作\n'), 'dir/report.md');
    expect(report.format).toBe('markdown');
    expect(report.tree.children.map((n) => n.type)).toEqual(['heading', 'heading']);
    // The text reader would have kept "# 标题" as a paragraph.
    expect((await readReport(utf8('# 标题\n'), 'report.txt')).tree.children[0]!.type).toBe('paragraph');
  });

  it('reads GB18030 files', async () => {
    const report = await readReport(Uint8Array.from([0xd2, 0xbb, 0xa1, 0xa2, 0xd6, 0xd0, 0xce, 0xc4]), 'gbk.txt');
    expect(report.encoding).toBe('gb18030');
    expect(report.text).toBe('一、中文');
    expect(report.tree.children[0]!.type).toBe('heading');
  });

  it.each([
    ['an empty file', new Uint8Array()],
    ['blank lines', utf8('\n\r\n  \n')],
    ['ideographic and no-break spaces', utf8('\u3000\u3000\n\u00a0')],
    ['a BOM alone', Uint8Array.from([0xef, 0xbb, 0xbf])],
  ])('rejects %s as empty', async (_name, bytes) => {
    expect((await readError(bytes)).code).toBe('empty');
  });

  it('rejects Word, WPS and PDF files as unsupported', async () => {
    expect((await readError(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]), 'report.docx')).code).toBe('unsupported');
    expect((await readError(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'report.doc')).code).toBe('unsupported');
    expect((await readError(utf8('%PDF-1.7\n%âãÏÓ'), 'report.txt')).code).toBe('unsupported');
  });

  it('rejects binary and undecodable files', async () => {
    expect((await readError(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0]))).code).toBe('binary');
    expect((await readError(Uint8Array.from([0x41, 0xff]))).code).toBe('encoding');
  });

  it('rejects files over the size limit before decoding them', async () => {
    expect((await readError(new Uint8Array(MAX_REPORT_BYTES + 1))).code).toBe('too-large');
  });

  it('parses text already decoded with parseText', async () => {
    expect((await parseText('一、标题', 'text')).children[0]!.type).toBe('heading');
    expect((await parseText('## 二、标题', 'markdown')).children[0]).toMatchObject({ type: 'heading', depth: 2 });
  });
});

describe('lazy loading', () => {
  // remark is only for Markdown files: nothing reachable by static imports from the entry
  // point or the text reader may import it.
  function staticImports(file: URL, seen = new Set<string>()): Set<string> {
    if (seen.has(file.href)) return seen;
    seen.add(file.href);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gm)) {
      const specifier = match[1]!;
      if (specifier.startsWith('.')) staticImports(new URL(specifier.replace(/\.js$/, '.ts'), file), seen);
      else seen.add(specifier);
    }
    return seen;
  }

  it.each(['index.ts', 'text-reader.ts'])('%s does not statically reach unified or remark', (entry) => {
    const reached = [...staticImports(new URL(`../../src/read/${entry}`, import.meta.url))];
    expect(reached.some((s) => s.endsWith('/text-reader.ts'))).toBe(true);
    expect(reached.filter((s) => /unified|remark|micromark|mdast-util/.test(s))).toEqual([]);
  });

  it('the Markdown reader does import remark (so the check above can fail)', () => {
    const reached = [...staticImports(new URL('../../src/read/markdown-reader.ts', import.meta.url))];
    expect(reached).toContain('remark-parse');
  });
});
