// A Word document (.docx) → its paragraphs, one a line (see paragraphs.ts), read from the
// WordprocessingML itself (ECMA-376 Part 1 §17) as its writer sees it: the body's paragraphs in
// order, a table row as one paragraph (cells joined by " | ", as a web page's), a text box's
// paragraphs after the paragraph holding it; footnotes, endnotes, comments, headers and
// footers are other parts and are not read, deleted text (w:del) is not text and a field shows
// its result, not its code. Word's Heading 1–6 styles become headings; numbers typed into the
// text ("一、" "(一)") are recovered by the text reader as in a .txt, and numbers Word generates
// itself (docx-numbering.ts) are written before their paragraph's text.
//
// Every character read keeps its place in word/document.xml (a TextPiece), so a message on
// paragraph 12, column 3 maps back to the exact characters, and src/write/ can anchor a comment
// or a tracked change there. Imported only when a .docx is read.
import { DocxPackage, isWordNamespace, parseXmlPart, type XmlPart } from './docx-package.js';
import { ReadError } from './errors.js';
import { headingDepth, readStyles, WordNumbering, type ParagraphProperties, type WordStyle } from './docx-numbering.js';
import { paragraphDocument, type Block, type ParagraphDocument } from './paragraphs.js';
import { isBlankText } from './whitespace.js';
import type { XmlElement } from './xml-parse.js';

/**
 * Characters of a paragraph and where they sit in the main part. `linear`: character i is
 * source character `start + i` (a stretch of a w:t's text). `atomic`: the characters stand for
 * source[start, end) as a whole (an entity such as &amp;, a w:tab, a w:br): a comment may start
 * or end at its edges only. `added`: written by the reader (an automatic number, a " | "
 * between cells); it has no place in the source.
 */
export interface TextPiece {
  /** Offset of the first character in the paragraph's text, and how many there are. */
  at: number;
  length: number;
  start: number;
  end: number;
  kind: 'linear' | 'atomic' | 'added';
  /** Index into DocxSource.runs of the run holding it; -1 for `added`. */
  run: number;
  /** Index into DocxSource.texts of the w:t holding it; -1 when not a w:t's text. */
  text: number;
  /** In a field's result or in someone's tracked change: comments may anchor here, edits may not. */
  locked: boolean;
}

/** A w:r: [start, end) the element; its content (after its properties) is [contentStart, contentEnd). */
export interface RunPlace {
  start: number;
  startTagEnd: number;
  contentStart: number;
  contentEnd: number;
  end: number;
  /** The run's properties (w:rPr) as written, copied to each part when the run is split. */
  properties: string;
  /** Its w:t elements (indexes into DocxSource.texts), in order. */
  texts: number[];
  /** It holds other runs (a text box in a drawing): never split, only commented on whole. */
  container: boolean;
}

/** A w:t: its start tag [start, startTagEnd) and end tag [endTagStart, end). */
export interface TextPlace {
  start: number;
  startTagEnd: number;
  endTagStart: number;
  end: number;
  qName: string;
}

export interface DocxBlock extends Block {
  pieces: TextPiece[];
  /** Where run-level markup may go at the start of its (first) paragraph; -1 for none. */
  anchor: number;
}

/** A .docx as read, with everything src/write/ needs to answer in it. */
export interface DocxSource {
  pkg: DocxPackage;
  /** The main document part (word/document.xml) as read. */
  main: XmlPart;
  /** Its WordprocessingML namespace (transitional or strict). */
  namespace: string;
  /** Whether its root element binds the prefix "w" to that namespace. */
  rootBindsW: boolean;
  runs: RunPlace[];
  texts: TextPlace[];
  blocks: DocxBlock[];
  /** The largest numeric w:id in the part: new comments and changes take ids above it. */
  maxId: number;
}

const XMLNS = 'http://www.w3.org/2000/xmlns/';
const MARKUP_COMPATIBILITY = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** What an open element is, for the reader. */
type Frame =
  | { kind: 'skip' }
  | { kind: 'descend' }
  | { kind: 'paragraph'; paragraph: ParagraphBuilder }
  | { kind: 'paragraphProperties' }
  | { kind: 'run'; run: number }
  | { kind: 'runProperties'; run: number }
  | { kind: 'text'; text: number; run: number }
  | { kind: 'locked' }
  | { kind: 'row'; row: RowBuilder }
  | { kind: 'rowProperties'; row: RowBuilder }
  | { kind: 'cell'; cell: CellBuilder }
  | { kind: 'textbox' }
  | { kind: 'alternate'; chosen: boolean };

class ParagraphBuilder {
  text = '';
  pieces: TextPiece[] = [];
  properties: ParagraphProperties = {};
  /** Its mark is deleted (a tracked change): its text joins the next paragraph's, as Word shows it. */
  markDeleted = false;
  /** Paragraphs of text boxes inside it, read after it. */
  extras: DocxBlock[] = [];
  /** Word's automatic number for it ('' for none), once counted. */
  number?: string;
  /** Just after its start tag, or after its properties. */
  anchor = -1;

  add(text: string, piece: Omit<TextPiece, 'at' | 'length'>): void {
    this.pieces.push({ ...piece, at: this.text.length, length: text.length });
    this.text += text;
  }
}

interface CellBuilder {
  blocks: DocxBlock[];
}

interface RowBuilder {
  cells: CellBuilder[];
  deleted: boolean;
}

/** Pieces of `blocks` joined into one text with `separator` between them. */
function joinBlocks(blocks: readonly DocxBlock[], separator: string): DocxBlock {
  let text = '';
  const pieces: TextPiece[] = [];
  const anchor = blocks.find((block) => block.anchor !== -1)?.anchor ?? -1;
  for (const [i, block] of blocks.entries()) {
    if (i > 0) {
      pieces.push(addedPiece(text.length, separator.length));
      text += separator;
    }
    for (const piece of block.pieces) pieces.push({ ...piece, at: piece.at + text.length });
    text += block.text;
  }
  return { text, pieces, anchor };
}

function addedPiece(at: number, length: number): TextPiece {
  return { at, length, start: -1, end: -1, kind: 'added', run: -1, text: -1, locked: true };
}

/**
 * Reads the main part. Paragraph numbering counts every w:p in document order, as Word does,
 * whether its text is read or not.
 */
function readMain(main: XmlPart, styles: ReadonlyMap<string, WordStyle>, numbering: WordNumbering): Omit<DocxSource, 'pkg' | 'main'> {
  const source = main.xml;
  const frames: Frame[] = [];
  const runs: RunPlace[] = [];
  const texts: TextPlace[] = [];
  const blocks: DocxBlock[] = [];
  const paragraphs: ParagraphBuilder[] = [];
  const rows: RowBuilder[] = [];
  /** Runs open around the current element (a text box's runs sit inside another run). */
  const openRuns: number[] = [];
  /** Containers a finished paragraph goes to: the body (null), a table cell or a text box. */
  const containers: Array<CellBuilder | { textboxOwner: ParagraphBuilder | null } | null> = [null];
  /** Complex fields (w:fldChar) open: their results are read but never edited. */
  let fields = 0;
  let locked = 0;
  let drawing = 0;
  let namespace = '';
  let rootBindsW = false;
  let maxId = -1;
  /** A paragraph whose mark is deleted: its text goes before the next paragraph's. */
  let merged: DocxBlock | null = null;

  /** The automatic number of a paragraph, counted once, when its properties are known. */
  const number = (paragraph: ParagraphBuilder): string => (paragraph.number ??= numbering.next(paragraph.properties));

  const deliver = (block: DocxBlock, extras: readonly DocxBlock[] = []) => {
    const container = containers.at(-1);
    if (container === null || container === undefined) {
      blocks.push(block, ...extras);
    } else if ('blocks' in container) {
      container.blocks.push(block, ...extras);
    } else if (container.textboxOwner) {
      container.textboxOwner.extras.push(block, ...extras);
    } else {
      blocks.push(block, ...extras);
    }
  };

  const pieceBase = (run: number, text: number) => ({ run, text, locked: locked > 0 || fields > 0 });

  /** A w:t's characters: linear stretches, and each entity or character reference whole. */
  const addText = (paragraph: ParagraphBuilder, value: string, rawStart: number, rawEnd: number, cdata: boolean, run: number, text: number) => {
    // A tab or line break typed inside w:t shows as a space in Word: one for one, so offsets hold.
    const shown = value.replace(/[\t\n\r]/g, ' ');
    if (cdata) {
      paragraph.add(shown, { start: rawStart, end: rawEnd, kind: 'atomic', ...pieceBase(run, text) });
      return;
    }
    if (value.length === rawEnd - rawStart) {
      paragraph.add(shown, { start: rawStart, end: rawEnd, kind: 'linear', ...pieceBase(run, text) });
      return;
    }
    let decoded = 0;
    let stretch = rawStart;
    for (let at = rawStart; at < rawEnd; ) {
      if (source.charCodeAt(at) !== 0x26) {
        at++;
        continue;
      }
      if (at > stretch) {
        const length = at - stretch;
        paragraph.add(shown.slice(decoded, decoded + length), { start: stretch, end: at, kind: 'linear', ...pieceBase(run, text) });
        decoded += length;
      }
      const end = source.indexOf(';', at) + 1;
      const reference = source.slice(at + 1, end - 1);
      const codePoint = reference.startsWith('#') ? Number(reference[1] === 'x' ? `0x${reference.slice(2)}` : reference.slice(1)) : 0;
      const length = codePoint > 0xffff ? 2 : 1;
      paragraph.add(shown.slice(decoded, decoded + length), { start: at, end, kind: 'atomic', ...pieceBase(run, text) });
      decoded += length;
      at = stretch = end;
    }
    if (rawEnd > stretch) paragraph.add(shown.slice(decoded), { start: stretch, end: rawEnd, kind: 'linear', ...pieceBase(run, text) });
  };

  const openWord = (element: XmlElement, parent: Frame | undefined): Frame => {
    const uri = element.uri;
    const paragraph = paragraphs.at(-1);
    switch (element.local) {
      case 'document':
      case 'body':
      case 'hyperlink':
      case 'smartTag':
      case 'customXml':
      case 'sdtContent':
      case 'dir':
      case 'bdo':
      case 'tbl':
      case 'sdt':
        return { kind: 'descend' };
      case 'fldSimple':
      case 'ins':
      case 'moveTo':
        locked++;
        return { kind: 'locked' };
      case 'p': {
        const builder = new ParagraphBuilder();
        builder.anchor = element.selfClosing ? -1 : element.startTagEnd;
        paragraphs.push(builder);
        return { kind: 'paragraph', paragraph: builder };
      }
      case 'pPr':
        return parent?.kind === 'paragraph' ? { kind: 'paragraphProperties' } : { kind: 'skip' };
      case 'r': {
        const outer = openRuns.at(-1);
        if (outer !== undefined) runs[outer]!.container = true;
        runs.push({ start: element.start, startTagEnd: element.startTagEnd, contentStart: element.startTagEnd, contentEnd: element.startTagEnd, end: element.startTagEnd, properties: '', texts: [], container: false });
        openRuns.push(runs.length - 1);
        return { kind: 'run', run: runs.length - 1 };
      }
      case 'rPr':
        if (parent?.kind === 'run') return { kind: 'runProperties', run: parent.run };
        // A paragraph mark's properties: whether the mark is deleted.
        return parent?.kind === 'paragraphProperties' ? { kind: 'descend' } : { kind: 'skip' };
      case 't':
        // A field's code is w:instrText, never read; a w:t is read wherever it stands, as mammoth
        // reads it: a field left open by a damaged document must not hide the rest of it.
        if (parent?.kind !== 'run' || !paragraph) return { kind: 'skip' };
        texts.push({ start: element.start, startTagEnd: element.startTagEnd, endTagStart: element.startTagEnd, end: element.startTagEnd, qName: element.qName });
        runs[parent.run]!.texts.push(texts.length - 1);
        return { kind: 'text', text: texts.length - 1, run: parent.run };
      case 'tab':
      case 'br':
      case 'cr':
      case 'noBreakHyphen':
      case 'softHyphen': {
        if (parent?.kind !== 'run' || !paragraph) return { kind: 'skip' };
        const breakType = element.attributes.get(uri, 'type');
        const shown =
          element.local === 'tab' ? '\t'
          : element.local === 'noBreakHyphen' ? '\u2011'
          : element.local === 'softHyphen' ? '\u00ad'
          // A page or column break is layout, not a new line of text.
          : breakType === undefined || breakType === 'textWrapping' ? '\n'
          : '';
        if (shown) paragraph.add(shown, { start: element.start, end: element.startTagEnd, kind: 'atomic', ...pieceBase(parent.run, -1) });
        return { kind: 'skip' };
      }
      case 'fldChar': {
        const type = element.attributes.get(uri, 'fldCharType');
        if (type === 'begin') fields++;
        else if (type === 'end' && fields > 0) fields--;
        return { kind: 'skip' };
      }
      case 'drawing':
      case 'pict':
      case 'object':
        drawing++;
        return { kind: 'descend' };
      case 'txbxContent':
        containers.push({ textboxOwner: paragraph ?? null });
        return { kind: 'textbox' };
      case 'tr': {
        const row: RowBuilder = { cells: [], deleted: false };
        rows.push(row);
        return { kind: 'row', row };
      }
      case 'trPr':
        return parent?.kind === 'row' ? { kind: 'rowProperties', row: parent.row } : { kind: 'skip' };
      case 'del':
        if (parent?.kind === 'rowProperties') parent.row.deleted = true;
        else if (parent?.kind === 'descend' && paragraph && frames.at(-2)?.kind === 'paragraphProperties') paragraph.markDeleted = true;
        return { kind: 'skip' };
      case 'tc': {
        const cell: CellBuilder = { blocks: [] };
        containers.push(cell);
        return { kind: 'cell', cell };
      }
      case 'pStyle':
        if (parent?.kind === 'paragraphProperties' && paragraph) paragraph.properties.styleId = element.attributes.get(uri, 'val');
        return { kind: 'skip' };
      case 'numPr':
        return parent?.kind === 'paragraphProperties' ? { kind: 'descend' } : { kind: 'skip' };
      case 'ilvl':
      case 'numId':
        if (paragraph && frames.at(-2)?.kind === 'paragraphProperties') {
          const value = element.attributes.get(uri, 'val');
          if (element.local === 'ilvl') paragraph.properties.level = Number(value ?? 0);
          else paragraph.properties.numId = value;
        }
        return { kind: 'skip' };
      default:
        // Properties, deleted text, field codes, bookmarks, note and comment references: no text.
        return { kind: 'skip' };
    }
  };

  parseXmlPart(main.name, source, {
    open(element) {
      const parent = frames.at(-1);
      if (isWordNamespace(element.uri)) {
        const id = Number(element.attributes.get(element.uri, 'id'));
        if (Number.isInteger(id) && id > maxId) maxId = id;
      }
      if (element.depth === 1) {
        namespace = element.uri;
        rootBindsW = element.attributes.get(XMLNS, 'w') === element.uri;
      }
      // A paragraph is counted once its properties are known, before any text box inside it.
      if (parent?.kind === 'paragraph' && !(element.local === 'pPr' && isWordNamespace(element.uri))) number(parent.paragraph);
      let frame: Frame;
      if (parent?.kind === 'skip' || parent?.kind === 'runProperties') {
        frame = { kind: 'skip' };
      } else if (element.uri === MARKUP_COMPATIBILITY) {
        // Alternative content (a text box as DrawingML, and again as VML for older readers):
        // the first choice is read, as Word reads it, and the fallback is not.
        if (element.local === 'AlternateContent') frame = { kind: 'alternate', chosen: false };
        else if (parent?.kind === 'alternate' && element.local === 'Choice' && !parent.chosen) frame = (parent.chosen = true, { kind: 'descend' });
        else frame = { kind: 'skip' };
      } else if (isWordNamespace(element.uri)) {
        frame = openWord(element, parent);
      } else {
        // Inside a drawing, shapes of other vocabularies lead to text boxes; elsewhere, skipped.
        frame = drawing > 0 ? { kind: 'descend' } : { kind: 'skip' };
      }
      frames.push(frame);
    },
    text(value, rawStart, rawEnd, cdata) {
      const frame = frames.at(-1);
      if (frame?.kind !== 'text') return;
      addText(paragraphs.at(-1)!, value, rawStart, rawEnd, cdata, frame.run, frame.text);
    },
    close(element, endTagStart, end) {
      const frame = frames.pop()!;
      if (frame.kind === 'skip' && frames.at(-1)?.kind === 'skip') return;
      switch (frame.kind) {
        case 'text':
          Object.assign(texts[frame.text]!, { endTagStart, end });
          break;
        case 'run':
          Object.assign(runs[frame.run]!, { contentEnd: endTagStart, end });
          openRuns.pop();
          break;
        case 'runProperties':
          runs[frame.run]!.properties = source.slice(element.start, end);
          runs[frame.run]!.contentStart = end;
          break;
        case 'locked':
          locked--;
          break;
        case 'descend':
          if (isWordNamespace(element.uri) && (element.local === 'drawing' || element.local === 'pict' || element.local === 'object')) drawing--;
          break;
        case 'textbox':
        case 'cell':
          containers.pop();
          if (frame.kind === 'cell') rows.at(-1)?.cells.push(frame.cell);
          break;
        case 'row':
          rows.pop();
          if (!frame.row.deleted) deliver(rowBlock(frame.row));
          break;
        case 'paragraphProperties':
          paragraphs.at(-1)!.anchor = end;
          number(paragraphs.at(-1)!);
          break;
        case 'paragraph': {
          const paragraph = paragraphs.pop()!;
          const shown = number(paragraph);
          let block: DocxBlock = { text: paragraph.text, pieces: paragraph.pieces, anchor: paragraph.anchor, headingDepth: headingDepth(styles, paragraph.properties.styleId) };
          if (shown) block = { ...joinBlocks([{ text: shown, pieces: [addedPiece(0, shown.length)], anchor: -1 }, block], ''), headingDepth: block.headingDepth };
          if (merged) {
            block = { ...joinBlocks([merged, block], ''), headingDepth: block.headingDepth };
            merged = null;
          }
          if (paragraph.markDeleted) merged = block;
          else deliver(block, paragraph.extras);
          break;
        }
      }
    },
  });
  if (merged) blocks.push(merged);
  return { namespace, rootBindsW, runs, texts, blocks, maxId };
}

/** A table row as one paragraph: each cell's paragraphs joined by spaces, cells by " | ". */
function rowBlock(row: RowBuilder): DocxBlock {
  const cells = row.cells.map((cell) => {
    const shown = cell.blocks.filter((block) => !isBlankText(block.text));
    const joined = joinBlocks(shown, ' ');
    // A line break inside a cell does not end the row's paragraph.
    return { ...joined, text: joined.text.replace(/\n/g, ' ') };
  });
  if (cells.every((cell) => isBlankText(cell.text))) return { text: '', pieces: [], anchor: -1 };
  return joinBlocks(cells, ' | ');
}

/** Reads a .docx for review: its paragraphs and where each of their characters sits. */
export function readDocxSource(bytes: Uint8Array): { document: ParagraphDocument; source: DocxSource } {
  return asReadError(() => {
    const pkg = DocxPackage.open(bytes);
    const stylesPart = pkg.related(pkg.mainPart, 'styles');
    const numberingPart = pkg.related(pkg.mainPart, 'numbering');
    const styles = readStyles(stylesPart === undefined ? undefined : pkg.readXml(stylesPart));
    const numbering = WordNumbering.read(numberingPart === undefined ? undefined : pkg.readXml(numberingPart), styles);
    const main = pkg.readXml(pkg.mainPart);
    const read = readMain(main, styles, numbering);
    return { document: paragraphDocument(read.blocks), source: { pkg, main, ...read } };
  });
}

/**
 * Runs `read`, any failure becoming a ReadError: a hostile file (a zip field pointing past the
 * end, XML that trips the parser in a way no check foresaw) ends as that file's message, never
 * as a crash that stops the run.
 */
export function asReadError<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw new ReadError('corrupt', `Word content cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** Reads a .docx for linting: its paragraphs, one a line. */
export async function readDocx(bytes: Uint8Array): Promise<ParagraphDocument> {
  return readDocxSource(bytes).document;
}
