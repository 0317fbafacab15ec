// How reports number their headings. The hierarchy is the one of official documents,
// GB/T 9704-2012《党政机关公文格式》7.3.3: "一、" then "(一)" then "1." then "(1)"; "①" is the
// customary next step below "(1)". Report writers mix full- and half-width punctuation, so each
// level lists the variants seen. The first entry whose pattern matches wins (order matters).
//
// `pattern` is an anchored RegExp source tried on a line with its leading blanks removed;
// group 1 is the numeral. The reader also requires some text after the marker: a line holding
// only "一、" is not a heading.

export interface HeadingMarkerStyle {
  /** Stable name, reported in HeadingNumbering.style. */
  style: string;
  /** 0 for 第一部分, 1 for 一、, 2 for (一), 3 for 1., 4 for (1), 5 for ①. */
  level: number;
  pattern: string;
  /** How group 1 is read. */
  numeral: 'chinese' | 'arabic' | 'circled';
  example: string;
  note: string;
}

// 一 … 九十九; the reader checks the shape (二十三 yes, 十十 no).
const CN = '([一二三四五六七八九十]{1,3})';
// 1 … 99, ASCII or full-width digits (Word's full-width input mode). Never three or more
// digits: "2022年" and "2022、2023年" are years, not markers.
const AR = '([0-9０-９]{1,2})';
// A number follows: "1.5亿元", "1.2万", "1、2号楼" are amounts and lists, not headings. A year
// may follow: "4.2024年工作打算" is a heading.
const NOT_DIGIT = '(?!\\s*[0-9０-９](?![0-9０-９]{3}\\s*年))';
// "(一)、" and "(1)." are non-standard but frequent; the stray mark stays part of the marker
// so a style rule can point at it.
const STRAY = '[、.．]?';

export const HEADING_MARKERS: HeadingMarkerStyle[] = [
  {
    style: 'part',
    level: 0,
    // A blank or a mark must follow: "第一部分资金用于…" opens a sentence, not a part.
    pattern: `^第${CN}部分(?=[\\s　:：、.．])`,
    numeral: 'chinese',
    example: '第一部分  2025年推进法治政府建设的主要举措和成效',
    note: 'Above 一、: long reports split into 第一部分…第四部分, each with its own 一、二、… below',
  },
  {
    style: 'chinese-dun',
    level: 1,
    // Not "三、四月份", "一、二级", "二、三产业": a numeral list opening a sentence.
    // A page that letter-spaces a heading puts a blank before the 、 too: "一 、 主 要 成 效".
    pattern: `^${CN}[ \u3000]?、(?![一二三四五六七八九十]{1,3}(?:、|月|季度|级|类|产))`,
    numeral: 'chinese',
    example: '一、2022年度主要工作',
    note: 'GB/T 9704 level 1; 炭步镇 2022, 东湖区 2022, 柳荫镇 2024. "一是" "一要" "一方面" never match: no 、 follows.',
  },
  {
    style: 'chinese-dot',
    level: 1,
    // A digit may follow: "一.2023年主要工作成效" (a Chinese numeral is no amount).
    pattern: `^${CN}\\.`,
    numeral: 'chinese',
    example: '一.加强组织领导',
    note: 'half-width full stop in place of 、, frequent in reports typed on English keyboards',
  },
  {
    style: 'chinese-dot-full',
    level: 1,
    pattern: `^${CN}．`,
    numeral: 'chinese',
    example: '一．加强组织领导',
    note: 'full-width full stop (U+FF0E) in place of 、, from Word full-width input',
  },
  {
    style: 'bracket-chinese',
    level: 1,
    pattern: `^【${CN}】`,
    numeral: 'chinese',
    example: '【一】主要举措和成效',
    note: 'a Chinese numeral in 【】 for 一、: pages that set their part headings in lenticular brackets',
  },
  {
    style: 'paren-chinese-full',
    level: 2,
    pattern: `^（${CN}）${STRAY}`,
    numeral: 'chinese',
    example: '（一）强化统筹推进。',
    note: 'GB/T 9704 level 2, full-width parentheses as the standard writes them',
  },
  {
    style: 'paren-chinese-half',
    level: 2,
    pattern: `^\\(${CN}\\)${STRAY}`,
    numeral: 'chinese',
    example: '(一)强化组织领导,完善法治建设工作机制',
    note: 'half-width parentheses; all three real reports in fixtures/real (scraped pages normalise them)',
  },
  {
    style: 'paren-chinese-mixed',
    level: 2,
    pattern: `^[（(]${CN}[）)]${STRAY}`,
    numeral: 'chinese',
    example: '（一)科学部署规划。',
    note: 'one full-width and one half-width parenthesis: a typing slip; after the two above, so it only takes the mixed forms',
  },
  {
    style: 'chinese-paren-lost-open',
    level: 2,
    pattern: `^${CN}[）)]${STRAY}`,
    numeral: 'chinese',
    example: '一)强化组织领导。',
    note: 'a (一) whose opening bracket a web page lost (issue 15): still a level-2 heading',
  },
  {
    style: 'arabic-dot',
    level: 3,
    pattern: `^${AR}\\.${NOT_DIGIT}`,
    numeral: 'arabic',
    example: '1.完善日常学法制度。',
    note: 'GB/T 9704 level 3 ("1."). In Markdown, "1. text" with a space is a list and stays one',
  },
  {
    style: 'arabic-dot-full',
    level: 3,
    pattern: `^${AR}．${NOT_DIGIT}`,
    numeral: 'arabic',
    example: '1．完善日常学法制度。',
    note: 'full-width full stop (U+FF0E) after the number, from Word full-width input',
  },
  {
    style: 'arabic-dun',
    level: 3,
    pattern: `^${AR}、${NOT_DIGIT}`,
    numeral: 'arabic',
    example: '1、完善日常学法制度。',
    note: '、 after an Arabic number: not the standard\'s form but very common in county reports',
  },
  {
    style: 'paren-arabic-full',
    level: 4,
    pattern: `^（${AR}）${STRAY}`,
    numeral: 'arabic',
    example: '（1）严格执法程序。',
    note: 'GB/T 9704 level 4, full-width parentheses',
  },
  {
    style: 'paren-arabic-half',
    level: 4,
    pattern: `^\\(${AR}\\)${STRAY}`,
    numeral: 'arabic',
    example: '(1)严格执法程序。',
    note: 'half-width parentheses, as scraped pages normalise them',
  },
  {
    style: 'paren-arabic-mixed',
    level: 4,
    pattern: `^[（(]${AR}[）)]${STRAY}`,
    numeral: 'arabic',
    example: '（1)严格执法程序。',
    note: 'mixed parentheses; after the two above, so it only takes the mixed forms',
  },
  {
    style: 'circled',
    level: 5,
    pattern: '^([①-⑳])',
    numeral: 'circled',
    example: '①建立法律顾问制度。',
    note: 'circled numbers ① … ⑳, used below "(1)" in long reports',
  },
];
