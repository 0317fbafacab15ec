// The year a report is about, from the best evidence there is: its title; else its opening
// sentence ("2023年,…", "根据…,2023年,…", "今年以来…现将2023年度…报告如下"); else its first
// part's heading; else the date it was signed or published (a report signed in November or
// December of Y is about Y, one signed from January to October about Y−1: reports are due in
// the first quarter, some come late, a few before the year ends); else a year the body states
// on its own. A year in a page header, in a cited plan or earlier report, or in a range
// ("2021—2025年") is not the report's.
import type { Outline, OutlineDate } from '../rule-api.js';
import { LETTER_GAP, type Block } from './blocks.js';
import { CHINESE_DIGITS, YEAR_NUMBER } from '../data/numerals.js';
import { BARE_YEAR } from '../data/title-patterns.js';

export type YearSource = NonNullable<Outline['yearSource']>;

const YEAR_TOKEN = `(${YEAR_NUMBER})`;

/** "2023" or "二〇二三" → 2023; null outside 2000–2100. */
export function yearValue(token: string): number | null {
  let value = 0;
  for (const ch of token) value = value * 10 + (/\d/.test(ch) ? Number(ch) : (CHINESE_DIGITS[ch] ?? NaN));
  return value >= 2000 && value <= 2100 ? value : null;
}

const YEAR_IN_TITLE = new RegExp(`${YEAR_TOKEN}\\s*年`);
// A year opening a clause: at the start, or after a comma, full stop or colon ("根据…,2023年,清波街道…").
// "2022以来" is a frequent typo for 2022年以来.
const CLAUSE_YEAR = new RegExp(`(?:^|[,,。;;::])\\s*${YEAR_TOKEN}\\s*(?:年(?!\\s*\\d{1,2}\\s*月)|(?=以来))`, 'g');
// "现将2024年度有关情况报告如下", "现将××局2023年法治政府建设情况报告予以公开".
const YEAR_ANNOUNCED = new RegExp(`现将[^。]{0,30}?${YEAR_TOKEN}\\s*年|${YEAR_TOKEN}\\s*年度?[^。]{0,40}(?:报告|汇报|总结)(?:如下|予以)`);
const YEAR_IN_HEADING = new RegExp(`^\\D{0,6}${YEAR_TOKEN}\\s*年`);
// A year standing alone in the body: not a date ("2022年3月"), not the end of a range.
const BODY_YEAR = new RegExp(`(?<![\\d\\-—–~～至到])${YEAR_TOKEN}\\s*年(?!\\s*\\d{1,2}\\s*月)`, 'g');
// Cited titles and ranges hide their years: "《…(2021—2025年)》", "《2022年法治政府建设年度报告》".
// Bracket groups are short: bounded, so a paragraph of unclosed "(" stays linear.
const CITED = /《[^《》]*》|\([^()]{0,40}\d{4}[^()]{0,40}\)/g;

/** The text with cited titles and bracketed years blanked out (same length, so indices hold). */
function withoutCitations(text: string): string {
  return text.replace(CITED, (m) => ' '.repeat(m.length));
}

// "××街道法治政府建设年度报告(2021年度)": the year in brackets at the title's end.
const YEAR_AT_END = new RegExp(`\\(\\s*${YEAR_TOKEN}\\s*年度?\\s*\\)$`);

export function yearOfTitle(title: string): number | null {
  const text = title.replace(LETTER_GAP, '');
  const plain = withoutCitations(text);
  const match = YEAR_IN_TITLE.exec(plain) ?? YEAR_AT_END.exec(text.trim()) ?? BARE_YEAR.exec(plain);
  return match ? yearValue(match[1]!) : null;
}

/** The year a clause of the opening starts with: "2023年,", "2021年以来", "2025年是…之年". */
export function openingYear(text: string): number | null {
  const plain = withoutCitations(text);
  // Only the first sentence: later ones talk of other years ("2022年以来累计…").
  const stop = plain.search(/[。!!]/);
  const sentence = stop === -1 ? plain : plain.slice(0, stop + 1);
  for (const match of sentence.matchAll(CLAUSE_YEAR)) {
    const year = yearValue(match[1]!);
    if (year !== null) return year;
  }
  return null;
}

export function announcedYear(text: string): number | null {
  const match = YEAR_ANNOUNCED.exec(withoutCitations(text));
  return match ? yearValue(match[1] ?? match[2]!) : null;
}

/** The year a report dated so is about. */
export function yearOfDate(date: OutlineDate): number {
  const [year, month] = date.iso.split('-').map(Number) as [number, number];
  return month >= 11 ? year : year - 1;
}

export interface YearEvidence {
  title: string | null;
  /** Body blocks before the first part: the opening and any preamble. */
  opening: Block[];
  /** The first top-level part's heading, unless it is a plans part. */
  firstHeading: Block | null;
  signature: OutlineDate | null;
  published: OutlineDate | null;
  body: Block[];
}

export function findYear(evidence: YearEvidence): { year: number | null; source: YearSource | null } {
  const titleYear = evidence.title === null ? null : yearOfTitle(evidence.title);
  if (titleYear !== null) return { year: titleYear, source: 'title' };
  for (const block of evidence.opening) {
    const year = openingYear(block.plain);
    if (year !== null) return { year, source: 'opening' };
  }
  for (const block of evidence.opening) {
    const year = announcedYear(block.plain);
    if (year !== null) return { year, source: 'opening' };
  }
  const heading = evidence.firstHeading ? YEAR_IN_HEADING.exec(withoutCitations(evidence.firstHeading.plain)) : null;
  const headingYear = heading ? yearValue(heading[1]!) : null;
  if (headingYear !== null) return { year: headingYear, source: 'heading' };
  if (evidence.signature) return { year: yearOfDate(evidence.signature), source: 'signature' };
  if (evidence.published) return { year: yearOfDate(evidence.published), source: 'published' };
  for (const block of evidence.body) {
    if (block.level > 0) continue; // "三、2024年工作打算" names the plan's year
    for (const match of withoutCitations(block.plain).matchAll(BODY_YEAR)) {
      const year = yearValue(match[1]!);
      if (year !== null) return { year, source: 'body' };
    }
  }
  return { year: null, source: null };
}
