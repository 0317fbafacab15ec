import type { RuleExamples } from '../src/rule-api.js';

const examples: RuleExamples = {
  valid: [
    {
      name: '单列一部分,有具体举措和数字',
      text: '三、党政主要负责人履行推进法治建设第一责任人职责情况\n\n县委书记、县长带头学法,主持县委常委会会议、县政府常务会议专题研究法治政府建设工作5次,年终述法;县长出庭应诉行政案件2件。\n',
    },
    {
      name: '嵌在举措部分中的二级标题也算单列',
      text: '一、主要举措和成效\n\n(一)主要负责同志履行推进法治建设第一责任人职责。局党组书记、局长亲自研究部署法治建设工作,组织党组理论学习中心组专题学法4次,年终开展述法。\n\n(二)规范执法。办理案件12件。\n',
    },
  ],
  invalid: [
    {
      name: '完全没有提到第一责任人职责',
      text: '一、主要举措和成效\n\n办理案件24件。\n\n二、存在的不足和原因\n\n由于培训不足,执法不够规范。\n',
      errors: [{ messageId: 'missing', line: 5, column: 1 }],
    },
    {
      name: '只在其他部分顺带一句',
      text: '一、主要举措和成效\n\n(一)带头学法用法。严格落实党政主要负责人履行推进法治建设第一责任人职责规定,将领导干部学法用法情况纳入年终述职内容。\n\n二、存在的问题\n\n由于培训不足,执法不够规范。\n',
      errors: [{ messageId: 'weak-passing-mention', line: 3 }],
    },
    {
      name: '单列了一部分,但只有套话',
      text: '三、党政主要负责人履行推进法治建设第一责任人职责情况\n\n我镇高度重视法治政府建设,切实履行第一责任人职责,取得了积极成效。\n',
      errors: [{ messageId: 'weak-thin', line: 1, column: 1 }],
    },
  ],
};

export default examples;
