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
  { family: 'hexagonal', open: ['〔'], close: ['〕'], name: { zh: '六角括号', en: 'tortoise-shell brackets' }, note: 'GB/T 15834-2011 4.9; 文号 years (GB/T 9704-2012 7.2.5)' },
  { family: 'corner', open: ['「'], close: ['」'], name: { zh: '直角引号', en: 'corner brackets' }, note: 'quotation marks in some pasted texts' },
  { family: 'white-corner', open: ['『'], close: ['』'], name: { zh: '双直角引号', en: 'white corner brackets' }, note: 'quotes inside corner brackets' },
];

/** ASCII marks and the full-width form Chinese text uses (fullwidth-punctuation). */
export const FULLWIDTH_OF: Readonly<Record<string, string>> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

const HAN = /\p{Script=Han}/u;

/** A Chinese character (not punctuation, not a digit). */
export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch);
}

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
