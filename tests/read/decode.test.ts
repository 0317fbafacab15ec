import { describe, expect, it } from 'vitest';
import { decode } from '../../src/read/decode.js';
import { ReadError } from '../../src/read/errors.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: Array<number[] | Uint8Array>) => Uint8Array.from(parts.flatMap((p) => [...p]));

function readError(input: Uint8Array): ReadError {
  try {
    decode(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ReadError);
    return error as ReadError;
  }
  throw new Error('decode did not throw');
}

// Node has no GB18030 encoder: these bytes are written out by hand (GB 18030 / GBK code table).
const GB = {
  中文: [0xd6, 0xd0, 0xce, 0xc4],
  一: [0xd2, 0xbb],
  '、': [0xa1, 0xa2],
  存在问题: [0xb4, 0xe6, 0xd4, 0xda, 0xce, 0xca, 0xcc, 0xe2],
  年: [0xc4, 0xea],
  法治政府: [0xb7, 0xa8, 0xd6, 0xce, 0xd5, 0xfe, 0xb8, 0xae],
  '，': [0xa3, 0xac],
  '。': [0xa1, 0xa3],
  '（': [0xa3, 0xa8],
  '）': [0xa3, 0xa9],
  '\u3000': [0xa1, 0xa1],
  '𠀀': [0x95, 0x32, 0x82, 0x36], // four-byte GB18030 sequence, outside GBK
};
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

describe('decode', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decode(utf8('一、主要工作\n内容'))).toEqual({ text: '一、主要工作\n内容', encoding: 'utf-8', bom: false });
  });

  it('strips a UTF-8 BOM and says so', () => {
    const result = decode(bytes([0xef, 0xbb, 0xbf], utf8('报告')));
    expect(result).toEqual({ text: '报告', encoding: 'utf-8', bom: true });
    expect(result.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('keeps a second BOM as content (only the leading one is a mark)', () => {
    expect(decode(bytes([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], utf8('a'))).text).toBe('\ufeffa');
  });

  it('keeps CRLF and lone CR line endings as they are', () => {
    expect(decode(utf8('一、工作\r\n内容\r\n')).text).toBe('一、工作\r\n内容\r\n');
    expect(decode(utf8('a\rb')).text).toBe('a\rb');
  });

  it('decodes hand-written GB18030 bytes for 中文', () => {
    expect(decode(Uint8Array.from(GB.中文))).toEqual({ text: '中文', encoding: 'gb18030', bom: false });
  });

  it('decodes a full GB18030 sample with ASCII, punctuation, CRLF and a four-byte character', () => {
    const sample = bytes(
      GB.一, GB['、'], GB.存在问题, ascii('\r\n'),
      GB['\u3000'], GB['\u3000'], ascii('2022'), GB.年, GB.法治政府, GB['，'], GB['（'], ascii('1'), GB['）'], GB['。'], ascii('\r\n'),
      GB['𠀀'],
    );
    const result = decode(sample);
    expect(result.encoding).toBe('gb18030');
    expect(result.bom).toBe(false);
    expect(result.text).toBe('一、存在问题\r\n\u3000\u30002022年法治政府，（1）。\r\n𠀀');
  });

  it('prefers UTF-8 when the bytes are valid UTF-8', () => {
    expect(decode(utf8('法治政府')).encoding).toBe('utf-8');
  });

  it('reads UTF-16LE and UTF-16BE with their BOMs', () => {
    const le = new Uint8Array(Buffer.from('一、工作\r\n', 'utf16le'));
    expect(decode(bytes([0xff, 0xfe], le))).toEqual({ text: '一、工作\r\n', encoding: 'utf-16le', bom: true });
    const be = Uint8Array.from(le);
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1]!, be[i]!];
    expect(decode(bytes([0xfe, 0xff], be))).toEqual({ text: '一、工作\r\n', encoding: 'utf-16be', bom: true });
  });

  it('rejects NUL bytes as binary', () => {
    expect(readError(bytes(utf8('报告'), [0], utf8('内容'))).code).toBe('binary');
    // A PNG header.
    expect(readError(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])).code).toBe('binary');
  });

  it('reads UTF-16 without a BOM by where its NULs fall, and refuses binary that only looks so', () => {
    const text = '某县2023年法治政府建设年度报告\n一、主要举措\n办理案件3件。\n';
    expect(decode(new Uint8Array(Buffer.from(text, 'utf16le')))).toEqual({ text, encoding: 'utf-16le', bom: false });
    expect(decode(new Uint8Array(Buffer.from(text, 'utf16le').swap16()))).toEqual({ text, encoding: 'utf-16be', bom: false });
    // NULs on one side, but it decodes to rare ideographs and private-use characters.
    expect(readError(new Uint8Array(Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0, 0xe2, 0xe3])]))).code).toBe('binary');
  });

  it('rejects bytes that are neither UTF-8 nor GB18030', () => {
    expect(readError(Uint8Array.from([0x41, 0xff, 0x42])).code).toBe('encoding');
    // A truncated GB18030 character.
    expect(readError(bytes(GB.中文, [0xd6])).code).toBe('encoding');
  });

  it('does not fall back to GB18030 after a UTF-8 BOM', () => {
    expect(readError(bytes([0xef, 0xbb, 0xbf], GB.中文)).code).toBe('encoding');
  });

  it('rejects a UTF-16 file cut in the middle of a code unit', () => {
    expect(readError(Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x42])).code).toBe('encoding');
  });

  it('decodes an empty file to empty text (emptiness is the caller\'s call)', () => {
    expect(decode(new Uint8Array()).text).toBe('');
  });
});
