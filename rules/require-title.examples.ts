import type { RuleExamples } from '../src/rule-api.js';

const examples: RuleExamples = {
  valid: [
    {
      name: '标题写明单位、年度和报告名称',
      text: '某县人民政府2023年法治政府建设年度报告\n\n2023年,我县坚持……\n',
    },
    {
      name: '“关于……情况的报告”式标题',
      text: '某镇人民政府关于2024年法治政府建设情况的报告\n日期:2025-02-27\n\n2024年,……\n',
    },
    {
      name: '单位和标题分两行(Word 排版常见)',
      text: '某区司法局\n关于2022年度法治政府建设工作情况的报告\n\n一、主要举措和成效\n',
    },
    {
      name: 'Markdown 标题',
      ext: '.md',
      text: '# 某市生态环境局2023年法治政府建设年度报告\n\n## 一、主要举措和成效\n',
    },
    {
      name: '年度用全角数字(扫描识别的文本)',
      text: '小中甸镇２０２１年法治政府建设工作报告\n\n一、主要工作及成效\n',
    },
    {
      name: '年度用中文数字',
      text: '某区司法局二〇二〇年度法治政府建设情况报告\n\n一、主要工作及成效\n',
    },
    {
      name: '年度写在标题末尾的括号里',
      text: '平遥县人民政府法治政府建设年度报告（2023年度）\n\n一、主要工作及成效\n',
    },
    {
      name: '字间加空格的标题',
      text: '吉 首 市 住 建 局 2 0 2 4 年 度 法 治 政 府 建 设 情 况 报 告\n\n一、主要工作及成效\n',
    },
  ],
  invalid: [
    {
      name: '只有网页元数据表格,没有标题',
      text: '索引号: | i000--2023-0001 | 主题分类: | 综合政务 |\n发布机构: | 某区人民政府 | 生成日期: | 2023-01-17 10:30 |\n2022年,区委、区政府……\n一、主要工作\n',
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    {
      name: '开头就是正文',
      text: '2022年,我局深入学习贯彻习近平法治思想,取得了良好成效。\n\n一、主要举措\n',
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    {
      name: '标题没有年度',
      text: '某县人民政府法治政府建设年度报告\n\n一、主要举措和成效\n',
      errors: [{ messageId: 'weak-no-year', line: 1, column: 1 }],
    },
  ],
};

export default examples;
