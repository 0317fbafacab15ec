import type { LoadedRule } from '../src/rule-api.js';
import { DOCUMENT_HANDLING_REGULATION } from '../src/data/legal-basis.js';
import { isIssuerLine } from '../src/rule-utils/names.js';
import { nodeText } from '../src/rule-utils/text-runs.js';

const rule: LoadedRule = {
  meta: {
    id: 'require-signature',
    type: 'quality',
    docs: {
      description: {
        zh: '报告末尾应有落款:发文机关署名和成文日期',
        en: 'The report ends with its signature: the issuing body and the date',
      },
      rationale: {
        zh: '年度报告是以党委、政府或部门名义报送并向社会公开的公文,发文机关署名和成文日期是公文的组成部分。落款说明报告由谁、在何时作出,也是判断是否按期报送(publish-deadline)的依据。网页转载的报告常常只有网站的“发布日期”,正文末尾没有落款:发布日期只说明何时上网,不能代替署名和成文日期。',
        en: 'The annual report is an official document sent and published in the name of a Party committee, a government or a department; the issuing body and the date are parts of such a document. They say who made the report and when, and are what publish-deadline checks. Reports on web pages often carry only the page\'s publication date and no signature: that says when the page went up, not who signed the report.',
      },
      basis: DOCUMENT_HANDLING_REGULATION,
      recommended: true,
    },
    messages: {
      missing: {
        zh: '报告末尾缺少落款:应署发文机关名称并写明成文日期(如“××区人民政府 2023年1月19日”)',
        en: 'No signature at the end: add the issuing body and the date (e.g. "××区人民政府 2023年1月19日")',
      },
      'weak-published-date-only': {
        zh: '正文末尾没有落款,只有网页的发布日期({{date}}):公开的报告文本也应保留发文机关署名和成文日期',
        en: 'No signature at the end, only the page\'s publication date ({{date}}): a published report keeps the issuing body and the date',
      },
      'weak-no-issuer': {
        zh: '落款只有日期({{date}}),缺少发文机关署名',
        en: 'The signature gives only a date ({{date}}), not the issuing body',
      },
    },
  },
  create(context) {
    return {
      'root:exit'() {
        const { date } = context.outline;
        const blocks = context.tree.children.filter((n) => n.type !== 'html' && nodeText(n).trim() !== '');
        const last = blocks.at(-1);
        const end = last?.position?.end ?? { line: 1, column: 1 };
        if (date === null) {
          context.report({ messageId: 'missing', loc: { line: end.line, column: end.column } });
          return;
        }
        if (date.source === 'published') {
          context.report({ messageId: 'weak-published-date-only', data: { date: date.text }, loc: { line: end.line, column: end.column } });
          return;
        }
        // The block just before the date line must name the issuer ("××镇人民政府").
        const index = blocks.findIndex((n) => n.position?.start.offset === date.span.start.offset);
        const before = index > 0 ? nodeText(blocks[index - 1]!).trim() : '';
        if (!isIssuerLine(before)) context.report({ messageId: 'weak-no-issuer', data: { date: date.text }, loc: { line: date.line, column: date.span.start.column } });
      },
    };
  },
};

export default rule;
