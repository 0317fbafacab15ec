// The bytes of a fixed file: the original bytes with each fixed span re-encoded in the file's
// own encoding, and every byte outside the fixes left as it was. Re-encoding the whole text
// would not do: a GB18030 decoder and encoder do not always agree (the single byte 0x80 reads as
// "€", which encodes back as A2 E3; A6 D9 reads as U+FE10, which encodes back as 84 31 82 36),
// so bytes nobody fixed would change.
import iconv from 'iconv-lite';
import type { Fix } from '../rule-api.js';
import type { Encoding } from '../read/decode.js';
import type { ReadSource } from '../engine/lint-file.js';

const BOM_LENGTH: Record<Encoding, number> = { 'utf-8': 3, gb18030: 0, 'utf-16le': 2, 'utf-16be': 2 };

/** A span the file's encoding cannot hold, or a fix that does not start and end between characters. */
export class SpliceError extends Error {}

/** `text` in `encoding`, without a byte order mark. */
function encodeSpan(text: string, encoding: Encoding): Uint8Array {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  if (encoding === 'utf-16le') return Buffer.from(text, 'utf16le');
  return iconv.encode(text, encoding);
}

/** The bytes and UTF-16 code units of the character sequence starting at `at`. */
function sequenceAt(bytes: Uint8Array, at: number, encoding: Encoding): { bytes: number; units: number } {
  const lead = bytes[at]!;
  switch (encoding) {
    case 'utf-16le':
    case 'utf-16be':
      return { bytes: 2, units: 1 };
    case 'utf-8':
      if (lead < 0x80) return { bytes: 1, units: 1 };
      if (lead < 0xe0) return { bytes: 2, units: 1 };
      if (lead < 0xf0) return { bytes: 3, units: 1 };
      return { bytes: 4, units: 2 };
    case 'gb18030':
      // One byte: ASCII, and 0x80 ("€" in the WHATWG decoder that read the file).
      if (lead <= 0x80) return { bytes: 1, units: 1 };
      // Four bytes when the second is a digit; from lead 0x90 on they are beyond the BMP.
      if (bytes[at + 1]! >= 0x30 && bytes[at + 1]! <= 0x39) return { bytes: 4, units: lead >= 0x90 ? 2 : 1 };
      return { bytes: 2, units: 1 };
  }
}

/**
 * The byte offset of each text offset in `offsets` (sorted), in a file that decoded without
 * error. Throws SpliceError for an offset inside a character (half a surrogate pair).
 */
function byteOffsets(source: ReadSource, offsets: readonly number[]): number[] {
  const { bytes, encoding, bom } = source;
  const found: number[] = [];
  let at = bom ? BOM_LENGTH[encoding] : 0;
  let unit = 0;
  for (const offset of offsets) {
    while (unit < offset && at < bytes.length) {
      const sequence = sequenceAt(bytes, at, encoding);
      at += sequence.bytes;
      unit += sequence.units;
    }
    if (unit !== offset) throw new SpliceError(`offset ${offset} is not between two characters`);
    found.push(at);
  }
  return found;
}

/**
 * The file's bytes with `edits` (sorted, not overlapping, over the decoded text) put in, checked
 * to read back as `output`: a character the encoding cannot hold would otherwise be written as
 * "?". Throws SpliceError when they do not.
 */
export function spliceEdits(source: ReadSource, edits: readonly Fix[], output: string): Uint8Array {
  const decoder = new TextDecoder(source.encoding, { fatal: true, ignoreBOM: true });
  const readBack = (bytes: Uint8Array): string | null => {
    try {
      return decoder.decode(bytes);
    } catch {
      return null;
    }
  };
  const offsets = byteOffsets(source, edits.flatMap((edit) => edit.range));
  const parts: Uint8Array[] = [];
  let cursor = 0;
  edits.forEach((edit, i) => {
    const encoded = encodeSpan(edit.text, source.encoding);
    if (readBack(encoded) !== edit.text) throw new SpliceError(`“${edit.text}” cannot be written in ${source.encoding}`);
    parts.push(source.bytes.subarray(cursor, offsets[2 * i]), encoded);
    cursor = offsets[2 * i + 1]!;
  });
  parts.push(source.bytes.subarray(cursor));
  const bytes = Buffer.concat(parts);
  // The whole file, once more: the bytes kept and the spans put in must read as the fixed text.
  if (readBack(bytes.subarray(source.bom ? BOM_LENGTH[source.encoding] : 0)) !== output) {
    throw new SpliceError(`the spliced bytes do not read back as the fixed text`);
  }
  return bytes;
}
