// What counts as a figure in a report: a number with a unit of count, rate or amount
// ("办理行政复议案件24件", "完成率100%", "培训3次", "1.2万元"). Years and dates do not count.
export const QUANTITY_UNITS = [
  '%', '％', '个百分点', '件', '次', '人次', '人', '个', '项', '家', '场', '期', '起', '宗', '份', '条', '部', '篇',
  '名', '户', '批', '类', '天', '小时', '所', '座', '支', '轮', '余', '多', '万', '亿', '元', '册', '套', '单', '张', '本', '堂', '课时', '学时',
];

/**
 * Chinese numerals with a counting unit also count: "三次", "两轮". Eight numerals at most
 * ("九千九百九十九"): a bounded run keeps the scan linear on a long run of numerals.
 */
export const CHINESE_COUNT = /[一二两三四五六七八九十百千]{1,8}(?:次|场|轮|期|件|名)/;
