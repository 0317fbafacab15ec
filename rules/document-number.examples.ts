import type { RuleExamples } from '../src/rule-api.js';

const examples: RuleExamples = {
  valid: [
    {
      name: '六角括号的文号',
      text: '严格落实《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》(国办发〔2018〕118号)。\n',
    },
    {
      name: '法院案号的年份本来就用圆括号,不是文号',
      text: '行政诉讼案件(2023)渝0109行初12号已审结。\n',
    },
    {
      name: '括号里的年份后面不是序号',
      text: '制定出台了《东湖区法治政府实施意见(2022-2025年)》。\n',
    },
  ],
  invalid: [
    {
      name: '圆括号、方括号、方头括号都改为六角括号',
      text: '依据国办发(2018)118号、厅字[2019]28号和洪司字【2022】92号文件。\n',
      errors: [
        { messageId: 'wrong-brackets', line: 1, column: 3 },
        { messageId: 'wrong-brackets', line: 1, column: 17 },
        { messageId: 'wrong-brackets', line: 1, column: 29 },
      ],
      output: '依据国办发〔2018〕118号、厅字〔2019〕28号和洪司字〔2022〕92号文件。\n',
    },
    {
      name: '全角圆括号也不对',
      text: '按照中发（2021）33号文件要求。\n',
      errors: [{ messageId: 'wrong-brackets', line: 1, column: 3 }],
      output: '按照中发〔2021〕33号文件要求。\n',
    },
    {
      name: '年份和序号连在一起(柳荫镇 2024 年报告):无法判断原意,不自动修改',
      text: '围绕《法治政府建设实施纲要(2021—2025年)》(中发〔202133号)目标任务。\n',
      errors: [{ messageId: 'malformed', line: 1, column: 28 }],
    },
  ],
};

export default examples;
