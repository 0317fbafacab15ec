import type { RuleExamples } from '../src/rule-api.js';

const examples: RuleExamples = {
  valid: [
    {
      name: '三项制度逐一写明',
      text: '认真落实行政执法“三项制度”(行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度),执法行为更加规范透明。\n',
    },
    {
      name: '三项共用一个“制度”',
      text: '全面推行行政执法公示、重大行政执法决定法制审核、执法全过程记录制度,全年公示执法信息320条。\n',
    },
    {
      name: '“执法信息公示制度”即公示制度',
      text: '个别行政执法单位在执法信息公示制度、执法全过程记录制度、重大行政执法决定法制审核制度的落实力度不够。\n',
    },
    {
      name: '用自己的话描述三项制度',
      text: '执法过程中执法记录仪全程跟进,重大执法决定作出前由法制审核人员进行审核,执法信息依法在区政府门户网站公示。\n',
    },
    {
      name: '口号后括注简称',
      text: '深入落实行政执法三项制度(公示、全过程记录、法制审核),执法规范化水平持续提升。\n',
    },
  ],
  invalid: [
    {
      name: '完全没有提到',
      text: '一、主要举措和成效\n\n办理案件24件。\n\n二、存在的不足和原因\n\n由于培训不足,执法不够规范。\n',
      errors: [{ messageId: 'missing', line: 5, column: 1 }],
    },
    {
      name: '只有口号',
      text: '一、主要举措和成效\n\n全面落实行政执法“三项制度”,执法水平不断提高。\n',
      errors: [{ messageId: 'weak-slogan-only', line: 3 }],
    },
    {
      name: '只写到一项',
      text: '严格落实重大执法决定法制审核制度,全年审核重大执法决定15件。\n',
      errors: [{ messageId: 'weak-incomplete', line: 1 }],
    },
  ],
};

export default examples;
