// Documents and meetings that reports cite as current after they were replaced. Each entry says
// when it stopped applying, what replaced it, from which report year citing it as current is a
// fault (a report on the year of the change may still cite the old one), and its source.
// Only clear cases: a law revised under the same name (《行政复议法》 2023) is not listed, since
// the citation stays right.

export interface OutdatedReference {
  id: string;
  /** How reports write the old document; matched in each paragraph. */
  patterns: RegExp[];
  /** What replaced it, as the message names it. */
  replacement: { zh: string; en: string };
  /** The date it stopped applying: the replacement took effect or was issued (YYYY-MM-DD). */
  until: string;
  /** The first report year in which citing it as current is reported. */
  flagFrom: number;
  /** A sentence naming one of these also names the newer one: a comparison, not a stale citation. */
  newer: string[];
  source: string;
}

const DASH = '[—–\\-－~～至到]';

export const OUTDATED_REFERENCES: OutdatedReference[] = [
  {
    id: 'rule-of-law-outline-2015',
    // "年?" between two blank runs would let them overlap (quadratic on a run of blanks): "(?:年\s*)?".
    patterns: [new RegExp(`法治政府建设实施纲要\\s*[(（]\\s*2015\\s*${DASH}{1,2}\\s*2020\\s*(?:年\\s*)?[)）]`, 'u')],
    replacement: { zh: '《法治政府建设实施纲要(2021—2025年)》(中发〔2021〕33号)', en: 'the Implementation Outline for Building Rule-of-Law Government (2021–2025) (Zhongfa [2021] No. 33)' },
    until: '2021-08-11',
    flagFrom: 2022,
    newer: ['2021—2025', '2021-2025', '2021－2025', '2021至2025'],
    source: '中共中央 国务院印发《法治政府建设实施纲要(2021—2025年)》, 中发〔2021〕33号, published 2021-08-11 (gov.cn); the 2015—2020 outline covered 2015–2020. Reports on 2021 were written while the new outline was being issued, so only 2022+ are flagged.',
  },
  {
    id: 'petition-regulation-2005',
    patterns: [/《(?:中华人民共和国)?信访条例》/u],
    replacement: { zh: '《信访工作条例》', en: 'the Regulations on Petition Work' },
    until: '2022-05-01',
    flagFrom: 2023,
    newer: ['信访工作条例'],
    source: '中共中央 国务院印发《信访工作条例》, in force 2022-05-01 (gov.cn, 2022-04-07); it supersedes the State Council\'s 《信访条例》(国务院令第431号, 2005). Provincial regulations such as 《重庆市信访条例》 carry the place name and are not matched.',
  },
  {
    id: 'nineteenth-party-congress',
    // "党的十九大精神", "十九大和十九届历次全会精神", "十九届六中全会精神" as the latest to study.
    patterns: [/(?:党的)?十九大(?:和十九届[一二三四五六七历次]*中?全会)?精神/u, /十九届[一二三四五六七]中全会精神/u],
    replacement: { zh: '党的二十大精神', en: 'the 20th Party Congress' },
    until: '2022-10-22',
    flagFrom: 2023,
    newer: ['二十大', '二十届'],
    source: '中国共产党第二十次全国代表大会, 16–22 October 2022 (gov.cn). From reports on 2023, the 19th Congress is no longer the latest one to study and carry out.',
  },
  {
    id: 'seventh-five-year-legal-education',
    patterns: [/[“"‘']?七五[”"’']?\s*普法/u],
    replacement: { zh: '“八五”普法规划(2021—2025年)', en: 'the 8th five-year legal education plan (2021–2025)' },
    until: '2021-06-15',
    flagFrom: 2022,
    newer: ['八五'],
    source: '中共中央 国务院转发《中央宣传部、司法部关于开展法治宣传教育的第八个五年规划(2021—2025年)》, published 2021-06-15 (gov.cn, 新华社); the 7th plan covered 2016–2020, its review took place in 2021.',
  },
  {
    id: 'civil-laws-before-civil-code',
    patterns: [/《(?:中华人民共和国)?(?:民法通则|民法总则|合同法|物权法|侵权责任法|婚姻法|继承法|担保法|收养法)》/u],
    replacement: { zh: '《中华人民共和国民法典》', en: 'the Civil Code' },
    until: '2021-01-01',
    flagFrom: 2021,
    newer: ['民法典'],
    source: '《中华人民共和国民法典》第一千二百六十条: in force 2021-01-01, repealing the 婚姻法, 继承法, 民法通则, 收养法, 担保法, 合同法, 物权法, 侵权责任法 and 民法总则 (npc.gov.cn).',
  },
  {
    id: 'administrative-document-measures-2000',
    patterns: [/《国家行政机关公文处理办法》/u],
    replacement: { zh: '《党政机关公文处理工作条例》(中办发〔2012〕14号)', en: 'the Regulations on the Handling of Party and Government Documents (2012)' },
    until: '2012-07-01',
    flagFrom: 2013,
    newer: ['党政机关公文处理工作条例'],
    source: '《党政机关公文处理工作条例》第四十二条: in force 2012-07-01; 《国家行政机关公文处理办法》(国发〔2000〕23号) ceased to apply the same day (gov.cn).',
  },
];

/**
 * Words that make a sentence look back rather than cite a document as current: "'七五'普法
 * 总结验收", "回顾…", "…期间". A year before the report year in the sentence does the same
 * (checked by the rule).
 */
export const HISTORICAL_MARKERS = ['回顾', '总结验收', '收官', '圆满完成', '顺利完成', '期间', '此前', '以前', '原《', '废止', '取代', '修订前', '改为'];
