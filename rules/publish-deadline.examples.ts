import type { RuleExamples } from '../src/rule-api.js';

const examples: RuleExamples = {
  valid: [
    {
      name: '次年4月1日前的落款',
      text: '某镇人民政府2022年法治政府建设年度报告\n\n2022年,我镇办理案件24件。\n\n某镇人民政府\n\n2023年1月19日\n',
    },
    {
      name: '没有落款时看网页的发布日期',
      text: '某镇人民政府关于2024年法治政府建设情况的报告\n日期:2025-02-27\n\n2024年,我镇办理案件24件。\n',
    },
  ],
  invalid: [
    {
      name: '晚于4月1日',
      text: '某镇人民政府2022年法治政府建设年度报告\n\n2022年,我镇办理案件24件。\n\n某镇人民政府\n\n2023年4月20日\n',
      errors: [{ messageId: 'late', line: 7, column: 1 }],
    },
    {
      name: '省里要求部门3月1日前报送(settings.deadline)',
      text: '某县司法局2023年法治政府建设年度报告\n\n2023年,我局办理案件24件。\n\n某县司法局\n\n2024年3月15日\n',
      settings: { deadline: '03-01' },
      errors: [{ messageId: 'late', line: 7, column: 1 }],
    },
    {
      name: '落款早于报告年度结束:年份写错了',
      text: '某镇人民政府2023年法治政府建设年度报告\n\n2023年,我镇办理案件24件。\n\n某镇人民政府\n\n2023年1月19日\n',
      errors: [{ messageId: 'before-year-end', line: 7, column: 1 }],
    },
  ],
};

export default examples;
