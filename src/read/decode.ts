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
  // A text report never holds NUL; images, PDFs, zips (.docx) and UTF-16 without BOM do.
  if (hasNul(body)) throw new ReadError('binary', 'the file contains NUL bytes');

  const utf8 = strict('utf-8', body);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', bom };
  // A UTF-8 BOM followed by invalid UTF-8 is a broken file, not GB18030.
  if (bom) throw new ReadError('encoding', 'invalid UTF-8 after a UTF-8 byte order mark');

  // GB18030 is a superset of GBK and GB2312, the encodings of older Chinese Windows tools.
  const gb = strict('gb18030', body);
  if (gb !== null) return { text: gb, encoding: 'gb18030', bom: false };
  throw new ReadError('encoding', 'the file is neither UTF-8 nor GB18030');
}
