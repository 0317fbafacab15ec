// 发文字号 (文号) as GB/T 9704-2012 7.2.5 writes them: 机关代字 + 〔年份〕 + 序号 + 号, the year in
// full and in 六角括号: "国办发〔2018〕118号", "厅字〔2019〕28号", "洪司字〔2022〕92号" (东湖区 2022).
// Reports copy them from web pages and Word, where the brackets come out as ( ) （ ） [ ] 【 】.

/**
 * The last character of a 机关代字: 国办发, 中发, 厅字, 国函, 国务院令, 司发通, 粤府办, 渝府发电 ….
 * Requiring one keeps court case numbers out: "（2021）渝0109民初123号" puts the year first,
 * and its parentheses are right there.
 */
const AGENCY_LEAD_MAX = 7;
const AGENCY = `[\\p{Script=Han}]{0,${AGENCY_LEAD_MAX}}[发字函令办通电规文]`;

// Spaces Word leaves inside a number; never a line break.
const GAP = '[ \\u3000]*';

/** Brackets seen around the year in place of 〔〕. */
const OPENERS = '(（\\[［【〔';
const CLOSERS = ')）\\]］】〕';

/**
 * A 文号 whose year is bracketed in any way: group 1 the agency code, 2 the opening bracket,
 * 3 the year, 4 the closing bracket, 5 the sequence number. Correct only with 〔 and 〕.
 */
export const DOCUMENT_NUMBER = new RegExp(
  `(${AGENCY})([${OPENERS}])${GAP}((?:19|20)\\d{2})${GAP}([${CLOSERS}])${GAP}(\\d{1,4})${GAP}号`,
  'dgu',
);

/**
 * A 文号 whose year runs into its number without a closing bracket: "中发〔202133号" (柳荫镇
 * 2024, for 中发〔2021〕33号). Which digits are the year cannot be told for sure: no fix.
 * Group 2 is the opening bracket; the match ends at 号, so a bracket after it (")") is left
 * to pair with its own opener.
 */
export const RUN_TOGETHER_NUMBER = new RegExp(`(${AGENCY})([${OPENERS}])${GAP}((?:19|20)\\d{3,6})${GAP}号`, 'gu');

export const CORRECT_OPEN = '〔';
export const CORRECT_CLOSE = '〕';

/**
 * What every 文号 above contains: the agency code's last character, a bracket, then a year.
 * Both patterns open with up to eight Han characters tried at every position of a paragraph,
 * so they run only where this is found (npm run bench: they took a fifth of the lint time).
 */
export const MAY_HOLD_NUMBER = new RegExp(`[发字函令办通电规文][${OPENERS}]${GAP}(?:19|20)\\d{2}`);

/** Source offsets [start, end) of every 文号-shaped span in `text`, well-formed or not. */
export function documentNumberSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const first = text.search(MAY_HOLD_NUMBER);
  if (first === -1) return spans;
  // Every match holds a MAY_HOLD_NUMBER match and begins at most AGENCY_LEAD_MAX characters
  // (two UTF-16 units each, at most) before it: the scans start there, not at 0.
  const from = Math.max(0, first - 2 * AGENCY_LEAD_MAX);
  for (const pattern of [DOCUMENT_NUMBER, RUN_TOGETHER_NUMBER]) {
    pattern.lastIndex = from;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}
