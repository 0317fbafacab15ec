// Words of a heading that reviews the year's work, as opposed to planning the next one. The
// outline calls a top-level heading "三、2023年…" in a 2022 report a plans heading when no other
// wording decides; with one of these words and no plan wording it is a review heading with the
// wrong year: "一、2023年度主要工作" in a 2022 report (year-consistency).
// Seen: "一、2022年度主要工作" (炭步镇 2022), "一、主要举措和成效" (柳荫镇 2024), 厅字〔2019〕28号
// item 1 "主要举措和成效".
export const REVIEW_HEADING_WORDS = ['主要工作', '主要举措', '举措和成效', '工作成效', '主要成效', '工作情况', '开展情况', '完成情况', '主要做法', '工作总结', '取得成效'];
