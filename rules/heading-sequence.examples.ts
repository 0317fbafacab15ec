import type { RuleExamples } from '../src/rule-api.js';

const examples: RuleExamples = {
  valid: [
    {
      name: '各级连续,下一级在每个上级标题下重新编号',
      text: '一、主要举措和成效\n\n（一）强化组织领导。\n\n1.完善学法制度。\n\n2.落实述法制度。\n\n（二）规范行政决策。\n\n二、存在的不足和原因\n\n（一）执法不够规范。\n',
    },
    {
      name: '“第一部分”“第二部分”之下,“一、”各自重新编号',
      text: '第一部分  主要举措和成效\n\n一、依法履行职责。\n\n二、规范执法行为。\n\n第二部分  存在的不足和原因\n\n一、取证不够充分。\n',
    },
    {
      name: '全文没有全角标点(网页转存)时,半角括号默认不报告',
      text: '一、主要举措和成效\n\n(一)强化组织领导,完善工作机制。\n\n(二)规范行政决策,严格依法决策。\n\n(三)严格行政执法,强化执法监督。\n',
    },
  ],
  invalid: [
    {
      name: '删掉一节后序号跳了',
      text: '一、主要举措和成效\n\n（一）强化组织领导。\n\n（三）规范行政决策。\n',
      errors: [{ messageId: 'gap', line: 5, column: 1 }],
    },
    {
      name: '复制后序号重复',
      text: '一、主要举措和成效\n\n二、存在的不足\n\n二、下一年度工作安排\n',
      errors: [{ messageId: 'repeat', line: 5, column: 1 }],
    },
    {
      name: '同级混用“1.”和“1、”',
      text: '（一）强化组织领导。\n\n1.完善学法制度。\n\n2、落实述法制度。\n',
      errors: [{ messageId: 'mixed-style', line: 5, column: 1 }],
    },
    {
      name: '半角括号改为全角',
      text: '一、主要举措和成效\n\n(一)强化组织领导，完善工作机制。\n\n（二)规范行政决策。\n',
      errors: [
        { messageId: 'halfwidth-brackets', line: 3, column: 1 },
        { messageId: 'halfwidth-brackets', line: 5, column: 1 },
      ],
      output: '一、主要举措和成效\n\n（一）强化组织领导，完善工作机制。\n\n（二）规范行政决策。\n',
    },
    {
      name: 'Markdown 标题中的序号',
      ext: '.md',
      text: '## 一、主要举措和成效\n\n### (一)强化组织领导，完善工作机制\n',
      errors: [{ messageId: 'halfwidth-brackets', line: 3, column: 5 }],
      output: '## 一、主要举措和成效\n\n### （一）强化组织领导，完善工作机制\n',
    },
  ],
};

export default examples;
