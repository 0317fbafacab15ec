// One source line → its blocks: debris, a recovered heading (possibly followed by the rest of the
// line as a paragraph), or a paragraph. Works on offsets so both readers keep exact positions.
import type { Heading, Paragraph, PhrasingContent, Text } from 'mdast';
import type { HeadingNumbering, SourcePoint } from '../rule-api.js';
import { DEBRIS_MAX_LENGTH, PAGE_DEBRIS, type DebrisKind } from '../data/page-debris.js';
import { foldWidth } from './fold.js';
import { matchHeadingMarker, splitLeadSentence } from './headings.js';
import { isBlank } from './whitespace.js';
import type {} from './types.js';

export type LinePart =
  | { type: 'debris'; kind: DebrisKind; start: number; end: number }
  | { type: 'heading'; numbering: HeadingNumbering; start: number; end: number }
  | { type: 'paragraph'; start: number; end: number };

/** The debris kind of a trimmed line, or null for report text. Full-width punctuation counts as its ASCII twin. */
export function matchDebris(line: string): DebrisKind | null {
  if (line.length > DEBRIS_MAX_LENGTH) return null;
  const plain = foldWidth(line);
  for (const entry of PAGE_DEBRIS) {
    if (plain.length <= entry.maxLength && entry.pattern.test(plain)) return entry.kind;
  }
  return null;
}

// Markdown emphasis around a heading: "**一、总体情况**" is how pandoc writes Word's bold headings.
function skipDelimiters(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && (text[i] === '*' || text[i] === '_')) i++;
  return i;
}

/**
 * The parts of the line content text[start, end) (already trimmed). With `markdown`, emphasis
 * delimiters before a marker and after the lead sentence's "。" belong to the heading.
 */
export function splitLine(text: string, start: number, end: number, markdown = false): LinePart[] {
  const line = text.slice(start, end);
  const kind = matchDebris(line);
  if (kind) return [{ type: 'debris', kind, start, end }];
  return splitHeadings(text, start, end, markdown, -1);
}

/**
 * A line that opens with a heading marker: the heading, then the rest. The rest may open with a
 * deeper heading of its own ("一、加强组织领导。(一)健全机制。区委…" in a page that lost its
 * line breaks): that one is split off too.
 */
function splitHeadings(text: string, start: number, end: number, markdown: boolean, above: number): LinePart[] {
  const line = text.slice(start, end);
  const lead = markdown ? skipDelimiters(line, 0, line.length) : 0;
  const match = matchHeadingMarker(lead === 0 ? line : line.slice(lead));
  if (!match || match.level <= above) return [{ type: 'paragraph', start, end }];
  const numbering: HeadingNumbering = { level: match.level, value: match.value, marker: match.marker, style: match.style };

  let split = splitLeadSentence(line, lead + match.start + match.length);
  if (split !== null && markdown) {
    split = skipDelimiters(line, split, line.length);
    if (split === line.length) split = null;
  }
  if (split === null) return [{ type: 'heading', numbering, start, end }];
  let body = start + split;
  while (body < end && isBlank(text.charCodeAt(body))) body++;
  return [{ type: 'heading', numbering, start, end: start + split }, ...splitHeadings(text, body, end, markdown, Math.max(above, match.level))];
}

export type PointAt = (offset: number) => SourcePoint;

export function span(start: number, end: number, at: PointAt) {
  return { start: at(start), end: at(end) };
}

/** A text node holding exactly text[start, end). */
export function textNode(text: string, start: number, end: number, at: PointAt): Text {
  return { type: 'text', value: text.slice(start, end), position: span(start, end, at) };
}

/** The block node of a heading or paragraph part. */
export function blockNode(part: Exclude<LinePart, { type: 'debris' }>, children: PhrasingContent[], at: PointAt): Heading | Paragraph {
  const position = span(part.start, part.end, at);
  if (part.type === 'paragraph') return { type: 'paragraph', children, position };
  return {
    type: 'heading',
    depth: Math.min(Math.max(part.numbering.level, 1), 6) as Heading['depth'],
    data: { numbering: part.numbering, recovered: true },
    children,
    position,
  };
}
