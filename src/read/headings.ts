// Heading recovery, shared by the text and Markdown readers: reports are written in Word, so
// their headings are numbered lines ("一、" "(一)" "1." "(1)"), not Markdown "#".
import type { HeadingNumbering } from '../rule-api.js';
import { HEADING_MARKERS } from '../data/heading-markers.js';
import { isBlank } from './whitespace.js';

export interface MarkerMatch extends HeadingNumbering {
  /** Index in the line where the marker starts (after leading blanks). */
  start: number;
  /** The marker's length in UTF-16 units. */
  length: number;
}

const COMPILED = HEADING_MARKERS.map((entry) => ({ entry, regex: new RegExp(entry.pattern) }));

// Every pattern starts with one of these; other lines skip the table (the common case).
const FIRST_CHARS = /^[第一二三四五六七八九十(（【0-9０-９①-⑳]/;

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九: "十" → 10, "十一" → 11, "二十" → 20, "二十三" → 23. Null for anything else. */
export function parseChineseNumeral(text: string): number | null {
  const ten = text.indexOf('十');
  if (ten === -1) return text.length === 1 ? (DIGITS[text] ?? null) : null;
  if (ten > 1 || text.indexOf('十', ten + 1) !== -1 || text.length - ten > 2) return null;
  const tens = ten === 0 ? 1 : DIGITS[text[0]!];
  const ones = ten === text.length - 1 ? 0 : DIGITS[text[ten + 1]!];
  return tens === undefined || ones === undefined ? null : tens * 10 + ones;
}

function numeralValue(numeral: 'chinese' | 'arabic' | 'circled', text: string): number | null {
  if (numeral === 'chinese') return parseChineseNumeral(text);
  if (numeral === 'circled') return text.charCodeAt(0) - 0x2460 + 1;
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    value = value * 10 + (code >= 0xff10 ? code - 0xff10 : code - 0x30); // full-width ０-９
  }
  return value === 0 ? null : value;
}

/**
 * The heading marker that opens `lineText` (leading blanks allowed), or null. A marker must be
 * followed by some text on the same line: "一、" alone is not a heading.
 */
export function matchHeadingMarker(lineText: string): MarkerMatch | null {
  let start = 0;
  while (start < lineText.length && isBlank(lineText.charCodeAt(start))) start++;
  const rest = start === 0 ? lineText : lineText.slice(start);
  if (!FIRST_CHARS.test(rest)) return null;
  for (const { entry, regex } of COMPILED) {
    const match = regex.exec(rest);
    if (!match) continue;
    const value = numeralValue(entry.numeral, match[1]!);
    if (value === null) return null;
    const marker = match[0];
    let after = marker.length;
    while (after < rest.length && isBlank(rest.charCodeAt(after))) after++;
    if (after === rest.length) return null;
    return { level: entry.level, value, marker, style: entry.style, start, length: marker.length };
  }
  return null;
}

// Closing marks that belong to the sentence just ended: "…活动。”" keeps its quote.
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '】', '》']);

/**
 * Where a heading's lead sentence ends in `lineText`: the index just after the first "。"
 * (and any closing quote), when body text follows on the same line — "(一)强化统筹推进。进一步…".
 * Null when no body text follows: the whole line is the heading.
 */
export function splitLeadSentence(lineText: string, markerEnd = 0): number | null {
  const stop = lineText.indexOf('。');
  // "一、主要举措和成效:一年来,…。", "一、2024年主要工作举措和成效　过去一年,…。": a colon, or a
  // full-width space after the heading's words, ends the heading when sentences follow it.
  const pause = lineText.slice(0, stop === -1 ? undefined : stop).search(HEADING_PAUSE);
  if (pause !== -1 && stop !== -1 && pause - markerEnd >= MIN_HEADING_WORDS && pause <= LEAD_PAUSE_MAX) {
    const end = lineText[pause] === '\u3000' ? pause : pause + 1;
    let body = pause + 1;
    while (body < lineText.length && isBlank(lineText.charCodeAt(body))) body++;
    if (body < lineText.length) return end;
  }
  if (stop === -1) return null;
  let end = stop + 1;
  while (end < lineText.length && CLOSERS.has(lineText[end]!)) end++;
  for (let i = end; i < lineText.length; i++) {
    if (!isBlank(lineText.charCodeAt(i))) return end;
  }
  return null;
}

const HEADING_PAUSE = /[:：\u3000]/;
/** A heading's words before such a pause: at least this many ("第一部分　…" is a marker and a blank). */
const MIN_HEADING_WORDS = 4;
/** …and the pause within this many characters of the line's start. */
const LEAD_PAUSE_MAX = 40;
