import type { RuleExamples } from '../src/rule-api.js';

const only = (...include: string[]) => ({ topics: 'none', include });

const DEPARTMENT = `青川县市场监督管理局2023年法治政府建设情况报告

一、主要举措和成效

（一）查办市场监管违法案件412件，法制审核重大执法决定37件。
（二）作出重大行政决策3项，均经合法性审查。
（三）清理规范性文件11件。
（四）被申请行政复议案件9件；行政诉讼案件4件，局长出庭应诉2次。
（五）开展普法活动23场。
`;

const TOWNSHIP = (disputes: string) => `清溪街道办事处2023年法治政府建设情况报告

一、主要举措和成效

（一）街道法治建设领导小组专题研究法治建设4次。
（二）政务服务中心为企业提供帮办代办服务1460件。
（三）重大决策事项全部经合法性审查，全年审查19件。
（四）综合行政执法队办理案件215件。
${disputes}（五）开展法治宣传活动12场。
`;

const examples: RuleExamples = {
  valid: [
    {
      name: '写到并有数字',
      text: '一、主要举措和成效\n\n全年办理行政复议案件24件，纠错3件。\n',
      options: only('administrative-reconsideration'),
    },
    {
      name: '以它为题的小标题下有数字',
      text: '一、主要举措和成效\n\n（一）严格规范性文件管理\n\n全年备案审查文件12件，纠正2件。\n',
      options: only('normative-documents'),
    },
    {
      name: '短句引出的条目里有数字',
      text: '一、主要举措和成效\n\n四是认真落实行政应诉相关规定。全年新收一审案件30件，均按期答辩。五是深化人民调解工作。\n',
      options: only('administrative-litigation'),
    },
    {
      name: '本单位制定的文件',
      text: '一、主要举措和成效\n\n制定《青川县行政规范性文件管理办法（试行）》，明确起草、审核、备案程序。\n',
      options: only('normative-documents'),
    },
    {
      name: '命名的平台、具体日期',
      text: '一、主要举措和成效\n\n建成“青川智慧执法”平台，执法信息归集共享。6月，开展应急演练，检验防汛预案。\n',
      options: only('digital-government', 'emergency-response'),
    },
    {
      name: '网页文字在词中断开',
      text: '一、主要举措和成效\n\n全年办理行政  复议案件24件。\n',
      options: only('administrative-reconsideration'),
    },
    {
      name: '报告没有分部分时,全文都是本年度工作',
      text: '全年开展普法活动12场，发放资料3000份。\n',
      options: only('legal-publicity'),
    },
    {
      name: 'topics: auto,部门报告只查部门的领域(不查突发事件、矛盾纠纷)',
      text: DEPARTMENT,
    },
    {
      name: 'topics: auto,街道报告只查乡镇街道的领域(不查行政复议、规范性文件)',
      text: TOWNSHIP('（六）调处矛盾纠纷86件。\n'),
    },
    {
      name: 'minFigures: 0,提到即可',
      text: '一、主要举措和成效\n\n加强应急管理，完善应急预案。\n',
      options: { ...only('emergency-response'), minFigures: 0 },
    },
    {
      name: '配置自己的主题(add)',
      text: '一、主要举措和成效\n\n落实公平竞争审查制度，审查政策措施16件。\n',
      options: { topics: 'none', add: [{ id: 'fair-competition', name: '公平竞争审查', terms: ['公平竞争审查'] }] },
    },
  ],
  invalid: [
    {
      name: '完全没有写到',
      text: '一、主要举措和成效\n\n办理行政处罚案件86件。\n\n二、存在的不足和原因\n\n执法力量不足，原因是编制紧张。\n',
      options: only('administrative-reconsideration'),
      errors: [{ messageId: 'missing', line: 5, column: 1 }],
    },
    {
      name: '只在口号里列出',
      text: '一、主要举措和成效\n\n坚持依法决策，做好行政复议和行政应诉工作，推进政务公开和数字政府建设，全面提升依法行政水平。\n',
      options: only('administrative-reconsideration', 'administrative-litigation', 'government-openness'),
      errors: [
        { messageId: 'weak-no-figures', line: 3, column: 10 },
        { messageId: 'weak-no-figures', line: 3, column: 15 },
        { messageId: 'weak-no-figures', line: 3, column: 24 },
      ],
    },
    {
      name: '只在下一年度安排中提到',
      text: '一、主要举措和成效\n\n办理案件20件。\n\n二、2024年工作安排\n\n推进政务公开标准化建设。\n',
      options: only('government-openness'),
      errors: [{ messageId: 'weak-elsewhere', line: 7, column: 3 }],
    },
    {
      name: '只在开头的总述中提到',
      text: '2023年，面对疫情防控压力，我县坚持依法行政。\n\n一、主要举措和成效\n\n办理案件20件。\n',
      options: only('emergency-response'),
      errors: [{ messageId: 'weak-elsewhere', line: 1, column: 9 }],
    },
    {
      name: '分号隔开的短句不引出后面的内容',
      text: '一、主要举措和成效\n\n坚持依法决策、科学决策、民主决策，落实重大事项集体研究制度；镇综合行政执法队全年立案查处违法行为47起。\n',
      options: only('major-decisions'),
      errors: [{ messageId: 'weak-no-figures', line: 3 }],
    },
    {
      name: '法律的名称不是做了什么',
      text: '一、主要举措和成效\n\n认真贯彻《中华人民共和国行政复议法》，畅通复议渠道，提升复议工作规范化水平。\n',
      options: only('administrative-reconsideration'),
      errors: [{ messageId: 'weak-no-figures', line: 3 }],
    },
    {
      name: '会议的届次不是数字',
      text: '一、主要举措和成效\n\n按照市委六届二次全会部署，推进数字政府建设，提升数字化治理能力和水平。\n',
      options: only('digital-government'),
      errors: [{ messageId: 'weak-no-figures', line: 3 }],
    },
    {
      name: '一级标题下的内容不算在它旁边',
      text: '一、依法化解矛盾纠纷\n\n（一）行政复议\n\n全年收到行政复议申请24件。\n',
      options: only('dispute-resolution'),
      errors: [{ messageId: 'weak-no-figures', line: 1 }],
    },
    {
      name: 'topics: auto,街道报告没有写矛盾纠纷化解',
      text: TOWNSHIP(''),
      errors: [{ messageId: 'missing', line: 9 }],
    },
    {
      name: 'topics: auto,看不出报告单位时只查各类单位共有的领域',
      text: '2023年，我单位坚持依法行政。\n\n一、主要举措和成效\n\n重大行政决策事项6项全部经过合法性审查。\n',
      errors: [{ messageId: 'missing', line: 5 }],
    },
    {
      name: '少于要求的提及次数(minMentions)',
      text: '一、主要举措和成效\n\n聘请法律顾问1名。\n',
      options: { topics: 'none', add: [{ id: 'legal-adviser', name: '法律顾问', terms: ['法律顾问'], minMentions: 2 }] },
      errors: [{ messageId: 'weak-few-mentions', line: 3 }],
    },
    {
      name: '限定在某一部分(section)',
      text: '一、主要举措和成效\n\n开展领导干部述法12人次。\n\n二、党政主要负责人履行推进法治建设第一责任人职责情况\n\n县长主持研究法治建设3次。\n',
      options: { topics: 'none', add: [{ id: 'shufa', name: '述法', terms: ['述法'], section: 'responsibility', basis: '省工作指引' }] },
      errors: [{ messageId: 'weak-elsewhere', line: 3 }],
    },
  ],
};

export default examples;
