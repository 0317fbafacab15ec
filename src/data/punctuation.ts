// Chinese punctuation as GB/T 15834-2011《标点符号用法》 writes it: the paired marks, and the
// full-width forms Chinese text takes where keyboards in English mode type ASCII marks.

/** Marks that open and close; `family` groups the forms that may pair with each other. */
export interface PairedMark {
  family: string;
  open: readonly string[];
  close: readonly string[];
  name: { zh: string; en: string };
  note: string;
}

export const PAIRED_MARKS: readonly PairedMark[] = [
  { family: 'double-quote', open: ['“'], close: ['”'], name: { zh: '双引号', en: 'double quotation marks' }, note: 'GB/T 15834-2011 4.8 引号' },
  { family: 'single-quote', open: ['‘'], close: ['’'], name: { zh: '单引号', en: 'single quotation marks' }, note: 'GB/T 15834-2011 4.8, quotes inside quotes' },
  { family: 'book-title', open: ['《'], close: ['》'], name: { zh: '书名号', en: 'title marks' }, note: 'GB/T 15834-2011 4.15 书名号' },
  { family: 'inner-book-title', open: ['〈'], close: ['〉'], name: { zh: '单书名号', en: 'inner title marks' }, note: 'GB/T 15834-2011 4.15, titles inside titles' },
  // Half- and full-width parentheses pair with each other here: a mixed pair "（一)" is a
  // width slip (heading-sequence, fullwidth-punctuation), not an unbalanced bracket.
  { family: 'paren', open: ['（', '('], close: ['）', ')'], name: { zh: '圆括号', en: 'parentheses' }, note: 'GB/T 15834-2011 4.9 括号' },
  { family: 'square', open: ['【'], close: ['】'], name: { zh: '方头括号', en: 'lenticular brackets' }, note: 'GB/T 15834-2011 4.9 括号' },
  // Square brackets pair in either width, as parentheses do: "(雨[中)的]" crosses them.
  { family: 'bracket', open: ['[', '［'], close: [']', '］'], name: { zh: '方括号', en: 'square brackets' }, note: 'GB/T 15834-2011 4.9 括号 (方括号)' },
  { family: 'hexagonal', open: ['〔'], close: ['〕'], name: { zh: '六角括号', en: 'tortoise-shell brackets' }, note: 'GB/T 15834-2011 4.9; 文号 years (GB/T 9704-2012 7.2.5)' },
  { family: 'corner', open: ['「'], close: ['」'], name: { zh: '直角引号', en: 'corner brackets' }, note: 'quotation marks in some pasted texts' },
  { family: 'white-corner', open: ['『'], close: ['』'], name: { zh: '双直角引号', en: 'white corner brackets' }, note: 'quotes inside corner brackets' },
];

/** ASCII marks and the full-width form Chinese text uses (fullwidth-punctuation). */
export const FULLWIDTH_OF: Readonly<Record<string, string>> = {
  ',': '，',
  '.': '。',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

/**
 * The marks paired-punctuation and fullwidth-punctuation act on: every paired mark and every ASCII
 * mark with a full-width form. A paragraph is scanned for them once, for both rules
 * (JoinedText.punctuation). Each is one UTF-16 unit.
 */
export const TYPOGRAPHY_MARKS: readonly string[] = [...new Set([...PAIRED_MARKS.flatMap((mark) => [...mark.open, ...mark.close]), ...Object.keys(FULLWIDTH_OF)])];

const HAN = /\p{Script=Han}/u;

/** A Chinese character (not punctuation, not a digit). */
export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch);
}

/** ASCII quotation marks and the Chinese quotes (GB/T 15834-2011 4.8) that replace them, opening and closing. */
export const QUOTES_OF: Readonly<Record<string, readonly [string, string]>> = {
  '"': ['“', '”'],
  "'": ['‘', '’'],
};

/**
 * Marks NFKC normalisation makes out of full-width ones (，；：？！（）): in a text where every one
 * of them is half-width, they are the conversion's, not the writer's (isUniformHalfwidth). NFKC
 * keeps 。 and “” ‘’, so a "." or an ASCII quote after Chinese is a slip even there.
 */
export const NFKC_MARKS = ',;:?!()';

/** Chinese numerals of list markers typed "一." (GB/T 9704 writes "一、"): never a full stop. */
export const CHINESE_NUMERALS = '一二三四五六七八九十百零〇';

/** Chinese closing and opening marks that may stand next to a mark in Chinese text. */
export const CJK_CLOSERS = '”’》〉）】〕」』';
export const CJK_OPENERS = '“‘《〈（【〔「『';

// The Unicode block of full-width forms (，；：（）！？ …). Scraped pages often come through
// NFKC normalisation, which maps every one of them to ASCII: a text without a single one is
// a converted text, not a writer's slip (all three real reports in fixtures/real are so).
const FULLWIDTH_FORM = /[\uFF01-\uFF5E]/;

/** True when the text holds no full-width form at all but does use ASCII marks in Chinese prose. */
export function isUniformHalfwidth(text: string): boolean {
  if (FULLWIDTH_FORM.test(text)) return false;
  let count = 0;
  const mark = /[,;:]/g;
  for (let m = mark.exec(text); m !== null; m = mark.exec(text)) {
    if (isHan(text[m.index - 1]) && isHan(text[m.index + 1]) && ++count >= 3) return true;
  }
  return false;
}

/**
 * A list marker closed by a bracket, "1)" "a)" "①)" "2）": the token, at the start of the
 * paragraph or after a space or a mark that ends a clause. zhlint (#18 "1) 项目符号") and
 * textlint-rule-no-unmatched-pair ("1) item 1", its issue #1) take these for list numbering.
 * Chinese numerals are left out: "二)压紧压实…" is a heading marker "（二）" that lost its opener.
 */
export const LIST_MARKER = /(?:^|[\s:;：；，,。、!?！？])(\d{1,3}|[A-Za-z]|[\u2460-\u2473])[)）]/g;

/** Smileys ending in a parenthesis: ":)" ":-)" ";)" ";-)" "=)" (zhlint #18 "中文 ;-)"). */
export const SMILEY = /[:;=]-?\)/g;

function markerValue(token: string): number {
  if (/^\d+$/.test(token)) return Number(token);
  const code = token.charCodeAt(0);
  if (code >= 0x2460 && code <= 0x2473) return code - 0x2460 + 1;
  return token.toLowerCase().charCodeAt(0) - 96;
}

/**
 * The closing brackets of list markers and smileys in `text`, by index. `list` holds the markers
 * that belong to a run ("1)…2)…", "a)…b)…"): they never close a bracket. `lone` holds a single
 * marker or a smiley: it is not reported when no bracket is open ("(数量:5)" still closes).
 */
export function markerClosers(text: string): { list: Set<number>; lone: Set<number> } {
  // paired-punctuation and fullwidth-punctuation ask of the same paragraph one after the other.
  if (lastMarkers?.text === text) return lastMarkers.closers;
  const closers = findMarkerClosers(text);
  lastMarkers = { text, closers };
  return closers;
}

let lastMarkers: { text: string; closers: { list: Set<number>; lone: Set<number> } } | null = null;

function findMarkerClosers(text: string): { list: Set<number>; lone: Set<number> } {
  const markers: Array<{ at: number; key: string; value: number }> = [];
  const seen = new Set<string>();
  LIST_MARKER.lastIndex = 0;
  for (let m = LIST_MARKER.exec(text); m !== null; m = LIST_MARKER.exec(text)) {
    const token = m[1]!;
    const kind = /\d/.test(token) ? 'digit' : /[A-Za-z]/.test(token) ? 'latin' : 'circled';
    const value = markerValue(token);
    markers.push({ at: m.index + m[0].length - 1, key: kind, value });
    seen.add(`${kind}:${value}`);
  }
  const list = new Set<number>();
  const lone = new Set<number>();
  for (const { at, key, value } of markers) {
    const inRun = seen.has(`${key}:${value - 1}`) || seen.has(`${key}:${value + 1}`);
    (inRun ? list : lone).add(at);
  }
  // A smiley ends in an ASCII ")": a paragraph without one (most) is not scanned for them.
  if (!text.includes(')')) return { list, lone };
  SMILEY.lastIndex = 0;
  for (let m = SMILEY.exec(text); m !== null; m = SMILEY.exec(text)) lone.add(m.index + m[0].length - 1);
  return { list, lone };
}
