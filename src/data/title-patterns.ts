// What a report's title looks like. A title names the issuer, the year and the report
// (厅字〔2019〕28号 calls it 法治政府建设年度报告; many write "关于2024年法治政府建设情况的报告").
// Seen: "广州市花都区炭步镇人民政府2022年法治政府建设年度报告" (炭步镇 2022),
// "重庆市北碚区柳荫镇人民政府关于2024年法治政府建设情况的报告" (柳荫镇 2024).

/** The subject: one of these must appear in a title. */
export const TITLE_SUBJECTS = ['法治政府建设', '法治建设', '依法行政', '法治政府'];

/** The genre: one of these must appear too. */
export const TITLE_GENRES = ['报告', '情况', '工作总结', '年报'];

/** A title is a line, not a sentence: longer lines or lines ending so are body text. */
export const TITLE_MAX_LENGTH = 80;
export const SENTENCE_ENDINGS = ['。', ';', ';', ':', ':', ',', ','];

/**
 * A title is often split over two lines in Word documents: "XX区人民政府" then
 * "关于2022年法治政府建设情况的报告". A short line ending with one of these is an issuer line.
 */
export const ISSUER_ENDINGS = ['人民政府', '政府', '委员会', '党委', '局', '委', '办公室', '办', '镇', '乡', '街道办事处', '街道', '管委会', '中心', '厅', '部'];
export const ISSUER_LINE_MAX_LENGTH = 30;

/** Formulaic sentences that announce the report ("现将…情况报告如下。"): not achievements. */
export const REPORT_ANNOUNCEMENTS = ['报告如下', '汇报如下'];
