// planSentenceStart asks a cheap question first (is one of a pattern's words there at all?) before
// each pattern: its answer must be the patterns' own on every paragraph.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PLAN_LIST_INTRODUCTIONS,
  PLAN_SENTENCE_OPENINGS,
  PLAN_YEAR_AHEAD_WORDS,
  PLAN_YEAR_WORDS,
} from '../../src/data/section-phrasings.js';
import { planIntroductions, planSentenceStart } from '../../src/outline/sections.js';

const AFTER_BREAK = /^[。;\uff1b!\uff01]/;

/** The patterns alone, each tried on every paragraph. */
function patternsOnly(text: string, reportYear: number | null): number {
  let at = -1;
  for (const { pattern } of planIntroductions(reportYear)) {
    const found = pattern.exec(text);
    if (!found) continue;
    const start = found.index + (AFTER_BREAK.test(found[0]) ? 1 : 0);
    if (at === -1 || start < at) at = start;
  }
  return at;
}

describe('planSentenceStart', () => {
  it('finds where the patterns alone find a plan', () => {
    const piece = fc.constantFrom(
      ...PLAN_SENTENCE_OPENINGS,
      ...PLAN_YEAR_WORDS,
      ...PLAN_YEAR_AHEAD_WORDS,
      ...PLAN_LIST_INTRODUCTIONS,
      '将',
      '计划',
      '在',
      '我们',
      '中',
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
