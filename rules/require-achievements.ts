import type { OutlineSection, LoadedRule, LocalizedText } from '../src/rule-api.js';
import { INSPECTION_RULE } from '../src/data/legal-basis.js';
import { REPORT_ANNOUNCEMENTS } from '../src/data/title-patterns.js';
import { contentLength, countQuantities, partsOf, placeFor, sectionLoc } from '../src/rule-utils/parts.js';

/** The {{heading}} of a message about a report without parts: its body. */
const BODY: LocalizedText = { zh: '正文', en: 'body' };

const rule: LoadedRule = {
  meta: {
    id: 'require-achievements',
    type: 'checklist',
    docs: {
      description: {
        zh: '报告须写明上一年度推进法治政府建设的主要举措和成效,并用数字说明成效',
        en: "The report states the year's main measures and results, with figures",
      },
      rationale: {
        zh: '厅字〔2019〕28号规定年度报告的第一项内容是“上一年度推进法治政府建设的主要举措和成效”。只有口号、没有数量(件数、次数、比率、金额)的成效无法核对。专题式标题(如“一、坚持党的领导,有效推进……”)也算举措和成效部分。',
        en: 'Item 1 of the five contents required by Tingzi [2019] No. 28. Results without any quantity (counts, rates, amounts) cannot be checked. Thematic headings count as this part.',
      },
      basis: INSPECTION_RULE,
      label: { zh: '举措成效', en: 'measures' },
      recommended: true,
    },
    messages: {
      missing: {
        zh: '缺少“上一年度推进法治政府建设的主要举措和成效”部分',
        en: "Missing the part on the year's main measures and results",
      },
      'weak-no-figures': {
        zh: '“{{heading}}”等举措和成效部分没有任何数据(件数、次数、比率、金额),成效无从核对',
        en: 'The measures and results ("{{heading}}" …) give no figures (counts, rates, amounts)',
      },
    },
    schema: {
      type: 'object',
      properties: {
        minFigures: { type: 'number', minimum: 0, default: 1, description: 'How many figures (a number with a unit) the achievements must give in all.' },
        minLength: { type: 'number', minimum: 0, default: 50, description: 'Without a headed part, how many characters of body text count as achievements written inline.' },
      },
      additionalProperties: false,
    },
  },
  create(context) {
    const minFigures = context.options.minFigures as number;
    const minLength = context.options.minLength as number;
    return {
      'root:exit'() {
        const { outline } = context;
        const headed = partsOf(outline, 'achievements').filter((s) => !s.inline && (s.parent === null || outline.sections[s.parent]!.kind !== 'achievements'));
        let text: string;
        const anchor: OutlineSection | null = headed[0] ?? null;
        if (headed.length > 0) {
          text = headed.map((s) => `${s.heading}\n${s.text}`).join('\n');
        } else {
          // No headed part: body text outside the other parts is the achievements, written inline.
          text = withoutAnnouncements(unsectionedText(context.sourceText, outline.sections, outline.title?.span.end.offset ?? 0));
          if (contentLength(text, minLength) < minLength) {
            context.report({ messageId: 'missing', loc: placeFor(context, 'achievements') });
            return;
          }
        }
        if (countQuantities(text, minFigures) < minFigures) {
          const loc = anchor ? sectionLoc(context, anchor) : { line: context.positionAt(outline.title?.span.end.offset ?? 0).line, column: 1 };
          context.report({ messageId: 'weak-no-figures', data: { heading: anchor?.heading ?? BODY[context.locale] }, loc });
        }
      },
    };
  },
};

/** Drops sentences that only announce the report ("现将…情况报告如下。"). */
function withoutAnnouncements(text: string): string {
  return text
    .split(/(?<=[。!?;])/)
    .filter((sentence) => !REPORT_ANNOUNCEMENTS.some((p) => sentence.includes(p)))
    .join('');
}

/** Text after the title not covered by any part of another kind. */
function unsectionedText(source: string, sections: OutlineSection[], from: number): string {
  const covered = sections.filter((s) => s.kind !== 'achievements').map((s) => [s.startOffset, s.endOffset] as const);
  let text = '';
  let cursor = from;
  for (const [start, end] of [...covered].sort((a, b) => a[0] - b[0])) {
    if (start > cursor) text += source.slice(cursor, start);
    cursor = Math.max(cursor, end);
  }
  return text + source.slice(cursor);
}

export default rule;
