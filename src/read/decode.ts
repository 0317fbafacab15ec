// Bytes → text. Reports arrive as UTF-8 (with or without BOM), as GB18030/GBK from older Windows
// tools, and now and then as UTF-16 from Word's "Unicode text". Line endings are kept as they
// are so that every offset still points into the original file.
import { ReadError } from './errors.js';

export type Encoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** True when the file began with a byte order mark (not part of `text`). */
  bom: boolean;
}

function strict(encoding: Encoding, bytes: Uint8Array): string | null {
  try {
    // ignoreBOM: the BOM is already cut off; a second one is content and must stay visible.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function hasNul(bytes: Uint8Array): boolean {
  return bytes.indexOf(0) !== -1;
}

// What a report in UTF-16 is made of: ASCII text and blanks, CJK ideographs and their
// punctuation, general punctuation, full-width forms. Bytes that are not UTF-16 text decode to
// characters from everywhere (Hangul, private use, rare ideographs).
const REPORT_CHARACTER = /[\t\n\f\r\u0020-\u007e\u00a0-\u00ff\u2000-\u206f\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/g;
/** Share of a UTF-16 decoding that must be report characters. */
const REPORT_CHARACTER_SHARE = 0.95;

/**
 * UTF-16 without a byte order mark: its NULs fall almost all on one side of their code units (the
 * high byte of ASCII characters: odd offsets in little-endian, even in big-endian; a character
 * such as 一, U+4E00, puts one on the other side now and then), and it decodes cleanly to the
 * characters reports are made of. Binary files put NULs anywhere and decode to anything.
 */
function utf16WithoutBom(bytes: Uint8Array): Decoded | null {
  if (bytes.length % 2 !== 0) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  // One side holds three in four at least; the clean decoding below is the stronger test.
  if (Math.max(even, odd) < 3 * Math.min(even, odd)) return null;
  const encoding: Encoding = odd > even ? 'utf-16le' : 'utf-16be';
  const text = strict(encoding, bytes);
  if (text === null) return null;
  const matched = text.match(REPORT_CHARACTER)?.length ?? 0;
  return matched >= text.length * REPORT_CHARACTER_SHARE ? { text, encoding, bom: false } : null;
}

export function decode(bytes: Uint8Array): Decoded {
  // UTF-16 first: its text is full of NUL bytes, which would otherwise mean "binary".
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const encoding: Encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const text = strict(encoding, bytes.subarray(2));
    if (text === null) throw new ReadError('encoding', `invalid ${encoding} after a byte order mark`);
    if (text.includes('\0')) throw new ReadError('binary', 'the file contains NUL characters');
    return { text, encoding, bom: true };
  }

  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  // A text report never holds NUL; images, PDFs, zips (.docx) do, and so does UTF-16 without a
  // BOM (Word's "Unicode text" as some tools save it), told apart by where its NULs fall.
  if (hasNul(body)) {
    const utf16 = bom ? null : utf16WithoutBom(body);
    if (utf16) return utf16;
    throw new ReadError('binary', 'the file contains NUL bytes');
  }

  const utf8 = strict('utf-8', body);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', bom };
  // A UTF-8 BOM followed by invalid UTF-8 is a broken file, not GB18030.
  if (bom) throw new ReadError('encoding', 'invalid UTF-8 after a UTF-8 byte order mark');

  // GB18030 is a superset of GBK and GB2312, the encodings of older Chinese Windows tools.
  const gb = strict('gb18030', body);
  if (gb !== null) return { text: gb, encoding: 'gb18030', bom: false };
  throw new ReadError('encoding', 'the file is neither UTF-8 nor GB18030');
}
