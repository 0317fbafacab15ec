import type { RuleExamples } from '../src/rule-api.js';

const examples: RuleExamples = {
  valid: [
    {
      name: '不足部分够长',
      text: '一、主要举措和成效\n\n办理案件24件。\n\n二、存在的不足和原因\n\n一是执法人员业务水平不高,主要原因是培训覆盖面不够;二是普法针对性不强,原因是调研不深入。\n',
      options: { minLength: { problems: 30 } },
    },
    {
      name: '没有的部分不在此报告(由 require-* 规则负责)',
      text: '一、主要举措和成效\n\n办理案件24件。\n',
      options: { minLength: { plans: 50 } },
    },
  ],
  invalid: [
    {
      name: '不足部分一句话带过',
      text: '一、主要举措和成效\n\n办理案件24件。\n\n二、存在的不足和原因\n\n工作中还存在一些不足。\n',
      options: { minLength: { problems: 30 } },
      errors: [{ messageId: 'too-short', line: 5, column: 1 }],
    },
    {
      name: '两个部分各自的最少字数',
      text: '一、主要举措和成效\n\n办理案件24件。\n\n二、2024年工作安排\n\n继续努力。\n',
      options: { minLength: { achievements: 20, plans: 20 } },
      errors: [
        { messageId: 'too-short', line: 1, column: 1 },
        { messageId: 'too-short', line: 5, column: 1 },
      ],
    },
  ],
};

export default examples;
