import type { RuleExamples } from '../src/rule-api.js';

const examples: RuleExamples = {
  valid: [
    {
      name: '单位电话、热线、机关邮箱',
      text: '设立行政执法投诉举报电话023-68221234和邮箱fzb@cq.gov.cn,受理12345热线工单2254宗。\n',
    },
    {
      name: '校验码不对的18位数字、更长的数字串不是身份证号或手机号',
      text: '统一社会信用代码915001091234567890,案卷编号202413812345678。\n',
    },
  ],
  invalid: [
    {
      name: '身份证号码(GB 11643 的示例号码)',
      text: '当事人张某(身份证号11010519491231002X)申请行政复议。\n',
      errors: [{ messageId: 'id-number', line: 1, column: 11 }],
    },
    {
      name: '手机号码',
      text: '联系人:李某,电话138 1234 5678。\n',
      errors: [{ messageId: 'mobile', line: 1, column: 10 }],
    },
    {
      name: '个人邮箱',
      text: '意见建议请发送至zhangsan2023@163.com。\n',
      errors: [{ messageId: 'personal-email', line: 1, column: 9 }],
    },
  ],
};

export default examples;
