// The report as the outline reads it: one entry per top-level block (heading or paragraph) with
// its text, its place in the source and its heading level. Titles and issuers are quoted as the
// source writes them: where the matching text differs (a traditional-character page read as its
// simplified original, src/read/script.ts) the block knows how to slice the source instead.
import type { Heading, Nodes, Root, RootContent } from 'mdast';
import type { SourcePoint, Span } from '../rule-api.js';
import { foldWidth } from '../read/fold.js';
import { nodeText } from '../rule-utils/text-runs.js';
import { CONTINUE, EXIT, visit } from 'unist-util-visit';

/** The blanks of a letter-spaced line ("吉 首 市 … 2 0 2 4 年 度"): between Chinese characters and digits. */
export const LETTER_GAP = /(?<=[\u3400-\u9fff0-9])[ \u3000]+(?=[\u3400-\u9fff0-9])/g;

export class Block {
  private folded: string | undefined;

  constructor(
    readonly node: RootContent,
    /** The block's text, trimmed, as matched (simplified where the page is traditional). */
    readonly text: string,
    readonly line: number,
    readonly endLine: number,
    readonly start: number,
    readonly end: number,
    /** Heading level within the report (1 = 一、, or 第一部分 where a report has those), or 0 for a body block. */
    readonly level: number,
    /** Source offset of text[0] when the source holds the text character for character, else null. */
    readonly textOffset: number | null,
  ) {}

  /**
   * `text` with full-width punctuation folded to ASCII (src/read/fold.ts): what patterns with
   * punctuation are tried on. Same length. Folded when first asked: most body paragraphs never are.
   */
  get plain(): string {
    return (this.folded ??= foldWidth(this.text));
  }
}

export function spanOf(node: Nodes): Span {
  const p = node.position!;
  return {
    start: { line: p.start.line, column: p.start.column, offset: p.start.offset ?? 0 },
    end: { line: p.end.line, column: p.end.column, offset: p.end.offset ?? 0 },
  };
}

function headingLevel(node: Heading, minUnnumberedDepth: number): number {
  const numbering = node.data?.numbering;
  if (numbering) return numbering.level;
  return Math.max(1, node.depth - minUnnumberedDepth + 1);
}

function firstTextOffset(node: Nodes): number | undefined {
  // Most blocks start with their text: visit's set-up per call cost 4 % of a .txt run.
  const first = 'children' in node ? node.children[0] : undefined;
  if (first?.type === 'text' && first.position?.start.offset !== undefined) return first.position.start.offset;
  let found: number | undefined;
  visit(node, 'text', (text) => {
    found = text.position?.start.offset;
    return found === undefined ? CONTINUE : EXIT;
  });
  return found;
}

export function toBlocks(tree: Root, source: string): Block[] {
  const unnumbered = tree.children.filter((n): n is Heading => n.type === 'heading' && !n.data?.numbering);
  // The shallowest unnumbered Markdown heading is usually the title; body parts start one deeper.
  const depths = unnumbered.map((h) => h.depth);
  const minDepth = depths.length > 1 ? Math.min(...depths.slice(1)) : (depths[0] ?? 1);
  // "第一部分" headings (numbering level 0) stand above 一、: where a report has them, every
  // heading moves one level down, since level 0 here means a body block.
  const shift = tree.children.some((n) => n.type === 'heading' && n.data?.numbering?.level === 0) ? 1 : 0;
  const blocks: Block[] = [];
  for (const node of tree.children) {
    if (!node.position || node.type === 'html' || node.type === 'thematicBreak') continue;
    const raw = nodeText(node);
    const text = raw.trim();
    if (text === '') continue;
    const first = firstTextOffset(node);
    const textStart = first === undefined ? undefined : first + (raw.length - raw.trimStart().length);
    const textOffset = textStart !== undefined && source.slice(textStart, textStart + text.length) === text ? textStart : null;
    const level = node.type === 'heading' ? headingLevel(node, minDepth) + shift : 0;
    blocks.push(new Block(node, text, node.position.start.line, node.position.end.line, node.position.start.offset ?? 0, node.position.end.offset ?? 0, level, textOffset));
  }
  return blocks;
}

/**
 * A piece of a block's text: its source span and its text as written. `from`/`to` index the
 * block's text; without a one-to-one source the whole block is the span.
 */
export interface Piece {
  text: string;
  span: Span;
  line: number;
}

export class SourceSlicer {
  constructor(
    /** The text the tree was read from (simplified where the page is traditional). */
    private readonly matched: string,
    /** The file's text as written. */
    private readonly written: string,
  ) {}

  /** Whether only blanks lie between two blocks (no line the reader set aside as page debris). */
  blankBetween(first: Block, second: Block): boolean {
    return this.matched === '' || this.matched.slice(first.end, second.start).trim() === '';
  }

  /** The source's characters at [start, end), as written. */
  slice(start: number, end: number): string {
    return this.written.slice(start, end);
  }

  piece(block: Block, from = 0, to = block.text.length): Piece {
    if (block.textOffset === null) {
      return { text: block.text.slice(from, to), span: spanOf(block.node), line: block.line };
    }
    const start = block.textOffset + from;
    const end = block.textOffset + to;
    const span = { start: this.pointAt(block, start), end: this.pointAt(block, end) };
    return { text: this.written.slice(start, end), span, line: span.start.line };
  }

  /** A point inside a block; a block with one line needs no search. */
  private pointAt(block: Block, offset: number): SourcePoint {
    const position = block.node.position!;
    if (block.line === block.endLine) {
      return { line: block.line, column: position.start.column + (offset - block.start), offset };
    }
    let line = block.line;
    let lineStart = block.start - (position.start.column - 1);
    for (let i = block.start; i < offset; i++) {
      if (this.matched.charCodeAt(i) === 0x0a) {
        line++;
        lineStart = i + 1;
      }
    }
    return { line, column: offset - lineStart + 1, offset };
  }
}
