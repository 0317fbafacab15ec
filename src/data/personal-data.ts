// Personal data that a published report must not carry, and how to recognise it.

/**
 * Free mail services whose addresses belong to persons, not offices. A 机关 writes from its own
 * domain (….gov.cn); a report that prints xxx@qq.com prints someone's private address.
 * Source: the providers' own sign-up pages (QQ邮箱 mail.qq.com, 网易 mail.163.com / 126.com /
 * yeah.net, 新浪 mail.sina.com.cn, 搜狐 mail.sohu.com, 阿里 mail.aliyun.com, 139 mail.10086.cn,
 * 189 mail.189.cn, wo.cn, Gmail, Outlook/Hotmail, Yahoo).
 */
export const FREE_MAIL_DOMAINS = [
  'qq.com', 'foxmail.com', '163.com', '126.com', 'yeah.net', 'sina.com', 'sina.cn', 'sohu.com',
  'aliyun.com', '139.com', '189.cn', 'wo.cn', 'tom.com', '21cn.com',
  'gmail.com', 'outlook.com', 'hotmail.com', 'live.com', 'yahoo.com', 'icloud.com',
];

/**
 * 居民身份证号码, GB 11643-1999: 6-digit address code, 8-digit birth date, 3-digit sequence and
 * an ISO 7064 MOD 11-2 check character (0–9 or X). The 15-digit numbers issued before 1999 have
 * a 6-digit birth date (YYMMDD, 19YY) and no check digit.
 */
export const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
export const ID_CHECK_CHARS = '10X98765432';

/** Mobile numbers: 11 digits from 13x to 19x (MIIT numbering plan), optionally 3-4-4 spaced. */
export const MOBILE = /(?<![\d\-])1[3-9]\d(?:[ -]?)\d{4}(?:[ -]?)\d{4}(?![\d\-])/g;
