// Lines a web page leaves around a report when it is copied or scraped: navigation, the
// publication line, the government-information metadata table, share and print buttons,
// the attachment box. The readers move them out of the body into root.data.debris (the outline
// still reads the publication date and the issuer there).
//
// Each pattern is tried on the trimmed line, and only on lines no longer than `maxLength`
// (debris is short; report sentences are long). Patterns are anchored and conservative: a
// real report sentence must never match. When in doubt, leave a line in the body.

export type DebrisKind = 'navigation' | 'published' | 'metadata' | 'share' | 'attachment';

export interface DebrisPattern {
  kind: DebrisKind;
  pattern: RegExp;
  /** Longest line (UTF-16 units, trimmed) the pattern may take. */
  maxLength: number;
  example: string;
  note: string;
}

// Buttons that share, print or close a page; a line may hold several: "【打印本页】【关闭窗口】".
// "字体:[ ]", "字号【 】": the font-size widget with its buttons lost in the copy.
const BUTTON = '(?:[【\\[]\\s*)?(?:打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|收藏本页|收藏|返回顶部|分享|我要纠错|纠错|(?:字体|字号)\\s*[:：]?\\s*[【\\[]?(?:\\s*[大中小])*\\s*[】\\]]?)(?:\\s*[】\\]])?';

// The links of a site's tool bar: "繁體 简体 视力保护色 登录 注册", "无障碍 长者模式 English".
const SITE_TOOLS = '(?:繁體版?|繁体版?|简体版?|簡體版?|无障碍|無障礙|视力保护色|长者模式|适老化|关怀版|登录|登錄|注册|註冊|English|EN|手机版|移动版|智能问答|站内搜索|搜索|A\\+|A-)';

// A list item's bullet in front of a metadata row: "• 发布机构:…", "- 索 引 号:…".
const BULLET = '(?:[•·‧∙*\\-]\\s*)?';

/** A label whose characters a page may space out: "索 引 号", "发 布 机 构". */
function spaced(labels: string[]): string {
  return `(?:${labels.map((label) => [...label].join('\\s*')).join('|')})`;
}

// Labels of the 政府信息公开 metadata table (索引号, 主题分类 …), as gov.cn sites print it.
const METADATA_LABEL = spaced([
  '索引号', '主题分类', '发布机构', '发文机关', '生成日期', '成文日期', '成文时间', '发文时间', '公文生成日期',
  '文件编号', '发文字号', '备注/文号', '文号', '有效性', '效力状态', '公开范围', '公开方式', '公开时限', '公开形式',
  '公开类别', '信息分类', '体裁分类', '组配分类', '服务对象', '主题词', '所属机构', '内容分类', '发布时间', '发布日期',
  '报送单位', '报送时间', '发布单位',
]);

// Separators of a breadcrumb trail: "首页 > 政务公开", "首页-专题专栏", "首页 -> 政务公开", "首页/ 专题".
const CRUMB = '(?:->|[>＞»›/|｜丨\\-－—])';

export const PAGE_DEBRIS: DebrisPattern[] = [
  {
    kind: 'navigation',
    // Dot leaders and a page number: the entry names a part, it is not the part.
    pattern: /^[^….·．]{2,60}(?:…{2,}|\.{4,}|·{4,}|．{4,})\s*\d{1,3}$/,
    maxLength: 100,
    example: '一、2021年法治政府建设主要举措和成效…………………………1',
    note: 'a table of contents entry of a report printed with one (third-party copies of PDFs)',
  },
  {
    kind: 'navigation',
    // Blanks for the leader: a numbered part's name, a run of them, a page number.
    pattern: /^(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}部分)[^\s]{2,50}[ \u3000]{2,}\d{1,3}$/,
    maxLength: 80,
    example: '一、2020年度法治政府建设主要举措和成效　　　　2',
    note: 'a table of contents entry whose leader is blank space (fifteenth blind set)',
  },
  {
    kind: 'navigation',
    pattern: /^headerBg$/,
    maxLength: 8,
    example: 'headerBg',
    note: 'a CSS class name left by the page template; 炭步镇 2022 line 1',
  },
  {
    kind: 'navigation',
    pattern: /^(?:您现在的位置|您当前的位置|您当前所在位置|您的位置|当前位置|所在位置)\s*(?:[:：]|[>＞»›]|首页)/,
    maxLength: 200,
    example: '您现在的位置 首页 > 政务公开 > 法治政府建设',
    note: 'breadcrumb above the article; "当前位置:首页 > …" on most district sites',
  },
  {
    kind: 'navigation',
    pattern: new RegExp(`^(?:首\\s*页|网站首页|主页)\\s*${CRUMB}`),
    maxLength: 200,
    example: '首页 -> 政务公开 -> 部门工作报告',
    note: 'breadcrumb without its label, whatever the separator (>, ->, -, /, |); web openings set',
  },
  {
    kind: 'navigation',
    // Three or more short items joined by ">": a trail that does not start at 首页. Items may hold
    // blanks; nothing else in the pattern does, so it never backtracks.
    pattern: /^[^>＞»›丨。,，;；]{1,20}(?:[>＞»›丨][^>＞»›丨。,，;；]{1,40}){2,}$/,
    maxLength: 160,
    example: '区司法局>专题专栏>法治政府建设',
    note: 'breadcrumb that starts at a site section; its last item can read like a title and must never be taken for one',
  },
  {
    kind: 'navigation',
    // A menu bar: short items separated by blanks, one of them a usual menu word.
    pattern: /^(?=.*(?:首\s*页|政务公开|信息公开|政府信息公开|政务服务|政民互动|互动交流|新闻中心|专题专栏|政务资讯))[^\s。,，;；:：]{1,8}(?:\s+[^\s。,，;；:：]{1,8}){2,}$/,
    maxLength: 80,
    example: '首页 新闻中心 政务公开 政务服务 政民互动 专题专栏',
    note: 'the site menu copied as a line; web openings set',
  },
  {
    kind: 'navigation',
    pattern: /^(?:今天是\s*[:：]?.{0,24}|.{0,40}(?:(?:^|[\s|｜])无障碍(?:$|[\s|｜])|简体\s*[|｜]?\s*繁体|繁体\s*[|｜]?\s*简体).{0,40})$/,
    maxLength: 80,
    example: '市政府网|繁体|无障碍',
    note: 'site header: the date greeting, the simplified/traditional switch, the accessibility button',
  },
  {
    kind: 'navigation',
    // "××区人民政府 2021年5月6日星期四": a header date is never the report's.
    pattern: /^.{0,30}\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周)[一二三四五六日天]$/,
    maxLength: 50,
    example: '某某区人民政府 2021年5月6日星期四',
    note: 'page header with today\'s date (a stale one in stored copies): its year is not the report\'s',
  },
  {
    kind: 'navigation',
    pattern: /^(?:触碰右侧展开|发送至邮箱|保护视力色\s*[:：]?|信息公开|政务公开|内容)$/,
    maxLength: 8,
    example: '发送至邮箱',
    note: 'page widgets and section labels alone on a line',
  },
  {
    kind: 'navigation',
    // Only symbols: "| | | |", "×", "]", "•": table borders and icons left by the copy.
    pattern: /^[\s|｜×\[\]【】•·\-—_*#]+$/,
    maxLength: 40,
    example: '| | | |',
    note: 'layout residue: empty table cells, a close icon, a bracket of a lost widget',
  },
  {
    kind: 'navigation',
    pattern: /^(?:上一篇|下一篇)\s*[:：]/,
    maxLength: 120,
    example: '上一篇:关于2022年度政府信息公开工作的报告',
    note: 'links to the neighbouring articles below the text',
  },
  {
    kind: 'published',
    pattern: /^(?:发布日期|发布时间|发文日期|更新日期|更新时间|日期|时间)\s*[:：]?\s*\d{4}\s*[-/.年]/,
    maxLength: 160,
    example: '发布日期:2023-01-30 11:12    文章来源:本网     【 字体:   】  访问量: -',
    note: 'publication line; 炭步镇 2022 line 5 ("发布日期:… 文章来源:… 访问量"), 柳荫镇 2024 line 2 ("日期:2025-02-27")',
  },
  {
    kind: 'published',
    pattern: /^(?:文章|信息)?来源\s*[:：·]?.{0,60}?(?:(?:发布|更新)?(?:时间|日期)\s*[:：]?\s*\d{4}|\d{4}\s*[-/]\s*\d{1,2}\s*[-/]\s*\d{1,2}|\d+\s*天前)/,
    maxLength: 160,
    example: '来源:北碚区柳荫镇 发布时间:2025-02-27 10:00',
    note: 'publication line that starts with the source, the date labelled or not ("来源:某某日报 2026-03-16 08:15", "文章来源 · 市政府办公厅 3天前")',
  },
  {
    kind: 'published',
    pattern: /^(?:文章|信息)?来源\s*[:：·]\s*\S.{0,30}$/,
    maxLength: 40,
    example: '来源:本网',
    note: 'source line alone; kept short so no sentence can match',
  },
  {
    kind: 'published',
    // A date written as a page writes it (hyphens, or a zero-padded month or day: GB/T 9704-2012
    // 7.3.5.3 has a document's own dates written without a leading zero), with a time or a
    // source beside it: "2025-04-27 10:14 某省人民政府网", "市政府办公厅 2022-03-15".
    // Not a title a list dates ("2024-01-15 ××县2023年度法治政府建设情况报告", fourteenth blind set).
    pattern: /^(?:[^\s\d,，。]{2,20}\s+)?(?:\d{4}\s*[-/]\s*\d{1,2}\s*[-/]\s*\d{1,2}|\d{4}年(?:0\d月\d{1,2}|\d{1,2}月0\d)日)(?:\s+\d{1,2}\s*:\s*\d{2}(?:\s*:\s*\d{2})?)?(?:\s*[|｜]?\s*(?![^,，。]*(?:报告|法治))[^\s\d,，。][^,，。]{0,30})?$/,
    maxLength: 60,
    example: '2025-04-27 10:14 某省人民政府网',
    note: 'publication byline; a plain "2023年1月19日" (a signature\'s date) never matches',
  },
  {
    kind: 'metadata',
    // "索引号 发布机构 区政府" has no colons: a second label on the line shows it is the table.
    pattern: new RegExp(`^${BULLET}\\|?\\s*${METADATA_LABEL}\\s*(?:[:：]|\\||\\s+(?=.*${METADATA_LABEL}|\\S+$))`),
    maxLength: 200,
    example: '• 索 引 号: 11440114/2024-00017 公开方式: 主动公开',
    note: '政府信息公开 metadata table, one row a line, with or without bullets, colons or spaces inside the labels; 东湖区 2022 lines 1–4. 标题/名称 rows are not here: they carry the title (src/outline/title.ts)',
  },
  {
    kind: 'metadata',
    pattern: new RegExp(`^${BULLET}(?:访问量|浏览次数|浏览量|点击数|点击量|点击率|阅读次数|阅读量|阅读人次)\\s*[:：]`),
    maxLength: 40,
    example: '• 浏览量:',
    note: 'page counter on its own line',
  },
  {
    kind: 'share',
    pattern: /^分享到\s*[:：]?/,
    maxLength: 60,
    example: '分享到:',
    note: 'share buttons; 炭步镇 2022 last line',
  },
  {
    kind: 'share',
    pattern: /^(?:微信)?扫一扫(?:在手机上?打开(?:当前页|本页|此页)?|分享)?$/,
    maxLength: 16,
    example: '扫一扫在手机打开当前页',
    note: 'QR code caption; 柳荫镇 2024 last line',
  },
  {
    kind: 'share',
    pattern: new RegExp(`^${BULLET}${BUTTON}(?:\\s*${BUTTON})*$`),
    maxLength: 60,
    example: '【字体:大 中 小】【打印本页】【关闭窗口】',
    note: 'print / close / font-size buttons, alone or several on a line ("[字体: ] 打印", "• 字体【 】")',
  },
  {
    kind: 'navigation',
    pattern: new RegExp(`^(?:${SITE_TOOLS}|[|｜\\s])+$`),
    maxLength: 60,
    example: '繁體　简体　　视力保护色　　登录　注册',
    note: "the site's tool bar: script, accessibility and account links (eleventh blind set: it pushed the opening out of reach)",
  },
  {
    kind: 'navigation',
    pattern: /^.{0,60}?(?:ICP备|公网安备|网站标识码|版权所有)/,
    maxLength: 100,
    example: '若尔盖县人民政府办公室主办　蜀ICP备05001234号',
    note: "the site's footer (its sponsor, ICP licence, 网站标识码): after the signature, it hid the signature (seventh and eighth blind sets)",
  },
  {
    kind: 'navigation',
    pattern: /^相关链接\s*[:：]/,
    maxLength: 80,
    example: '相关链接：合肥市市场监督管理局　安徽省市场监督管理局',
    note: 'links to other sites under the text (seventh blind set)',
  },
  {
    kind: 'attachment',
    pattern: /^(?:相关附件|附件下载|附件)\s*[:：]?$/,
    maxLength: 8,
    example: '相关附件:',
    note: 'empty attachment box label; 炭步镇 2022. Only the bare label: "附件:1.xxx" stays in the body',
  },
];

/** The longest line any pattern may take: longer lines skip the table entirely. */
export const DEBRIS_MAX_LENGTH = Math.max(...PAGE_DEBRIS.map((p) => p.maxLength));

/**
 * How the items of a page's numbered link list end ("1. ××市2021年法治政府建设年度报告", "2. 关于印发
 * 《…》的通知", "3. 关于…的咨询　2024-01-26"): as the names of documents and news items, not as the
 * headings of a report's parts (thirteenth blind set). A run of numbered lines most of which end so
 * is a list of links (src/read/link-lists.ts).
 */
export const LINK_ITEM_ENDINGS = [
  '报告', '通知', '通告', '公告', '公示', '方案', '目录', '清单', '解读', '意见', '办法', '规定', '决定', '活动',
  '会议', '咨询', '建议', '决算', '预算', '政策', '问题', '讲话', '纪要', '批复', '函',
];
