import type { Text } from 'mdast';
import type { LoadedRule } from '../src/rule-api.js';
import { GOV_INFO_DISCLOSURE_ART15 } from '../src/data/legal-basis.js';
import { matchesOf } from '../src/rule-utils/matches.js';
import { holdsAt } from '../src/rule-utils/text-runs.js';
import { FREE_MAIL_DOMAINS, ID_CHECK_CHARS, ID_WEIGHTS, MOBILE } from '../src/data/personal-data.js';

function validDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && year >= 1900 && date.getTime() <= Date.now();
}

/** An 18-character resident ID: a real birth date and the ISO 7064 MOD 11-2 check character. */
export function isIdNumber18(id: string): boolean {
  if (!/^[1-9]\d{16}[\dXx]$/.test(id)) return false;
  if (!validDate(Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14)))) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK_CHARS[sum % 11] === id[17]!.toUpperCase();
}

/** A 15-digit ID of before 1999: no check digit, so only a plausible birth date (19YYMMDD). */
export function isIdNumber15(id: string): boolean {
  return /^[1-9]\d{14}$/.test(id) && validDate(1900 + Number(id.slice(6, 8)), Number(id.slice(8, 10)), Number(id.slice(10, 12)));
}

/** Keeps enough to find the place, hides the rest: the lint output may end up in CI logs. */
function mask(value: string, keepStart: number, keepEnd: number): string {
  return value.slice(0, keepStart) + '*'.repeat(Math.max(0, value.length - keepStart - keepEnd)) + value.slice(value.length - keepEnd);
}

const ID_NUMBER = /(?<![\dA-Za-z])(\d{17}[\dXx]|\d{15})(?![\dA-Za-z])/g;
// What every match above needs: eight digits (a mobile number's own shortest stretch, inside any
// ID number) or an @. Most text nodes have neither, and the patterns' look-behinds are slow to scan.
const MAY_HOLD_DIGITS = /\d{4}[ -]?\d{4}/;
// The local part is at most 64 characters (RFC 5321 4.5.3.1.1): bounded, the scan stays linear
// on a long run of letters before an "@".
const EMAIL = /[A-Za-z0-9._%+-]{1,64}@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g;

const rule: LoadedRule = {
  meta: {
    id: 'no-private-info',
    type: 'quality',
    docs: {
      description: {
        zh: '报告中不得出现身份证号码、手机号码、个人电子邮箱等个人信息',
        en: 'No resident ID numbers, mobile numbers or personal e-mail addresses in the report',
      },
      rationale: {
        zh: '年度报告要向社会公开,公开前须经保密审查;涉及个人隐私的信息不予公开。报告里写进当事人、联系人的身份证号码、手机号码或私人邮箱(qq.com、163.com 等),公开后就无法收回。身份证号按 GB 11643 校验出生日期和校验码(15 位旧号码只校验出生日期),手机号须是独立的 11 位号码,机关域名(gov.cn 等)的邮箱不算个人邮箱。消息中的号码做了遮挡。',
        en: 'The annual report is published after a confidentiality review, and information involving personal privacy is not disclosed. An ID number, a mobile number or a private e-mail address (qq.com, 163.com …) printed in a published report cannot be taken back. ID numbers are checked by their birth date and GB 11643 check character (15-digit old numbers by their date only), mobile numbers must stand alone, and office domains (gov.cn …) are not personal. Messages mask the numbers.',
      },
      basis: GOV_INFO_DISCLOSURE_ART15,
      recommended: true,
    },
    messages: {
      'id-number': {
        zh: '疑似居民身份证号码({{value}}):公开的报告不得包含个人身份信息',
        en: 'Looks like a resident ID number ({{value}}): a published report carries no personal identifiers',
      },
      mobile: {
        zh: '疑似个人手机号码({{value}}):公开的报告应使用单位的公开电话,如确为公开的工作号码请核实',
        en: 'Looks like a personal mobile number ({{value}}): publish an office number; check if this one is meant to be public',
      },
      'personal-email': {
        zh: '个人电子邮箱({{value}}):公开的报告应使用单位邮箱',
        en: 'A personal e-mail address ({{value}}): publish an office address',
      },
    },
  },
  create(context) {
    const report = (messageId: string, value: string, offset: number, length: number) => {
      const a = context.positionAt(offset);
      const b = context.positionAt(offset + length);
      context.report({ messageId, data: { value }, loc: { line: a.line, column: a.column, endLine: b.line, endColumn: b.column } });
    };
    const check = (text: string, at: (index: number) => number) => {
      if (!text.includes('@') && !MAY_HOLD_DIGITS.test(text)) return;
      for (const m of matchesOf(ID_NUMBER, text)) {
        const id = m[1]!;
        if (id.length === 18 ? isIdNumber18(id) : isIdNumber15(id)) report('id-number', mask(id, 6, 4), at(m.index!), id.length);
      }
      for (const m of matchesOf(MOBILE, text)) report('mobile', mask(m[0], 3, 4), at(m.index!), m[0].length);
      for (const m of matchesOf(EMAIL, text)) {
        const domain = m[1]!.toLowerCase();
        if (FREE_MAIL_DOMAINS.some((d) => domain === d || domain.endsWith('.' + d))) {
          const [user] = m[0].split('@');
          report('personal-email', `${mask(user!, 2, 0)}@${m[1]}`, at(m.index!), m[0].length);
        }
      }
    };
    return {
      text(node: Text) {
        const start = node.position?.start.offset;
        if (start === undefined) return;
        // Exact offsets when the source holds the value as is (no Markdown escapes); else the
        // node's start. Asked only when something is found: most text holds nothing.
        let exact: boolean | undefined;
        check(node.value, (index) => ((exact ??= holdsAt(context.sourceText, node.value, start)) ? start + index : start));
      },
    };
  },
};

export default rule;
