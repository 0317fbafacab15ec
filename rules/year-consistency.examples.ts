import type { RuleExamples } from '../src/rule-api.js';

const examples: RuleExamples = {
  valid: [
    {
      name: '标题、开头、总结部分写报告年度,安排部分写下一年',
      text: 'XX区人民政府2022年法治政府建设年度报告\n\n2022年,我区深入推进法治政府建设。\n\n一、2022年度主要工作\n\n(一)持续推进“放管服”改革。\n\n二、存在问题\n\n执法不够规范,主要原因是培训不足。\n\n三、2023年工作安排\n\n加强执法队伍建设。\n',
    },
    {
      name: '区间和起点不算',
      text: 'XX镇2023年法治政府建设年度报告\n\n2023年,我镇推进法治政府建设。\n\n一、落实《法治政府建设实施纲要(2021—2025年)》情况\n\n二、2018年以来持续推进的改革\n',
    },
  ],
  invalid: [
    {
      name: '“2022以来”漏了“年”字(炭步镇 2022 年报告)',
      text: '广州市花都区炭步镇人民政府2022年法治政府建设年度报告\n\n2022以来,在区委、区政府的正确领导下,炭步镇认真贯彻落实党的二十大精神。\n',
      errors: [{ messageId: 'missing-nian', line: 3, column: 1 }],
    },
    {
      name: '2022 年的报告,总结部分的标题却写着 2023 年',
      text: 'XX区人民政府2022年法治政府建设年度报告\n\n2022年,我区深入推进法治政府建设。\n\n一、2023年度主要工作\n\n(一)持续推进“放管服”改革。\n',
      errors: [{ messageId: 'heading-mismatch', line: 5, column: 3 }],
    },
    {
      name: '开头的年份与标题不一致',
      text: 'XX区人民政府2022年法治政府建设年度报告\n\n2021年,我区深入推进法治政府建设。\n',
      errors: [{ messageId: 'opening-mismatch', line: 3, column: 1 }],
    },
  ],
};

export default examples;
