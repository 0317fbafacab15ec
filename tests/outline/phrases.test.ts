// containsAny and indexOfAny answer exactly what String#includes and #indexOf over the list
// would, whatever the phrases hold (regular-expression syntax, empty phrases, surrogates).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsAny, firstIndexOfEach, indexOfAny } from '../../src/rule-utils/phrases.js';

// Characters that are syntax in a regular expression, Chinese ones, and half a surrogate pair.
const alphabet = fc.constantFrom(...'()[]{}|\\^$.*+?/-法治政府报告问题不足', '\ud83d', '\ude00', '😀');
const phrase = fc.array(alphabet, { maxLength: 4 }).map((chars) => chars.join(''));
const text = fc.array(alphabet, { maxLength: 30 }).map((chars) => chars.join(''));

describe('phrase lists', () => {
  it('containsAny is some(includes), indexOfAny the least indexOf, firstIndexOfEach each indexOf', () => {
    fc.assert(
      fc.property(text, fc.array(phrase, { maxLength: 6 }), (t, phrases) => {
        const found = phrases.map((p) => t.indexOf(p)).filter((i) => i !== -1);
        expect(containsAny(t, phrases)).toBe(phrases.some((p) => t.includes(p)));
        expect(indexOfAny(t, phrases)).toBe(found.length > 0 ? Math.min(...found) : -1);
        expect(firstIndexOfEach(t, phrases)).toEqual(phrases.map((p) => t.indexOf(p)));
      }),
      { numRuns: 2000 },
    );
  });

  it('an empty or missing list contains nothing', () => {
    expect(containsAny('存在的问题', [])).toBe(false);
    expect(containsAny('存在的问题', undefined)).toBe(false);
    expect(indexOfAny('存在的问题', [])).toBe(-1);
    expect(firstIndexOfEach('存在的问题', [])).toEqual([]);
  });

  it('reads phrases literally', () => {
    expect(containsAny('问题(一)', ['(一)'])).toBe(true);
    expect(containsAny('问题一', ['(一)'])).toBe(false);
    expect(indexOfAny('甲a.b乙', ['a.b', 'axb'])).toBe(1);
  });

  it('finds phrases that overlap or repeat', () => {
    expect(firstIndexOfEach('落实“三项”制度和三项制度', ['三项制度', '三项”制度', '“三项”'])).toEqual([9, 3, 2]);
  });
});
