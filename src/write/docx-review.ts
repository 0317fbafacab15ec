// A reviewed .docx: the original with findings as Word comments (批注) and fixes as tracked
// changes (修订), written where the reader found the characters (DocxSource). word/document.xml
// is changed only in the runs a comment or a change touches: such a run is written again as
// several runs with the same properties, cut where a comment starts or ends or a change begins,
// the comment marks and changes placed between them (ECMA-376 Part 1 §17.13.4, §17.13.5).
// Everything else — text, styles, numbering, tables, pictures, existing comments — is copied as
// it was, and the zip's other entries byte for byte (zip-writer.ts).
import { parseXmlPart, relationshipsPartOf, type PartEncoding, type XmlPart } from '../read/docx-package.js';
import type { DocxBlock, DocxSource, RunPlace, TextPiece } from '../read/docx-reader.js';
import { escapeXml } from '../xml.js';
import { rewriteZip } from './zip-writer.js';

/** A character place: offset `offset` in the text of block `block`. */
export interface Place {
  block: number;
  offset: number;
}

/** A comment on the characters from `from` up to `to`; one paragraph per string. */
export interface ReviewComment {
  from: Place;
  to: Place;
  paragraphs: string[];
}

/** Characters [start, end) of a block replaced by `text`, as a tracked change. */
export interface ReviewChange {
  block: number;
  start: number;
  end: number;
  text: string;
}

export interface ReviewAuthor {
  name: string;
  initials: string;
  /** When the review was made: every comment and change carries it. */
  date: Date;
}

/** A place between two characters of the document, inside a run (or at its edges). */
interface Cut {
  run: number;
  offset: number;
}

const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const CONTENT_TYPES_NAMESPACE = 'http://schemas.openxmlformats.org/package/2006/content-types';

const isReal = (piece: TextPiece) => piece.kind !== 'added';

/** The piece holding character `index` of `block`. */
function pieceAt(block: DocxBlock, index: number): TextPiece | undefined {
  let low = 0;
  let high = block.pieces.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const piece = block.pieces[mid]!;
    if (index < piece.at) high = mid - 1;
    else if (index >= piece.at + piece.length) low = mid + 1;
    else return piece;
  }
  return undefined;
}

export class DocxReview {
  private readonly source: DocxSource;

  constructor(source: DocxSource) {
    this.source = source;
  }

  // ---- Where characters are ----

  /** Before the character at `offset`; past a character the reader wrote, before the next real one (up to `limit`). */
  private cutBefore(place: Place, limit = Infinity): Cut | null {
    const block = this.source.blocks[place.block];
    if (!block) return null;
    for (const piece of block.pieces) {
      if (piece.at + piece.length <= place.offset || !isReal(piece)) continue;
      if (piece.at >= limit) return null;
      const index = Math.max(place.offset, piece.at);
      const raw = piece.kind === 'linear' ? piece.start + (index - piece.at) : piece.start;
      return this.normalize(piece, raw, 'start');
    }
    return null;
  }

  /** After the character before `offset`; before a character the reader wrote, after the previous real one (down to `limit`). */
  private cutAfter(place: Place, limit = -Infinity): Cut | null {
    const block = this.source.blocks[place.block];
    if (!block) return null;
    for (let i = block.pieces.length - 1; i >= 0; i--) {
      const piece = block.pieces[i]!;
      if (piece.at >= place.offset || !isReal(piece)) continue;
      if (piece.at + piece.length <= limit) return null;
      const index = Math.min(place.offset, piece.at + piece.length);
      const raw = piece.kind === 'linear' ? piece.start + (index - piece.at) : piece.end;
      return this.normalize(piece, raw, 'end');
    }
    return null;
  }

  /**
   * A cut at a w:t's first or last character moves outside the w:t, so no empty w:t is left; a
   * run holding other runs (a text box's) is cut only at its edges, so a range starting in it
   * takes it whole, as does one ending in it.
   */
  private normalize(piece: TextPiece, raw: number, side: 'start' | 'end'): Cut {
    const run = this.source.runs[piece.run]!;
    let offset = raw;
    const text = piece.text === -1 ? undefined : this.source.texts[piece.text];
    if (text && offset === text.startTagEnd) offset = text.start;
    if (text && offset === text.endTagStart) offset = text.end;
    if (run.container) offset = side === 'start' ? run.contentStart : run.contentEnd;
    return { run: piece.run, offset: Math.min(Math.max(offset, run.contentStart), run.contentEnd) };
  }

  /** The real pieces covering characters [start, end) of a block, or null if any is not real. */
  private piecesIn(block: DocxBlock, start: number, end: number): TextPiece[] | null {
    const pieces: TextPiece[] = [];
    for (const piece of block.pieces) {
      if (piece.at + piece.length <= start || piece.at >= end) continue;
      if (!isReal(piece)) return null;
      pieces.push(piece);
    }
    return pieces;
  }

  /**
   * Whether a change can be written as a tracked change: every character it replaces is the
   * document's own (not a number or separator the reader wrote), whole (not half an entity),
   * outside fields and others' tracked changes, in runs that can be cut; its text holds no line
   * break; and an insertion has a run beside it to take its formatting from.
   */
  canChange(change: ReviewChange): boolean {
    const block = this.source.blocks[change.block];
    if (!block || change.start > change.end || /[\n\r]/.test(change.text)) return false;
    const pieces = this.piecesIn(block, change.start, change.end);
    if (!pieces) return false;
    for (const piece of pieces) {
      if (piece.locked || this.source.runs[piece.run]!.container) return false;
      if (piece.kind === 'atomic' && (piece.at < change.start || piece.at + piece.length > change.end)) return false;
      // A line break is where a paragraph of the linted text ends: never changed.
      if (block.text.slice(piece.at, piece.at + piece.length).includes('\n')) return false;
    }
    if (change.start === change.end) return this.insertionCut(change.block, change.start) !== null;
    return true;
  }

  /** Where inserted text goes: after the character before it, else before the one after it. */
  private insertionCut(blockIndex: number, offset: number): Cut | null {
    const block = this.source.blocks[blockIndex]!;
    const usable = (piece: TextPiece | undefined) => piece !== undefined && isReal(piece) && !piece.locked && !this.source.runs[piece.run]!.container;
    if (offset > 0 && usable(pieceAt(block, offset - 1))) return this.cutAfter({ block: blockIndex, offset }, offset - 1);
    if (usable(pieceAt(block, offset))) return this.cutBefore({ block: blockIndex, offset }, offset + 1);
    return null;
  }

  // ---- Writing ----

  /**
   * The reviewed document as a .docx: `comments` as Word comments, `changes` (each checked with
   * canChange) as tracked changes, by `author` on its date.
   */
  write(comments: readonly ReviewComment[], changes: readonly ReviewChange[], author: ReviewAuthor): Uint8Array {
    const { source } = this;
    const date = author.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
    const w = (name: string) => `w:${name}`;
    // Markup this writer adds uses the prefix "w", declared where the document does not.
    const declare = source.rootBindsW ? '' : ` xmlns:w="${source.namespace}"`;
    const attribute = (value: string) => escapeXml(value);
    const revision = (id: number) => ` w:id="${id}" w:author="${attribute(author.name)}" w:date="${date}"${declare}`;

    const existing = this.existingComments();
    let nextId = Math.max(source.maxId, existing.maxId) + 1;
    const edits = new RunEdits(source);
    const pointMarks: Array<{ at: number; xml: string }> = [];
    const commentXml: string[] = [];

    for (const comment of comments) {
      const id = nextId++;
      const start = `<${w('commentRangeStart')} w:id="${id}"${declare}/>`;
      const end = `<${w('commentRangeEnd')} w:id="${id}"${declare}/><${w('r')}${declare}><${w('commentReference')} w:id="${id}"/></${w('r')}>`;
      const range = this.commentRange(comment);
      if (range) {
        edits.mark(range[0], 3, start);
        edits.mark(range[1], 1, end);
      } else {
        const anchor = this.anchorOf(comment.from.block);
        if (anchor === -1) continue;
        pointMarks.push({ at: anchor, xml: start + end });
      }
      const paragraphs = comment.paragraphs.map(
        (text, i) => `<${w('p')}>${i === 0 ? `<${w('r')}><${w('annotationRef')}/></${w('r')}>` : ''}<${w('r')}><${w('t')} xml:space="preserve">${escapeXml(text)}</${w('t')}></${w('r')}></${w('p')}>`,
      );
      commentXml.push(`<${w('comment')} w:id="${id}" w:author="${attribute(author.name)}" w:date="${date}" w:initials="${attribute(author.initials)}"${existing.declare}>${paragraphs.join('')}</${w('comment')}>`);
    }

    for (const change of changes) {
      const block = source.blocks[change.block]!;
      const deleted = this.piecesIn(block, change.start, change.end) ?? [];
      let insertAt: Cut | null;
      if (deleted.length > 0) {
        for (const piece of deleted) {
          const from = this.cutBefore({ block: change.block, offset: Math.max(change.start, piece.at) }, piece.at + piece.length)!;
          const to = this.cutAfter({ block: change.block, offset: Math.min(change.end, piece.at + piece.length) }, piece.at)!;
          edits.delete(from, to, () => `<${w('del')}${revision(nextId++)}>`);
        }
        insertAt = this.cutAfter({ block: change.block, offset: change.end }, change.start);
      } else {
        insertAt = this.insertionCut(change.block, change.start);
      }
      if (change.text && insertAt) {
        // The formatting of the text beside it; not someone's formatting change recorded there.
        const properties = withoutElement(source.runs[insertAt.run]!.properties, 'rPrChange');
        edits.mark(insertAt, 2, `<${w('ins')}${revision(nextId++)}><${w('r')}>${properties}<${w('t')} xml:space="preserve">${escapeXml(change.text)}</${w('t')}></${w('r')}></${w('ins')}>`);
      }
    }

    const document = applySplices(source.main.xml, [...edits.splices(), ...pointMarks.map(({ at, xml }) => ({ start: at, end: at, rank: 1, text: xml }))]);
    return this.package(document, commentXml, existing, author.date);
  }

  /** Cuts for a comment's range, or null when it covers none of the document's own characters. */
  private commentRange(comment: ReviewComment): [Cut, Cut] | null {
    let start = this.cutBefore(comment.from);
    let end = this.cutAfter(comment.to);
    if (!start || !end || comment.from.block > comment.to.block || start.offset > end.offset) {
      // Only characters the reader wrote (a number, a separator): the whole paragraph instead.
      const block = this.source.blocks[comment.from.block];
      if (!block) return null;
      start = this.cutBefore({ block: comment.from.block, offset: 0 });
      end = this.cutAfter({ block: comment.from.block, offset: block.text.length });
      if (!start || !end || start.offset > end.offset) return null;
    }
    return [start, end];
  }

  private anchorOf(blockIndex: number): number {
    return this.source.blocks[blockIndex]?.anchor ?? -1;
  }

  /** The comments part already in the package: its name, highest id, and how to add to it. */
  private existingComments(): { part?: XmlPart; maxId: number; insertAt: number; closeRoot?: string; declare: string } {
    const { pkg } = this.source;
    const name = pkg.related(pkg.mainPart, 'comments');
    const fresh = { maxId: -1, insertAt: -1, declare: '' };
    if (name === undefined) return fresh;
    const part = pkg.readXml(name);
    let maxId = -1;
    let insertAt = -1;
    let closeRoot: string | undefined;
    let bindsW = false;
    parseXmlPart(name, part.xml, {
      open(element) {
        if (element.depth === 1) {
          bindsW = element.attributes.get('http://www.w3.org/2000/xmlns/', 'w') === element.uri;
          // A root written <w:comments/> is opened to take comments.
          if (element.selfClosing) {
            insertAt = element.startTagEnd;
            closeRoot = element.qName;
          }
        }
        if (element.depth === 2 && element.local === 'comment') {
          const id = Number(element.attributes.get(element.uri, 'id'));
          if (Number.isInteger(id) && id > maxId) maxId = id;
        }
      },
      close(element, endTagStart) {
        if (element.depth === 1 && !element.selfClosing) insertAt = endTagStart;
      },
    });
    return { part, maxId, insertAt, closeRoot, declare: bindsW ? '' : ` xmlns:w="${this.source.namespace}"` };
  }

  /** The package with the new document part, the comments, and what ties the comments in. */
  private package(document: string, comments: string[], existing: ReturnType<DocxReview['existingComments']>, now: Date): Uint8Array {
    const { pkg, main } = this.source;
    const replaced = new Map<string, Uint8Array>([[main.name, encodePart(document, main.encoding)]]);
    const added = new Map<string, Uint8Array>();
    if (comments.length > 0) {
      if (existing.part) {
        const { xml } = existing.part;
        const at = existing.insertAt;
        const body = comments.join('');
        const updated = existing.closeRoot
          ? `${xml.slice(0, at - 2)}>${body}</${existing.closeRoot}>${xml.slice(at)}`
          : `${xml.slice(0, at)}${body}${xml.slice(at)}`;
        replaced.set(existing.part.name, encodePart(updated, existing.part.encoding));
      } else {
        const name = this.newPartName('comments.xml');
        added.set(name, encodePart(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${this.source.namespace}">${comments.join('')}</w:comments>`, 'utf-8'));
        this.relate(name, replaced, added);
        this.declareContentType(name, replaced);
      }
    }
    return rewriteZip(pkg.zip, replaced, added, now);
  }

  /** A part name beside the main part not yet in the package. */
  private newPartName(wanted: string): string {
    const folder = this.source.pkg.mainPart.slice(0, this.source.pkg.mainPart.lastIndexOf('/') + 1);
    for (let n = 0; ; n++) {
      const name = folder + (n === 0 ? wanted : wanted.replace(/\.xml$/, `-${n}.xml`));
      if (!this.source.pkg.has(name)) return name;
    }
  }

  /** Adds a comments relationship from the main part to `name`. */
  private relate(name: string, replaced: Map<string, Uint8Array>, added: Map<string, Uint8Array>): void {
    const { pkg } = this.source;
    const main = pkg.mainPart;
    const relsName = relationshipsPartOf(main);
    const ids = new Set(pkg.relationships(main).map((r) => r.id));
    let id = 'rIdFazhiLintComments';
    for (let n = 1; ids.has(id); n++) id = `rIdFazhiLintComments${n}`;
    // The relationship type's namespace, as the package writes it (transitional or strict).
    const officeDocument = pkg.relationships('').find((r) => r.type.endsWith('/officeDocument'))?.type;
    const type = (officeDocument ?? 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument').replace(/officeDocument$/, 'comments');
    const target = name.slice(main.lastIndexOf('/') + 1);
    const relationship = (prefix: string) => `<${prefix}Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
    if (pkg.has(relsName)) {
      const part = pkg.readXml(relsName);
      replaced.set(relsName, encodePart(insertBeforeRootEnd(part, relationship), part.encoding));
    } else {
      added.set(relsName, encodePart(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationship('')}</Relationships>`, 'utf-8'));
    }
  }

  /** Declares the comments part's content type in [Content_Types].xml. */
  private declareContentType(name: string, replaced: Map<string, Uint8Array>): void {
    const { pkg } = this.source;
    const typesName = '[Content_Types].xml';
    if (!pkg.has(typesName)) return;
    const part = pkg.readXml(typesName);
    let declared = false;
    parseXmlPart(typesName, part.xml, {
      open(element) {
        if (element.uri === CONTENT_TYPES_NAMESPACE && element.local === 'Override' && element.attributes.get('', 'PartName')?.toLowerCase() === `/${name}`.toLowerCase()) declared = true;
      },
    });
    if (declared) return;
    const override = (prefix: string) => `<${prefix}Override PartName="/${escapeXml(name)}" ContentType="${COMMENTS_TYPE}"/>`;
    replaced.set(typesName, encodePart(insertBeforeRootEnd(part, override), part.encoding));
  }
}

/** `part` with an element added as the root's last child, in the root's own prefix. */
const ELEMENT_START = (name: string) => new RegExp(`<(\\w+:)?${name}(?=[\\s/>])`, 'g');

/**
 * `xml` without the elements called `name` (any prefix; they do not nest): found with indexOf
 * from each start tag to its end, one pass however long the properties are.
 */
function withoutElement(xml: string, name: string): string {
  const start = ELEMENT_START(name);
  let out = '';
  let cursor = 0;
  for (let match = start.exec(xml); match !== null; match = start.exec(xml)) {
    const tagEnd = xml.indexOf('>', match.index);
    if (tagEnd === -1) break;
    let end = tagEnd + 1;
    if (xml[tagEnd - 1] !== '/') {
      const close = xml.indexOf(`</${match[1] ?? ''}${name}>`, tagEnd);
      if (close === -1) break;
      end = close + `</${match[1] ?? ''}${name}>`.length;
    }
    out += xml.slice(cursor, match.index);
    cursor = end;
    start.lastIndex = end;
  }
  return out + xml.slice(cursor);
}

function insertBeforeRootEnd(part: XmlPart, element: (prefix: string) => string): string {
  let result = part.xml;
  parseXmlPart(part.name, part.xml, {
    close(root, endTagStart) {
      if (root.depth !== 1) return;
      const prefix = root.qName.includes(':') ? root.qName.slice(0, root.qName.indexOf(':') + 1) : '';
      result = root.selfClosing
        ? `${part.xml.slice(0, root.startTagEnd - 2)}>${element(prefix)}</${root.qName}>${part.xml.slice(root.startTagEnd)}`
        : `${part.xml.slice(0, endTagStart)}${element(prefix)}${part.xml.slice(endTagStart)}`;
    },
  });
  return result;
}

function encodePart(xml: string, encoding: PartEncoding): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(xml, 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(xml, 'utf8')]);
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]);
    case 'utf-16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(xml, 'utf16le').swap16()]);
  }
}

/** Source [start, end) replaced by `text`; at one place, insertions by `rank`, then a replacement. */
interface Splice {
  start: number;
  end: number;
  rank: number;
  text: string;
}

function applySplices(text: string, splices: Splice[]): string {
  const sorted = splices.sort((a, b) => a.start - b.start || a.end - b.end || a.rank - b.rank);
  const parts: string[] = [];
  let cursor = 0;
  for (const splice of sorted) {
    parts.push(text.slice(cursor, splice.start), splice.text);
    cursor = splice.end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}

/** Markup to put at a cut; lower `order` first: comment ends (1), insertions (2), comment starts (3). */
interface Mark {
  order: number;
  xml: string;
}

/** The marks at one cut, in order. */
function markup(marks: ReadonlyMap<number, Mark[]>, offset: number): string {
  return (marks.get(offset) ?? [])
    .map((mark, i) => ({ ...mark, i }))
    .sort((a, b) => a.order - b.order || a.i - b.i)
    .map((mark) => mark.xml)
    .join('');
}

/**
 * What happens to each run touched: marks at cuts, and character ranges deleted. A run cut
 * inside is then written again (writeRun), as one run per stretch between the cuts.
 */
class RunEdits {
  private readonly marks = new Map<number, Map<number, Mark[]>>();
  private readonly deletions = new Map<number, Array<{ from: number; to: number; open: () => string }>>();

  constructor(private readonly source: DocxSource) {}

  mark(cut: Cut, order: number, xml: string): void {
    const byOffset = this.marks.get(cut.run) ?? new Map<number, Mark[]>();
    this.marks.set(cut.run, byOffset);
    byOffset.set(cut.offset, [...(byOffset.get(cut.offset) ?? []), { order, xml }]);
  }

  /** Deletes a run's characters between two cuts; `open` writes the w:del start tag. */
  delete(from: Cut, to: Cut, open: () => string): void {
    const list = this.deletions.get(from.run) ?? [];
    this.deletions.set(from.run, list);
    const last = list.at(-1);
    if (last && last.to === from.offset) last.to = to.offset;
    else list.push({ from: from.offset, to: to.offset, open });
  }

  /**
   * The document's changes: a run cut inside (or deleted) is replaced whole; marks at a run's
   * edges go beside it, ends before starts where two runs meet.
   */
  splices(): Splice[] {
    const splices: Splice[] = [];
    for (const index of new Set([...this.marks.keys(), ...this.deletions.keys()])) {
      const run = this.source.runs[index]!;
      const marks = this.marks.get(index) ?? new Map<number, Mark[]>();
      const deletions = this.deletions.get(index) ?? [];
      const interior = new Set<number>();
      for (const offset of marks.keys()) if (offset > run.contentStart && offset < run.contentEnd) interior.add(offset);
      for (const { from, to } of deletions) {
        if (from > run.contentStart) interior.add(from);
        if (to < run.contentEnd) interior.add(to);
      }
      if (interior.size === 0 && deletions.length === 0) {
        splices.push({ start: run.end, end: run.end, rank: 0, text: markup(marks, run.contentEnd) });
        splices.push({ start: run.start, end: run.start, rank: 2, text: markup(marks, run.contentStart) });
      } else {
        splices.push({ start: run.start, end: run.end, rank: 0, text: this.writeRun(run, marks, [...interior].sort((a, b) => a - b), deletions) });
      }
    }
    return splices;
  }

  private writeRun(run: RunPlace, marks: Map<number, Mark[]>, interior: number[], deletions: Array<{ from: number; to: number; open: () => string }>): string {
    const xml = this.source.main.xml;
    const bounds = [run.contentStart, ...interior, run.contentEnd];
    const split = new Set(run.texts.map((i) => this.source.texts[i]!).filter((t) => interior.some((at) => at > t.startTagEnd && at < t.endTagStart)));
    const startTag = xml.slice(run.start, run.startTagEnd);
    const endTag = xml.slice(run.contentEnd, run.end);
    let out = markup(marks, run.contentStart);
    for (let i = 0; i + 1 < bounds.length; i++) {
      const [from, to] = [bounds[i]!, bounds[i + 1]!];
      if (to > from) {
        const deletion = deletions.find((d) => d.from <= from && to <= d.to);
        const body = this.segment(run, from, to, deletion !== undefined, split);
        const part = startTag + run.properties + body + endTag;
        out += deletion ? `${deletion.open()}${part}</w:del>` : part;
      }
      out += markup(marks, to);
    }
    return out;
  }

  /** The content of a run from `from` to `to`, its w:t elements closed and opened at the cuts. */
  private segment(run: RunPlace, from: number, to: number, deleted: boolean, split: ReadonlySet<unknown>): string {
    const xml = this.source.main.xml;
    let out = '';
    let at = from;
    for (const index of run.texts) {
      const text = this.source.texts[index]!;
      if (text.end <= from || text.start >= to) continue;
      const prefix = text.qName.includes(':') ? text.qName.slice(0, text.qName.indexOf(':') + 1) : '';
      const touched = deleted || split.has(text);
      const open = deleted ? `<${prefix}delText xml:space="preserve">` : touched ? `<${text.qName} xml:space="preserve">` : xml.slice(text.start, text.startTagEnd);
      const close = deleted ? `</${prefix}delText>` : `</${text.qName}>`;
      if (text.start >= from) {
        out += xml.slice(at, text.start) + open;
        at = text.startTagEnd;
      } else {
        out += open;
      }
      const contentEnd = Math.min(to, text.endTagStart);
      out += xml.slice(at, contentEnd) + close;
      at = text.end <= to ? text.end : to;
    }
    return out + xml.slice(at, to);
  }
}
