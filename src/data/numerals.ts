// Years written in Chinese numerals ("二〇二三年"). GB/T 15835-2011 writes the zero 〇; reports
// also write 零, and typists put in its place ○ (U+25CB, a circle from the symbol palette), the
// letter O or its full-width Ｏ ("二○二二年度", "二OO九年"). Each reads as 0.
export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, '○': 0, Ｏ: 0, O: 0, o: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** A regex character class of the characters of CHINESE_DIGITS. */
export const CHINESE_DIGIT_CLASS = `[${Object.keys(CHINESE_DIGITS).join('')}]`;

/** A regex source for a four-digit year, Arabic or in Chinese numerals; no capturing group. */
export const YEAR_NUMBER = `(?:\\d{4}|${CHINESE_DIGIT_CLASS}{4})`;
