import type { RuleExamples } from '../src/rule-api.js';

const examples: RuleExamples = {
  valid: [
    {
      name: '引号、书名号、括号都成对',
      text: '认真落实行政执法“三项制度”(行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度),学习《中华人民共和国行政处罚法》。\n',
    },
    {
      name: '嵌套的引号和书名号',
      text: '组织学习《关于印发〈法治政府建设实施纲要(2021—2025年)〉的通知》,做到“学‘法’用法”。\n',
    },
    {
      name: '文号中的括号由 document-number 检查',
      text: '围绕《法治政府建设实施纲要(2021—2025年)》(中发〔202133号)目标任务。\n',
    },
  ],
  invalid: [
    {
      name: '多出的后引号(柳荫镇 2024 年报告)',
      text: '二是充实网格力量。按照1+3+N”模式配备网格团队。\n',
      errors: [{ messageId: 'unopened', line: 1, column: 17 }],
    },
    {
      name: '书名号没有闭合',
      text: '组织学习《中华人民共和国宪法》《民法典等法律法规。\n',
      errors: [{ messageId: 'unclosed', line: 1, column: 16 }],
    },
    {
      name: '引号内的括号没有闭合;每段单独检查',
      text: '开展“法律进乡村(社区”活动。\n\n第二段没有问题。\n',
      errors: [{ messageId: 'unclosed', line: 1, column: 9 }],
    },
  ],
};

export default examples;
