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
      name: '英文、版本号、省略号、撇号、“一.”序号、列表序号和表情都不动',
      text: '这是 Vue.js 的 3.5 版本，来自Yahoo!的文档……中文...中文，what\'s up。\n\n一.完善制度建设。\n\n1) 项目符号\n\n大家都很满意 ;-)\n',
    },
    {
      name: '网页转存时未解码的 HTML 字符引用(&ldquo; &mdash; &#12288;)里的分号是标记,不是标点',
      text: '全面落实行政执法&ldquo;三项制度&rdquo;，执法更加规范&mdash;&mdash;全年办理案件32件&#12288;。\n',
    },
    {
      name: 'Markdown 语法不是中文标点',
      text: '详见[通知](https://example.gov.cn/a(1).html)和`a,b`。\n',
      ext: '.md',
    },
    {
      name: '全文没有一个全角标点:网页转存(NFKC)的文本,默认不逐处报告 , ; : ? ! ( )',
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
      name: '汉字后句末的半角句号、问号、叹号;“?!”整串都改(繁体文本也一样)',
      text: '全年办结案件338宗.问题整改是否到位?必须到位!\n\n該怎麼辦?!\n',
      errors: [
        { messageId: 'halfwidth', line: 1, column: 11 },
        { messageId: 'halfwidth', line: 1, column: 20 },
        { messageId: 'halfwidth', line: 1, column: 25 },
        { messageId: 'halfwidth', line: 3, column: 5 },
        { messageId: 'halfwidth', line: 3, column: 6 },
      ],
      output: '全年办结案件338宗。问题整改是否到位？必须到位！\n\n該怎麼辦？！\n',
    },
    {
      name: '逗号、冒号后跟空格:连同空格一起改',
      text: '一是加强培训, 二是严格考核。报告如下: 全年立案422宗。\n',
      errors: [
        { messageId: 'halfwidth', line: 1, column: 7 },
        { messageId: 'halfwidth', line: 1, column: 20 },
      ],
      output: '一是加强培训，二是严格考核。报告如下：全年立案422宗。\n',
    },
    {
      name: '英文词或数字后接中文、中文后接英文词的逗号;中文句子末尾的句号',
      text: '依托APP,便于群众办理;支持文件,PDF等格式;详见附件1.\n',
      errors: [
        { messageId: 'halfwidth', line: 1, column: 6 },
        { messageId: 'halfwidth', line: 1, column: 13 },
        { messageId: 'halfwidth', line: 1, column: 18 },
        { messageId: 'halfwidth', line: 1, column: 25 },
        { messageId: 'halfwidth', line: 1, column: 31 },
      ],
      output: '依托APP，便于群众办理；支持文件，PDF等格式；详见附件1。\n',
    },
    {
      name: '中文里的 ASCII 引号改为“”‘’,引号内的标点一起改正',
      text: '认真落实"三项制度",做到\'学法用法\'。\n\n他说:"请求参数错误."\n',
      errors: [
        { messageId: 'halfwidth-quotes', line: 1, column: 5 },
        { messageId: 'halfwidth', line: 1, column: 11 },
        { messageId: 'halfwidth-quotes', line: 1, column: 14 },
        { messageId: 'halfwidth', line: 3, column: 3 },
        { messageId: 'halfwidth-quotes', line: 3, column: 4 },
        { messageId: 'halfwidth', line: 3, column: 11 },
      ],
      output: '认真落实“三项制度”，做到‘学法用法’。\n\n他说：“请求参数错误。”\n',
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
      name: '与全角括号配对的半角括号',
      text: '聘请法律顾问（含公职律师)12名。\n',
      errors: [{ messageId: 'mixed-parentheses', line: 1, column: 13 }],
      output: '聘请法律顾问（含公职律师）12名。\n',
    },
    {
      name: '网页转存(NFKC)的文本不逐处报告 , ; : ,但 NFKC 不会产生的半角句号和 ASCII 引号照常报告',
      text: '2022年,全镇立案422宗,结案338宗;落实"三项制度".\n',
      errors: [
        { messageId: 'halfwidth-quotes', line: 1, column: 25 },
        { messageId: 'halfwidth', line: 1, column: 31 },
      ],
      output: '2022年,全镇立案422宗,结案338宗;落实“三项制度”。\n',
    },
    {
      name: '其他段落用了全角标点的报告,每一处半角都报告',
      text: '一、主要举措和成效\n\n全年立案422宗，结案338宗。\n\n各村(社区)均设立公共法律服务室,全年提供服务420件次;办结率100%.\n',
      errors: [
        { messageId: 'halfwidth-parentheses', line: 5, column: 3 },
        { messageId: 'halfwidth', line: 5, column: 17 },
        { messageId: 'halfwidth', line: 5, column: 29 },
        { messageId: 'halfwidth', line: 5, column: 37 },
      ],
      output: '一、主要举措和成效\n\n全年立案422宗，结案338宗。\n\n各村（社区）均设立公共法律服务室，全年提供服务420件次；办结率100%。\n',
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
