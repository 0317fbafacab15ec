// What a 法治政府建设年度报告 covers (issue 20): the areas a reviewer expects to find, each as a
// group of phrasings, with the section of the document that asks for it. The five required parts
// (厅字〔2019〕28号) say how a report is built; these lists say what it reports on. Used by
// rules/require-topics.ts; a config can add its own topics (a province's or city's guide).
//
// Sources:
// - 《法治政府建设实施纲要(2021—2025年)》(中发〔2021〕33号): full text as published by Xinhua,
//   2021-08-12 ("《法治政府建设实施纲要(2021-2025年)》出台!", mirrored at guc884.cn); its parts
//   二 to 十 are the nine tasks, listed the same way in a Q&A of scfzw.net (法治政府建设的九大任务).
//   Part numbers and titles are cited; no article numbers (the 纲要 has none).
// - 《深圳市法治政府建设年度报告事项指引(试行)》 (dutenews.com, on its release): 8 first-level
//   items (组织领导; 政府职能依法全面履行; 健全依法行政制度; 科学民主依法决策; 严格规范公正文明执法;
//   行政权力制约和监督; 法治政府对法治社会的带动; 数字法治政府建设), 36 second-level, 135
//   third-level, with items sorted by reporting body: the model for lists per kind of issuer.
// - 厅字〔2019〕28号: governments at all levels and departments at county level and above report
//   (shared guide legal-basis.md).
// - 中共中央办公厅、国务院办公厅《关于实行国家机关“谁执法谁普法”普法责任制的意见》, issued May
//   2017 (Xinhua, 2017-05-17): every state organ that enforces the law explains it.
// - 蒋建森 (浙江省司法厅), 《乡镇(街道)法治化综合改革的实践路径与体系化构建——以浙江省为例》
//   (2023-01-08, fx361.cc): a township's or street office's rule-of-law work is the 法治化 of Party
//   leadership, the exercise of power (decisions, enforcement), the business environment and
//   social governance (disputes, legal publicity).
// Phrasings: how reports write each area, read on fixtures/real and in the invented reports of
// fixtures/topics; they match as substrings with white space ignored.
import type { LocalizedText, SectionKind } from '../rule-api.js';

export interface TopicBasis {
  zh: string;
  en: string;
}

export interface Topic {
  /** Stable id: a column of the reviewer's matrix, a key of `include` / `exclude`. */
  id: string;
  /** Short name, for messages, checklist rows and matrix columns. */
  name: LocalizedText;
  /** Substrings that name the area; white space in the report is ignored. */
  phrasings: string[];
  /** Regular expressions (u flag) tried on a paragraph's text without white space. */
  patterns?: string[];
  /** The document and section that ask for the area. */
  basis: TopicBasis;
  /** Where the basis and the phrasings were seen. */
  source: string;
  /** Only mentions in this kind of part count (default: the year's work, not problems or plans). */
  section?: SectionKind;
  /** Mentions needed in the year's work (default 1). */
  minMentions?: number;
  /** Mentions with a figure, a named document or a date nearby needed (default: the rule's option, 1). */
  minFigures?: number;
}

const GANGYAO = '《法治政府建设实施纲要(2021—2025年)》(中发〔2021〕33号)';
const GANGYAO_EN = 'Implementation Outline for Building a Rule-of-Law Government (2021–2025) (Zhongfa [2021] No. 33)';
const GANGYAO_SOURCE = 'Xinhua full text, 2021-08-12 (guc884.cn mirror); nine tasks as listed by scfzw.net';

function gangyao(part: string, title: string, en: string, topic?: { zh: string; en: string }): TopicBasis {
  return {
    zh: `${GANGYAO}第${part}部分“${title}”${topic ? `中的${topic.zh}` : ''}`,
    en: `${GANGYAO_EN}, part ${en}${topic ? `, on ${topic.en}` : ''}`,
  };
}

/** Every built-in topic, in the 纲要's order. */
export const TOPICS: Topic[] = [
  {
    id: 'party-leadership',
    name: { zh: '组织领导', en: 'leadership and organisation' },
    // 党委、党组 leadership of the work, its committee and office, 学法 and 述法 of leaders,
    // inspection and the demonstration campaign: how reports show part 十.
    phrasings: [
      '党的领导', '党委领导', '党组领导', '党工委领导', '党对法治政府建设', '组织领导', '领导小组', '议事协调',
      '依法治省', '依法治市', '依法治县', '依法治区', '依法治州', '依法治旗', '依法治镇', '依法治乡', '依法治街',
      '述法', '学法', '法治督察', '示范创建', '法治建设纳入', '法治政府建设纳入',
    ],
    basis: gangyao('十', '加强党的领导,完善法治政府建设推进机制', '10 (Party leadership and the mechanisms that drive the work)'),
    source: `${GANGYAO_SOURCE}; 深圳 guide item 1 (组织领导)`,
  },
  {
    id: 'government-functions',
    name: { zh: '政府职能', en: 'government functions' },
    phrasings: [
      '政府职能', '放管服', '简政放权', '权责清单', '权力清单', '营商环境', '政务服务', '一网通办', '一窗', '行政审批',
      '审批制度', '证照分离', '告知承诺', '负面清单', '跨省通办', '帮办代办', '只跑一次', '一次不跑', '最多跑一次', '惠企',
    ],
    basis: gangyao('二', '健全政府机构职能体系,推动更好发挥政府作用', '2 (government functions)'),
    source: `${GANGYAO_SOURCE}; 深圳 guide item 2 (政府职能依法全面履行)`,
  },
  {
    id: 'normative-documents',
    name: { zh: '规范性文件', en: 'normative documents' },
    // 合法性审核 is left to decisions: reports use it for both.
    phrasings: ['规范性文件', '政府规章', '规章制定', '规章清理', '立法计划', '立法项目', '地方性法规', '立法联系点', '备案审查', '文件清理'],
    basis: gangyao('三', '健全依法行政制度体系,加快推进政府治理规范化程序化法治化', '3 (rules and normative documents)'),
    source: `${GANGYAO_SOURCE}; 深圳 guide item 3 (健全依法行政制度)`,
  },
  {
    id: 'major-decisions',
    name: { zh: '重大行政决策', en: 'major decisions' },
    // Townships write "三重一大" for their collective decisions; 法律顾问 only as the
    // government's (village legal advisers are public legal services).
    phrasings: [
      '重大行政决策', '重大决策', '依法决策', '科学决策', '民主决策', '决策程序', '合法性审查', '合法性审核', '政府法律顾问',
      '法律顾问制度', '法律顾问参与', '公职律师', '公众参与', '专家论证', '风险评估', '集体讨论', '三重一大', '决策后评估',
    ],
    basis: gangyao('四', '健全行政决策制度体系,不断提升行政决策公信力和执行力', '4 (administrative decisions)'),
    source: `${GANGYAO_SOURCE}; 深圳 guide item 4 (科学民主依法决策)`,
  },
  {
    id: 'law-enforcement',
    name: { zh: '行政执法', en: 'law enforcement' },
    // The three systems themselves are checked by require-three-systems; here, the area.
    phrasings: [
      '行政执法', '综合执法', '执法体制', '执法监督', '执法人员', '执法证', '裁量基准', '裁量权基准', '案卷评查', '三项制度',
      '执法公示', '全过程记录', '法制审核', '双随机', '包容审慎', '柔性执法', '轻微违法', '首违不罚', '行政处罚', '行政检查',
      '执法检查', '立案查处', '执法办案',
    ],
    basis: gangyao('五', '健全行政执法工作体系,全面推进严格规范公正文明执法', '5 (law enforcement)'),
    source: `${GANGYAO_SOURCE}; 深圳 guide item 5 (严格规范公正文明执法)`,
  },
  {
    id: 'emergency-response',
    name: { zh: '突发事件应对', en: 'emergency response' },
    // 疫情防控 is how 2020–2022 reports write it.
    phrasings: ['突发事件', '应急管理', '应急预案', '应急处置', '应急演练', '应急响应', '应急体系', '应急队伍', '防汛', '抢险', '疫情防控', '防疫'],
    basis: gangyao('六', '健全突发事件应对体系,依法预防处置重大突发事件', '6 (emergencies)'),
    source: GANGYAO_SOURCE,
  },
  {
    id: 'dispute-resolution',
    name: { zh: '矛盾纠纷化解', en: 'dispute resolution' },
    // Mediation and rulings; 行政复议 and 行政应诉, of the same part, have columns of their own.
    phrasings: [
      '矛盾纠纷', '纠纷化解', '多元化解', '行政调解', '人民调解', '调解组织', '调处', '行政裁决', '诉源治理', '信访', '访调对接',
      '诉调对接', '公调对接', '警调联动', '枫桥经验',
    ],
    basis: gangyao('七', '健全社会矛盾纠纷行政预防调处化解体系,不断促进社会公平正义', '7 (preventing and resolving disputes)', { zh: '行政调解、行政裁决', en: 'mediation and rulings' }),
    source: GANGYAO_SOURCE,
  },
  {
    id: 'administrative-reconsideration',
    name: { zh: '行政复议', en: 'administrative reconsideration' },
    phrasings: ['行政复议', '复议'],
    basis: gangyao('七', '健全社会矛盾纠纷行政预防调处化解体系,不断促进社会公平正义', '7 (preventing and resolving disputes)', { zh: '行政复议', en: 'administrative reconsideration' }),
    source: GANGYAO_SOURCE,
  },
  {
    id: 'administrative-litigation',
    name: { zh: '行政应诉', en: 'administrative litigation' },
    phrasings: ['行政应诉', '出庭应诉', '应诉', '行政诉讼', '行政审判', '行政败诉'],
    basis: gangyao('七', '健全社会矛盾纠纷行政预防调处化解体系,不断促进社会公平正义', '7 (preventing and resolving disputes)', { zh: '行政应诉', en: 'responding to administrative lawsuits' }),
    source: GANGYAO_SOURCE,
  },
  {
    id: 'oversight',
    name: { zh: '权力监督', en: 'oversight' },
    // Oversight by 人大, 政协, 监察, 审计, courts and the public, 督查, 政务诚信, 问责.
    // 行政执法监督 counts to law enforcement: every report has it, and it is not this area's point.
    phrasings: [
      '人大监督', '政协监督', '民主监督', '监察监督', '审计监督', '统计监督', '财会监督', '司法监督', '社会监督', '舆论监督',
      '群众监督', '检察建议', '司法建议', '代表建议', '委员提案', '政协提案', '督查', '政务诚信', '问责', '内部监督', '层级监督',
    ],
    basis: gangyao('八', '健全行政权力制约和监督体系,促进行政权力规范透明运行', '8 (checks and oversight of administrative power)'),
    source: `${GANGYAO_SOURCE}; 深圳 guide item 6 (行政权力制约和监督)`,
  },
  {
    id: 'government-openness',
    name: { zh: '政务公开', en: 'government openness' },
    // Not "信息公开" alone: "执法信息公开" is the enforcement publicity system.
    phrasings: ['政务公开', '政府信息公开', '依申请公开', '政策解读', '政府开放日', '公开指南'],
    basis: gangyao('八', '健全行政权力制约和监督体系,促进行政权力规范透明运行', '8 (checks and oversight of administrative power)', { zh: '政务公开', en: 'government openness' }),
    source: GANGYAO_SOURCE,
  },
  {
    id: 'digital-government',
    name: { zh: '数字法治政府', en: 'digital government' },
    phrasings: [
      '数字政府', '数字法治', '数字化', '信息化', '大数据', '互联网+', '智慧', '数据共享', '政务数据', '电子证照', '一网通办',
      '一网统管', '网上办', '掌上办', '数字素养', '智治',
    ],
    basis: gangyao('九', '健全法治政府建设科技保障体系,全面建设数字法治政府', '9 (technology and digital rule-of-law government)'),
    source: `${GANGYAO_SOURCE}; 深圳 guide item 8 (数字法治政府建设)`,
  },
  {
    id: 'legal-publicity',
    name: { zh: '普法', en: 'legal publicity' },
    phrasings: [
      '普法', '法治宣传', '法制宣传', '法治教育', '法治文化', '宪法宣传', '以案释法', '法律六进', '法律进', '法治讲座', '法律明白人',
      '民主法治示范村', '法治副校长',
    ],
    basis: {
      zh: '中共中央办公厅、国务院办公厅《关于实行国家机关“谁执法谁普法”普法责任制的意见》(2017年5月)',
      en: 'General Offices of the CPC Central Committee and the State Council, Opinions on the responsibility of state organs for legal publicity ("whoever enforces the law explains it"), May 2017',
    },
    source: 'Xinhua, 2017-05-17 (beijing.baogaosu.com mirror); 深圳 guide item 7 (法治政府对法治社会的带动)',
  },
];

export const TOPIC_IDS = TOPICS.map((t) => t.id);

export type TopicPresetName = 'outline-2021' | 'department' | 'township';

export interface TopicPreset {
  name: TopicPresetName;
  /** What the preset is for, for the docs. */
  description: LocalizedText;
  topics: string[];
  source: string;
}

/** The built-in lists, by the kind of body that writes the report. */
export const TOPIC_PRESETS: Record<TopicPresetName, TopicPreset> = {
  'outline-2021': {
    name: 'outline-2021',
    description: {
      zh: '县级以上人民政府(及党委、政府联合)报告:纲要第二至第十部分的各个领域,行政复议、行政应诉、政务公开单列',
      en: "A government's report, county level and up: the areas of the 纲要's parts 2 to 10, with reconsideration, litigation and openness as columns of their own",
    },
    topics: [
      'party-leadership', 'government-functions', 'normative-documents', 'major-decisions', 'law-enforcement', 'emergency-response',
      'dispute-resolution', 'administrative-reconsideration', 'administrative-litigation', 'oversight', 'government-openness', 'digital-government',
    ],
    source: `${GANGYAO} parts 二–十 (${GANGYAO_SOURCE}); 深圳 guide's first-level items (dutenews.com)`,
  },
  department: {
    name: 'department',
    description: {
      zh: '政府工作部门报告:本部门的执法、决策、规范性文件、行政复议和应诉、“谁执法谁普法”;突发事件、矛盾纠纷等领域须另行配置',
      en: "A government department's report: its own enforcement, decisions, normative documents, reconsideration and litigation, legal publicity; emergencies and disputes only when configured",
    },
    topics: ['normative-documents', 'major-decisions', 'law-enforcement', 'administrative-reconsideration', 'administrative-litigation', 'legal-publicity'],
    source: '厅字〔2019〕28号 (departments at county level and above report); “谁执法谁普法” opinion (2017); 深圳 guide, items by reporting body (dutenews.com)',
  },
  township: {
    name: 'township',
    description: {
      zh: '乡镇人民政府、街道办事处报告:党的领导、依法决策、综合行政执法、营商环境和政务服务、矛盾纠纷化解、普法',
      en: "A township's or street office's report: Party leadership, decisions, enforcement, business environment and services, disputes, legal publicity",
    },
    topics: ['party-leadership', 'government-functions', 'major-decisions', 'law-enforcement', 'dispute-resolution', 'legal-publicity'],
    source: '蒋建森, 乡镇(街道)法治化综合改革 (fx361.cc, 2023-01-08): 党的领导、权力运行、营商环境、社会治理的法治化',
  },
};

/** With `topics: auto` and an issuer whose kind the outline could not tell: what every kind reports. */
export const CORE_TOPICS: string[] = TOPIC_IDS.filter((id) => Object.values(TOPIC_PRESETS).every((preset) => preset.topics.includes(id)));

/** Which built-in list `topics: auto` takes for each kind of issuer (Outline.issuerKind). */
export const PRESET_BY_ISSUER_KIND: Record<'government' | 'department' | 'township' | 'street', TopicPresetName> = {
  government: 'outline-2021',
  department: 'department',
  township: 'township',
  // A street office reports what a township does (the Zhejiang reform treats them alike).
  street: 'township',
};

// ---- What makes a mention more than a name ----
// A topic is covered when a mention has something concrete beside it: a figure
// (src/data/quantities.ts), a document of the reporting body's own kind named in 《》 or by its
// 文号, a date with a month, or a facility, platform or event named in quotation marks
// ("“花都政务智慧站”", "“警调联动”工作室"). A law's title ("认真贯彻《行政复议法》") and a slogan in
// quotation marks ("“谁执法谁普法”") are how slogans cite, not what was done. "Beside" is the
// mention's sentence; a short lead ("四是认真落实行政应诉相关规定。") takes the item it opens, up
// to the next "五是"; a sub-heading (level 2 and deeper) takes the part it heads.

/** 《…》 titles ending so are documents a body makes or issues: 办法, 方案, 通知 … */
export const OWN_DOCUMENT_ENDINGS = [
  '办法', '规定', '意见', '方案', '通知', '细则', '规则', '指引', '清单', '目录', '要点', '计划', '预案', '制度', '标准', '规范', '指南', '机制', '报告', '推进表', '台账',
];

/** A 文号 such as 洪司字〔2022〕92号. */
export const DOCUMENT_NUMBER = /[〔[]\d{4}[〕\]]\d{1,5}号/u;

/** A date with a month: "2022年6月", "6月初", "12月31日". */
export const MONTH_DATE = /\d{1,2}月(?:\d{1,2}日|[上中下]旬|初|底|份)?/u;

/**
 * A facility, platform or event named in quotation marks, the name ending in one of these or
 * followed closely by one: "“花都政务智慧站”", "“佬倌俚”工作室", "“行政复议进园区、商会、企业”专项法律服务活动".
 */
export const NAMED_THING_ENDINGS = [
  '站', '室', '工作室', '中心', '平台', '系统', '专栏', '热线', '基地', '窗口', '活动', '小程序', 'APP', 'App', '公众号', '联系点', '服务点', '代办点',
];

/**
 * Numbers that are not figures: meeting and session ordinals ("市委六届二次全会", "第二次会议"),
 * taken out before figures are looked for (a figure counts "二次" as two times).
 */
export const NOT_FIGURES: RegExp[] = [
  /[一二三四五六七八九十\d]{1,3}届[一二三四五六七八九十\d]{1,3}[次中]?全(?:体会议|会)/gu,
  /第[一二三四五六七八九十百\d]{1,4}(?:次|届|批|轮)/gu,
];

/**
 * A sentence this short (in characters), closed by a full stop or a colon, is a lead: the item it
 * opens counts as beside it. A clause closed by a semicolon is one of a list ("坚持依法决策、科学
 * 决策、民主决策,落实重大事项集体研究制度；"), not a lead.
 */
export const LEAD_MAX = 30;

/** Where an enumerated item starts: "一是", "二是" …; a lead's item ends before the next. */
export const ITEM_MARKER = /[一二三四五六七八九十]{1,3}是/u;

/** How far a lead's item or a sub-heading's part is read for something concrete, in characters. */
export const HEADING_WINDOW = 400;
