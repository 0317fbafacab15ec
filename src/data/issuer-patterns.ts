// Who wrote the report: how titles, opening sentences and announcements name the reporting
// body. Observed on published reports (fixtures/real, the web openings set of
// ../shared/reports/web: ministries to street offices, 2019–2025); 厅字〔2019〕28号 asks each
// 党委/政府/部门 for its own report, so the issuer is a body: a place with its 政府/党委, or a
// department, office or sub-district office.

/** A body's name ends with one of these ("民政部党组", "××县人民政府", "市卫健委", "××街道"). */
export const ORGANIZATION_ENDINGS = [
  '人民政府', '政府', '党委', '党组', '党工委', '工委', '管委会', '管理委员会', '委员会', '办事处', '街道',
  '乡', '镇', '县', '区', '市', '州', '盟', '旗', '省', '自治区', '部', '厅', '局', '分局', '委', '办', '办公室',
  '中心', '署', '院', '行署', '海关', '管理处',
  // Inner Mongolia's townships (tenth blind set: "红格尔苏木2022年…报告").
  '苏木',
  // State farms and forests, survey teams (fourteenth blind set).
  '林场', '农场', '垦区', '调查队',
];

/**
 * Words that open the predicate after the subject of an opening sentence ("2023年,××镇坚持…",
 * "××区在区委…领导下", "民政部党组全面贯彻…", "××镇法治政府建设工作在…"). The subject is the name
 * before the first of these that follows an organization ending.
 */
export const PREDICATE_OPENINGS = [
  '坚持', '坚定', '坚决', '坚守', '深入', '深刻', '深化', '认真', '全面', '全力', '全方位', '始终', '以', '在', '紧扣', '紧紧',
  '紧密', '紧盯', '紧跟', '围绕', '积极', '聚焦', '聚力', '持续', '持之以恒', '不断', '不折不扣', '扎实', '切实', '把', '将',
  '按照', '立足', '着眼', '着力', '着重', '忠诚', '高度', '高标准', '高质量', '高位', '严格', '进一步', '牢牢', '牢记', '牢固',
  '自觉', '结合', '对照', '统筹', '笃学', '笃行', '学习', '贯彻', '落实', '大力', '努力', '奋力', '主动', '锚定', '加快', '加强',
  '加大', '推进', '推动', '强化', '充分', '稳步', '多措并举', '突出', '抢抓', '注重', '秉持', '秉承', '践行', '树牢', '锐意',
  '勇于', '健全', '完善', '继续', '更加', '一以贯之', '系统', '精心', '狠抓', '抓好', '抓实', '法治政府建设', '法治建设', '依法',
  '于', '从', '对', '通过', '共', '全年', '上下', '各项', '各级', '的', '为', '团结', '带领', '领导', '组织', '发挥', '担当',
  '守正', '抓住', '推行', '开展', '实施', '召开', '制定', '出台', '印发', '建立', '构建', '打造', '注重', '勇担', '以高',
];

/** A subject starting so is a pronoun (我局, 本镇) or a collective (全省各级政府, 各部门): no issuer. */
export const PRONOUN_STARTS = ['我', '本', '该', '全', '各', '其'];

/**
 * A name made of these alone names no place or body ("县委、县政府", "自治区党委、政府", "局党委"):
 * the writer's superiors or itself in general, not an issuer one could tell from another.
 */
export const GENERIC_NAME_PARTS = ['人民政府', '自治区', '党工委', '党委', '党组', '政府', '省', '市', '县', '区', '乡', '镇', '委', '部', '厅', '局', '、', '和', '及'];

/** A clause starting so goes on from the one before ("以及市、区对…的部署"): it has no subject of its own. */
export const CONTINUATION_STARTS = ['以及', '并且', '同时', '而且'];

/**
 * An adverbial before the subject: "在市委、市政府的坚强领导下,", "以习近平…为指导,",
 * "面对…形势,". Skipped (repeatedly) before the subject is read. Tried on text whose
 * punctuation is folded to ASCII (src/read/fold.ts).
 */
export const ADVERBIAL_OPENINGS: RegExp[] = [
  // "在市委、市政府的坚强领导下和县人大的监督支持下,": the second frame opens with 和.
  /^(?:在|和在?|并在|及)[^,。;]{1,80}?(?:领导|指导|支持|帮助|关怀|关心|监督|指引|引领|带领|部署|推动)下\s*,?\s*/,
  /^以[^,。;]{1,80}?为(?:指导|指引|统领|引领|遵循|主线)\s*,\s*/,
  /^(?:面对|按照|对照)[^,。;]{1,80}?,\s*/,
];

/**
 * Time words that open an opening sentence before its subject ("今年以来,××区…", "一年来,××县…");
 * a year does too ("2023年,…", "2023年以来,…", "2023年全年,…").
 */
export const OPENING_TIME_WORDS = ['今年以来', '今年来', '今年', '去年以来', '去年', '近年来', '一年来', '一年以来', '过去一年', '过去的一年', '本年度', '本年', '全年'];

/** Where an opening announces the report it opens: "现将××局2023年法治政府建设情况报告如下". */
export const ANNOUNCEMENT_OPENINGS = ['现将', '特将', '现就', '现把'];

/** Longest name read as an issuer. */
export const ISSUER_MAX_LENGTH = 40;

/**
 * What kind of body a name shows (issue 20: a department or a township is not held to a county
 * government's list of areas). Tried in this order on the issuer as written; the last body of a
 * joint issuer decides ("××镇党委、政府" is a township). `endings` are tried on the name with
 * any trailing Party committee or group removed (中共××局党组 → ××局).
 */
export const ISSUER_KINDS: Array<{ kind: 'street' | 'township' | 'department' | 'government'; pattern: RegExp; note: string }> = [
  { kind: 'street', pattern: /街道|街$/, note: '街道办事处, 街道党工委: a sub-district office' },
  { kind: 'township', pattern: /[镇乡](?:人民政府|政府|党委|党委、政府|党委和政府)?$/, note: '镇, 乡, 民族乡 and their governments' },
  {
    kind: 'department',
    pattern: /(?:局|厅|部|办|办公室|中心|署|院|分局|[^党省市县区州盟旗工管]委|(?<!管理)委员会)(?:党组|党委)?$/,
    note: 'a department of a government: 局, 厅, 部, 委 (卫健委, not 县委), 办, 中心; 管委会 is a zone\'s government',
  },
  { kind: 'government', pattern: /(?:人民政府|政府|管委会|管理委员会|自治区|[省市县区州盟旗]|[省市县区州]委|工委|党委)$/, note: 'a place\'s government or Party committee' },
];
