import type { RuleExamples } from '../src/rule-api.js';

const examples: RuleExamples = {
  valid: [
    {
      name: '不足和原因都写明',
      text: '一、主要举措和成效\n\n办理案件24件。\n\n二、存在的不足和原因\n\n(一)行政执法水平有待提升。部分执法人员业务知识不够扎实,主要原因是培训覆盖面不够、培训方式单一。\n\n(二)法治宣传针对性不强,导致宣传效果不够理想。\n',
    },
    {
      name: '用“由于”说明原因',
      text: '二、存在问题\n\n由于基层执法力量薄弱,部分执法领域还存在执法不规范、不充分的问题,行政执法监督的力度和深度还有待加大。\n',
    },
    {
      name: '行内写出的不足(没有标题)也算,带原因',
      text: '2023年,我局办理案件24件。对照上级要求,我局还存在着一些不足,主要有:一是执法队伍专业化程度不高,究其原因是近年新进人员较多、培训跟不上;二是普法方式单一。\n',
    },
  ],
  invalid: [
    {
      name: '没有不足部分;缺失的位置指向下一年度安排之前',
      text: '一、主要举措和成效\n\n办理案件24件。\n\n二、2024年工作安排\n\n加强执法队伍建设,提升执法水平。\n',
      errors: [{ messageId: 'missing', line: 5, column: 1 }],
    },
    {
      name: '只列问题,没有原因',
      text: '二、存在问题\n\n一是行政执法还不够规范、不够充分,行政执法监督力度还有待进一步加大;二是部分行政人员法律意识不够强,队伍建设有待进一步加强。\n',
      errors: [{ messageId: 'weak-no-causes', line: 1, column: 1 }],
    },
    {
      name: '标题写了“不足和原因”,正文却没有原因分析',
      text: '三、存在的不足和原因\n\n(一)法治意识有待进一步提高。部分领导干部运用法治思维解决问题的能力还不够强。\n\n(二)行政执法水平有待提升。执法人员业务知识不够扎实,执法程序不够规范。\n',
      errors: [{ messageId: 'weak-no-causes', line: 1, column: 1 }],
    },
    {
      name: '一句空话',
      text: '二、存在的不足\n\n工作中还存在一些不足。\n',
      errors: [{ messageId: 'weak-thin', line: 1, column: 1 }],
    },
  ],
};

export default examples;
