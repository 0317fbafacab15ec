// Dates as reports write them: "2023年1月19日", "二〇二三年一月十九日", "2023-01-30 11:12".
import { parseChineseNumeral } from '../read/headings.js';
import { CHINESE_DIGIT_CLASS, CHINESE_DIGITS } from '../data/numerals.js';


/** "十九" → 19, "二十" → 20, "9" → 9. */
function smallNumber(text: string): number | null {
  return /^\d{1,2}$/.test(text) ? Number(text) : parseChineseNumeral(text);
}

/** "二〇二三" → 2023. */
function yearNumber(text: string): number | null {
  if (/^\d{4}$/.test(text)) return Number(text);
  if (text.length !== 4) return null;
  let value = 0;
  for (const ch of text) {
    const digit = CHINESE_DIGITS[ch];
    if (digit === undefined) return null;
    value = value * 10 + digit;
  }
  return value;
}

export interface FoundDate {
  iso: string;
  year: number;
  text: string;
  /** Offset of the date within the searched string. */
  index: number;
}

const CN_DATE = new RegExp(`([0-9]{4}|${CHINESE_DIGIT_CLASS}{4})\\s*年\\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*月\\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*日`);
const ISO_DATE = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/;

function valid(year: number, month: number, day: number): boolean {
  return year >= 1990 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first date in `text`, in either notation. */
export function findDate(text: string): FoundDate | null {
  const cn = CN_DATE.exec(text);
  if (cn) {
    const year = yearNumber(cn[1]!);
    const month = smallNumber(cn[2]!);
    const day = smallNumber(cn[3]!);
    if (year !== null && month !== null && day !== null && valid(year, month, day)) {
      return { iso: iso(year, month, day), year, text: cn[0], index: cn.index };
    }
  }
  const numeric = ISO_DATE.exec(text);
  if (numeric) {
    const [year, month, day] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
    if (valid(year, month, day)) return { iso: iso(year, month, day), year, text: numeric[0], index: numeric.index };
  }
  return null;
}

/** A line that is only a date (a signature's date line). */
export function isDateLine(text: string): boolean {
  const found = findDate(text);
  return found !== null && text.replace(found.text, '').trim() === '';
}
