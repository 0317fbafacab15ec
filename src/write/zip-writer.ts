// Zip archives written: a new one (a .docx made from a text), or one written from another, its
// untouched entries copied as stored (their compressed bytes, never inflated or compressed
// again), the changed ones replaced, new ones added at the end. A reviewed .docx is its
// original with two or three parts changed.
import { deflateRawSync } from 'node:zlib';
import { crc32, type ZipArchive } from '../read/zip.js';

interface Written {
  name: Uint8Array;
  /** The original entry's central directory record, for the fields kept (versions, time, attributes). */
  template?: DataView;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

const encoder = new TextEncoder();

/** MS-DOS time and date, as zip stores them. */
function dosTime(date: Date): { time: number; date: number } {
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
    date: (Math.max(0, date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

class ZipWriter {
  private readonly chunks: Uint8Array[] = [];
  private readonly written: Written[] = [];
  private offset = 0;
  private readonly stamp: { time: number; date: number };

  constructor(now: Date) {
    this.stamp = dosTime(now);
  }

  private push(chunk: Uint8Array): void {
    this.chunks.push(chunk);
    this.offset += chunk.length;
  }

  /** A new entry, deflated; `template` is the central record of the entry it replaces. */
  add(name: string, data: Uint8Array, template?: Uint8Array): void {
    const nameBytes = encoder.encode(name);
    const compressed = deflateRawSync(data);
    const crc = crc32(data);
    const kept = template && view(template);
    // Names are UTF-8 (bit 11); no data descriptor: the sizes are known.
    const flags = (kept?.getUint16(8, true) ?? 0x800) & 0x800;
    const header = new Uint8Array(30);
    const fields = view(header);
    fields.setUint32(0, 0x04034b50, true);
    fields.setUint16(4, 20, true);
    fields.setUint16(6, flags, true);
    fields.setUint16(8, 8, true);
    fields.setUint16(10, kept?.getUint16(12, true) ?? this.stamp.time, true);
    fields.setUint16(12, kept?.getUint16(14, true) ?? this.stamp.date, true);
    fields.setUint32(14, crc, true);
    fields.setUint32(18, compressed.length, true);
    fields.setUint32(22, data.length, true);
    fields.setUint16(26, nameBytes.length, true);
    this.written.push({ name: nameBytes, template: kept, flags, method: 8, crc, compressedSize: compressed.length, size: data.length, offset: this.offset });
    this.push(header);
    this.push(nameBytes);
    this.push(compressed);
  }

  /** An entry of `archive` copied as stored. */
  copy(archive: ZipArchive, name: string): void {
    const entry = archive.entry(name)!;
    const { flags, method, crc, compressedSize, size } = entry;
    this.written.push({ name: encoder.encode(name), template: view(archive.centralRecord(entry)), flags, method, crc, compressedSize, size, offset: this.offset });
    this.push(archive.rawRecord(entry));
  }

  finish(): Uint8Array {
    const directoryStart = this.offset;
    for (const entry of this.written) {
      const record = new Uint8Array(46);
      const fields = view(record);
      const kept = entry.template;
      fields.setUint32(0, 0x02014b50, true);
      fields.setUint16(4, kept?.getUint16(4, true) ?? 20, true); // version made by
      fields.setUint16(6, kept?.getUint16(6, true) ?? 20, true); // version needed
      fields.setUint16(8, entry.flags, true);
      fields.setUint16(10, entry.method, true);
      fields.setUint16(12, kept?.getUint16(12, true) ?? this.stamp.time, true);
      fields.setUint16(14, kept?.getUint16(14, true) ?? this.stamp.date, true);
      fields.setUint32(16, entry.crc, true);
      fields.setUint32(20, entry.compressedSize, true);
      fields.setUint32(24, entry.size, true);
      fields.setUint16(28, entry.name.length, true);
      fields.setUint16(36, kept?.getUint16(36, true) ?? 0, true); // internal attributes
      fields.setUint32(38, kept?.getUint32(38, true) ?? 0, true); // external attributes
      fields.setUint32(42, entry.offset, true);
      this.push(record);
      this.push(entry.name);
    }
    const end = new Uint8Array(22);
    const fields = view(end);
    fields.setUint32(0, 0x06054b50, true);
    fields.setUint16(8, this.written.length, true);
    fields.setUint16(10, this.written.length, true);
    fields.setUint32(12, this.offset - directoryStart, true);
    fields.setUint32(16, directoryStart, true);
    this.push(end);
    return Buffer.concat(this.chunks);
  }
}

/** A new archive of `entries`, in order. */
export function writeZip(entries: ReadonlyMap<string, Uint8Array>, now: Date): Uint8Array {
  const writer = new ZipWriter(now);
  for (const [name, data] of entries) writer.add(name, data);
  return writer.finish();
}

/**
 * `original` with the entries named in `replaced` given new contents and `added` appended.
 * Entry order, names, times and attributes are kept.
 */
export function rewriteZip(original: ZipArchive, replaced: ReadonlyMap<string, Uint8Array>, added: ReadonlyMap<string, Uint8Array>, now: Date): Uint8Array {
  const writer = new ZipWriter(now);
  for (const entry of original.entries) {
    const replacement = replaced.get(entry.name);
    if (replacement) writer.add(entry.name, replacement, original.centralRecord(entry));
    else writer.copy(original, entry.name);
  }
  for (const [name, data] of added) writer.add(name, data);
  return writer.finish();
}
