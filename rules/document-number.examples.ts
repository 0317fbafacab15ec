import type { RuleExamples } from '../src/rule-api.js';

const examples: RuleExamples = {
  valid: [
    {
      name: '六角括号的文号',
      text: '严格落实《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》(国办发〔2018〕118号)。\n',
    },
    {
      name: '机关代字可以任何汉字结尾(湖江街、渝公管发、蘇應急規,繁体页面的“號”)',
      text: '依据湖江街〔2023〕24号、渝公管发〔2023〕19号和蘇應急規〔2022〕1號文件。\n',
    },
    {
      name: '文号前后有半角或全角空格',
      text: '按照 国办发〔2018〕118号 文件要求,落实　厅字〔2019〕28号　规定。\n',
    },
    {
      name: '法院案号的年份本来就用圆括号,不是文号',
      text: '行政诉讼案件(2023)渝0109行初12号已审结,（2021）渝0109民初123号案件已执行。\n',
    },
    {
      name: '标准编号、电话、金额、日期都不是文号',
      text: '按照GB/T 9704-2012排版,咨询电话023-68881234,拨付资金2019117元,于2020年5月5号召开会议。\n',
    },
    {
      name: '括号里的年份后面不是序号',
      text: '制定出台了《东湖区法治政府实施意见(2022-2025年)》。\n',
    },
    {
      name: '“5号台风”“一号文件”“公告2018年第31号”“3号令”不是写错的文号',
      text: '受2023年5号台风影响,认真学习中央2020年1号文件,执行国家税务总局公告2018年第31号和住建部2023年3号令。\n',
    },
    {
      name: '行政执法文书的文号按其文书格式可带“第”(此处不报)',
      text: '作出行政复议决定书(京政复字〔2020〕第123号)。\n',
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
      name: '任何机关代字的括号写错都报告;序号被括起、缺“号”的也改正',
      text: '按照京财预【2018】8号和粤府函2019(88)要求,落实中发（2021）33号。\n',
      errors: [
        { messageId: 'wrong-brackets', line: 1, column: 3 },
        { messageId: 'wrong-brackets', line: 1, column: 15 },
        { messageId: 'wrong-brackets', line: 1, column: 31 },
      ],
      output: '按照京财预〔2018〕8号和粤府函〔2019〕88号要求,落实中发〔2021〕33号。\n',
    },
    {
      name: 'PDF 字体缺字时六角括号变成的引号(xiexiebang.com 转载的湘政办发〔2009〕24号)',
      text: '根据《国务院办公厅关于加强普通高等学校毕业生就业工作的通知》(国办发„2009‟3号)精神。\n',
      errors: [{ messageId: 'wrong-brackets', line: 1, column: 32 }],
      output: '根据《国务院办公厅关于加强普通高等学校毕业生就业工作的通知》(国办发〔2009〕3号)精神。\n',
    },
    {
      name: '没有括号:年份和序号之间有“第”或空格,可确定原意,自动改正',
      text: '落实国卫医发2020第15号和沪教委规2023 7号文件。\n',
      errors: [
        { messageId: 'missing-brackets', line: 1, column: 3 },
        { messageId: 'missing-brackets', line: 1, column: 16 },
      ],
      output: '落实国卫医发〔2020〕15号和沪教委规〔2023〕7号文件。\n',
    },
    {
      name: '没有括号、年份和序号连写:无法确定序号,只报告不修改',
      text: '依据豫政办发201912号和交规划2019117号文件。\n',
      errors: [
        { messageId: 'run-together', line: 1, column: 3 },
        { messageId: 'run-together', line: 1, column: 15 },
      ],
    },
    {
      name: '年份和序号连在一起,缺少“〕”(柳荫镇 2024 年报告):无法判断原意,不自动修改',
      text: '围绕《法治政府建设实施纲要(2021—2025年)》(中发〔202133号)目标任务。\n',
      errors: [{ messageId: 'malformed', line: 1, column: 28 }],
    },
    {
      name: '年份后加“年”(网页标题中的“冀教财函2019年155号”)',
      text: '按照鲁政办发2020年5号和冀教财函2019年155号文件执行。\n',
      errors: [
        { messageId: 'nian-after-year', line: 1, column: 3 },
        { messageId: 'nian-after-year', line: 1, column: 15 },
      ],
      output: '按照鲁政办发〔2020〕5号和冀教财函〔2019〕155号文件执行。\n',
    },
    {
      name: '序号前加“第”',
      text: '印发湘政发〔2017〕第3号文件。\n',
      errors: [{ messageId: 'di-before-number', line: 1, column: 3 }],
      output: '印发湘政发〔2017〕3号文件。\n',
    },
    {
      name: '年份没有标全称:不知道是哪一年,只报告',
      text: '落实国办发〔21〕5号文件。\n',
      errors: [{ messageId: 'short-year', line: 1, column: 3 }],
    },
    {
      name: '序号编了虚位',
      text: '落实国办发〔2021〕033号文件。\n',
      errors: [{ messageId: 'leading-zero', line: 1, column: 3 }],
      output: '落实国办发〔2021〕33号文件。\n',
    },
  ],
};

export default examples;
