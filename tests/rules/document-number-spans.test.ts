// documentNumberSpans starts its scans near the first possible 文号 rather than at the start of
// the paragraph: it must find exactly what scanning the whole paragraph finds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_NUMBER, RUN_TOGETHER_NUMBER, documentNumberSpans } from '../../src/data/document-number.js';

const wholeScan = (text: string) =>
  [DOCUMENT_NUMBER, RUN_TOGETHER_NUMBER].flatMap((pattern) => [...text.matchAll(pattern)].map((m) => [m.index!, m.index! + m[0].length]));

describe('documentNumberSpans', () => {
  it('finds the numbers of a paragraph, well-formed or not (a code takes up to 7 Han characters before it)', () => {
    const text = '根据国办发〔2018〕118号和中发〔202133号文件,落实粤府办(2019)7号。';
    expect(documentNumberSpans(text).map(([a, b]) => text.slice(a, b))).toEqual(['根据国办发〔2018〕118号', '落实粤府办(2019)7号', '号和中发〔202133号']);
    // Seven characters of code before 发, six of them outside the BMP: thirteen UTF-16 units.
    const astral = '𠀋𠀋𠀋𠀋𠀋𠀋国发〔2019〕33号';
    expect(documentNumberSpans(astral)).toEqual([[0, astral.length]]);
  });

  it('agrees with a scan of the whole text', () => {
    // Agency codes of every length (astral Han included), brackets, years and filler.
    const piece = fc.constantFrom('国', '办', '发', '𠀋', '〔', '〕', '(', ')', '【', '】', '2019', '2021', '33', '号', ' ', ',', '关于', '中共');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(documentNumberSpans(text)).toEqual(wholeScan(text));
      }),
      { numRuns: 3000 },
    );
  });
});
