// A .docx costs memory in proportion to its size, and a hostile one (a zip bomb, a directory
// that lies, nesting without end) is refused within the cost of an ordinary file of the same
// size. Each case is read in a child process of the compiled reader (`npm test` builds first),
// which reports its peak memory above what it held before reading; bounds are ratios, never
// wall-clock limits.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_DOCX_ENTRIES, MAX_DOCX_PARTS_BYTES, MAX_DOCX_UNPACKED_BYTES } from '../../src/read/limits.js';
import { ROOT } from '../helpers/cli.js';
import { crc32 } from '../../src/read/zip.js';
import { deflatedRepeat, withDeclaredSize, wordLikeDocument, zipOf } from './build-docx.js';

const MB = 1024 * 1024;
const dir = mkdtempSync(path.join(tmpdir(), 'fazhi-docx-bounds-'));

interface Measure {
  /** Peak resident memory above what the process held before reading, in MB. */
  peakMb: number;
  ms: number;
  /** The lines read, or the fatal message. */
  outcome: { lines: number } | { fatal: string };
}

// Loads the reader first, then reads the file: the peak is the reading's. The peak is the
// process's own high-water mark (Linux's VmHWM, which starts afresh with the process; getrusage's
// maxrss would include the test runner's memory, inherited when the child is forked).
const CHILD = `
const [file] = process.argv.slice(1);
const { readFileSync, existsSync } = await import('node:fs');
const highWater = () => existsSync('/proc/self/status')
  ? Number(/VmHWM:\\s*(\\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]) * 1024
  : process.resourceUsage().maxRSS * 1024;
const { readDocx } = await import(${JSON.stringify(path.join(ROOT, 'dist/src/read/docx-reader.js'))});
const { ReadError } = await import(${JSON.stringify(path.join(ROOT, 'dist/src/read/errors.js'))});
const bytes = readFileSync(file);
globalThis.gc?.();
const before = process.memoryUsage().rss;
const start = performance.now();
let outcome;
try {
  outcome = { lines: (await readDocx(bytes)).text.split('\\n').length };
} catch (error) {
  if (!(error instanceof ReadError)) throw error;
  outcome = { fatal: error.code + ': ' + error.message };
}
const ms = performance.now() - start;
process.stdout.write(JSON.stringify({ peakMb: (highWater() - before) / ${MB}, ms, outcome }));
`;

function measure(name: string, bytes: Uint8Array): Measure {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  const run = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', CHILD, file], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${name}: the reader's process failed:\n${run.stderr}`);
  return JSON.parse(run.stdout) as Measure;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const documentOf = (body: string) => strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`);
const wordLike = (xmlBytes: number) => zipSync({ 'word/document.xml': strToU8(wordLikeDocument(xmlBytes)) }, { level: 6 });
const fatal = (m: Measure) => ('fatal' in m.outcome ? m.outcome.fatal : '');

describe('memory grows with word/document.xml in proportion, and little', () => {
  it('peak memory per MB of XML stays the same from 4 MB to the limit, and small', () => {
    const small = measure('word-4mb.docx', wordLike(4 * MB));
    const large = measure('word-16mb.docx', wordLike(MAX_DOCX_PARTS_BYTES - MB / 2));
    expect('lines' in small.outcome && 'lines' in large.outcome).toBe(true);
    const perMbSmall = small.peakMb / 4;
    const perMbLarge = large.peakMb / (MAX_DOCX_PARTS_BYTES / MB);
    // Linear: four times the XML costs no more than four times the memory (and some noise).
    expect(perMbLarge).toBeLessThanOrEqual(perMbSmall * 1.25 + 1);
    // Small: the limit on the parts read times this stays well inside a laptop's memory.
    expect(perMbLarge).toBeLessThan(20);
    expect((perMbLarge * MAX_DOCX_PARTS_BYTES) / MB).toBeLessThan(512);
  });
});

describe('a hostile .docx is refused within the cost of an ordinary one of its size', () => {
  // An ordinary document whose file is about as large as the bombs below (~0.5 MB).
  const ordinary = measure('ordinary.docx', wordLike(12 * MB));

  // 800 MB of zeros as a picture: about 800 KB of deflate, as in issue 17.
  const picture = deflatedRepeat(new Uint8Array(), new Uint8Array(MB), 800);
  const withPicture = (declared: number) => {
    const document = documentOf('<w:p><w:r><w:t>正文</w:t></w:r></w:p>');
    return zipOf([
      { name: 'word/document.xml', data: deflateRawSync(document), method: 8, size: document.length, crc: crc32(document) },
      { name: 'word/media/image1.png', data: picture, method: 8, size: declared },
    ]);
  };

  it('a picture declaring 800 MB: refused from the directory, nothing inflated', () => {
    const m = measure('picture-bomb.docx', withPicture(800 * MB));
    expect(fatal(m)).toMatch(/^too-large: the archive unpacks to 800 MB/);
    expect(m.ms).toBeLessThan(ordinary.ms);
    expect(m.peakMb).toBeLessThan(ordinary.peakMb);
  });

  it('a picture that understates its size is never inflated: only the parts read are', () => {
    const m = measure('picture-understated.docx', withPicture(1024));
    expect(m.outcome).toEqual({ lines: 1 });
    expect(m.ms).toBeLessThan(ordinary.ms);
    expect(m.peakMb).toBeLessThan(ordinary.peakMb);
  });

  it('word/document.xml understating its size: inflating stops at the declared size', () => {
    // 200 MB of paragraphs declared as 100 KB.
    const head = strToU8(`<?xml version="1.0"?><w:document xmlns:w="${W}"><w:body>`);
    const paragraphs = strToU8('<w:p><w:r><w:t>正文</w:t></w:r></w:p>'.repeat(30_000));
    const data = deflatedRepeat(head, paragraphs, Math.ceil((200 * MB) / paragraphs.length));
    const m = measure('document-understated.docx', zipOf([{ name: 'word/document.xml', data, method: 8, size: 100 * 1024 }]));
    expect(fatal(m)).toMatch(/^corrupt: .*word\/document\.xml unpacks to more than the 102400 bytes/);
    expect(m.ms).toBeLessThan(ordinary.ms);
    expect(m.peakMb).toBeLessThan(ordinary.peakMb);
  });

  it('XML parts over the limit as declared: refused before inflating', () => {
    const data = deflatedRepeat(new Uint8Array(), new Uint8Array(MB), MAX_DOCX_PARTS_BYTES / MB + 1);
    const m = measure('parts-over.docx', zipOf([{ name: 'word/document.xml', data, method: 8, size: MAX_DOCX_PARTS_BYTES + MB }]));
    expect(fatal(m)).toMatch(/^too-large: its text parts unpack to more than/);
    expect(m.peakMb).toBeLessThan(ordinary.peakMb);
  });

  it('more entries than a document has: refused from the directory', () => {
    const entries: Record<string, Uint8Array> = { 'word/document.xml': documentOf('') };
    for (let i = 0; i <= MAX_DOCX_ENTRIES; i++) entries[`x/${i}`] = new Uint8Array();
    const m = measure('entries.docx', zipSync(entries, { level: 0 }));
    expect(fatal(m)).toBe(`too-large: the archive lists ${MAX_DOCX_ENTRIES + 2} entries; the limit is ${MAX_DOCX_ENTRIES}`);
  });

  it('elements nested without end: a damaged document, not a crash', () => {
    const deep = '<w:sdt><w:sdtContent>'.repeat(100_000) + '</w:sdtContent></w:sdt>'.repeat(100_000);
    const m = measure('deep.docx', zipSync({ 'word/document.xml': documentOf(deep) }));
    expect(fatal(m)).toMatch(/^corrupt: word\/document\.xml: elements nested deeper than 500/);
    expect(m.peakMb).toBeLessThan(ordinary.peakMb);
  });

  it('a stored (not deflated) entry that lies about its size is refused the same way', () => {
    expect(MAX_DOCX_PARTS_BYTES).toBeLessThan(MAX_DOCX_UNPACKED_BYTES);
    const stored = withDeclaredSize(zipSync({ 'word/document.xml': documentOf('<w:p><w:r><w:t>正文</w:t></w:r></w:p>') }, { level: 0 }), 'word/document.xml', 10);
    expect(fatal(measure('stored-understated.docx', stored))).toMatch(/^corrupt: .*unpacks to \d+ bytes, not the 10 declared/);
  });
});
