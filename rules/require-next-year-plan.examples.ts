import type { RuleExamples } from '../src/rule-api.js';

const examples: RuleExamples = {
  valid: [
    {
      name: '2022年度报告安排2023年工作',
      text: '某镇人民政府2022年法治政府建设年度报告\n\n三、2023年工作安排\n\n(一)加强法治政府建设。深入学习贯彻党的二十大精神,全面推进法治政府建设。\n(二)加强法律法规学习。落实党委中心组定期集体学法制度。\n',
    },
    {
      name: '“下一步”不写年份',
      text: '2022年,东湖区……\n\n七、下一步工作打算\n\n(一)进一步推进严格规范公正文明执法,深化综合行政执法体制改革。\n(二)进一步健全完善依法行政制度体系,健全决策机制。\n',
    },
    {
      name: '没有标题的“下步,街道将……”段落',
      text: '2023年,街道办理信访事项36件。\n\n下步,街道将继续深化法治政府建设,完善重大行政决策程序,加强执法人员培训,推进矛盾纠纷多元化解。\n',
    },
  ],
  invalid: [
    {
      name: '没有下一年度安排',
      text: '某县人民政府2023年法治政府建设年度报告\n\n一、主要举措和成效\n\n办理案件24件。\n',
      errors: [{ messageId: 'missing' }],
    },
    {
      name: '照搬旧报告,年份写错',
      text: '某镇人民政府2023年法治政府建设年度报告\n\n三、2023年工作安排\n\n(一)加强法治政府建设,全面推进依法行政,完善执法制度。\n(二)加强法律法规学习,落实集体学法制度。\n',
      errors: [{ messageId: 'weak-wrong-year', line: 3, column: 1 }],
    },
    {
      name: '一句空话',
      text: '四、下一步工作打算\n\n继续努力,推进法治政府建设。\n',
      errors: [{ messageId: 'weak-thin', line: 1, column: 1 }],
    },
  ],
};

export default examples;
