// Findings answered in the writer's own document (src/write/review.ts): on every .docx fixture,
// the reviewed file reads with the same text as the input (through the reader and through
// mammoth), holds one Word comment per finding anchored on the finding's text, and leaves
// everything else as it was; with fixes, accepting every tracked change gives the text --fix
// gives for the extracted paragraphs, rejecting every one gives the original.
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { verifyAndFix } from '../../src/engine/lint.js';
import type { LintMessage } from '../../src/results.js';
import { LineIndex } from '../../src/read/positions.js';
import { readDocx, readDocxSource } from '../../src/read/docx-reader.js';
import { REVIEW_AUTHOR, reviewBytes } from '../../src/write/review.js';
import { buildDocx, docxOfBody } from '../read/build-docx.js';
import { request } from '../read/lint-helpers.js';
import { anchoredTexts, changesBy, commentsOf, parts, resolveChanges } from './docx-inspect.js';
import { reviewFixtures } from './review-fixtures.js';

const AUTHOR = { ...REVIEW_AUTHOR, date: new Date('2024-03-05T08:00:00Z') };

const mammothText = async (docx: Uint8Array) => (await mammoth.extractRawText({ buffer: Buffer.from(docx) })).value;

/** The parts a review may change; every other entry of the zip is copied as it was. */
const CHANGED_PARTS = new Set(['word/document.xml', 'word/comments.xml', 'word/_rels/document.xml.rels', '[Content_Types].xml']);

const squeeze = (text: string) => text.replace(/\s+/g, '');

/**
 * What a finding is about, worked out here from the message alone: its range (the rest of its
 * line for a point; the title for a missing part), keeping only the document's own characters
 * (not an automatic number or a " | " the reader added); a range of added characters only
 * means its whole paragraph.
 */
function expectedAnchor(message: LintMessage, bytes: Uint8Array, outlineTitle: { start: number; end: number } | null, missingPart: boolean): string {
  const { document, source } = readDocxSource(bytes);
  const lines = new LineIndex(document.text);
  let start: number;
  let end: number;
  if (missingPart) {
    [start, end] = outlineTitle ? [outlineTitle.start, outlineTitle.end] : [lines.lineStart(1), lines.lineEnd(1)];
  } else {
    start = lines.offsetAt(message.line, message.column);
    end = message.endLine === undefined ? start : lines.offsetAt(message.endLine, message.endColumn ?? 1);
    if (end === start) {
      end = lines.lineEnd(message.line);
      if (end === start) start = lines.lineStart(message.line);
    }
  }
  const own = (from: number, to: number) => {
    let text = '';
    for (let offset = from; offset < to; offset++) {
      const { line, column } = lines.positionAt(offset);
      if (document.text[offset] === '\n') continue;
      const origin = document.origins[line - 1]!;
      const block = source.blocks[origin.block]!;
      const at = origin.offset + column - 1;
      const piece = block.pieces.find((p) => at >= p.at && at < p.at + p.length);
      if (piece && piece.kind !== 'added') text += block.text[at];
    }
    return text;
  };
  const text = own(start, end);
  if (text !== '') return text;
  const line = lines.positionAt(start).line;
  return own(lines.lineStart(line), lines.lineEnd(line));
}

describe.each(reviewFixtures())('%s', (name, bytes) => {
  it('comments only: the same text, one comment per finding on its text, the rest unchanged', async () => {
    const reviewed = await reviewBytes(bytes, name, request(), AUTHOR);
    const docx = reviewed.docx!;
    expect((await readDocx(docx)).text).toBe((await readDocx(bytes)).text);
    expect(await mammothText(docx)).toBe(await mammothText(bytes));

    const findings = reviewed.result.messages.filter((m) => !m.fatal);
    expect(findings.length).toBeGreaterThan(0);
    const ours = commentsOf(docx).filter((c) => c.author === 'fazhi-lint');
    expect(ours).toHaveLength(findings.length);
    expect(reviewed.comments).toBe(findings.length);
    // Comments already there stay as they were.
    expect(commentsOf(docx).filter((c) => c.author !== 'fazhi-lint')).toEqual(commentsOf(bytes));

    const anchors = anchoredTexts(docx);
    const rules = new Map(request().rules.map((r) => [r.id, r.rule]));
    const title = reviewed.result.outline?.title;
    const titleRange = title ? { start: title.span.start.offset!, end: title.span.end.offset! } : null;
    for (const [i, message] of findings.entries()) {
      const comment = ours[i]!;
      const rule = rules.get(message.ruleId ?? '');
      const missingPart = rule?.meta.type === 'checklist' && message.messageId === 'missing';
      expect(comment).toMatchObject({ initials: 'FL', date: '2024-03-05T08:00:00Z' });
      // The message (its legal basis on a line of its own), the rule id.
      expect(comment.text).toContain(message.message.replace(/(依据:.*)$/, '').slice(0, 20));
      if (message.ruleId) expect(comment.text).toContain(`规则:${message.ruleId}`);
      if (rule?.meta.docs.basis) expect(comment.text).toContain(`依据:${rule.meta.docs.basis.zh}`);
      if (missingPart) expect(comment.text).toMatch(/应补写的位置:(报告开头|报告末尾|第\d+段“.+”之前)/);
      expect(squeeze(anchors.get(comment.id) ?? ''), `${message.ruleId} at ${message.line}:${message.column}`).toBe(squeeze(expectedAnchor(message, bytes, titleRange, missingPart)));
    }

    const before = parts(bytes);
    const after = parts(docx);
    for (const part of Object.keys(before)) if (!CHANGED_PARTS.has(part)) expect(after[part], part).toEqual(before[part]);
  });

  it('with fixes: accept all gives the fixed paragraphs, reject all the original; comments only on what remains', async () => {
    const reviewed = await reviewBytes(bytes, name, request({ fix: true }), AUTHOR);
    const docx = reviewed.docx!;
    const original = (await readDocx(bytes)).text;
    const fixed = reviewed.result.output ?? original;
    expect((await readDocx(resolveChanges(docx, 'fazhi-lint', 'accept'))).text).toBe(fixed);
    expect((await readDocx(resolveChanges(docx, 'fazhi-lint', 'reject'))).text).toBe(original);
    // Every fix in these documents can be a tracked change: the text is what --fix's loop gives
    // for the extracted paragraphs, unrestricted.
    const { headingLines } = await readDocx(bytes);
    const free = await verifyAndFix(original, { rules: request().rules, settings: {}, locale: 'zh', format: 'text', headingLines });
    expect(fixed).toBe(free.output);
    // The reader reads a document as accepted: the reviewed file reads as the fixed text.
    expect((await readDocx(docx)).text).toBe(fixed);

    const changes = changesBy(docx, 'fazhi-lint');
    // Each change is a deletion, an insertion or both, by fazhi-lint on the run's date.
    expect(changes.insertions.length + changes.deletions.length).toBeGreaterThanOrEqual(reviewed.changes);
    expect(changes.insertions.length).toBeLessThanOrEqual(reviewed.changes);
    if (fixed !== original) expect(reviewed.changes).toBeGreaterThan(0);
    for (const date of changes.dates) expect(date).toBe('2024-03-05T08:00:00Z');
    // Comments only on what fixing left.
    expect(commentsOf(docx).filter((c) => c.author === 'fazhi-lint')).toHaveLength(reviewed.result.messages.filter((m) => !m.fatal).length);
    const unfixed = await reviewBytes(bytes, name, request(), AUTHOR);
    if (fixed !== original) expect(reviewed.comments).toBeLessThan(unfixed.comments);
  });
});

describe('a fix that cannot be a tracked change', () => {
  it('is left as a comment: a number Word generates is not text that can be changed', async () => {
    // Word numbers the heading "(一)" with half-width brackets; heading-sequence would fix them.
    const numbering =
      '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="(%1)"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';
    const bytes = buildDocx(
      [{ text: '某县2023年法治政府建设年度报告' }, { text: '深化改革', numbering: { numId: 1, level: 0 } }, { text: '全年办理案件56件。' }, { text: '(二)严格执法' }],
      { numbering },
    );
    const reviewed = await reviewBytes(bytes, 'r.docx', request({ fix: true }), AUTHOR);
    const brackets = reviewed.result.messages.filter((m) => m.messageId === 'halfwidth-brackets');
    // The typed "(二)" is fixed; Word's "(一)" is commented on, and the comment sits on its heading.
    expect(brackets.map((m) => m.line)).toEqual([2]);
    expect(changesBy(reviewed.docx!, 'fazhi-lint').insertions).toEqual(['（', '）']);
    const comment = commentsOf(reviewed.docx!).find((c) => c.text.includes('heading-sequence'))!;
    expect(anchoredTexts(reviewed.docx!).get(comment.id)).toBe('深化改革');
  });
});

describe('a document that cannot be reviewed', () => {
  it('gets the message it gets when linted, and no document: damaged, or damaged where only the writer reads', async () => {
    const bad = await reviewBytes(Buffer.from('一、这不是 Word 文档'), 'bad.docx', request(), AUTHOR);
    expect(bad.docx).toBeUndefined();
    expect(bad.result.messages).toEqual([expect.objectContaining({ fatal: true, message: expect.stringContaining('不是有效的 Word 文档') })]);
    // The comments part is read only to add to it: broken, the file is refused, the run goes on.
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const brokenComments = docxOfBody('<w:p><w:r><w:t>某县2023年报告,正文</w:t></w:r></w:p>', {
      'word/_rels/document.xml.rels': '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>',
      'word/comments.xml': `<w:comments ${W}><w:comment w:id="0">`,
    });
    const refused = await reviewBytes(brokenComments, 'r.docx', request(), AUTHOR);
    expect(refused.docx).toBeUndefined();
    expect(refused.result.messages).toEqual([expect.objectContaining({ fatal: true, message: expect.stringMatching(/^Word 文档已损坏,无法读取: word\/comments\.xml: /) })]);
  });
});

describe('a finding about a missing part', () => {
  it('is anchored on the title and says where the part belongs', async () => {
    const [, bytes] = reviewFixtures().find(([name]) => name === 'word-report.docx')!;
    const reviewed = await reviewBytes(bytes, 'word-report.docx', request(), AUTHOR);
    const comment = commentsOf(reviewed.docx!).find((c) => c.text.includes('require-responsible-person'))!;
    // The regulation's order puts the responsible persons' part before the problems.
    expect(comment.text).toContain('应补写的位置:第12段“二、存在的不足和原因”之前');
    expect(anchoredTexts(reviewed.docx!).get(comment.id)).toBe('某某县人民政府关于2023年法治政府建设情况的报告');
  });
});
