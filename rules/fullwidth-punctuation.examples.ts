import type { RuleExamples } from '../src/rule-api.js';

const examples: RuleExamples = {
  valid: [
    {
      name: '全角标点',
      text: '一、主要举措和成效\n\n（一）强化组织领导。全年立案422宗，结案338宗；罚款金额共计21.6万元。\n',
    },
    {
      name: '数字、时间、网址、英文、标题序号都不动',
      text: '1.完善制度。共发放资料1,000份，12:30前办结，详见https://www.gov.cn/zhengce/，依托APP(Android, iOS)办理。\n',
    },
    {
      name: 'Markdown 语法不是中文标点',
      text: '详见[通知](https://example.gov.cn/a(1).html)和`a,b`。\n',
      ext: '.md',
    },
    {
      name: '全文没有一个全角标点:网页转存(NFKC)的文本,默认不逐处报告',
      text: '2022年,全镇立案422宗,结案338宗;各村(社区)均设立公共法律服务室,全年提供服务420件次。\n',
    },
  ],
  invalid: [
    {
      name: '夹在汉字之间的半角逗号、分号、冒号',
      text: '全年立案422宗，结案338宗,其中安全生产领域51宗;主要做法:一是加强培训。\n',
      errors: [
        { messageId: 'halfwidth', line: 1, column: 16 },
        { messageId: 'halfwidth', line: 1, column: 28 },
        { messageId: 'halfwidth', line: 1, column: 33 },
      ],
      output: '全年立案422宗，结案338宗，其中安全生产领域51宗；主要做法：一是加强培训。\n',
    },
    {
      name: '半角括号;括号内的标点一起改正',
      text: '各村(社区,居委会)均设立公共法律服务室。\n',
      errors: [
        { messageId: 'halfwidth-parentheses', line: 1, column: 3 },
        { messageId: 'halfwidth', line: 1, column: 6 },
      ],
      output: '各村（社区，居委会）均设立公共法律服务室。\n',
    },
    {
      name: '整篇是半角标点时,选项 checkUniformHalfwidth 打开后逐处报告',
      text: '全年立案422宗,结案338宗。\n',
      options: { checkUniformHalfwidth: true },
      errors: [{ messageId: 'halfwidth', line: 1, column: 9 }],
      output: '全年立案422宗，结案338宗。\n',
    },
  ],
};

export default examples;
