// How Word writes a list number in each numbering format (w:numFmt, ECMA-376 §17.18.59), for the
// formats report headings use: 一、 (一) 1. (1) ① 甲 壹 A. i. An unknown format is written in
// Arabic digits, as Word falls back to decimal. Values past a format's range fall back too.

const DIGITS_ZH = '〇一二三四五六七八九';
const DIGITS_LEGAL = '零壹贰叁肆伍陆柒捌玖';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** 1–99 as Chinese numerals ("十二", "二十"), with the given digits and ten. */
function chineseCount(value: number, digits: string, ten: string): string | null {
  if (value < 1 || value > 99) return null;
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  if (tens === 0) return digits[ones]!;
  return (tens > 1 ? digits[tens]! : '') + ten + (ones > 0 ? digits[ones]! : '');
}

/** A, B, … Z, AA, BB, … as Word letters its lists. */
function letters(value: number): string | null {
  if (value < 1) return null;
  const letter = String.fromCharCode(0x41 + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

function roman(value: number): string | null {
  if (value < 1 || value > 3999) return null;
  const table: Array<[number, string]> = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  let rest = value;
  for (const [amount, numeral] of table) {
    for (; rest >= amount; rest -= amount) out += numeral;
  }
  return out;
}

const decimal = (value: number) => String(value);
const orDecimal = (format: (value: number) => string | null) => (value: number) => format(value) ?? decimal(value);

export const WORD_NUMBER_FORMATS: Readonly<Record<string, (value: number) => string>> = {
  decimal,
  decimalZero: (value) => (value >= 0 && value < 10 ? `0${value}` : decimal(value)),
  decimalFullWidth: (value) => decimal(value).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
  decimalEnclosedCircle: orDecimal((value) => CIRCLED[value - 1] ?? null),
  decimalEnclosedCircleChinese: orDecimal((value) => CIRCLED[value - 1] ?? null),
  chineseCounting: orDecimal((value) => chineseCount(value, DIGITS_ZH, '十')),
  chineseCountingThousand: orDecimal((value) => chineseCount(value, DIGITS_ZH, '十')),
  taiwaneseCounting: orDecimal((value) => chineseCount(value, DIGITS_ZH, '十')),
  taiwaneseCountingThousand: orDecimal((value) => chineseCount(value, DIGITS_ZH, '十')),
  japaneseCounting: orDecimal((value) => chineseCount(value, DIGITS_ZH, '十')),
  chineseLegalSimplified: orDecimal((value) => chineseCount(value, DIGITS_LEGAL, '拾')),
  ideographTraditional: orDecimal((value) => HEAVENLY_STEMS[value - 1] ?? null),
  upperLetter: orDecimal(letters),
  lowerLetter: orDecimal((value) => letters(value)?.toLowerCase() ?? null),
  upperRoman: orDecimal(roman),
  lowerRoman: orDecimal((value) => roman(value)?.toLowerCase() ?? null),
};
