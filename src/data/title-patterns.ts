// What a report's title looks like. A title names the issuer, the year and the report
// (厅字〔2019〕28号 calls it 法治政府建设年度报告; many write "关于2024年法治政府建设情况的报告").
// Seen: "广州市花都区炭步镇人民政府2022年法治政府建设年度报告" (炭步镇 2022),
// "重庆市北碚区柳荫镇人民政府关于2024年法治政府建设情况的报告" (柳荫镇 2024); on the web
// openings set (../shared/reports/web): titles without 报告 ("××市2025年法治政府建设情况"),
// without 建设 ("××乡2025年法治政府年度报告"), with the year before the issuer.

import { YEAR_NUMBER } from './numerals.js';

/** The subject: one of these must appear in a title. */
export const TITLE_SUBJECTS = ['法治政府建设', '法治建设', '依法行政', '法治政府', '法治工作'];

/** A year written without 年 right before the subject: "××区2022法治政府建设年度报告" (fourteenth blind set). */
export const BARE_YEAR = new RegExp(`(${YEAR_NUMBER})(?=\\s*(?:${TITLE_SUBJECTS.join('|')}))`);

/** The genre: one of these must appear too. */
export const TITLE_GENRES = ['报告', '情况', '工作总结', '年报'];

/** A title is a line, not a sentence: longer lines or lines ending so are body text. */
export const TITLE_MAX_LENGTH = 80;
export const SENTENCE_ENDINGS = ['。', ';', ';', ':', ':', ',', ','];

/**
 * A title is often split over two lines in Word documents and on web pages: "XX区人民政府" then
 * "关于2022年法治政府建设情况的报告". A short line ending as a body's name does
 * (ORGANIZATION_ENDINGS, src/data/issuer-patterns.ts) is an issuer line.
 */
export const ISSUER_LINE_MAX_LENGTH = 30;

/**
 * The second half of a title broken inside its words ("…关于2023年度法治政府建设" / "工作的报告"):
 * a short line that ends as a title ends.
 */
export const TITLE_CONTINUATION_MAX_LENGTH = 20;

/** Formulaic sentences that announce the report ("现将…情况报告如下。"): not achievements. */
export const REPORT_ANNOUNCEMENTS = ['报告如下', '汇报如下'];

/**
 * Labels a page puts before the title in its metadata table or summary ("标 题:", "名称:",
 * "内容概述:", an attachment's "附件:", an English archive's "Title:"); the characters may be
 * spaced out. The title is what follows.
 */
export const TITLE_LABELS = ['标题', '主标题', '原标题', '名称', '题名', '文章标题', '内容概述', '文件名称', '信息名称', '附件下载', '下载附件', '附件名称', '附件预览', '附件', 'Title'];

/**
 * What a newspaper's headline or a public account's column name before the title may be, at
 * most ("坚持依法行政 建设法治××——××市…报告", "法治××｜××区…报告"): the title is what follows.
 */
export const LEADING_WRAP_MAX_LENGTH = 40;

/**
 * A cover letter's or a publication notice's title ("××市人民政府关于报送2019年度法治政府建设情况
 * 报告的报告", "××局关于公开2021年度…报告的公告"): the report it sends or publishes follows, under
 * its own title, within this many blocks.
 */
export const COVER_LETTER_WORDS = ['关于报送', '关于呈报', '关于上报', '关于公开', '关于发布', '关于印发'];

/**
 * A news headline that reports the publication ("××区公布2020年度法治政府建设情况报告", "××区发布…"):
 * one of these verbs right before the year. The report's own title follows, as a cover letter's does.
 */
export const PUBLICATION_VERBS = ['公布', '发布', '公开', '印发'];
export const COVER_LETTER_BLOCKS = 16;

/** A column tag before the title ("【年度报告】", "[工作报告]"): at most this many characters inside. */
export const COLUMN_TAG_MAX_LENGTH = 10;

/** A file name shown as the title ("…年度报告.docx"): the extension is not part of the title. */
export const FILE_EXTENSIONS = ['.docx', '.doc', '.wps', '.pdf', '.ofd', '.txt'];

/**
 * Works made from a report, not the report: "××区2022年度法治政府建设情况报告解读", "图解:××…报告",
 * "一图读懂××…报告" (a page's video, graphic or explainer about it; thirteenth blind set).
 */
export const DERIVED_WORK_WORDS = ['解读', '图解', '一图读懂', '一图看懂', '范文', '模板', '精选'];
