// How real reports name their parts. The outline classifies each heading by these phrasings,
// so a reviewer can extend them (config `settings.sectionPhrasings`) without reading code.
// Phrases are plain substrings (Chinese has no word boundaries). Sources: the five items of
// 厅字〔2019〕28号 (see shared guide legal-basis.md), and the headings of published reports in fixtures/.
import type { SectionKind } from '../rule-api.js';

export interface KindPhrasing {
  kind: Exclude<SectionKind, 'achievements'>;
  /** A heading matches when it contains any one of these. */
  any?: string[];
  /** Phrases trusted only on a top-level heading: under another part they are too loose
   *  ("(三)补齐短板" inside the achievements is not a problems part). */
  topLevelOnly?: string[];
  /** …or when it contains at least one phrase from every group. */
  allOf?: string[][];
  note: string;
}

// Order matters: the first matching entry wins ("存在的不足和下一步打算" is a problems heading).
export const HEADING_PHRASINGS: KindPhrasing[] = [
  {
    kind: 'responsibility',
    // "履行第一责任,…" drops the 人; "强化主要责任人责任" says 主要责任人.
    any: ['第一责任'],
    allOf: [
      // The leaders by office: "乡党委书记、乡长带头履职", "县委书记、县长带头履行…".
      ['主要负责人', '主要负责同志', '主要领导', '党政负责人', '一把手', '关键少数', '主要责任人', '书记', '乡长', '镇长', '县长', '区长', '市长', '局长'],
      // "主要负责人述法情况" (seventh blind set): reporting on rule of law is the duty's own act.
      ['履行', '履职', '职责', '责任', '带头', '抓法治', '述法'],
    ],
    note: '厅字〔2019〕28号 item 3: 党政主要负责人履行推进法治建设第一责任人职责情况; "关键少数"带头抓法治 (the leading cadres, in 习近平法治思想\'s words)',
  },
  {
    kind: 'problems',
    any: ['存在的不足', '存在不足', '存在问题', '存在的问题', '不足之处', '问题和不足', '问题与不足', '不足和原因', '不足及原因', '问题及原因', '问题和原因', '差距和不足', '差距与不足', '困难和问题', '问题及不足', '工作中的不足', '主要问题', '存在困难', '需要改进', '问题和困难', '一些问题', '困难和不足', '薄弱之处', '存在的差距'],
    // Wordings of the seventh blind set: "工作中的薄弱点", "亟待解决的问题", "不足与挑战", "仍需提升的方面", "存在的矛盾和问题".
    // Tenth: "存在的短处和弱项", "面临的问题", "工作中遇到的问题", "存在的困难问题".
    topLevelOnly: ['短板', '薄弱环节', '薄弱点', '亟待解决', '不足与挑战', '不足和挑战', '仍需提升', '有待提升', '矛盾和问题', '短处', '弱项', '面临的问题', '遇到的问题', '困难问题'],
    note: '厅字〔2019〕28号 item 2: 存在的不足和原因; 存在问题 (花都区炭步镇 2022), 存在的问题 (东湖区 2022)',
  },
  {
    kind: 'plans',
    any: ['工作安排', '主要安排', '工作打算', '下一步工作', '下步工作', '下一年度', '工作思路', '工作计划', '工作设想', '目标举措', '今后打算', '下步打算', '下一步打算'],
    topLevelOnly: ['下一步', '工作重点', '努力方向', '下阶段', '展望'],
    note: '厅字〔2019〕28号 item 4: 下一年度推进法治政府建设的主要安排; 下一步工作打算 (东湖区 2022); 工作思路、目标举措 (柳荫镇 2024)',
  },
  {
    kind: 'other',
    // "其他有关情况", "其他需要说明的事项" (seventh and eighth blind sets).
    any: ['其他需要报告', '其他事项', '其他情况', '其他有关情况', '其他需要说明', '需要说明的事项'],
    note: '厅字〔2019〕28号 item 5: 其他需要报告的情况',
  },
];

/**
 * A heading that names the year's measures and results before the duty ("一、…主要举措、成效及主要
 * 负责人履职情况") is one merged part, the achievements, with the duty inside it (ninth blind set).
 */
export const ACHIEVEMENTS_BEFORE_DUTY = ['举措', '成效'];

/**
 * How the achievements part is named. A numbered heading is achievements unless it reads as
 * another part, so these are asked only of a report without numbered headings, whose parts
 * stand on unnumbered lines ("主要工作成效") or open run-in paragraphs ("一是主要工作开展情况。").
 */
export const ACHIEVEMENT_PHRASINGS = ['主要举措', '工作举措', '主要成效', '工作成效', '取得的成效', '主要做法', '工作开展情况', '主要工作', '工作情况', '工作进展', '建设情况'];

/**
 * Paragraph openings that carry a required part without a heading ("下步,街道将…").
 * Matched against the start of a paragraph (first `window` characters).
 */
export interface InlinePhrasing {
  kind: 'problems' | 'plans';
  any: string[];
  window: number;
  note: string;
}

export const INLINE_PHRASINGS: InlinePhrasing[] = [
  {
    kind: 'problems',
    any: [
      '存在一定问题', '存在着一些不足', '存在一些不足', '存在一些问题', '存在的问题', '存在的不足', '还存在', '仍存在', '不足之处', '问题和不足', '短板',
      // Eighth blind set: "同时也要清醒看到…", "当然,工作中也还有一些不容忽视的问题:", "客观地看,…还有一些
      // 不尽如人意的地方", "必须正视的是,…薄弱之处".
      '清醒看到', '不容忽视', '不尽如人意', '必须正视', '薄弱之处',
    ],
    window: 60,
    note: '"对照…存在着一些不足,主要有:一是…" (issue 4); "但还存在一定问题,主要表现在" (炭步镇 2022)',
  },
];

/**
 * Words that open a sentence introducing next year's plan without a heading: a paragraph
 * "下步,街道将…" (issue 4), or a sentence inside one, "…。下一步,我局将…" (issue 15). Matched at a
 * sentence's start only: "为今后工作打下基础" is no plan.
 */
export const PLAN_SENTENCE_OPENINGS = [
  '下一步', '下步', '下一年度', '下阶段', '下一阶段', '今后', '明年', '新的一年', '接下来',
  // "在今后的工作中,我们将…", "在新的一年里,…"
  '在今后', '在下一步', '在下一阶段', '在新的一年',
];

/**
 * Words for the coming year that introduce a plan when a short subject and 将 follow them
 * ("今年,我局将…", "未来一年,我们将…", "在新一年中,街道将…", "后续,我局将…"). Alone they do not:
 * "今年以来" looks back.
 */
// Seventh and eighth blind sets: "开年之后,我们将…", "往后一年,雁栖镇将…", "新年度里,我委将…",
// "站在新的起点上,区政府将…".
export const PLAN_YEAR_AHEAD_WORDS = ['今年', '来年', '未来一年', '新一年', '新的一年', '下一年', '后续', '开年之后', '往后一年', '新年度', '站在新的起点上'];

/** What may step into the year ahead before those words: "踏上新的一年,苏木将…" (tenth blind set). */
export const PLAN_YEAR_AHEAD_VERBS = ['在', '踏上', '迈入', '迈进', '进入', '步入'];

/**
 * A sentence that says the writer will, or means to, do what follows ("我们打算从以下几个方面加以
 * 改进:", "我们将重点抓好以下工作:"): the list after it is the plan.
 */
export const PLAN_LIST_INTRODUCTIONS = ['以下几个方面', '以下几方面', '以下工作', '以下措施', '如下工作'];

/** "2025年工作打算:…", "2025年度的工作重点": the report's next year with one of these. */
export const PLAN_YEAR_WORDS = ['打算', '思路', '重点', '计划', '安排', '目标', '举措'];

/** "2025年,我们将…", "2025年,区政府将…": how long the subject between the year and 将 may be. */
export const PLAN_YEAR_SUBJECT_MAX_LENGTH = 8;

/**
 * A preface that lists the report's parts ("本报告包括工作开展情况、…、存在的差距和不足及2022年
 * 工作安排四个部分"; "全文包括…") names the parts without being any of them (web openings set).
 */
export const PREFACE_PHRASINGS = ['报告包括', '全文包括', '报告分为', '全文分为', '报告共分', '本报告由', '本年度报告根据', '报告所列数据'];

/**
 * Wording that shows the 第一责任人 duty is at least mentioned. A mention outside a
 * responsibility part makes an inline (passing) responsibility part.
 */
export const RESPONSIBILITY_MENTIONS: string[][] = [
  ['第一责任'],
  ['主要负责人', '履行'],
  ['主要负责同志', '履行'],
  // The leaders by office doing the duty: "乡党委书记、乡长带头履职", "局党委书记、局长…带头".
  ['书记', '带头履职'],
  ['书记', '带头抓法治'],
  // The secretary named doing the duty's own acts (sixth blind set): "局党委书记、局长向东同志…按要求
  // 向市委述法", "镇党委书记…主持召开党委会议研究法治建设工作4次".
  ['书记', '述法'],
  ['书记', '研究法治'],
  // "区政府主要负责同志全年主持召开区政府常务会议研究法治政府建设工作3次,…带头出庭应诉" (ninth blind set).
  ['主要负责', '研究法治'],
  ['主要负责', '述法'],
  ['主要负责', '带头出庭'],
];

/**
 * A run-in item's lead about a duty ("二是压实主体责任。", "（三）履职尽责。"): an item so led that
 * reports the 第一责任人 duty is devoted to it, the part run into the paragraph (first blind set).
 */
export const RESPONSIBILITY_LEAD_WORDS = ['责任', '职责', '履职'];

/**
 * Other duties a leader is 第一责任人 of ("局主要负责人作为安全生产第一责任人", "推动企业主要负责人履行
 * 安全生产第一责任人职责"): a clause naming one mentions no rule-of-law duty (sixth blind set).
 */
export const OTHER_FIRST_RESPONSIBILITIES = [
  '安全生产', '意识形态', '党风廉政', '廉政建设', '保密', '生态环境保护', '环境保护', '信访', '消防安全', '食品安全',
  '防汛', '河长制', '林长制', '疫情防控', '耕地保护', '网络安全',
  // Tenth blind set: "统计数据质量第一责任人", "乡党委书记作为森林防灭火第一责任人".
  '数据质量', '统计', '防灭火', '森林防火',
];
