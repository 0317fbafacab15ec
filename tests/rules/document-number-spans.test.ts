// scanDocumentNumbers finds 文号 from the year outward. What it finds must not depend on where the
// scan starts or on the text around a number (past a sentence boundary), and its fixes, where it
// gives one, must give a number it reads as well formed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CORRECT_OPEN, documentNumberSpans, scanDocumentNumbers, TAIL_START, WRONG_BRACKETS } from '../../src/data/document-number.js';

describe('scanDocumentNumbers', () => {
  it('finds the numbers of a paragraph, well formed or not, the code quoted without lead words', () => {
    const text = '根据国办发〔2018〕118号和中发〔202133号文件,落实粤府办(2019)7号。';
    expect(documentNumberSpans(text).map(([a, b]) => text.slice(a, b))).toEqual(['根据国办发〔2018〕118号', '和中发〔202133号', '落实粤府办(2019)7号']);
    expect(scanDocumentNumbers(text).map((n) => [n.code, n.fault])).toEqual([
      ['国办发', null],
      ['中发', 'malformed'],
      ['粤府办', 'wrong-brackets'],
    ]);
    // A code of astral Han characters: the look-back counts characters, not UTF-16 units.
    const astral = '𠀋𠀋𠀋国发〔2019〕33号';
    expect(documentNumberSpans(astral)).toEqual([[0, astral.length]]);
  });

  it('gives the same numbers wherever the paragraph around them starts', () => {
    const piece = fc.constantFrom('国', '办', '发', '𠀋', '〔', '〕', '(', ')', '【', '】', '2019', '2021', '33', '号', '第', '年', ' ', ',', '。', '关于', '中共', '台风');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.constantFrom('。', '　', '根据报告。', 'ABC '), (pieces, prefix) => {
        const text = pieces.join('');
        const shift = (n: ReturnType<typeof scanDocumentNumbers>[number]) => ({ ...n, start: n.start - prefix.length, tailStart: n.tailStart - prefix.length, end: n.end - prefix.length });
        expect(scanDocumentNumbers(prefix + text).map(shift)).toEqual(scanDocumentNumbers(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('tries the same places as a look at every bracket and every run of digits', () => {
    // What TAIL_START finds by itself, checked the slow way: every bracket with a digit after
    // it (past spaces), and every run of four digits or more that begins 19 or 20.
    const openers = CORRECT_OPEN + WRONG_BRACKETS.map((b) => b.open).join('');
    const slow = (text: string) => {
      const places: number[] = [];
      for (let i = 0; i < text.length; i++) {
        if (openers.includes(text[i]!)) {
          let next = i + 1;
          while (text[next] === ' ' || text[next] === '\u3000') next++;
          if (/\d/.test(text[next] ?? '')) places.push(i);
        } else if (/\d/.test(text[i]!) && !/\d/.test(text[i - 1] ?? '')) {
          const run = /^\d+/.exec(text.slice(i))![0];
          if (run.length >= 4 && (run.startsWith('19') || run.startsWith('20'))) places.push(i);
        }
      }
      return places;
    };
    const fast = (text: string) => {
      const places: number[] = [];
      TAIL_START.lastIndex = 0;
      for (let m = TAIL_START.exec(text); m !== null; m = TAIL_START.exec(text)) {
        // A run's middle: the scan passes it over, as a digit is not Han.
        if (!(/\d/.test(m[0][0]!) && /\d/.test(text[m.index - 1] ?? ''))) places.push(m.index);
      }
      return places;
    };
    const piece = fc.constantFrom(...openers, '〕', ')', '1', '2', '0', '9', '19', '20', '2019', '120', ' ', '　', '国', '号', '年');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(fast(text)).toEqual(slow(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds in a paragraph without 号 what it finds once the paragraph has one', () => {
    // A paragraph with neither 号 nor a year before a bracket is not scanned at all. "。号" after
    // it starts no number and ends none: the numbers are those of a full scan.
    const piece = fc.constantFrom('国办发', '粤府函', '于', '〔', '〕', '(', ')', '（', '）', '[', '】', '„', '‟', '2019', '2021', '88', '7', ' ', '　', '第', '年', '号', '號', ',', '台风');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(scanDocumentNumbers(text)).toEqual(scanDocumentNumbers(`${text}。号`));
      }),
      { numRuns: 3000 },
    );
    expect(documentNumberSpans('粤府函2019(88)')).toEqual([[0, 11]]);
  });

  it('reads every fixed number as well formed', () => {
    const code = fc.constantFrom('国办发', '京财预', '交规划', '沪教委规', '湖江街', '粤府函', '湘政发');
    const year = fc.integer({ min: 1990, max: 2030 }).map(String);
    const seq = fc.integer({ min: 1, max: 999 }).map(String);
    const shape = fc.constantFrom(
      (y: string, n: string) => `(${y})${n}号`,
      (y: string, n: string) => `【${y}】${n}号`,
      (y: string, n: string) => `${y}第${n}号`,
      (y: string, n: string) => `${y}年${n}号`,
      (y: string, n: string) => `${y} ${n}号`,
      (y: string, n: string) => `${y}(${n})`,
      (y: string, n: string) => `〔${y}〕第${n}号`,
      (y: string, n: string) => `〔${y}〕0${n}号`,
    );
    fc.assert(
      fc.property(code, year, seq, shape, (c, y, n, make) => {
        const text = `落实${c}${make(y, n)}文件。`;
        const [number] = scanDocumentNumbers(text);
        expect(number?.fault, text).not.toBeNull();
        expect(number!.expected).toBe(`${c}〔${y}〕${n}号`);
        const fixed = text.slice(0, number!.tailStart) + number!.tail + text.slice(number!.end);
        expect(scanDocumentNumbers(fixed).map((m) => m.fault)).toEqual([null]);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('document-number patterns', () => {
  it('are linear on hostile input (recheck)', async () => {
    const { checkSync } = (await import('recheck')) as unknown as { checkSync: (s: string, f: string, p?: { timeout?: number }) => { status: string } };
    const { DOCUMENT_NUMBER_PATTERNS } = await import('../../src/data/document-number.js');
    for (const pattern of DOCUMENT_NUMBER_PATTERNS) {
      // Sticky and global flags only say where a match starts; recheck judges the pattern itself.
      expect(checkSync(pattern.source, pattern.flags.replace(/[gy]/g, ''), { timeout: 20000 }).status, pattern.source).toBe('safe');
    }
  });
});

describe('punctuation patterns', () => {
  it('are linear on hostile input (recheck)', async () => {
    const { checkSync } = (await import('recheck')) as unknown as { checkSync: (s: string, f: string, p?: { timeout?: number }) => { status: string } };
    const { LIST_MARKER, SMILEY } = await import('../../src/data/punctuation.js');
    for (const pattern of [LIST_MARKER, SMILEY]) expect(checkSync(pattern.source, pattern.flags.replace(/[gy]/g, ''), { timeout: 20000 }).status, pattern.source).toBe('safe');
  });
});
