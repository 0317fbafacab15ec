// Plain text → mdast, one line at a time. Reports saved as .txt (or scraped from pages) have one
// paragraph a line, so each non-blank line is one block; nothing is merged. Linear time and no
// remark: this is the hot path for most files.
import type { Paragraph, Root, RootContent } from 'mdast';
import type { SourcePoint } from '../rule-api.js';
import { reachesWidth, wrapWidth } from './hard-wrap.js';
import { takeLinkLists } from './link-lists.js';
import { blockNode, splitLine, textNode } from './lines.js';
import type { PageDebris } from './types.js';
import { isBlank, trimRange } from './whitespace.js';

// A fazhi-lint directive comment ending a line, e.g. "<!-- fazhi-lint-disable require-title -->"
// (docs/use/disable-comments.md). It instructs the linter: it is neither report text nor debris.
const DIRECTIVE_OPENING = /<!--\s*fazhi-lint-/g;

/** Where a directive comment ending the trimmed line text[start, end) begins, or -1. */
export function directiveCommentStart(text: string, start: number, end: number): number {
  // ">" last is rare in report text: the rest runs only on candidate lines.
  if (end <= start || text.charCodeAt(end - 1) !== 0x3e || !text.startsWith('-->', end - 3)) return -1;
  // The comment holds no "-->" of its own: it opens after the one before the last, at the first
  // "<!-- fazhi-lint-" there. Found by scanning forward once, never by backtracking.
  const previousClose = text.lastIndexOf('-->', end - 4);
  const from = previousClose < start ? start : previousClose + 3;
  DIRECTIVE_OPENING.lastIndex = 0;
  const opening = DIRECTIVE_OPENING.exec(text.slice(from, end));
  return opening && opening.index + opening[0].length <= end - 3 - from ? from + opening.index : -1;
}

/**
 * A whole body copied onto one line, its paragraphs set apart by their "　　" indents: a line this
 * long is read as those paragraphs (tenth blind set). No heading, metadata row or paragraph of a
 * report written a paragraph a line holds such a run this far in.
 */
const ONE_LINE_BODY_MIN = 400;
const PARAGRAPH_INDENT = /\u3000{2,}/g;

/** The paragraphs of a long line, split at the ideographic-space indents inside it. */
function paragraphsOfLine(text: string, start: number, end: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let from = start;
  // Within the line: a search of the text from here would run on past it, on every long line.
  for (const indent of text.slice(start, end).matchAll(PARAGRAPH_INDENT)) {
    const at = start + indent.index;
    if (at > from) ranges.push(trimRange(text, from, at));
    from = at + indent[0].length;
  }
  if (from < end) ranges.push(trimRange(text, from, end));
  return ranges.filter(([a, b]) => a < b);
}

/** ">" and "＞": a quoted line's marker, followed by a blank. */
const QUOTE_MARKERS = [0x3e, 0xff1e];

/** HTML's blank characters as a page copied without decoding shows them. */
const BLANK_ENTITIES = ['&nbsp;', '&ensp;', '&emsp;', '&#160;', '&#12288;'];

// A heading that stops on a word that cannot end one (和, 及, 与, 的, 、, a comma) goes on below.
const HEADING_BROKEN = /[和及与的、,，或并]$/;
const HEADING_END_MAX_LENGTH = 12;
// A long heading cut at a fixed line width ("二、局党组书记、局长履行推进法治建设第一责任人职" / "责情况")
// goes on below when the next line is a few Chinese characters and nothing else.
const WRAPPED_HEADING_MIN_LENGTH = 20;
const WRAPPED_REST = /^[\u3400-\u9fff]{1,4}$/;

/** Where the line after the one ending at `lineEnd` starts: line endings as micromark reads them, "\n", "\r\n", lone "\r". */
function nextLineStart(text: string, lineEnd: number): number {
  return lineEnd + (text.charCodeAt(lineEnd) === 0x0d && text.charCodeAt(lineEnd + 1) === 0x0a ? 2 : 1);
}

/**
 * The line after `lineEnd` when it ends the heading text[start, end) that a line width broke:
 * short, no sentence mark, no marker of its own ("成效", "工作情况"). Null otherwise.
 */
function headingEnd(text: string, start: number, end: number, lineEnd: number): { lineStart: number; lineEnd: number; start: number; end: number } | null {
  const broken = HEADING_BROKEN.test(text.slice(start, end));
  if ((!broken && end - start < WRAPPED_HEADING_MIN_LENGTH) || lineEnd >= text.length) return null;
  const lineStart = nextLineStart(text, lineEnd);
  let next = lineStart;
  while (next < text.length && text.charCodeAt(next) !== 0x0a && text.charCodeAt(next) !== 0x0d) next++;
  const [restStart, restEnd] = trimRange(text, lineStart, next);
  const words = text.slice(restStart, restEnd);
  if (restStart === restEnd || words.length > HEADING_END_MAX_LENGTH || /[。,，;；:：!！?？、]/.test(words)) return null;
  if (!broken && !WRAPPED_REST.test(words)) return null;
  const parts = splitLine(text, restStart, restEnd);
  if (parts.length !== 1 || parts[0]!.type !== 'paragraph') return null;
  return { lineStart, lineEnd: next, start: restStart, end: restEnd };
}

export function readText(text: string): Root {
  const children: RootContent[] = [];
  const debris: PageDebris[] = [];
  let line = 1;
  let lineStart = 0;
  const width = wrapWidth(text);
  // In a text broken at a fixed width, the paragraph whose line reached it: the next line, when
  // it starts flush and is a paragraph, goes on with it.
  let goesOn: Paragraph | null = null;
  // Positions come from the current line: no search needed.
  const at = (offset: number): SourcePoint => ({ line, column: offset - lineStart + 1, offset });

  // Line endings as micromark reads them: "\n", "\r\n", lone "\r". The next of each is found
  // by a native search, again only once the line start has passed it (-1: there is none): a
  // loop over every character took twice as long.
  let nextLf = text.indexOf('\n');
  let nextCr = text.indexOf('\r');
  while (lineStart <= text.length) {
    if (nextLf !== -1 && nextLf < lineStart) nextLf = text.indexOf('\n', lineStart);
    if (nextCr !== -1 && nextCr < lineStart) nextCr = text.indexOf('\r', lineStart);
    let lineEnd = Math.min(nextLf === -1 ? text.length : nextLf, nextCr === -1 ? text.length : nextCr);
    let [start, end] = trimRange(text, lineStart, lineEnd);
    // A page copied with its markup's blanks left in ("&nbsp;&nbsp;一、…") indents with them.
    while (text.charCodeAt(start) === 0x26 && start < end) {
      const blank = BLANK_ENTITIES.find((entity) => text.startsWith(entity, start));
      if (blank === undefined) break;
      [start, end] = trimRange(text, start + blank.length, end);
    }
    // A mirror that quotes the page line by line ("> 一、主要工作…", "> > …") marks every line so.
    while (QUOTE_MARKERS.includes(text.charCodeAt(start)) && start + 1 < end && isBlank(text.charCodeAt(start + 1))) {
      [start, end] = trimRange(text, start + 1, end);
    }
    const directive = directiveCommentStart(text, start, end);
    if (directive !== -1) [start, end] = trimRange(text, start, directive);
    const parts = start >= end ? [] : end - start > ONE_LINE_BODY_MIN ? paragraphsOfLine(text, start, end).flatMap(([a, b]) => splitLine(text, a, b)) : splitLine(text, start, end);
    const wrapped: Paragraph | null = goesOn;
    goesOn = null;
    if (wrapped && start === lineStart && parts.length === 1 && parts[0]!.type === 'paragraph') {
      wrapped.children.push(textNode(text, start, end, at));
      wrapped.position!.end = at(end);
      if (reachesWidth(end - lineStart, width!)) goesOn = wrapped;
    } else {
      for (const part of parts) {
        if (part.type === 'debris') {
          debris.push({ kind: part.kind, text: text.slice(part.start, part.end), position: { start: at(part.start), end: at(part.end) } });
          continue;
        }
        const node = blockNode(part, [textNode(text, part.start, part.end, at)], at);
        children.push(node);
        if (width !== null && node.type === 'paragraph' && part.end === end && reachesWidth(end - lineStart, width)) goesOn = node;
        // A heading a PDF's line width broke ("一、法治政府建设的主要举措和" / "成效"): its end joins it.
        const rest = part.type === 'heading' && part.end === end ? headingEnd(text, part.start, part.end, lineEnd) : null;
        if (rest === null) continue;
        line++;
        lineStart = rest.lineStart;
        node.children.push(textNode(text, rest.start, rest.end, at));
        node.position!.end = at(rest.end);
        lineEnd = rest.lineEnd;
      }
    }
    if (lineEnd >= text.length) break;
    lineStart = nextLineStart(text, lineEnd);
    line++;
  }

  return {
    type: 'root',
    children: takeLinkLists(children, debris, text),
    data: { debris },
    position: { start: { line: 1, column: 1, offset: 0 }, end: at(text.length) },
  };
}
