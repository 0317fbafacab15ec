// The written text of a block as runs with their offsets in the source, for rules that look at
// characters (punctuation, document numbers, personal data). Only `text` nodes count: inline
// code, HTML, link targets and Markdown syntax are never report prose.
import type { Nodes } from 'mdast';

export interface TextRun {
  value: string;
  /** Offset of value[0] in the source text. */
  offset: number;
}

/**
 * The text runs under `node`, in order. A run is kept only when the source holds exactly its
 * value at its position (a Markdown escape such as "\*" breaks that): offsets stay exact, so a
 * fix built on them replaces what it means to.
 */
// Several rules ask for the same block's runs in one walk: each block's runs and joined text
// are computed once (npm run bench). Treat the results as read-only.
const runsCache = new WeakMap<Nodes, { source: string; runs: TextRun[] }>();
const joinedCache = new WeakMap<TextRun[], { text: string; offsets: number[] }>();

export function textRuns(node: Nodes, source: string): TextRun[] {
  const cached = runsCache.get(node);
  if (cached && cached.source === source) return cached.runs;
  const runs: TextRun[] = [];
  const visit = (n: Nodes) => {
    if (n.type === 'text') {
      const start = n.position?.start.offset;
      if (start !== undefined && source.startsWith(n.value, start)) runs.push({ value: n.value, offset: start });
      return;
    }
    if (n.type === 'inlineCode' || n.type === 'code' || n.type === 'html') return;
    if ('children' in n) for (const child of n.children) visit(child as Nodes);
  };
  visit(node);
  runsCache.set(node, { source, runs });
  return runs;
}

/**
 * The runs joined into one string, with a map from each character back to its source offset.
 * Runs that are not adjacent in the source are joined by "\n" (mapped to -1), so a pattern never
 * matches across a link or an inline code span as if they were one word.
 */
export function joinRuns(runs: TextRun[]): { text: string; offsets: number[] } {
  const cached = joinedCache.get(runs);
  if (cached) return cached;
  let text = '';
  const offsets: number[] = [];
  let previousEnd = -1;
  for (const run of runs) {
    if (previousEnd !== -1 && run.offset !== previousEnd) {
      text += '\n';
      offsets.push(-1);
    }
    text += run.value;
    for (let i = 0; i < run.value.length; i++) offsets.push(run.offset + i);
    previousEnd = run.offset + run.value.length;
  }
  const joined = { text, offsets };
  joinedCache.set(runs, joined);
  return joined;
}
