// paired-punctuation and fullwidth-punctuation read a paragraph's marks from one scan
// (JoinedText.punctuation), each keeping its own. The scan must find every mark either rule
// acts on, and at exactly the indices a look at every character finds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FULLWIDTH_OF, markerClosers, PAIRED_MARKS, TYPOGRAPHY_MARKS } from '../../src/data/punctuation.js';
import { JoinedText } from '../../src/rule-utils/text-runs.js';

describe('JoinedText.punctuation', () => {
  it('holds every mark the two punctuation rules act on', () => {
    const acted = [...PAIRED_MARKS.flatMap((mark) => [...mark.open, ...mark.close]), ...Object.keys(FULLWIDTH_OF), '（', '）'];
    expect(acted.filter((mark) => !TYPOGRAPHY_MARKS.includes(mark))).toEqual([]);
    expect(TYPOGRAPHY_MARKS.every((mark) => mark.length === 1)).toBe(true);
  });

  it('finds the marks at the indices a look at every character finds', () => {
    const piece = fc.constantFrom(...TYPOGRAPHY_MARKS, '法', '治', '𠀋', '"', "'", '，', '。', 'a', '1', ' ', '\n', '\u3000', '\uff5e');
    const run = fc.array(piece, { maxLength: 20 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(fc.array(fc.tuple(run, fc.boolean()), { minLength: 1, maxLength: 4 }), (parts) => {
        // Runs apart in the source are joined by "\n": the marks are those of the joined text.
        let offset = 0;
        const runs = parts.map(([value, gap]) => {
          const at = offset + (gap ? 3 : 0);
          offset = at + value.length;
          return { value, offset: at };
        });
        const joined = new JoinedText(runs);
        const expected: number[] = [];
        for (let i = 0; i < joined.text.length; i++) if (TYPOGRAPHY_MARKS.includes(joined.text[i]!)) expected.push(i);
        expect(joined.punctuation()).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('markerClosers', () => {
  it('finds in a paragraph without an ASCII ")" what it finds once the paragraph has one', () => {
    // Smileys are looked for only where a ")" is. " :)" after the text adds its own smiley and
    // changes nothing before it.
    const piece = fc.constantFrom(':', ';', '=', '-', ')', '）', '(', '1', '2', 'a', 'b', '①', '②', ' ', '，', '。', '中');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        const plain = markerClosers(text);
        const forced = markerClosers(`${text} :)`);
        expect({ list: [...forced.list], lone: [...forced.lone].filter((i) => i < text.length) }).toEqual({ list: [...plain.list], lone: [...plain.lone] });
        expect(forced.lone.has(text.length + 2)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
