// Documents without lines (.docx, .html) are linted as a synthetic text with one paragraph a
// line, read by the same line-based reader as a .txt: heading recovery and page debris work
// unchanged, and a message's line is the paragraph's number. What the source format knew
// better than the text — a Word "Heading 2" style, an HTML <h3> — travels beside the text as
// `headingLines` and is applied to the tree after reading.
import type { Heading, Root, RootContent } from 'mdast';
import { trimRange } from './whitespace.js';

export interface Block {
  text: string;
  /** 1–6 when the source marks the block as a heading (Word Heading n, HTML <hn>). */
  headingDepth?: number;
}

export interface ParagraphDocument {
  /** One paragraph a line, joined by "\n"; empty paragraphs are left out. */
  text: string;
  /** Line (= paragraph number) → heading depth, for paragraphs the source styles as headings. */
  headingLines: Map<number, number>;
  /**
   * Where each line comes from, by line (0-based): its block and the offset in the block's text
   * of the line's first character. Column c of line n is character `offset + c - 1` of block
   * `block`: a reader that knows where its blocks' characters sit (the .docx reader) maps a
   * message back to the source from here.
   */
  origins: LineOrigin[];
}

export interface LineOrigin {
  block: number;
  offset: number;
}

// A line break inside a paragraph (<br>, Word's Shift+Enter) starts a new paragraph: pages
// and drafts use it as one, and a "(一)" after it must be found as a heading.
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\v\f]/;

export function paragraphDocument(blocks: readonly Block[]): ParagraphDocument {
  const lines: string[] = [];
  const headingLines = new Map<number, number>();
  const origins: LineOrigin[] = [];
  for (const [index, block] of blocks.entries()) {
    let pieceStart = 0;
    for (const piece of block.text.split(LINE_BREAK)) {
      const [start, end] = trimRange(piece, 0, piece.length);
      const at = pieceStart;
      // Past the piece and the break after it: "\r\n" is two characters, any other one.
      const breakAt = pieceStart + piece.length;
      pieceStart = breakAt + (block.text.startsWith('\r\n', breakAt) ? 2 : 1);
      if (start === end) continue;
      lines.push(piece.slice(start, end));
      origins.push({ block: index, offset: at + start });
      if (block.headingDepth !== undefined) headingLines.set(lines.length, block.headingDepth);
    }
  }
  return { text: lines.join('\n'), headingLines, origins };
}

/**
 * Paragraphs on `headingLines` become headings of the given depth. A line the text reader
 * already recovered as a numbered heading keeps its numbering (the marker says more than the
 * style); its lead-sentence split stays as well.
 */
export function promoteHeadings(tree: Root, headingLines: ReadonlyMap<number, number>): Root {
  if (headingLines.size === 0) return tree;
  const recovered = new Set<number>();
  for (const node of tree.children) {
    if (node.type === 'heading' && node.position) recovered.add(node.position.start.line);
  }
  tree.children = tree.children.map((node): RootContent => {
    const line = node.position?.start.line;
    const depth = line === undefined ? undefined : headingLines.get(line);
    if (node.type !== 'paragraph' || depth === undefined || recovered.has(line!)) return node;
    const heading: Heading = {
      type: 'heading',
      depth: Math.min(Math.max(depth, 1), 6) as Heading['depth'],
      children: node.children,
      position: node.position,
    };
    return heading;
  });
  return tree;
}
