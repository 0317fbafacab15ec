// A line-based front end for the Markdown reports are written in: ATX headings and paragraphs
// of plain text, separated by blank lines. For such a document it builds the tree remark-parse
// would build (node for node, position for position; tests/read/markdown-blocks.test.ts checks
// this against remark on generated documents) at a fraction of the cost: micromark reads every
// character through its state machine, which was most of a .md run.
//
// It never guesses. A line that could open any other block (list, quote, code, HTML, thematic
// break, setext underline) or a link reference definition anywhere makes it return null, and
// the caller parses the whole document with remark. A block with inline syntax (emphasis,
// code, links, escapes, entities, hard breaks) or edge whitespace is parsed alone by remark
// and shifted into place: blocks separated like this do not affect one another's parse.
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import type { Node, Point } from 'unist';

/** Characters that may start inline syntax in CommonMark; a block holding one goes to remark. */
const INLINE_SYNTAX = /[\\`*_[\]<>&!]/;
/** `1.` or `1)` followed by a blank or the line's end: an ordered list item. */
const ORDERED_ITEM = /^\d{1,9}[.)](?:[ \t]|$)/;
/** Three or more `*`, `-` or `_`, spaced or not: a thematic break. */
const THEMATIC_BREAK = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
/** A setext heading's underline. */
const SETEXT_UNDERLINE = /^(?:=+|-+)[ \t]*$/;
/** Three backticks or tildes: a code fence. */
const FENCE = /^(?:`{3,}|~{3,})/;

const SPACE = 0x20;
const TAB = 0x09;

interface Line {
  start: number;
  /** Offset past the content, before the line ending. */
  end: number;
  /** Offset of the first character that is not a space or tab. */
  content: number;
}

type Kind = 'blank' | 'heading' | 'text' | 'other';

/** remark, for the blocks this reader leaves to it. */
export interface BlockParser {
  parse(text: string): Root;
}

/**
 * The tree remark-parse gives for `text`, or null when the document uses block syntax beyond
 * ATX headings and paragraphs. `parser` is the remark processor used for single blocks.
 */
export function readMarkdownBlocks(text: string, parser: BlockParser): Root | null {
  // NUL is replaced by micromark, a BOM skipped; a definition may change any paragraph.
  if (text.includes('\0') || text.charCodeAt(0) === 0xfeff || text.includes(']:')) return null;
  const lines = splitLines(text);
  const children: RootContent[] = [];
  let paragraphStart = -1; // index in `lines` of the open paragraph's first line

  const closeParagraph = (endLine: number): boolean => {
    if (paragraphStart === -1) return true;
    const node = paragraph(text, lines, paragraphStart, endLine, parser);
    paragraphStart = -1;
    if (!node) return false;
    children.push(node);
    return true;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const kind = classify(text, line, paragraphStart !== -1);
    if (kind === 'other') return null;
    if (kind === 'text') {
      if (paragraphStart === -1) paragraphStart = i;
      continue;
    }
    if (!closeParagraph(i)) return null;
    if (kind === 'heading') {
      const node = heading(text, lines, i, parser);
      if (!node) return null;
      children.push(node);
    }
  }
  if (!closeParagraph(lines.length)) return null;

  const last = lines[lines.length - 1]!;
  return {
    type: 'root',
    children,
    position: {
      start: { line: 1, column: 1, offset: 0 },
      end: { line: lines.length, column: last.end - last.start + 1, offset: text.length },
    },
  };
}

/** The lines of `text`, split at "\n", "\r\n" and a lone "\r" as micromark splits them. */
function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    let end = start;
    let content = -1;
    while (end < text.length) {
      const code = text.charCodeAt(end);
      if (code === 0x0a || code === 0x0d) break;
      if (content === -1 && code !== SPACE && code !== TAB) content = end;
      end++;
    }
    lines.push({ start, end, content: content === -1 ? end : content });
    if (end >= text.length) return lines;
    start = end + (text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? 2 : 1);
  }
}

/** What a line is, as far as this reader can tell; `inParagraph` when it would continue one. */
function classify(text: string, line: Line, inParagraph: boolean): Kind {
  if (line.content === line.end) return 'blank';
  const indent = text.slice(line.start, line.content);
  // Four columns of indentation (a tab reaches them at once): indented code at a block's
  // start, a lazy continuation inside a paragraph.
  const deep = indent.length > 3 || indent.includes('\t');
  if (deep) return inParagraph ? 'text' : 'other';
  const rest = text.slice(line.content, line.end);
  const first = rest.charCodeAt(0);
  if (first === 0x23 /* # */) {
    let hashes = 1;
    while (hashes < rest.length && rest.charCodeAt(hashes) === 0x23) hashes++;
    const after = rest.charCodeAt(hashes);
    if (hashes <= 6 && (hashes === rest.length || after === SPACE || after === TAB)) {
      return 'heading';
    }
    return 'text';
  }
  switch (rest[0]) {
    case '>':
    case '<':
    case '+':
      return 'other';
    case '*':
    case '-':
    case '_':
    case '=': {
      const after = rest.charCodeAt(1);
      const listItem = first !== 0x5f && first !== 0x3d && (rest.length === 1 || after === SPACE || after === TAB);
      if (listItem || THEMATIC_BREAK.test(rest) || SETEXT_UNDERLINE.test(rest)) return 'other';
      return 'text';
    }
    case '`':
    case '~':
      return FENCE.test(rest) ? 'other' : 'text';
    default:
      return first >= 0x30 && first <= 0x39 && ORDERED_ITEM.test(rest) ? 'other' : 'text';
  }
}

/** True when the line ends in a space or tab (a hard break, or whitespace remark trims). */
function endsInWhitespace(text: string, line: Line): boolean {
  const code = text.charCodeAt(line.end - 1);
  return code === SPACE || code === TAB;
}

/** The paragraph of lines[from, to), built here when it is plain text, else parsed alone. */
function paragraph(text: string, lines: readonly Line[], from: number, to: number, parser: BlockParser): Paragraph | null {
  let plain = true;
  for (let i = from; i < to && plain; i++) {
    const line = lines[i]!;
    plain =
      !endsInWhitespace(text, line) &&
      !INLINE_SYNTAX.test(text.slice(line.content, line.end)) &&
      (i === from || !text.slice(line.start, line.content).includes('\t'));
  }
  if (!plain) return parseAlone(text, lines, from, to, 'paragraph', parser) as Paragraph | null;

  // Continuation lines lose their indentation; line endings stay as written.
  let value = '';
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (i > from) value += text.slice(lines[i - 1]!.end, line.start);
    value += text.slice(line.content, line.end);
  }
  const first = lines[from]!;
  const last = lines[to - 1]!;
  const position = () => ({ start: point(from, first, first.content), end: point(to - 1, last, last.end) });
  return { type: 'paragraph', children: [{ type: 'text', value, position: position() }], position: position() };
}

/** The ATX heading on lines[index], built here when its text is plain, else parsed alone. */
function heading(text: string, lines: readonly Line[], index: number, parser: BlockParser): Heading | null {
  const line = lines[index]!;
  let hashes = 0;
  while (text.charCodeAt(line.content + hashes) === 0x23) hashes++;
  let start = line.content + hashes;
  while (text.charCodeAt(start) === SPACE) start++;
  const value = text.slice(start, line.end);
  // Closing hashes, tabs and trailing blanks follow rules of their own: remark reads those.
  if (value === '' || value.includes('#') || value.includes('\t') || endsInWhitespace(text, line) || INLINE_SYNTAX.test(value)) {
    return parseAlone(text, lines, index, index + 1, 'heading', parser) as Heading | null;
  }
  return {
    type: 'heading',
    depth: hashes as Heading['depth'],
    children: [{ type: 'text', value, position: { start: point(index, line, start), end: point(index, line, line.end) } }],
    position: { start: point(index, line, line.content), end: point(index, line, line.end) },
  };
}

/** The point at `offset` on lines[index] (0-based index). */
function point(index: number, line: Line, offset: number): Point {
  return { line: index + 1, column: offset - line.start + 1, offset };
}

/**
 * remark's node for the block on lines[from, to), parsed on its own and moved to where the
 * block stands in the document; null when remark does not see one block of `type` there.
 */
function parseAlone(text: string, lines: readonly Line[], from: number, to: number, type: 'paragraph' | 'heading', parser: BlockParser): RootContent | null {
  const base = lines[from]!.start;
  const tree = parser.parse(text.slice(base, lines[to - 1]!.end));
  const node = tree.children[0];
  if (tree.children.length !== 1 || node?.type !== type) return null;
  shift(node, from, base);
  return node;
}

/** Moves every position in `node` down `lines` lines and on `offset` characters. */
function shift(node: Node, lines: number, offset: number): void {
  if (node.position) {
    for (const p of [node.position.start, node.position.end]) {
      p.line += lines;
      if (p.offset !== undefined) p.offset += offset;
    }
  }
  if ('children' in node && Array.isArray(node.children)) {
    for (const child of node.children as Node[]) shift(child, lines, offset);
  }
}
