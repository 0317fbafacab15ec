import type { OutlineSection, LoadedRule } from '../src/rule-api.js';
import { HEADING_PHRASINGS } from '../src/data/section-phrasings.js';
import { REVIEW_HEADING_WORDS } from '../src/data/review-words.js';
import { matchesOf } from '../src/rule-utils/matches.js';
import { containsAny } from '../src/rule-utils/phrases.js';

/**
 * A year written without 年 where 年 is meant: "2022以来", "2022度", "2022法治政府建设…".
 * Only these followers: "2022件" or "2022人" is a count, not a year.
 */
const YEAR_WITHOUT_NIAN = /(?<![\d.．\-/])((?:19|20)\d{2})(以来|度|全年|上半年|下半年|法治|工作|依法)/gu;

/** "2023年" not part of a range ("2021—2025年") and not a starting point ("2018年以来"). */
const YEAR_WITH_NIAN = /(?<![\d—–\-－~～至到])((?:19|20)\d{2})\s*年(?!以来|以前|之前|前)/gu;

/** A year the opening sentence starts with: "2022年," "2022年度," "2022以来,". */
const OPENING_YEAR = /^((?:19|20)\d{2})\s*(?:年度?|以来)/;

const PLAN_WORDS = HEADING_PHRASINGS.filter((p) => p.kind === 'plans').flatMap((p) => [...(p.any ?? []), ...(p.topLevelOnly ?? [])]);

/**
 * Whether a heading plans the next year. A "plans" heading without plan wording but with review
 * wording ("一、2023年度主要工作" in a 2022 report) was classified by its year alone: it is a
 * review heading with the wrong year.
 */
function isPlanHeading(section: OutlineSection): boolean {
  if (section.kind !== 'plans') return false;
  return containsAny(section.heading, PLAN_WORDS) || !containsAny(section.heading, REVIEW_HEADING_WORDS);
}

const rule: LoadedRule = {
  meta: {
    id: 'year-consistency',
    type: 'quality',
    docs: {
      description: {
        zh: '标题、开头和各部分标题中的年份应一致:总结部分写报告年度,下一年度安排写下一年',
        en: 'The year in the title, the opening sentence and the headings agrees: the report year for the review, the next year for the plans',
      },
      rationale: {
        zh: '报告常由上一年的报告改写而来,改漏的年份最能说明问题:标题是 2022 年,总结部分的标题却写着“2023年”;开头写成“2022以来”(漏了“年”)。规则读出报告年度(标题,或开头第一句),检查标题、开头第一句和各级标题:总结、问题、第一责任人等部分的年份应是报告年度,下一年度安排部分应是下一年(由 require-next-year-plan 检查),区间(“2021—2025年”)和起点(“2018年以来”)不算。',
        en: 'Reports are often rewritten from last year\'s, and a year left unchanged gives it away: a 2022 title over a heading that says 2023, or an opening "2022以来" missing its 年. The rule takes the report year (title, else the opening sentence) and checks the title, the opening sentence and every heading: review, problems and responsibility headings take the report year; plans take the next year (checked by require-next-year-plan); ranges ("2021—2025年") and starting points ("2018年以来") do not count.',
      },
      recommended: true,
    },
    messages: {
      'missing-nian': {
        zh: '“{{found}}”缺少“年”字,应为“{{expected}}”',
        en: '"{{found}}" lacks 年: write "{{expected}}"',
      },
      'opening-mismatch': {
        zh: '开头写的是{{found}}年,与标题中的报告年度{{year}}年不一致',
        en: 'The opening sentence says {{found}}, the title {{year}}',
      },
      'heading-mismatch': {
        zh: '标题“{{heading}}”中的{{found}}年与报告年度{{year}}年不一致(总结本年度工作应写{{year}}年)',
        en: 'Heading "{{heading}}" says {{found}} in a report on {{year}}',
      },
    },
  },
  create(context) {
    const { outline, sourceText } = context;
    const loc = (start: number, length: number) => {
      const a = context.positionAt(start);
      const b = context.positionAt(start + length);
      return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
    };
    const checkMissingNian = (from: number, to: number) => {
      const text = sourceText.slice(from, to);
      for (const m of matchesOf(YEAR_WITHOUT_NIAN, text)) {
        const follower = m[2]!;
        context.report({
          messageId: 'missing-nian',
          data: { found: m[1]! + follower, expected: `${m[1]}年${follower}` },
          loc: loc(from + m.index!, 4 + follower.length),
        });
      }
    };

    const headingEnds = new Map<number, number>();
    return {
      heading(node) {
        if (node.position) headingEnds.set(node.position.start.offset!, node.position.end.offset!);
      },
      'root:exit'() {
        const year = outline.year;
        if (outline.title) checkMissingNian(outline.title.span.start.offset, outline.title.span.end.offset);

        // The opening sentence: the first paragraph after the title, up to its first 。.
        const afterTitle = outline.title?.span.end.offset ?? 0;
        const firstSection = outline.sections.find((s) => !s.inline)?.startOffset ?? Infinity;
        const opening = context.tree.children.find(
          (n) => n.type === 'paragraph' && (n.position?.start.offset ?? -1) >= afterTitle && n.position!.start.offset! < firstSection,
        );
        if (opening) {
          const start = opening.position!.start.offset!;
          const end = opening.position!.end.offset!;
          const stop = sourceText.indexOf('。', start);
          checkMissingNian(start, stop === -1 || stop > end ? end : stop);
          const openingYear = OPENING_YEAR.exec(sourceText.slice(start, end));
          if (year !== null && outline.yearSource === 'title' && openingYear && Number(openingYear[1]) !== year) {
            context.report({ messageId: 'opening-mismatch', data: { found: openingYear[1]!, year }, loc: loc(start, 4) });
          }
        }

        for (const section of outline.sections) {
          if (section.inline) continue;
          const end = headingEnds.get(section.startOffset) ?? section.startOffset + section.heading.length;
          checkMissingNian(section.startOffset, end);
          // Plans are for the next year: require-next-year-plan checks those.
          if (year === null || isPlanHeading(section)) continue;
          const text = sourceText.slice(section.startOffset, end);
          for (const m of matchesOf(YEAR_WITH_NIAN, text)) {
            if (Number(m[1]) === year) continue;
            context.report({
              messageId: 'heading-mismatch',
              data: { heading: section.heading.length > 30 ? section.heading.slice(0, 30) + '…' : section.heading, found: m[1]!, year },
              loc: loc(section.startOffset + m.index!, 4),
            });
          }
        }
      },
    };
  },
};

export default rule;
