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
      name: '列表序号“1)”“a)”“①)”和表情“:)”不是括号(zhlint #18)',
      text: '主要做法有:1)加强培训;2)严格考核。\n\na) 第一项;b) 第二项\n\n①)完善制度\n\n1) 项目符号\n\n大家都很开心 ;-) 也很满意:)\n',
    },
    {
      name: '成串的序号在括号里也不参与配对;单个序号照常闭合括号',
      text: '主要做法(包括:1)培训;2)考核)。统计口径(数量:5)。\n',
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
      name: '括号交叉',
      text: '今天(雨[中)的]景色很美。\n',
      errors: [{ messageId: 'crossed', line: 1, column: 5 }],
    },
    {
      name: '单个序号前没有可配对的括号时不报告,但多出的后半个括号仍报告',
      text: '1) 项目符号)。\n',
      errors: [{ messageId: 'unopened', line: 1, column: 8 }],
    },
    {
      name: '引号内的括号没有闭合;每段单独检查',
      text: '开展“法律进乡村(社区”活动。\n\n第二段没有问题。\n',
      errors: [{ messageId: 'unclosed', line: 1, column: 9 }],
    },
  ],
};

export default examples;
