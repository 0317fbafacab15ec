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
const BUTTON = '(?:[【\\[]\\s*)?(?:打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|收藏本页|收藏|返回顶部|字体\\s*[:：]?(?:\\s*[大中小])*)(?:\\s*[】\\]])?';

// Labels of the 政府信息公开 metadata table (索引号, 主题分类 …), as gov.cn sites print it.
const METADATA_LABEL = '(?:索引号|主题分类|发布机构|发文机关|生成日期|成文日期|文件编号|发文字号|有效性|公开范围|公开方式|公开时限|公开形式|信息分类|体裁分类|组配分类|服务对象|主题词|所属机构|内容分类)';

export const PAGE_DEBRIS: DebrisPattern[] = [
  {
    kind: 'navigation',
    pattern: /^headerBg$/,
    maxLength: 8,
    example: 'headerBg',
    note: 'a CSS class name left by the page template; 炭步镇 2022 line 1',
  },
  {
    kind: 'navigation',
    pattern: /^(?:您现在的位置|您当前的位置|您的位置|当前位置|所在位置)\s*(?:[:：]|[>＞»›]|首页)/,
    maxLength: 200,
    example: '您现在的位置 首页 > 政务公开 > 法治政府建设',
    note: 'breadcrumb above the article; "当前位置:首页 > …" on most district sites',
  },
  {
    kind: 'navigation',
    pattern: /^首页\s*[>＞»›]/,
    maxLength: 200,
    example: '首页 > 政府信息公开 > 法定主动公开内容',
    note: 'breadcrumb without its label',
  },
  {
    kind: 'navigation',
    pattern: /^触碰右侧展开$/,
    maxLength: 6,
    example: '触碰右侧展开',
    note: 'mobile menu hint of gov.cn page templates',
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
    pattern: /^(?:发布日期|发布时间|发文日期|更新日期|更新时间|日期|时间)\s*[:：]\s*\d{4}\s*[-/.年]/,
    maxLength: 160,
    example: '发布日期:2023-01-30 11:12    文章来源:本网     【 字体:   】  访问量: -',
    note: 'publication line; 炭步镇 2022 line 5 ("发布日期:… 文章来源:… 访问量"), 柳荫镇 2024 line 2 ("日期:2025-02-27")',
  },
  {
    kind: 'published',
    pattern: /^(?:文章|信息)?来源\s*[:：].{0,60}?(?:发布|更新)?(?:时间|日期)\s*[:：]/,
    maxLength: 160,
    example: '来源:北碚区柳荫镇 发布时间:2025-02-27 10:00',
    note: 'publication line that starts with the source',
  },
  {
    kind: 'published',
    pattern: /^(?:文章|信息)?来源\s*[:：]\s*\S.{0,30}$/,
    maxLength: 40,
    example: '来源:本网',
    note: 'source line alone; kept short so no sentence can match',
  },
  {
    kind: 'metadata',
    pattern: new RegExp(`^\\|?\\s*${METADATA_LABEL}\\s*(?:[:：]|\\|)`),
    maxLength: 200,
    example: '索引号: | i618267--2023-0057 | 主题分类: | 综合政务 |',
    note: '政府信息公开 metadata table, one row a line; 东湖区 2022 lines 1–4 (索引号, 发布机构/生成日期, 文件编号/有效性, 公开范围/公开方式)',
  },
  {
    kind: 'metadata',
    pattern: /^(?:访问量|浏览次数|浏览量|点击数|点击量|阅读次数|阅读量)\s*[:：]/,
    maxLength: 40,
    example: '浏览次数:1024',
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
    pattern: new RegExp(`^${BUTTON}(?:\\s*${BUTTON})*$`),
    maxLength: 60,
    example: '【字体:大 中 小】【打印本页】【关闭窗口】',
    note: 'print / close / font-size buttons, alone or several on a line',
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
