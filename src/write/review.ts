// A report answered in the writer's own document: lint it, then write every finding as a Word
// comment anchored on the text it is about and (with fixes) every safe fix as a tracked change.
// A .docx is reviewed in place of its paragraphs (the reader kept where each character sits);
// a .txt, .md or web page becomes a .docx of its lines first, reviewed the same way. The CLI
// (--annotate) writes the result to disk, the web page hands it to the browser; both come here.
import type { Locale, LoadedRule } from '../rule-api.js';
import type { LintMessage, LintResult } from '../results.js';
import { decode } from '../read/decode.js';
import { MAX_INPUT_BYTES } from '../read/limits.js';
import { LineIndex } from '../read/positions.js';
import type { ParagraphDocument } from '../read/paragraphs.js';
import { asReadError, readDocxSource, type DocxSource } from '../read/docx-reader.js';
import { uiText } from '../i18n/ui-text.js';
import { originalOffset, type Edit } from '../engine/edits.js';
import { failedResult, fatalResult, inputFormatOf, lintParagraphs, lintText, tooLarge, type FileLintRequest } from '../engine/lint-file.js';
import { DocxReview, type Place, type ReviewAuthor, type ReviewChange, type ReviewComment } from './docx-review.js';
import { docxFromLines } from './docx-from-text.js';

export const REVIEW_AUTHOR = { name: 'fazhi-lint', initials: 'FL' };

export interface Reviewed {
  result: LintResult;
  /** The reviewed .docx; absent when the file could not be read (result holds why). */
  docx?: Uint8Array;
  comments: number;
  changes: number;
}

/** The text that was linted, and where each of its lines sits in the .docx being reviewed. */
interface Reviewable {
  text: string;
  lines: LineIndex;
  document?: ParagraphDocument;
  source: DocxSource;
  /** Place of a line (1-based) and column (1-based) of `text`, or null for a blank line. */
  placeOf(line: number, column: number): Place | null;
  unit: 'paragraph' | 'line';
}

async function reviewable(bytes: Uint8Array, filePath: string, now: Date): Promise<Reviewable | 'empty'> {
  const format = inputFormatOf(filePath);
  if (format === 'docx') {
    const { document, source } = readDocxSource(bytes);
    if (document.text.trim() === '') return 'empty';
    return {
      text: document.text,
      lines: new LineIndex(document.text),
      document,
      source,
      unit: 'paragraph',
      placeOf: (line, column) => {
        const origin = document.origins[line - 1];
        return origin ? { block: origin.block, offset: origin.offset + column - 1 } : null;
      },
    };
  }
  let document: ParagraphDocument | undefined;
  let text: string;
  if (format === 'html') {
    document = (await import('../read/html-reader.js')).readHtml(bytes);
    text = document.text;
  } else {
    text = decode(bytes).text;
  }
  if (text.trim() === '') return 'empty';
  const lines = new LineIndex(text);
  const { docx, paragraphOf } = docxFromLines(
    Array.from({ length: lines.lineCount }, (_, i) => text.slice(lines.lineStart(i + 1), lines.lineEnd(i + 1))),
    now,
  );
  const { source } = readDocxSource(docx);
  return {
    text,
    lines,
    document,
    source,
    unit: document ? 'paragraph' : 'line',
    placeOf: (line, column) => {
      const block = paragraphOf[line - 1] ?? -1;
      return block === -1 ? null : { block, offset: column - 1 };
    },
  };
}

/**
 * Lints `bytes` as the file `filePath` and writes the reviewed .docx: comments for the
 * messages; with `request.fix`, the fixes that can be placed as tracked changes (and comments
 * only for what remains).
 */
export async function reviewBytes(bytes: Uint8Array, filePath: string, request: FileLintRequest, author: ReviewAuthor): Promise<Reviewed> {
  const none = (result: LintResult): Reviewed => ({ result, comments: 0, changes: 0 });
  if (bytes.length > MAX_INPUT_BYTES) return none(tooLarge(filePath, bytes.length, request.locale));
  let input: Reviewable | 'empty';
  try {
    input = await reviewable(bytes, filePath, author.date);
  } catch (error) {
    return none(failedResult(filePath, error, request.locale));
  }
  if (input === 'empty') return none(fatalResult(filePath, 'empty', request.locale));
  const { text, source, lines } = input;
  const review = new DocxReview(source);
  const toChange = (start: number, end: number, replacement: string): ReviewChange | null => {
    const from = lines.positionAt(start);
    const to = lines.positionAt(end);
    if (from.line !== to.line) return null;
    const place = input.placeOf(from.line, from.column);
    return place && { block: place.block, start: place.offset, end: place.offset + (end - start), text: replacement };
  };
  let edits: Edit[] = [];
  const lintRequest: FileLintRequest = {
    ...request,
    canEdit: (start, end, replacement) => {
      const change = toChange(start, end, replacement);
      return change !== null && review.canChange(change);
    },
    onEdits: (made) => (edits = made),
  };
  const result = input.document ? await lintParagraphs(input.document, filePath, lintRequest) : await lintText(text, filePath, lintRequest);

  const changes = edits.flatMap((edit) => {
    // The fix loop placed the edit whole; its smallest parts are used when each can be placed too.
    const whole = toChange(edit.start, edit.end, edit.text);
    const parts = smallestEdits(edit, text).map((part) => toChange(part.start, part.end, part.text));
    if (parts.every((part) => part !== null && review.canChange(part))) return parts as ReviewChange[];
    return whole ? [whole] : [];
  });
  const rules = new Map(request.rules.map((r) => [r.id, r.rule]));
  const after = new LineIndex(result.output ?? text);
  const comments: ReviewComment[] = [];
  for (const message of result.messages) {
    if (message.fatal) continue;
    const comment = commentFor(message, rules.get(message.ruleId ?? ''), { after, edits, input, result, locale: request.locale });
    if (comment) comments.push(comment);
  }
  let docx: Uint8Array;
  try {
    // The writer reads the comments part and the relationships too: damaged, they are the file's problem.
    docx = asReadError(() => review.write(comments, changes, author));
  } catch (error) {
    return none(failedResult(filePath, error, request.locale));
  }
  return { result, docx, comments: comments.length, changes: changes.length };
}

/** Longest text whose characters are compared one by one (the table is this squared). */
const MAX_DIFFED = 300;

/**
 * An edit as the fewest characters changed: a fix that rewrites "(县政发[2023]5号)" as
 * "（县政发〔2023〕5号）" changes four marks, and a reviewer should see four 修订, not one.
 * The longest common subsequence of the two texts stays; what is left between is changed.
 */
export function smallestEdits(edit: Edit, original: string): Edit[] {
  const before = original.slice(edit.start, edit.end);
  const after = edit.text;
  if (before.length > MAX_DIFFED || after.length > MAX_DIFFED || before.length === 0 || after.length === 0) return [edit];
  // common[i][j]: length of the longest common subsequence of before[i..] and after[j..].
  const common = Array.from({ length: before.length + 1 }, () => new Uint16Array(after.length + 1));
  for (let i = before.length - 1; i >= 0; i--) {
    for (let j = after.length - 1; j >= 0; j--) {
      common[i]![j] = before[i] === after[j] ? common[i + 1]![j + 1]! + 1 : Math.max(common[i + 1]![j]!, common[i]![j + 1]!);
    }
  }
  const edits: Edit[] = [];
  let pending: Edit | null = null;
  const flush = () => {
    if (pending) edits.push(pending);
    pending = null;
  };
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    if (i < before.length && j < after.length && before[i] === after[j]) {
      flush();
      i++;
      j++;
    } else if (j < after.length && (i === before.length || common[i]![j + 1]! >= common[i + 1]![j]!)) {
      pending ??= { start: edit.start + i, end: edit.start + i, text: '' };
      pending.text += after[j++];
    } else {
      pending ??= { start: edit.start + i, end: edit.start + i, text: '' };
      pending.end = edit.start + ++i;
    }
  }
  flush();
  // Compared by UTF-16 units: an edge inside a surrogate pair would leave half a character.
  const splitsPair = (at: number) => /[\ud800-\udbff]/.test(original[at - 1] ?? '') || /[\udc00-\udfff]/.test(original[at] ?? '');
  if (edits.some((e) => splitsPair(e.start) || splitsPair(e.end) || /^[\udc00-\udfff]|[\ud800-\udbff]$/.test(e.text))) return [edit];
  return edits;
}

interface CommentContext {
  /** Lines of the text the messages point into (the fixed text, after fixes). */
  after: LineIndex;
  edits: readonly Edit[];
  input: Reviewable;
  result: LintResult;
  locale: Locale;
}

function commentFor(message: LintMessage, rule: LoadedRule | undefined, context: CommentContext): ReviewComment | null {
  const { after, edits, input, locale } = context;
  // The message, then its legal basis on a line of its own.
  const paragraphs = [uiText(locale, message.severity === 2 ? 'review.error' : 'review.warning', { message: message.message })];
  // Offsets in the text the message points into, then in the text as read.
  let start = after.offsetAt(message.line, message.column);
  let end = message.endLine === undefined ? start : Math.max(start, after.offsetAt(message.endLine, message.endColumn ?? 1));
  const missingPart = rule?.meta.type === 'checklist' && message.messageId === 'missing';
  if (missingPart) {
    paragraphs.push(uiText(locale, 'review.belongs', { place: whereItBelongs(start, context) }));
    // On the title, or the first paragraph: where a reviewer looks for what the report holds.
    const title = context.result.outline?.title;
    [start, end] = title ? [title.span.start.offset ?? 0, title.span.end.offset ?? 0] : [after.lineStart(1), after.lineEnd(1)];
  } else if (end === start) {
    // A point (where something is missing): the rest of its line, or the whole line at its end.
    const line = after.positionAt(start).line;
    end = after.lineEnd(line);
    if (end === start) start = after.lineStart(line);
  }
  if (message.basis) paragraphs.push(uiText(locale, 'review.basis', { basis: message.basis }));
  if (message.ruleId) paragraphs.push(uiText(locale, 'review.rule', { rule: message.ruleId }));
  // Back in the text as read: fixes may have moved what follows them.
  const from = input.lines.positionAt(originalOffset(edits, start, 'start'));
  const to = input.lines.positionAt(Math.max(originalOffset(edits, start, 'start'), originalOffset(edits, end, 'end')));
  const fromPlace = placeNear(input, from.line, from.column, 1);
  const toPlace = placeNear(input, to.line, to.column, -1);
  if (!fromPlace || !toPlace) return null;
  return { from: fromPlace, to: toPlace.block >= fromPlace.block ? toPlace : fromPlace, paragraphs };
}

/** The place of a line and column; on a blank line, the nearest line with text in `direction`. */
function placeNear(input: Reviewable, line: number, column: number, direction: 1 | -1): Place | null {
  const place = input.placeOf(line, column);
  if (place) return place;
  const { lines } = input;
  for (let other = line + direction; other >= 1 && other <= lines.lineCount; other += direction) {
    const found = input.placeOf(other, direction === 1 ? 1 : lines.lineEnd(other) - lines.lineStart(other) + 1);
    if (found) return found;
  }
  return direction === 1 ? placeNear(input, line, column, -1) : null;
}

/** "Before paragraph 5 “三、2024年工作安排”", "at the end of the report": where a missing part goes. */
function whereItBelongs(offset: number, { after, input, locale, result }: CommentContext): string {
  const text = result.output ?? input.text;
  const { line, column } = after.positionAt(offset);
  if (offset >= text.trimEnd().length) return uiText(locale, 'review.atEnd');
  if (line === 1 && column === 1) return uiText(locale, 'review.atStart');
  const excerpt = text.slice(after.lineStart(line), after.lineEnd(line));
  const shown = excerpt.length > 20 ? `${excerpt.slice(0, 20)}…` : excerpt;
  return uiText(locale, 'review.before', { unit: uiText(locale, `review.unit.${input.unit}`), number: line, excerpt: shown });
}
