import type { Paragraph, Heading } from 'mdast';
import type { RuleModule } from '../src/rule-api.js';
import { DOCUMENT_NUMBER_FORMAT } from '../src/data/legal-basis.js';
import { CORRECT_CLOSE, CORRECT_OPEN, DOCUMENT_NUMBER, RUN_TOGETHER_NUMBER } from '../src/data/document-number.js';
import { joinRuns, textRuns } from '../src/outline/text-runs.js';
import { matchesOf } from '../src/outline/matches.js';

const rule: RuleModule = {
  meta: {
    id: 'document-number',
    type: 'typography',
    docs: {
      description: {
        zh: '文号应写作“机关代字〔年份〕序号号”,年份用六角括号“〔〕”',
        en: 'Document numbers are written agency code + 〔year〕 + number + 号, the year in tortoise-shell brackets',
      },
      rationale: {
        zh: '报告常引用上级文件的发文字号。GB/T 9704-2012 规定年份标全称、用六角括号“〔〕”括入;从网页或 Word 复制时常变成圆括号、方括号或方头括号,也有漏掉括号、年份和序号连在一起的(柳荫镇 2024 年报告中的“中发〔202133号”)。括号写错可以自动改正;年份和序号连写无法判断原意,只报告不修改。',
        en: 'Reports cite the document numbers of higher-level documents. GB/T 9704-2012 writes the full year in 〔〕; copying from web pages or Word turns them into ( ) [ ] or 【】, and sometimes a bracket is lost and the year runs into the number ("中发〔202133号" in the 柳荫镇 2024 report). Wrong brackets are fixed; a run-together number is ambiguous and only reported.',
      },
      basis: DOCUMENT_NUMBER_FORMAT,
      recommended: true,
    },
    messages: {
      'wrong-brackets': {
        zh: '文号“{{found}}”的年份应使用六角括号:“{{expected}}”',
        en: 'The year of document number "{{found}}" belongs in tortoise-shell brackets: "{{expected}}"',
      },
      malformed: {
        zh: '文号“{{found}}”格式有误:年份和序号连在一起,缺少“〕”(应为“机关代字〔年份〕序号号”),请核对原文件',
        en: 'Document number "{{found}}" is malformed: the year runs into the number without "〕" (expected agency〔year〕number号); check the original',
      },
    },
    fixable: true,
  },
  create(context) {
    const check = (node: Paragraph | Heading) => {
      const joined = joinRuns(textRuns(node, context.sourceText));
      const { text } = joined;
      // The patterns are slow; most paragraphs hold no 文号, found by a scan shared with other rules.
      if (joined.documentNumbers().length === 0) return;
      const loc = (from: number, to: number) => {
        const start = context.positionAt(joined.offsetOf(from));
        const end = context.positionAt(joined.offsetOf(to - 1) + 1);
        return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
      };
      for (const m of matchesOf(DOCUMENT_NUMBER, text)) {
        const [, agency, open, year, close, number] = m as unknown as string[];
        if (open === CORRECT_OPEN && close === CORRECT_CLOSE) continue;
        const openAt = m.indices![2]![0];
        const closeAt = m.indices![4]![0];
        const from = joined.offsetOf(openAt);
        const to = joined.offsetOf(closeAt) + 1;
        // Only when the bracketed year is one stretch of the source can it be rewritten safely.
        const fixable = from >= 0 && to - from === closeAt - openAt + 1;
        const corrected = `${CORRECT_OPEN}${year}${CORRECT_CLOSE}`;
        const code = shortAgency(agency!);
        context.report({
          messageId: 'wrong-brackets',
          data: { found: code + text.slice(openAt, m.index! + m[0].length), expected: `${code}${corrected}${number}号` },
          loc: loc(openAt - code.length, m.index! + m[0].length),
          fix: fixable ? { range: [from, to], text: corrected } : null,
        });
      }
      for (const m of matchesOf(RUN_TOGETHER_NUMBER, text)) {
        const openAt = m.index! + m[1]!.length;
        const end = m.index! + m[0].length;
        const code = shortAgency(m[1]!);
        context.report({ messageId: 'malformed', data: { found: code + text.slice(openAt, end) }, loc: loc(openAt - code.length, end) });
      }
    };
    return { paragraph: check, heading: check };
  },
};

/**
 * The agency code as a reader would quote it. The pattern may take a few characters of the
 * sentence before it ("根据国办发"); a verb or preposition that ends there is cut.
 */
const AGENCY_LEAD_WORDS = ['根据', '依据', '按照', '印发', '落实', '贯彻', '通过', '出台', '执行', '的', '和', '及', '与', '见'];

function shortAgency(agency: string): string {
  const cut = Math.max(...AGENCY_LEAD_WORDS.map((w) => {
    const at = agency.lastIndexOf(w);
    return at === -1 ? -1 : at + w.length;
  }));
  return cut > 0 && cut < agency.length ? agency.slice(cut) : agency;
}

export default rule;
