// A line-based front end for the Markdown reports are written in: ATX headings, paragraphs and
// lists, separated by blank lines. It builds the tree remark-parse would build (node for node,
// position for position; tests/read/markdown-blocks.test.ts checks this against remark on
// generated documents) at a fraction of the cost: micromark reads every character through its
// state machine, which was most of a .md run.
//
// Built here, when their text is plain: headings, paragraphs (hard breaks included), lines
// in bold, lists of one-line items. Any other block with inline syntax (emphasis, code, links,
// escapes, entities) or edge whitespace, and any other list, is a "region" for remark: the
// regions are copied into one document, an HTML comment between them, parsed in one call and
// their nodes moved back to where the regions stand. This is exact because a region ends
// where all of its blocks are closed, so the text around it cannot change its parse. The
// reader never guesses: a line that could open any other block
// (quote, code, HTML, thematic break, setext underline) at the top level, or a link reference
// definition anywhere, makes it return null, and the caller parses the whole document.
import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { Node, Point } from 'unist';
import { visit } from 'unist-util-visit';

/**
 * What may start inline syntax in CommonMark; a block holding one goes to remark. "<" opens a
 * tag or an autolink only before an ASCII letter, digit or mark ("<东湖区…>" is text); "&"
 * a character reference only before a letter or "#"; "!" and "]" mean nothing without "[".
 */
const INLINE_SYNTAX = /[\\`*_[]|<[\w.!#$%&'*+/=?^`{|}~-]|&[A-Za-z#]/;
/** Unicode whitespace, as micromark decides whether emphasis can open or close. */
const WHITESPACE = /\s/;
/** A list item with no content ("-", "1."), or only blanks after its marker. */
const EMPTY_ITEM = /^(?:[-*+]|\d{1,9}[.)])[ \t]*$/;
/** A list item's marker and the blank after it; the item must have content. */
const LIST_ITEM = /^(?:[-*+]|\d{1,9}[.)])[ \t]+[^ \t]/;
/** Three or more `*`, `-` or `_`, spaced or not: a thematic break. */
const THEMATIC_BREAK = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
/** A setext heading's underline. */
const SETEXT_UNDERLINE = /^(?:=+|-+)[ \t]*$/;
/** Three backticks or tildes: a code fence. */
const FENCE = /^(?:`{3,}|~{3,})/;
/** A block quote or an HTML block. */
const OTHER_BLOCK_START = /^[<>]/;
/**
 * Put between regions: an HTML comment block closes whatever a region leaves open. CRLF, so
 * that a region ending in a lone "\r" keeps it as a line ending of its own.
 */
const SEPARATOR = '\r\n\r\n<!---->\r\n\r\n';
const SEPARATOR_LINES = 4;

const SPACE = 0x20;
const TAB = 0x09;
const HASH = 0x23;

interface Line {
  start: number;
  /** Offset past the content, before the line ending. */
  end: number;
  /** Offset of the first character that is not a space or tab. */
  content: number;
}

/**
 * What a line can be. `deep`: indented four columns or more (indented code at a block's
 * start, a continuation inside a paragraph or list item); `other`: any block this reader
 * does not read.
 */
type Kind = 'blank' | 'heading' | 'text' | 'item' | 'deep' | 'other';

/** remark, for the regions this reader leaves to it. */
export interface BlockParser {
  parse(text: string): Root;
}

/** Lines [from, to) for remark; `expect` is the one node a heading or paragraph must give. */
interface Region {
  from: number;
  to: number;
  expect: 'heading' | 'paragraph' | null;
}

/**
 * The tree remark-parse gives for `text`, or null when the document uses block syntax beyond
 * ATX headings, paragraphs and lists. `parser` parses the regions.
 */
export function readMarkdownBlocks(text: string, parser: BlockParser): Root | null {
  // NUL is replaced by micromark, a BOM skipped; a definition may change any paragraph.
  if (text.includes('\0') || text.charCodeAt(0) === 0xfeff || text.includes(']:')) return null;
  const lines = splitLines(text);
  const kinds = lines.map((line) => classify(text, line));
  // Nodes built here and regions, in document order.
  const pieces: (RootContent | Region)[] = [];

  let i = 0;
  while (i < lines.length) {
    const kind = kinds[i]!;
    if (kind === 'blank') {
      i++;
    } else if (kind === 'heading') {
      pieces.push(heading(text, lines[i]!, i) ?? { from: i, to: i + 1, expect: 'heading' });
      i++;
    } else if (kind === 'text') {
      // A paragraph runs to a blank line or a line that interrupts it; deeper lines continue
      // it, and so does an ordered item not numbered 1 ("存在问题:\n2. …" is one paragraph).
      let to = i + 1;
      while (to < lines.length && (kinds[to] === 'text' || kinds[to] === 'deep' || (kinds[to] === 'item' && !interruptsParagraph(text, lines[to]!)))) to++;
      if (kinds[to] === 'other') return null;
      pieces.push(paragraph(text, lines, i, to) ?? { from: i, to, expect: 'paragraph' });
      i = to;
    } else if (kind === 'item') {
      const simple = simpleList(text, lines, kinds, i);
      if (simple) {
        pieces.push(simple.list);
        i = simple.to;
        continue;
      }
      // A list right under a paragraph or another list's item interrupts that paragraph and is
      // read in that state (its first item may not open an empty list, for one): a region
      // parsed alone would not be.
      if (i > 0 && kinds[i - 1] !== 'blank' && kinds[i - 1] !== 'heading') return null;
      const to = listEnd(lines, kinds, i);
      if (to === -1) return null;
      pieces.push({ from: i, to, expect: null });
      i = to;
    } else {
      return null;
    }
  }

  const children = parseRegions(text, lines, pieces, parser);
  if (!children) return null;
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

function classify(text: string, line: Line): Kind {
  if (line.content === line.end) return 'blank';
  const indent = line.content - line.start;
  // A tab in the indentation reaches four columns at once.
  if (indent > 3 || text.slice(line.start, line.content).includes('\t')) return 'deep';
  const rest = text.slice(line.content, line.end);
  const first = rest.charCodeAt(0);
  if (first === HASH) {
    let hashes = 1;
    while (hashes < rest.length && rest.charCodeAt(hashes) === HASH) hashes++;
    const after = rest.charCodeAt(hashes);
    return hashes <= 6 && (hashes === rest.length || after === SPACE || after === TAB) ? 'heading' : 'text';
  }
  if (THEMATIC_BREAK.test(rest) || SETEXT_UNDERLINE.test(rest) || FENCE.test(rest) || OTHER_BLOCK_START.test(rest)) return 'other';
  if (LIST_ITEM.test(rest)) return 'item';
  if (EMPTY_ITEM.test(rest)) return 'other';
  return 'text';
}

/**
 * The line after the list region starting at lines[from], or -1 when the region holds a line
 * that could open a top-level block remark would carry past the region's end. The region ends
 * at an unindented heading, or after a blank line at an unindented line that is not an item:
 * every list item is closed there. Blank lines before that stay in the region (whitespace on
 * them can belong to indented code in an item).
 */
function listEnd(lines: readonly Line[], kinds: readonly Kind[], from: number): number {
  for (let i = from + 1; i < lines.length; i++) {
    const kind = kinds[i]!;
    if (kind === 'blank') continue;
    const unindented = lines[i]!.content === lines[i]!.start;
    if (unindented && (kind === 'heading' || (kind !== 'item' && kinds[i - 1] === 'blank'))) return i;
    if (kind === 'other') return -1;
  }
  return lines.length;
}

/** A bullet item, or an ordered one numbered exactly "1", can interrupt a paragraph. */
function interruptsParagraph(text: string, line: Line): boolean {
  const first = text.charCodeAt(line.content);
  if (first === 0x2d || first === 0x2a || first === 0x2b) return true;
  const second = text.charCodeAt(line.content + 1);
  return first === 0x31 && (second === 0x2e || second === 0x29);
}

/** A list item's marker: the bullet, or the number and its delimiter. */
const ITEM_MARKER = /^(?:([-*+])|(\d{1,9})([.)]))/;

/**
 * A list of unindented one-line items of plain text with one space after the marker, built
 * here; null when the list at lines[from] is anything more (then it is a region). Items of
 * one bullet or delimiter make one list; blank lines between them make it loose (`spread`).
 * The list ends at another kind of item, at an unindented heading, or after blank lines at
 * an unindented line; any other line could continue an item.
 */
function simpleList(text: string, lines: readonly Line[], kinds: readonly Kind[], from: number): { list: List; to: number } | null {
  const items: ListItem[] = [];
  const first = ITEM_MARKER.exec(text.slice(lines[from]!.content, lines[from]!.end))!;
  const marker = first[1] ?? first[3];
  let spread = false;
  let i = from;
  for (;;) {
    const item = simpleItem(text, lines[i]!, i);
    if (!item) return null;
    items.push(item);
    let next = i + 1;
    while (next < lines.length && kinds[next] === 'blank') next++;
    if (next === lines.length) break;
    const after = lines[next]!;
    if (after.content !== after.start) return null;
    if (kinds[next] === 'item') {
      const match = ITEM_MARKER.exec(text.slice(after.start, after.end))!;
      if ((match[1] ?? match[3]) !== marker) break;
      if (next > i + 1) spread = true;
      i = next;
      continue;
    }
    if (kinds[next] === 'heading' || next > i + 1) break;
    return null;
  }
  const last = items[items.length - 1]!;
  const list: List = {
    type: 'list',
    ordered: first[2] !== undefined,
    start: first[2] !== undefined ? Number(first[2]) : null,
    spread,
    children: items,
    position: { start: { ...items[0]!.position!.start }, end: { ...last.position!.end } },
  };
  return { list, to: i + 1 };
}

/** The item on `line` (lines[index]) when it is one space after the marker and plain text. */
function simpleItem(text: string, line: Line, index: number): ListItem | null {
  if (line.content !== line.start) return null;
  const marker = ITEM_MARKER.exec(text.slice(line.start, line.end))!;
  const contentStart = line.start + marker[0].length + 1;
  const afterSpace = text.charCodeAt(contentStart);
  if (text.charCodeAt(contentStart - 1) !== SPACE || afterSpace === SPACE || afterSpace === TAB) return null;
  // The item's content must be a paragraph, not a heading, quote, nested list …
  if (classify(text, { start: contentStart, end: line.end, content: contentStart }) !== 'text') return null;
  if (endsInWhitespace(text, line) || INLINE_SYNTAX.test(text.slice(contentStart, line.end))) return null;
  const span = (from: number) => ({ start: point(index, line, from), end: point(index, line, line.end) });
  const paragraphNode: Paragraph = {
    type: 'paragraph',
    children: [{ type: 'text', value: text.slice(contentStart, line.end), position: span(contentStart) }],
    position: span(contentStart),
  };
  return { type: 'listItem', spread: false, checked: null, children: [paragraphNode], position: span(line.start) };
}

/** True when the line ends in a space or tab (a hard break, or whitespace remark trims). */
function endsInWhitespace(text: string, line: Line): boolean {
  const code = text.charCodeAt(line.end - 1);
  return code === SPACE || code === TAB;
}

/**
 * The paragraph of lines[from, to) when it is plain text (hard breaks included), or one line
 * in bold ("**一、…**", how drafts mark headings); null leaves it to remark.
 */
function paragraph(text: string, lines: readonly Line[], from: number, to: number): Paragraph | null {
  if (to === from + 1) {
    const bold = boldLine(text, lines[from]!, from);
    if (bold) return bold;
  }
  // Continuation lines lose their indentation, and every line its trailing spaces: two or
  // more before a line ending make a hard break; line endings stay as written.
  const children: PhrasingContent[] = [];
  let value = '';
  let valueStart: Point | null = null;
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (i > from && text.slice(line.start, line.content).includes('\t')) return null;
    let end = line.end;
    while (end > line.content && text.charCodeAt(end - 1) === SPACE) end--;
    if (text.charCodeAt(end - 1) === TAB || INLINE_SYNTAX.test(text.slice(line.content, end))) return null;
    valueStart ??= point(i, line, line.content);
    value += text.slice(line.content, end);
    if (i === to - 1) {
      children.push({ type: 'text', value, position: { start: valueStart, end: point(i, line, end) } });
    } else if (line.end - end >= 2) {
      const next = lines[i + 1]!;
      children.push({ type: 'text', value, position: { start: valueStart, end: point(i, line, end) } });
      children.push({ type: 'break', position: { start: point(i, line, end), end: point(i + 1, next, next.start) } });
      value = '';
      valueStart = null;
    } else {
      value += text.slice(line.end, lines[i + 1]!.start);
    }
  }
  const first = lines[from]!;
  const last = lines[to - 1]!;
  return { type: 'paragraph', children, position: { start: point(from, first, first.content), end: point(to - 1, last, last.end) } };
}

/**
 * "**X**" alone on a line: one strong node when X is plain text without blanks at its edges
 * (then both delimiters can open and close whatever X starts or ends with, since the line's
 * start and end count as blanks).
 */
function boldLine(text: string, line: Line, index: number): Paragraph | null {
  const start = line.content;
  const end = line.end;
  if (end - start < 5 || !text.startsWith('**', start) || !text.endsWith('**', end)) return null;
  const value = text.slice(start + 2, end - 2);
  if (INLINE_SYNTAX.test(value) || WHITESPACE.test(value[0]!) || WHITESPACE.test(value[value.length - 1]!)) return null;
  const span = () => ({ start: point(index, line, start), end: point(index, line, end) });
  const inner = { type: 'text' as const, value, position: { start: point(index, line, start + 2), end: point(index, line, end - 2) } };
  return { type: 'paragraph', children: [{ type: 'strong', children: [inner], position: span() }], position: span() };
}

/** The ATX heading on `line` (lines[index]) when its text is plain; null leaves it to remark. */
function heading(text: string, line: Line, index: number): Heading | null {
  let hashes = 0;
  while (text.charCodeAt(line.content + hashes) === HASH) hashes++;
  let start = line.content + hashes;
  while (text.charCodeAt(start) === SPACE) start++;
  const value = text.slice(start, line.end);
  // Closing hashes, tabs and trailing blanks follow rules of their own.
  if (value === '' || value.includes('#') || value.includes('\t') || endsInWhitespace(text, line) || INLINE_SYNTAX.test(value)) {
    return null;
  }
  return {
    type: 'heading',
    depth: hashes as Heading['depth'],
    children: [{ type: 'text', value, position: { start: point(index, line, start), end: point(index, line, line.end) } }],
    position: { start: point(index, line, line.content), end: point(index, line, line.end) },
  };
}

/** The point at `offset` on `line`, which is lines[index]. */
function point(index: number, line: Line, offset: number): Point {
  return { line: index + 1, column: offset - line.start + 1, offset };
}

/**
 * The root's children: the built nodes, and for the regions remark's nodes from one parse of
 * all regions, each moved back to its region. Null when remark does not give what a region
 * promised (then the document is parsed whole).
 */
function parseRegions(text: string, lines: readonly Line[], pieces: readonly (RootContent | Region)[], parser: BlockParser): RootContent[] | null {
  const regions = pieces.filter((piece): piece is Region => 'from' in piece);
  if (regions.length === 0) return pieces as RootContent[];

  // Where each region starts and ends in the combined document, in lines and characters.
  const starts: { line: number; offset: number }[] = [];
  const ends: number[] = [];
  let combined = '';
  let line = 1;
  for (const region of regions) {
    if (starts.length > 0) {
      combined += SEPARATOR;
      line += SEPARATOR_LINES;
    }
    starts.push({ line, offset: combined.length });
    combined += text.slice(lines[region.from]!.start, lines[region.to - 1]!.end);
    ends.push(combined.length);
    line += region.to - region.from - 1;
  }

  const byRegion: RootContent[][] = regions.map(() => []);
  let r = 0;
  for (const node of parser.parse(combined).children) {
    const from = node.position?.start.offset;
    const to = node.position?.end.offset;
    if (from === undefined || to === undefined) return null;
    while (r + 1 < regions.length && from >= starts[r + 1]!.offset) r++;
    if (from < ends[r]!) {
      // A block carried past its region's end would mean the regions were not independent.
      if (to > ends[r]!) return null;
      byRegion[r]!.push(node);
    } else if (node.type !== 'html' || r + 1 === regions.length || to > starts[r + 1]!.offset) {
      return null; // between regions there is only the separator
    }
  }

  const children: RootContent[] = [];
  r = 0;
  for (const piece of pieces) {
    if (!('from' in piece)) {
      children.push(piece);
      continue;
    }
    const nodes = byRegion[r]!;
    if (nodes.length === 0 || (piece.expect !== null && (nodes.length !== 1 || nodes[0]!.type !== piece.expect))) return null;
    for (const node of nodes) {
      shift(node, piece.from + 1 - starts[r]!.line, lines[piece.from]!.start - starts[r]!.offset);
      children.push(node);
    }
    r++;
  }
  return children;
}

/** Moves every position in `node` down `lines` lines and on `offset` characters. */
function shift(node: Node, lines: number, offset: number): void {
  // The tree is one block of at most MAX_MARKDOWN_NESTING levels (markdown-shapes.ts): visit's recursion is safe.
  visit(node, (child) => {
    if (!child.position) return;
    for (const p of [child.position.start, child.position.end]) {
      p.line += lines;
      if (p.offset !== undefined) p.offset += offset;
    }
  });
}
