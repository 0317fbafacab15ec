// What the fix loop did, as edits of the original text (src/engine/edits.ts): a writer that
// answers in the original document places them as tracked changes, so applying them to the
// original must give the loop's output, whatever the passes did; and it may forbid some.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EditTrail, originalOffset, type Edit } from '../../src/engine/edits.js';
import { applyFixes, verifyAndFix } from '../../src/engine/lint.js';
import type { Fix } from '../../src/rule-api.js';
import { collapseRule, commaRule, lintOptions, resolved } from './test-rules.js';

function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = '';
  let at = 0;
  for (const edit of edits) {
    expect(edit.start).toBeGreaterThanOrEqual(at);
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + text.slice(at);
}

describe('EditTrail', () => {
  it('composes passes: a fix of inserted text is an edit of what it replaced', () => {
    const trail = new EditTrail('AAAA AAA');
    trail.apply([{ range: [0, 2], text: 'B' }, { range: [2, 4], text: 'B' }, { range: [5, 7], text: 'B' }]); // BB BA
    trail.apply([{ range: [0, 2], text: 'C' }]); // C BA
    expect(trail.edits()).toEqual([
      { start: 0, end: 4, text: 'C' },
      { start: 5, end: 7, text: 'B' },
    ]);
    expect(applyEdits('AAAA AAA', trail.edits())).toBe('C BA');
  });

  it('maps offsets back: a start past what was taken out, an end before it, inside an insertion where it stands', () => {
    const trail = new EditTrail('0123456789');
    trail.apply([{ range: [2, 5], text: '' }, { range: [7, 7], text: 'xyz' }]);
    // current: 0 1 | 5 6 | x y z | 7 8 9
    expect(trail.toOriginal(2, 'start')).toBe(5);
    expect(trail.toOriginal(2, 'end')).toBe(2);
    expect(trail.toOriginal(5, 'start')).toBe(7);
    expect(trail.toOriginal(7, 'end')).toBe(7);
    expect(trail.toOriginal(10, 'end')).toBe(10);
  });

  it('any passes of random fixes: the edits give the output, and originalOffset maps back', () => {
    const text = fc.string({ unit: fc.constantFrom('甲', '乙', ',', 'A', ' '), minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(text, fc.array(fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.string({ maxLength: 3 })), { maxLength: 5 }), { maxLength: 4 }), (original, passes) => {
        const trail = new EditTrail(original);
        let current = original;
        for (const pass of passes) {
          const fixes: Fix[] = pass.map(([start, length, replacement]) => {
            const from = start % (current.length + 1);
            return { range: [from, Math.min(current.length, from + length)], text: replacement };
          });
          const { output, applied } = applyFixes(current, fixes);
          trail.apply(applied);
          current = output;
        }
        const edits = trail.edits();
        expect(applyEdits(original, edits)).toBe(current);
        // Minimal: a span put back as it was is no edit (a writer leaves those bytes alone).
        for (const edit of edits) expect(edit.text).not.toBe(original.slice(edit.start, edit.end));
        // Outside inserted text, each character of the output is the original one it maps to.
        const inserted: Array<[number, number]> = [];
        let delta = 0;
        for (const edit of edits) {
          inserted.push([edit.start + delta, edit.start + delta + edit.text.length]);
          delta += edit.text.length - (edit.end - edit.start);
        }
        for (let i = 0; i < current.length; i++) {
          if (inserted.some(([start, end]) => i >= start && i < end)) continue;
          expect(current[i]).toBe(original[originalOffset(edits, i, 'start')]);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the fix loop', () => {
  it('returns its passes as edits of the original text', async () => {
    const text = '甲,乙 AAAA 丙,丁';
    const outcome = await verifyAndFix(text, lintOptions('text', [resolved(commaRule), resolved(collapseRule)]));
    expect(outcome.output).toBe('甲，乙 C 丙，丁');
    expect(outcome.edits).toEqual([
      { start: 1, end: 2, text: '，' },
      { start: 4, end: 8, text: 'C' },
      { start: 10, end: 11, text: '，' },
    ]);
  });
});

describe('the fix loop, where a writer allows', () => {
  it('applies only the fixes canEdit allows, asked in the original text’s offsets', async () => {
    const text = '第一,第二,第三';
    const asked: Array<[number, number, string]> = [];
    const outcome = await verifyAndFix(text, lintOptions('text', [resolved(commaRule)]), undefined, (start, end, replacement) => {
      asked.push([start, end, replacement]);
      return start !== 5;
    });
    expect(outcome.output).toBe('第一，第二,第三');
    expect(asked).toContainEqual([2, 3, '，']);
    expect(outcome.edits).toEqual([{ start: 2, end: 3, text: '，' }]);
  });

  it('over several passes, the edits still apply to the original', async () => {
    const text = 'AAAA AAA BBBB';
    const outcome = await verifyAndFix(text, lintOptions('text', [resolved(collapseRule)]));
    expect(applyEdits(text, outcome.edits)).toBe(outcome.output);
    expect(outcome.edits.length).toBeGreaterThan(1);
  });
});
