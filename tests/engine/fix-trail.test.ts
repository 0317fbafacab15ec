// The fix trail: the passes of the fix loop, mapped back to edits of the original text, give the
// loop's output when applied to the original, and cover only what the fixes touched.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes, verifyAndFix } from '../../src/engine/lint.js';
import { FixTrail } from '../../src/engine/fix-trail.js';
import type { Fix } from '../../src/rule-api.js';
import { collapseRule, commaRule, lintOptions, resolved } from './test-rules.js';

/** Fixes of `text` drawn from `picks`: ranges inside it, possibly overlapping (applyFixes drops those). */
const fixesOf = (text: string, picks: Array<[number, number, string]>): Fix[] =>
  picks.map(([a, b, replacement]) => {
    const start = a % (text.length + 1);
    return { range: [start, start + (b % (text.length - start + 1))], text: replacement };
  });

const pass = fc.array(fc.tuple(fc.nat(), fc.nat(5), fc.constantFrom('', 'x', '，', '𠀀', 'ab', '法治')), { maxLength: 6 });

describe('FixTrail', () => {
  it('gives edits that turn the original into the text after every pass, sorted and minimal', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', '中', ',', '\n', '𠀀') }), fc.array(pass, { maxLength: 5 }), (original, passes) => {
        const trail = new FixTrail(original);
        let current = original;
        for (const picks of passes) {
          const { output, applied } = applyFixes(current, fixesOf(current, picks));
          trail.record(applied);
          current = output;
        }
        const edits = trail.edits();
        expect(applyFixes(original, edits)).toEqual({ output: current, applied: edits });
        for (const [i, edit] of edits.entries()) {
          expect(edit.text).not.toBe(original.slice(edit.range[0], edit.range[1]));
          if (i > 0) expect(edit.range[0]).toBeGreaterThanOrEqual(edits[i - 1]!.range[1]);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('maps a later pass back through the earlier ones', () => {
    const trail = new FixTrail('AAAA xyz AAAA');
    trail.record([{ range: [0, 2], text: 'B' }, { range: [9, 13], text: '' }]); // 'BAA xyz '
    trail.record([{ range: [1, 3], text: 'C' }]); // 'BC xyz '
    expect(trail.edits()).toEqual([
      { range: [0, 4], text: 'BC' },
      { range: [9, 13], text: '' },
    ]);
  });

  it('is what verifyAndFix returns, over several passes', async () => {
    const text = '甲,乙 AAAA 丙,丁';
    const outcome = await verifyAndFix(text, lintOptions('text', [resolved(commaRule), resolved(collapseRule)]));
    expect(outcome.output).toBe('甲，乙 C 丙，丁');
    expect(outcome.edits).toEqual([
      { range: [1, 2], text: '，' },
      { range: [4, 8], text: 'C' },
      { range: [10, 11], text: '，' },
    ]);
  });
});
