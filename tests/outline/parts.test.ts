// contentLength counts what a reader sees as text, and with `enough` stops early without
// changing any answer a rule compares against its minimum.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentLength, countQuantities } from '../../src/rule-utils/parts.js';

const naive = (text: string) => text.replace(/[\s\p{P}]/gu, '').length;

describe('contentLength', () => {
  it('leaves out white space and punctuation; counts UTF-16 units, as String#length', () => {
    expect(contentLength('一、加强 领导。\n(一)“依法”行政!')).toBe(10);
    expect(contentLength('𠀋𠀋,ab')).toBe(6);
  });

  it('stops at `enough`: below it the count is exact, at or above it is at least `enough`', () => {
    // Long texts with astral letters and punctuation (U+10100 is punctuation), so the slices' edges fall everywhere.
    const char = fc.constantFrom('法', '治', ',', '。', ' ', '\n', '𠀋', 'a', '“', '\u{10100}');
    fc.assert(
      fc.property(fc.array(char, { minLength: 1000, maxLength: 3000 }), fc.nat(2500), (chars, enough) => {
        const text = chars.join('');
        const full = naive(text);
        expect(contentLength(text)).toBe(full);
        const capped = contentLength(text, enough);
        if (full < enough) expect(capped).toBe(full);
        else expect(capped).toBeGreaterThanOrEqual(enough);
      }),
      { numRuns: 300 },
    );
  });
});

describe('countQuantities', () => {
  it('counts figures up to `enough`', () => {
    const text = '办理案件12件,审查文件3份,培训200人次。';
    expect(countQuantities(text)).toBe(3);
    expect(countQuantities(text, 2)).toBe(2);
  });
});
