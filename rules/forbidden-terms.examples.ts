import type { RuleExamples } from '../src/rule-api.js';

const SLOGANS = {
  items: [
    { terms: ['法制政府'], replacement: '法治政府' },
    { patterns: ['创建法治(?:县|市|区)示范'], message: '“{{found}}”是已停用的提法' },
  ],
};

const examples: RuleExamples = {
  valid: [
    {
      name: '用的是现行提法',
      text: '一、主要举措和成效\n\n全面推进法治政府建设,开展法治政府建设示范创建。\n',
      options: SLOGANS,
    },
    {
      name: '替换词里含有被禁词时,已替换的地方不再报告',
      text: '深入推进全面依法治县。\n',
      options: { items: [{ terms: ['依法治县'], replacement: '全面依法治县' }] },
    },
    {
      name: '限定部分:只在主要举措部分禁止',
      text: '一、主要举措和成效\n\n办理案件24件。\n\n二、存在的不足和原因\n\n宣传仍停留在“一阵风”,原因是机制不健全。\n',
      options: { items: [{ terms: ['一阵风'], section: 'achievements' }] },
    },
  ],
  invalid: [
    {
      name: '已停用的提法,给了替换词,可自动修复',
      text: '一、主要举措和成效\n\n加快建设法制政府。\n',
      options: SLOGANS,
      errors: [{ messageId: 'forbidden-replace', line: 3, column: 5 }],
      output: '一、主要举措和成效\n\n加快建设法治政府。\n',
    },
    {
      name: '正则表达式和自定义消息',
      text: '一、主要举措和成效\n\n积极创建法治县示范。\n',
      options: SLOGANS,
      errors: [{ messageId: 'custom', line: 3, column: 3 }],
    },
    {
      name: '没有替换词:只报告',
      text: '二、存在的不足和原因\n\n个别干部仍有“法律是管老百姓的”错误认识,原因是学法不够。\n',
      options: { items: [{ terms: ['管老百姓'] }] },
      errors: [{ messageId: 'forbidden', line: 3, column: 11 }],
    },
  ],
};

export default examples;
