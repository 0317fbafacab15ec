import type { RuleExamples } from '../src/rule-api.js';

const DECISIONS = {
  items: [
    { terms: ['重大行政决策'] },
    { terms: ['合法性审查', '合法性审核'], section: 'achievements' },
  ],
};

const examples: RuleExamples = {
  valid: [
    {
      name: '写到重大行政决策,并在主要举措部分写到合法性审查',
      text: '一、主要举措和成效\n\n严格落实重大行政决策程序,全年作出重大行政决策5项,均经合法性审查。\n\n二、存在的不足和原因\n\n执法力量不足,主要原因是编制有限。\n',
      options: DECISIONS,
    },
    {
      name: '一组里的任一说法都算;换行不影响匹配',
      text: '一、主要举措和成效\n\n重大行政\n决策事项全部经过合法性审核。\n',
      options: DECISIONS,
    },
    {
      name: '正则表达式:负责人出庭应诉率写出了数字',
      text: '一、主要举措和成效\n\n全年行政机关负责人出庭应诉率达100%。\n',
      options: { items: [{ patterns: ['出庭应诉率[^。]{0,6}\\d+(?:\\.\\d+)?%'] }] },
    },
  ],
  invalid: [
    {
      name: '整篇没有写到“谁执法谁普法”',
      text: '某县2023年法治政府建设年度报告\n\n一、主要举措和成效\n\n开展法治宣传活动12场。\n',
      options: { items: [{ terms: ['谁执法谁普法'] }] },
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    {
      name: '合法性审查只出现在问题部分,不在主要举措部分',
      text: '一、主要举措和成效\n\n全年作出重大行政决策5项。\n\n二、存在的不足和原因\n\n个别重大行政决策未经合法性审查,原因是程序意识不强。\n',
      options: DECISIONS,
      errors: [{ messageId: 'missing-in-section', line: 1, column: 1 }],
    },
    {
      name: '自定义消息',
      text: '一、主要举措和成效\n\n办理行政复议案件8件。\n',
      options: { items: [{ terms: ['出庭应诉率'], message: '应写明行政机关负责人出庭应诉率(省工作指引第三条)' }] },
      errors: [{ messageId: 'custom', line: 1, column: 1 }],
    },
  ],
};

export default examples;
