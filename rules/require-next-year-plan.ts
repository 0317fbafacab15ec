import type { LoadedRule } from '../src/rule-api.js';
import { INSPECTION_RULE } from '../src/data/legal-basis.js';
import { contentLength, placeFor, primaryPart, sectionLoc } from '../src/rule-utils/parts.js';

const rule: LoadedRule = {
  meta: {
    id: 'require-next-year-plan',
    type: 'checklist',
    docs: {
      description: {
        zh: '报告须写明下一年度推进法治政府建设的主要安排,且年份正确',
        en: "The report states next year's main arrangements, for the right year",
      },
      rationale: {
        zh: '厅字〔2019〕28号要求报告“下一年度推进法治政府建设的主要安排”。常见错误是照搬旧报告,把安排写成了报告年度本身或更早的年份;“下一步”“下一年度”不写年份是可以的。',
        en: "Item 4 of Tingzi [2019] No. 28. Reports copied from an older one often plan for the wrong year; 下一步 / 下一年度 without a year are fine.",
      },
      basis: INSPECTION_RULE,
      label: { zh: '下年安排', en: 'next year' },
      recommended: true,
    },
    messages: {
      missing: {
        zh: '缺少“下一年度推进法治政府建设的主要安排”部分',
        en: "Missing the part on next year's main arrangements",
      },
      'weak-wrong-year': {
        zh: '“{{heading}}”写的是 {{found}} 年的安排,{{year}} 年度报告应安排 {{expected}} 年的工作',
        en: '"{{heading}}" plans for {{found}}; a report on {{year}} should plan for {{expected}}',
      },
      'weak-thin': {
        zh: '“{{heading}}”过于笼统(仅 {{length}} 字),应写明下一年度的具体安排',
        en: '"{{heading}}" is too vague ({{length}} characters); state concrete arrangements for next year',
      },
    },
    schema: {
      type: 'object',
      properties: {
        minLength: { type: 'number', minimum: 0, default: 40, description: 'Fewer characters than this (punctuation and spaces not counted) make the plan thin.' },
      },
      additionalProperties: false,
    },
  },
  create(context) {
    const minLength = context.options.minLength as number;
    return {
      'root:exit'() {
        const { outline } = context;
        const part = primaryPart(outline, 'plans');
        if (!part) {
          context.report({ messageId: 'missing', loc: placeFor(context, 'plans') });
          return;
        }
        const loc = sectionLoc(context, part);
        // The heading names the plan's year; without one, a body opening "2023年,我区将…" does.
        // Years later in the body are not read: they may well be "到2025年" targets.
        const headingYears = [...(part.inline ? part.heading.slice(0, 20) : part.heading).matchAll(/(\d{4})\s*年/g)].map((m) => Number(m[1]));
        const opening = /^(\d{4})\s*年度?[,,]/.exec(part.text);
        const years = headingYears.length > 0 || !opening ? headingYears : [Number(opening[1])];
        if (outline.year !== null && years.length > 0 && !years.includes(outline.year + 1)) {
          context.report({
            messageId: 'weak-wrong-year',
            data: { heading: part.heading, found: years[0]!, year: outline.year, expected: outline.year + 1 },
            loc,
          });
          return;
        }
        const length = contentLength(part.text, minLength);
        if (length < minLength) context.report({ messageId: 'weak-thin', data: { heading: part.heading, length }, loc });
      },
    };
  },
};

export default rule;
