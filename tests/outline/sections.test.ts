// planSentenceStart asks cheap questions first (is an opening phrase there at all? the next year?)
// before its patterns: its answer must be the patterns' own on every paragraph.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLAN_SENTENCE_OPENINGS, PLAN_YEAR_WORDS } from '../../src/data/section-phrasings.js';
import { planSentenceStart } from '../../src/outline/sections.js';

const BREAK = '[。;\\uff1b!\\uff01]';
const AFTER_BREAK = new RegExp(`^${BREAK}`);

/** The patterns alone, tried on every paragraph. */
function patternsOnly(text: string, reportYear: number | null): number {
  const opening = new RegExp(`(?:^|${BREAK})\\s*(?:${PLAN_SENTENCE_OPENINGS.join('|')})\\s*[,\\uff0c:\\uff1a]?`).exec(text);
  let at = opening ? opening.index + (AFTER_BREAK.test(opening[0]) ? 1 : 0) : -1;
  if (reportYear !== null) {
    const yearly = new RegExp(`(?:^|${BREAK})\\s*${reportYear + 1}\\s*年度?的?(?:工作)?(?:${PLAN_YEAR_WORDS.join('|')})`).exec(text);
    if (yearly) {
      const start = yearly.index + (AFTER_BREAK.test(yearly[0]) ? 1 : 0);
      if (at === -1 || start < at) at = start;
    }
  }
  return at;
}

describe('planSentenceStart', () => {
  it('finds where the patterns alone find a plan', () => {
    const piece = fc.constantFrom(
      ...PLAN_SENTENCE_OPENINGS,
      ...PLAN_YEAR_WORDS,
      '下',
      '一步',
      '。',
      ';',
      '；',
      '!',
      '！',
      ' ',
      '　',
      ',',
      '，',
      ':',
      '2024',
      '2025',
      '年',
      '年度',
      '的',
      '工作',
      '法治政府',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.constantFrom(null, 2023, 2024), (pieces, year) => {
        const text = pieces.join('');
        expect(planSentenceStart(text, year)).toBe(patternsOnly(text, year));
      }),
      { numRuns: 3000 },
    );
  });
});
