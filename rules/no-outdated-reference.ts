import type { Heading, Paragraph } from 'mdast';
import type { LoadedRule } from '../src/rule-api.js';
import { HISTORICAL_MARKERS, OUTDATED_REFERENCES } from '../src/data/outdated-references.js';
import { joinRuns, textRuns } from '../src/rule-utils/text-runs.js';
import { matchesOf } from '../src/rule-utils/matches.js';

const SENTENCE_END = /[。;；!！?？\n]/;
const YEAR = /((?:19|20)\d{2})\s*年/g;

/** The sentence of `text` around [from, to). */
function sentenceAround(text: string, from: number, to: number): { start: number; end: number } {
  let start = from;
  while (start > 0 && !SENTENCE_END.test(text[start - 1]!)) start--;
  let end = to;
  while (end < text.length && !SENTENCE_END.test(text[end]!)) end++;
  return { start, end };
}

/** "2022-05-01" → "2022年5月1日". */
function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

type Entry = (typeof OUTDATED_REFERENCES)[number] & { global: RegExp[] };

interface YearTable {
  entries: Entry[];
  /**
   * Every pattern as one alternation, asked first of each block: one scan instead of one per
   * pattern, and almost no block cites any (npm run bench: 3.5 times faster). Null when the
   * patterns cannot be joined (different flags, or back-references whose numbers would shift).
   */
  any: RegExp | null;
}

const tables = new Map<number, YearTable>();

/** What a report on `year` is checked against, compiled once per year, not per file. */
function tableFor(year: number): YearTable {
  let table = tables.get(year);
  if (!table) {
    const entries = OUTDATED_REFERENCES.filter((e) => year >= e.flagFrom).map((entry) => ({
      ...entry,
      global: entry.patterns.map((p) => new RegExp(p.source, p.flags.includes('g') ? p.flags : p.flags + 'g')),
    }));
    const patterns = entries.flatMap((e) => e.patterns);
    const flags = new Set(patterns.map((p) => p.flags.replace('g', '')));
    const joinable = flags.size === 1 && !patterns.some((p) => /\\[1-9]|\\k</.test(p.source));
    const any = joinable ? new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'), [...flags][0]) : null;
    table = { entries, any };
    tables.set(year, table);
  }
  return table;
}

const rule: LoadedRule = {
  meta: {
    id: 'no-outdated-reference',
    type: 'quality',
    docs: {
      description: {
        zh: '不应把报告年度之前已被取代的文件、会议精神当作现行依据引用',
        en: 'Documents and meetings replaced before the report year are not cited as current',
      },
      rationale: {
        zh: '照搬往年报告的段落,最容易把已失效的依据一并带过来:2024 年的报告还在宣传《信访条例》(2022年5月1日起由《信访工作条例》取代),2023 年的报告仍以“十九大精神”为最新的党代会精神,“七五”普法已换成“八五”普法。规则按 src/data/outdated-references.ts 中的表(每条写明失效日期、取代文件和出处)检查;回顾性的句子(“七五”普法总结验收、回顾……、同一句中出现报告年度以前的年份,或同一句也写了新文件)不报告。',
        en: 'Paragraphs copied from earlier reports carry outdated references with them: a 2024 report publicising the 信访条例 (replaced by the 信访工作条例 on 1 May 2022), a 2023 report studying the 19th Party Congress as the latest, the 7th five-year legal education plan after the 8th began. The table in src/data/outdated-references.ts gives each entry\'s end date, replacement and source. Sentences that look back (a review, an earlier year in the sentence, or the newer document named alongside) are not reported.',
      },
      recommended: true,
    },
    messages: {
      outdated: {
        zh: '{{found}}已于{{until}}被{{replacement}}取代,{{year}}年度报告不宜再作为现行依据引用',
        en: '{{found}} was replaced by {{replacement}} on {{until}}; a report on {{year}} should not cite it as current',
      },
    },
  },
  create(context) {
    const year = context.outline.year;
    if (year === null) return {};
    const { entries, any } = tableFor(year);
    const check = (node: Paragraph | Heading) => {
      const joined = joinRuns(textRuns(node, context.sourceText));
      const { text } = joined;
      if (any !== null && !any.test(text)) return;
      for (const entry of entries) {
        for (const pattern of entry.global) {
          for (const m of matchesOf(pattern, text)) {
            const { start, end } = sentenceAround(text, m.index!, m.index! + m[0].length);
            // The sentence without the reference itself: "(2015—2020年)" is the name, not a date.
            const rest = text.slice(start, m.index!) + text.slice(m.index! + m[0].length, end);
            if (HISTORICAL_MARKERS.some((w) => rest.includes(w))) continue;
            if (entry.newer.some((w) => rest.includes(w))) continue;
            if (matchesOf(YEAR, rest).some((y) => Number(y[1]) < year)) continue;
            const a = context.positionAt(joined.offsetOf(m.index!));
            const b = context.positionAt(joined.offsetOf(m.index! + m[0].length - 1) + 1);
            context.report({
              messageId: 'outdated',
              data: {
                // A title in 《》 is quoted already; other words get quotation marks.
                found: m[0].startsWith('《') ? m[0] : context.locale === 'zh' ? `“${m[0]}”` : `"${m[0]}"`,
                until: context.locale === 'zh' ? chineseDate(entry.until) : entry.until,
                replacement: entry.replacement[context.locale],
                year,
              },
              loc: { line: a.line, column: a.column, endLine: b.line, endColumn: b.column },
            });
          }
        }
      }
    };
    return { paragraph: check, heading: check };
  },
};

export default rule;
