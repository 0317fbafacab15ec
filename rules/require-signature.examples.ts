import type { RuleExamples } from '../src/rule-api.js';

const examples: RuleExamples = {
  valid: [
    {
      name: '发文机关署名和成文日期',
      text: '一、主要举措和成效\n\n办理案件24件。\n\n中共广州市花都区炭步镇委员会\n\n广州市花都区炭步镇人民政府\n\n2023年1月19日\n',
    },
    {
      name: '汉字日期',
      text: '一、主要举措和成效\n\n办理案件24件。\n\n某县人民政府\n二〇二三年三月十日\n',
    },
  ],
  invalid: [
    {
      name: '没有落款',
      text: '一、主要举措和成效\n\n办理案件24件。\n\n二、2024年工作安排\n\n加强执法队伍建设。\n',
      errors: [{ messageId: 'missing', line: 7 }],
    },
    {
      name: '网页上只有发布日期(柳荫镇 2024 年报告)',
      text: '重庆市北碚区柳荫镇人民政府关于2024年法治政府建设情况的报告\n日期:2025-02-27\n\n2024年,柳荫镇深入推进法治政府建设,办理案件24件。\n',
      errors: [{ messageId: 'weak-published-date-only', line: 4 }],
    },
    {
      name: '落款只有日期',
      text: '一、主要举措和成效\n\n办理案件24件,全年开展普法活动60场次。\n\n2023年1月19日\n',
      errors: [{ messageId: 'weak-no-issuer', line: 5, column: 1 }],
    },
  ],
};

export default examples;
