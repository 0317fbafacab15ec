// Property: however a paragraph's text is split into runs (formatting, hyperlinks, entities,
// tabs), a comment on a random span is anchored on exactly those characters, and a tracked
// change of a random span accepts to the replaced text and rejects to the original.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDocx, readDocxSource } from '../../src/read/docx-reader.js';
import { DocxReview } from '../../src/write/docx-review.js';
import { docxOfBody } from '../read/build-docx.js';
import { anchoredTexts, resolveChanges } from './docx-inspect.js';

const AUTHOR = { name: 'fazhi-lint', initials: 'FL', date: new Date('2024-03-05T08:00:00Z') };
const PROPERTIES = ['', '<w:rPr><w:b/></w:rPr>', '<w:rPr><w:rFonts w:hint="eastAsia"/><w:color w:val="FF0000"/></w:rPr>'];
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface Run {
  text: string;
  properties: string;
  /** In a hyperlink; in a field's result (a DATE field's runs between its field characters). */
  link: boolean;
  field: boolean;
  tab: boolean;
}

/** A run of text: its characters, its formatting, what holds it, a tab before it. */
const run = (fields: boolean) =>
  fc.record({
    text: fc.string({ unit: fc.constantFrom('法', '治', '政', '府', ',', '，', 'A', ' ', '&', '<', '𠀀'), minLength: 1, maxLength: 6 }),
    properties: fc.constantFrom(...PROPERTIES),
    link: fc.boolean(),
    field: fields ? fc.boolean() : fc.constant(false),
    tab: fc.boolean(),
  });

/** One paragraph of runs, its text as the reader reads it, and the .docx. */
function paragraphOf(runs: Run[]) {
  let xml = '';
  let text = '';
  for (const r of runs) {
    let inner = `<w:r>${r.properties}${r.tab ? '<w:tab/>' : ''}<w:t xml:space="preserve">${escape(r.text)}</w:t></w:r>`;
    if (r.field) inner = `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${inner}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    xml += r.link ? `<w:hyperlink w:anchor="x">${inner}</w:hyperlink>` : inner;
    text += (r.tab ? '\t' : '') + r.text;
  }
  return { text, bytes: docxOfBody(`<w:p>${xml}</w:p>`) };
}

/** A span [start, end) of `length` characters, not splitting a surrogate pair. */
const spanIn = (text: string) =>
  fc.tuple(fc.nat(text.length), fc.nat(text.length)).map(([a, b]) => {
    const fit = (at: number) => (/[\udc00-\udfff]/.test(text[at] ?? '') ? at - 1 : at);
    return [fit(Math.min(a, b)), fit(Math.max(a, b))] as const;
  });

describe('anchors and changes over any split into runs', () => {
  it('a field’s result is never changed: a change touching it is refused', () => {
    const { bytes } = paragraphOf([
      { text: '日期', properties: '', link: false, field: false, tab: false },
      { text: '2024年3月1日', properties: '', link: false, field: true, tab: false },
    ]);
    const review = new DocxReview(readDocxSource(bytes).source);
    expect(review.canChange({ block: 0, start: 0, end: 2, text: '时间' })).toBe(true);
    expect(review.canChange({ block: 0, start: 1, end: 3, text: 'x' })).toBe(false);
  });

  it('a comment anchors on exactly its characters, in fields too; the text read back is the same', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(run(true), { minLength: 1, maxLength: 8 }).chain((runs) => {
          const paragraph = paragraphOf(runs);
          return fc.tuple(fc.constant(paragraph), fc.array(spanIn(paragraph.text), { minLength: 1, maxLength: 3 }));
        }),
        async ([{ text, bytes }, spans]) => {
          const { source } = readDocxSource(bytes);
          const wanted = spans.filter(([start, end]) => end > start && text.slice(start, end).trim() !== '');
          const comments = wanted.map(([start, end]) => ({ from: { block: 0, offset: start }, to: { block: 0, offset: end }, paragraphs: ['意见'] }));
          const docx = new DocxReview(source).write(comments, [], AUTHOR);
          expect((await readDocx(docx)).text).toBe((await readDocx(bytes)).text);
          // Comments are written in order, their ids too.
          const byId = [...anchoredTexts(docx).entries()].sort(([a], [b]) => Number(a) - Number(b)).map(([, t]) => t);
          expect(byId).toEqual(wanted.map(([start, end]) => text.slice(start, end)));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('tracked changes accept to the replaced text and reject to the original, comments or not', async () => {
    const replacement = fc.string({ unit: fc.constantFrom('，', '（', '〔', 'x'), maxLength: 3 });
    await fc.assert(
      fc.asyncProperty(
        fc.array(run(false), { minLength: 1, maxLength: 8 }).chain((runs) => {
          const paragraph = paragraphOf(runs);
          return fc.tuple(fc.constant(paragraph), fc.array(fc.tuple(spanIn(paragraph.text), replacement), { minLength: 1, maxLength: 3 }), fc.array(spanIn(paragraph.text), { maxLength: 2 }));
        }),
        async ([{ text, bytes }, edits, commented]) => {
          const { document, source } = readDocxSource(bytes);
          const review = new DocxReview(source);
          // Changes that do not overlap (as the fix loop's never do), in order.
          const changes: Array<{ block: number; start: number; end: number; text: string }> = [];
          for (const [[start, end], replacement] of [...edits].sort(([[a]], [[b]]) => a - b)) {
            if ((start === end && replacement === '') || (changes.length > 0 && start <= changes.at(-1)!.end)) continue;
            changes.push({ block: 0, start, end, text: replacement });
          }
          // Every character is the document's own, outside fields and others' changes.
          for (const change of changes) expect(review.canChange(change)).toBe(true);
          const comments = commented.filter(([s, e]) => e > s).map(([start, end]) => ({ from: { block: 0, offset: start }, to: { block: 0, offset: end }, paragraphs: ['意见'] }));
          const docx = review.write(comments, changes, AUTHOR);
          let expected = text;
          for (const change of [...changes].reverse()) expected = expected.slice(0, change.start) + change.text + expected.slice(change.end);
          expect((await readDocx(resolveChanges(docx, 'fazhi-lint', 'accept'))).text).toBe(expected.trim());
          expect((await readDocx(resolveChanges(docx, 'fazhi-lint', 'reject'))).text).toBe(document.text);
          expect(anchoredTexts(docx).size).toBe(comments.length);
        },
      ),
      { numRuns: 200 },
    );
  });
});
