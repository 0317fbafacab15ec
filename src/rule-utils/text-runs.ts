// The written text of a block as runs with their offsets in the source, for rules that look at
// characters (punctuation, document numbers, personal data). Only `text` nodes count: inline
// code, HTML, link targets and Markdown syntax are never report prose.
import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { documentNumberSpans } from '../data/document-number.js';
import { TYPOGRAPHY_MARKS } from '../data/punctuation.js';

/** The plain text of a node: its text descendants concatenated (raw HTML and image descriptions are not text). */
export function nodeText(node: Nodes): string {
  // A block of one text node, as every block a .txt report is read into, is that node's value.
  if ('children' in node && node.children.length === 1 && node.children[0]!.type === 'text') return node.children[0]!.value;
  return toString(node, { includeHtml: false, includeImageAlt: false });
}

export interface TextRun {
  value: string;
  /** Offset of value[0] in the source text. */
  offset: number;
}

// Several rules ask for the same block's runs, joined text and 文号 spans: the walk calls every
// rule's handler for a block one after another, so the last block asked about is remembered and
// each is computed once. Properties on the nodes and WeakMaps did the same at a higher cost
// (defineProperty per node, look-ups, garbage collection: npm run bench). Treat the results as
// read-only.
let last: { node: Nodes; source: string; runs: TextRun[]; joined: JoinedText | null } | null = null;

/**
 * The text runs under `node`, in order. A run is kept only when the source holds exactly its
 * value at its position (a Markdown escape such as "\*" breaks that): offsets stay exact, so a
 * fix built on them replaces what it means to.
 */
export function textRuns(node: Nodes, source: string): TextRun[] {
  if (last !== null && last.node === node && last.source === source) return last.runs;
  const runs: TextRun[] = [];
  collectRuns(node, source, runs);
  last = { node, source, runs, joined: null };
  return runs;
}

/**
 * True when `source` holds `value` at `offset`. A slice compared with === is several times
 * faster than String#startsWith with a position, which compares character by character
 * (npm run bench: it was 2 % of a .txt run).
 */
export function holdsAt(source: string, value: string, offset: number): boolean {
  return source.slice(offset, offset + value.length) === value;
}

function collectRuns(node: Nodes, source: string, runs: TextRun[]): void {
  if (node.type === 'text') {
    const start = node.position?.start.offset;
    if (start !== undefined && holdsAt(source, node.value, start)) runs.push({ value: node.value, offset: start });
    return;
  }
  if (node.type === 'inlineCode' || node.type === 'code' || node.type === 'html') return;
  if ('children' in node) for (const child of node.children) collectRuns(child as Nodes, source, runs);
}

// TYPOGRAPHY_MARKS by UTF-16 code: a look-up per character is cheaper than a pattern of them
// (over the .txt bench corpus the character-class pattern took half as long again).
const IS_TYPOGRAPHY_MARK = new Uint8Array(0x10000);
for (const mark of TYPOGRAPHY_MARKS) IS_TYPOGRAPHY_MARK[mark.charCodeAt(0)] = 1;

/**
 * The runs joined into one string, with a way back from each character to its source offset.
 * Runs that are not adjacent in the source are joined by "\n" (offset -1), so a pattern never
 * matches across a link or an inline code span as if they were one word.
 */
export class JoinedText {
  readonly text: string;
  private readonly runs: TextRun[];
  /** Built on first use: most paragraphs are never reported, and one run needs no map. */
  private offsets: Int32Array | null = null;
  private numberSpans: Array<[number, number]> | null = null;
  private marks: number[] | null = null;

  constructor(runs: TextRun[]) {
    this.runs = runs;
    if (runs.length === 1) {
      this.text = runs[0]!.value;
      return;
    }
    const parts: string[] = [];
    let previousEnd = -1;
    for (const run of runs) {
      if (previousEnd !== -1 && run.offset !== previousEnd) parts.push('\n');
      parts.push(run.value);
      previousEnd = run.offset + run.value.length;
    }
    this.text = parts.join('');
  }

  /** The source offset of text[index]; -1 for a "\n" that joins two runs. */
  offsetOf(index: number): number {
    if (this.runs.length === 1) return this.runs[0]!.offset + index;
    this.offsets ??= this.buildOffsets();
    return this.offsets[index]!;
  }

  /** documentNumberSpans of the text, found once: three rules ask, and the scan is not cheap. */
  documentNumbers(): Array<[number, number]> {
    return (this.numberSpans ??= documentNumberSpans(this.text));
  }

  /** Indices of the TYPOGRAPHY_MARKS in the text, in order, found once: two rules ask. */
  punctuation(): readonly number[] {
    if (this.marks === null) {
      const { text } = this;
      const marks: number[] = [];
      for (let i = 0; i < text.length; i++) if (IS_TYPOGRAPHY_MARK[text.charCodeAt(i)] === 1) marks.push(i);
      this.marks = marks;
    }
    return this.marks;
  }

  private buildOffsets(): Int32Array {
    const offsets = new Int32Array(this.text.length);
    let at = 0;
    let previousEnd = -1;
    for (const run of this.runs) {
      if (previousEnd !== -1 && run.offset !== previousEnd) offsets[at++] = -1;
      for (let i = 0; i < run.value.length; i++) offsets[at++] = run.offset + i;
      previousEnd = run.offset + run.value.length;
    }
    return offsets;
  }
}

/** The runs as one JoinedText; the same object for the runs textRuns gave last. */
export function joinRuns(runs: TextRun[]): JoinedText {
  if (last !== null && last.runs === runs) return (last.joined ??= new JoinedText(runs));
  return new JoinedText(runs);
}
