// A zip archive (a .docx is one) read from its central directory, entry by entry. Nothing is
// inflated until asked for, and then only up to the size the directory declares: an archive
// whose directory understates a size, or whose sizes add up past the limit, is refused without
// being unpacked. The writer copies the entries it leaves alone byte for byte (src/write/zip-writer.ts).
import { inflateRawSync } from 'node:zlib';

export class ZipError extends Error {
  constructor(
    readonly reason: 'corrupt' | 'too-large' | 'encrypted',
    message: string,
  ) {
    super(message);
  }
}

// CRC-32 (IEEE), as zip stores it; node:zlib has crc32 only from Node 20.15.
const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  /** The uncompressed size, as the directory declares it. */
  size: number;
  /** Offset of the entry's local header. */
  localOffset: number;
  /** Offset of its record in the central directory. */
  centralOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;

export class ZipArchive {
  private readonly byName = new Map<string, ZipEntry>();

  /** Where each entry's local record ends: the next record, or the central directory. */
  private readonly recordEnds = new Map<ZipEntry, number>();

  private constructor(
    private readonly bytes: Uint8Array,
    readonly entries: readonly ZipEntry[],
    directoryOffset: number,
  ) {
    for (const entry of entries) {
      if (this.byName.has(entry.name)) throw new ZipError('corrupt', `two entries are named ${entry.name}`);
      this.byName.set(entry.name, entry);
    }
    const byOffset = [...entries].sort((a, b) => a.localOffset - b.localOffset);
    for (const [i, entry] of byOffset.entries()) this.recordEnds.set(entry, byOffset[i + 1]?.localOffset ?? directoryOffset);
  }

  /** Reads the central directory; throws ZipError when it is damaged or lists more than `maxEntries`. */
  static open(bytes: Uint8Array, maxEntries: number): ZipArchive {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const eocd = findEndOfDirectory(view);
    let count = view.getUint16(eocd + 10, true);
    let directorySize = view.getUint32(eocd + 12, true);
    let directoryOffset = view.getUint32(eocd + 16, true);
    if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
      const locator = eocd - 20;
      if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) throw new ZipError('corrupt', 'the ZIP64 directory locator is missing');
      const record = safeNumber(view.getBigUint64(locator + 8, true));
      if (record + 56 > bytes.length || view.getUint32(record, true) !== ZIP64_EOCD) throw new ZipError('corrupt', 'the ZIP64 end of directory is missing');
      count = safeNumber(view.getBigUint64(record + 32, true));
      directorySize = safeNumber(view.getBigUint64(record + 40, true));
      directoryOffset = safeNumber(view.getBigUint64(record + 48, true));
    }
    if (count > maxEntries) throw new ZipError('too-large', `the archive lists ${count} entries; the limit is ${maxEntries}`);
    if (directoryOffset + directorySize > bytes.length) throw new ZipError('corrupt', 'the central directory lies outside the file');
    const decoder = new TextDecoder();
    const entries: ZipEntry[] = [];
    let at = directoryOffset;
    for (let i = 0; i < count; i++) {
      if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) throw new ZipError('corrupt', `directory entry ${i + 1} is damaged`);
      const nameLength = view.getUint16(at + 28, true);
      const extraLength = view.getUint16(at + 30, true);
      const commentLength = view.getUint16(at + 32, true);
      const next = at + 46 + nameLength + extraLength + commentLength;
      if (next > bytes.length) throw new ZipError('corrupt', `directory entry ${i + 1} is damaged`);
      const entry: ZipEntry = {
        name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
        flags: view.getUint16(at + 8, true),
        method: view.getUint16(at + 10, true),
        crc: view.getUint32(at + 16, true),
        compressedSize: view.getUint32(at + 20, true),
        size: view.getUint32(at + 24, true),
        localOffset: view.getUint32(at + 42, true),
        centralOffset: at,
      };
      readZip64Extra(view, at + 46 + nameLength, extraLength, entry);
      entries.push(entry);
      at = next;
    }
    return new ZipArchive(bytes, entries, directoryOffset);
  }

  entry(name: string): ZipEntry | undefined {
    return this.byName.get(name);
  }

  /** Sum of the declared sizes of every entry. */
  get declaredSize(): number {
    return this.entries.reduce((sum, entry) => sum + entry.size, 0);
  }

  /** Offset of an entry's data and the end of its local record (data descriptor included). */
  private located(entry: ZipEntry): { dataStart: number; recordEnd: number } {
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    const at = entry.localOffset;
    if (at + 30 > this.bytes.length || view.getUint32(at, true) !== LOCAL) throw new ZipError('corrupt', `the local header of ${entry.name} is damaged`);
    const dataStart = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const dataEnd = dataStart + entry.compressedSize;
    if (dataEnd > this.bytes.length) throw new ZipError('corrupt', `${entry.name} is cut short`);
    return { dataStart, recordEnd: Math.max(dataEnd, this.recordEnds.get(entry)!) };
  }

  /**
   * The entry unpacked. Inflating stops at the size the directory declares: an entry that
   * would unpack to more is refused, not unpacked, whatever its compressed data holds.
   */
  read(entry: ZipEntry): Uint8Array {
    if (entry.flags & 0x1) throw new ZipError('encrypted', `${entry.name} is encrypted`);
    const { dataStart } = this.located(entry);
    const data = this.bytes.subarray(dataStart, dataStart + entry.compressedSize);
    let out: Uint8Array;
    if (entry.method === 0) {
      out = data;
    } else if (entry.method === 8) {
      try {
        // maxOutputLength stops zlib as soon as it would produce more (checked per 16 KB chunk).
        out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
          throw new ZipError('corrupt', `${entry.name} unpacks to more than the ${entry.size} bytes the zip's directory declares`);
        }
        throw new ZipError('corrupt', `${entry.name} cannot be unpacked (${(error as Error).message})`);
      }
    } else {
      throw new ZipError('corrupt', `${entry.name} uses compression method ${entry.method}`);
    }
    if (out.length !== entry.size) throw new ZipError('corrupt', `${entry.name} unpacks to ${out.length} bytes, not the ${entry.size} declared`);
    if (crc32(out) !== entry.crc) throw new ZipError('corrupt', `${entry.name} fails its checksum`);
    return out;
  }

  /** The entry's local record as stored (header, name, extra field, compressed data, descriptor). */
  rawRecord(entry: ZipEntry): Uint8Array {
    const { recordEnd } = this.located(entry);
    return this.bytes.subarray(entry.localOffset, recordEnd);
  }

  /** The fixed part of the entry's central directory record (46 bytes), as stored. */
  centralRecord(entry: ZipEntry): Uint8Array {
    return this.bytes.subarray(entry.centralOffset, entry.centralOffset + 46);
  }
}

function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at--) {
    if (view.getUint32(at, true) === EOCD && at + 22 + view.getUint16(at + 20, true) <= view.byteLength) return at;
  }
  throw new ZipError('corrupt', 'the end of the zip directory is missing (the file is cut short?)');
}

function safeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipError('corrupt', 'a ZIP64 size is out of range');
  return Number(value);
}

/** ZIP64 extended information (extra field 0x0001): the 64-bit values of fields set to 0xFFFFFFFF. */
function readZip64Extra(view: DataView, start: number, length: number, entry: ZipEntry): void {
  for (let at = start; at + 4 <= start + length; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      const take = (): number => {
        if (field + 8 > at + 4 + size) throw new ZipError('corrupt', `the ZIP64 field of ${entry.name} is short`);
        const value = safeNumber(view.getBigUint64(field, true));
        field += 8;
        return value;
      };
      if (entry.size === 0xffffffff) entry.size = take();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = take();
      if (entry.localOffset === 0xffffffff) entry.localOffset = take();
      return;
    }
    at += 4 + size;
  }
}
