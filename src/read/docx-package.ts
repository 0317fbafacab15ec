// A .docx as a package (ECMA-376 Part 2, Open Packaging Conventions): a zip archive of XML
// parts tied together by relationships. The main document part is found from the package's
// relationships, its styles, numbering and comments from its own, so a document that names
// its parts differently is read all the same. Every way a file can fail to be a Word document
// is named here, before anything is unpacked: an old .doc, a password, a damaged or oversized
// archive. Only the parts that are read are ever inflated.
import { ReadError } from './errors.js';
import { MAX_DOCX_ENTRIES, MAX_DOCX_PARTS_BYTES, MAX_DOCX_UNPACKED_BYTES, megabytes } from './limits.js';
import { parseXml, XmlError, type XmlHandler } from './xml-parse.js';
import { ZipArchive, ZipError } from './zip.js';

/** WordprocessingML: transitional (what Word writes) and strict ISO 29500. */
const WORD_NAMESPACES = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']);

export function isWordNamespace(uri: string): boolean {
  return WORD_NAMESPACES.has(uri);
}

const RELATIONSHIPS_NAMESPACE = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Relationship types by their last segment, the same in transitional and strict packages. */
export type RelationshipKind = 'officeDocument' | 'styles' | 'numbering' | 'comments';

export interface Relationship {
  id: string;
  type: string;
  /** The part it points to, as a zip entry name; undefined for an external target. */
  part?: string;
}

/** How a part's text was stored, so it is written back the same way. */
export type PartEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';

export interface XmlPart {
  name: string;
  xml: string;
  encoding: PartEncoding;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
// An OLE compound file: a Word 97–2003 .doc, or a .docx that Word encrypted with a password.
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// Word stores an encrypted .docx as an OLE stream with this name (MS-OFFCRYPTO 2.3.4.4);
// directory entry names are UTF-16LE.
const ENCRYPTED_PACKAGE = new Uint8Array([...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]));

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function includes(bytes: Uint8Array, needle: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(needle) !== -1;
}

function fromZip(error: unknown): never {
  if (error instanceof ZipError) {
    if (error.reason === 'too-large') throw new ReadError('too-large', error.message);
    if (error.reason === 'encrypted') throw new ReadError('encrypted', error.message);
    throw new ReadError('corrupt', `the zip archive is damaged (${error.message})`);
  }
  throw error;
}

/** Text of a part: UTF-8 (with or without a byte order mark) or UTF-16 with one. */
function decodePart(name: string, bytes: Uint8Array): { xml: string; encoding: PartEncoding } {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return { xml: new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2)), encoding: 'utf-16le' };
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return { xml: new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2)), encoding: 'utf-16be' };
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    return { xml: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(bom ? 3 : 0)), encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    throw new ReadError('corrupt', `${name} is not valid UTF-8 or UTF-16 text`);
  }
}

/** A part name relative to the folder of `source` (both zip entry names), "../" resolved. */
function resolvePart(source: string, target: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    return undefined;
  }
  const base = decoded.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const segment of decoded.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') base.pop();
    else base.push(segment);
  }
  return base.join('/');
}

/** The relationships part of `part`: "word/document.xml" → "word/_rels/document.xml.rels". */
export function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export class DocxPackage {
  /** Bytes of XML inflated so far, against MAX_DOCX_PARTS_BYTES. */
  private inflated = 0;
  private readonly relationshipCache = new Map<string, Relationship[]>();
  /** The main document part, usually word/document.xml. */
  readonly mainPart: string;

  private constructor(readonly zip: ZipArchive) {
    const main = this.relationships('').find((r) => kindOf(r.type) === 'officeDocument')?.part;
    // A package without relationships (some generators) still names its main part this way.
    this.mainPart = main !== undefined && zip.entry(main) ? main : 'word/document.xml';
    if (!zip.entry(this.mainPart)) throw new ReadError('corrupt', 'the archive has no word/document.xml: it is not a Word document');
  }

  /** Checks the container and reads the zip's directory; nothing is inflated but the relationships. */
  static open(bytes: Uint8Array): DocxPackage {
    if (startsWith(bytes, OLE)) {
      if (includes(bytes, ENCRYPTED_PACKAGE)) throw new ReadError('encrypted', 'the document is password-protected');
      throw new ReadError('old-word', 'an OLE file: a Word 97–2003 .doc renamed .docx');
    }
    if (!startsWith(bytes, ZIP)) throw new ReadError('not-zip', 'a .docx is a zip archive; this file is not one');
    let zip: ZipArchive;
    try {
      zip = ZipArchive.open(bytes, MAX_DOCX_ENTRIES);
    } catch (error) {
      return fromZip(error);
    }
    // Every entry counts, pictures and all: the sizes the directory declares, before inflating.
    const declared = zip.declaredSize;
    if (declared > MAX_DOCX_UNPACKED_BYTES) {
      throw new ReadError('too-large', `the archive unpacks to ${megabytes(declared)} (as its directory declares); the limit is ${megabytes(MAX_DOCX_UNPACKED_BYTES)}`);
    }
    return new DocxPackage(zip);
  }

  has(name: string): boolean {
    return this.zip.entry(name) !== undefined;
  }

  /** A part unpacked and decoded; over the budget for parts read, the file is refused. */
  readXml(name: string): XmlPart {
    const entry = this.zip.entry(name);
    if (!entry) throw new ReadError('corrupt', `the archive has no ${name}`);
    this.inflated += entry.size;
    if (this.inflated > MAX_DOCX_PARTS_BYTES) {
      throw new ReadError('too-large', `its text parts unpack to more than ${megabytes(MAX_DOCX_PARTS_BYTES)}`);
    }
    let bytes: Uint8Array;
    try {
      bytes = this.zip.read(entry);
    } catch (error) {
      return fromZip(error);
    }
    return { name, ...decodePart(name, bytes) };
  }

  /** The relationships of `part` ('' for the package's own, in _rels/.rels). */
  relationships(part: string): Relationship[] {
    const cached = this.relationshipCache.get(part);
    if (cached) return cached;
    const name = part === '' ? '_rels/.rels' : relationshipsPartOf(part);
    const found: Relationship[] = [];
    if (this.has(name)) {
      const { xml } = this.readXml(name);
      parseXmlPart(name, xml, {
        open(element) {
          if (element.local !== 'Relationship' || element.uri !== RELATIONSHIPS_NAMESPACE) return;
          const id = element.attributes.get('', 'Id') ?? '';
          const type = element.attributes.get('', 'Type') ?? '';
          const target = element.attributes.get('', 'Target') ?? '';
          const external = element.attributes.get('', 'TargetMode') === 'External';
          found.push({ id, type, part: external ? undefined : resolvePart(part, target) });
        },
      });
    }
    this.relationshipCache.set(part, found);
    return found;
  }

  /** The part `part` relates to by a relationship of this kind, when the archive holds it. */
  related(part: string, kind: RelationshipKind): string | undefined {
    const target = this.relationships(part).find((r) => kindOf(r.type) === kind)?.part;
    return target !== undefined && this.has(target) ? target : undefined;
  }
}

function kindOf(type: string): string {
  return type.slice(type.lastIndexOf('/') + 1);
}

/** Parses a part, naming it in the error when its XML is malformed. */
export function parseXmlPart(name: string, xml: string, handler: XmlHandler): void {
  try {
    parseXml(xml, handler);
  } catch (error) {
    if (error instanceof XmlError) throw new ReadError('corrupt', `${name}: ${error.message}`);
    throw error;
  }
}
