// What the fix loop did to a text, as edits of the original: the passes each apply fixes to the
// previous pass's output, and a writer that answers in the original (tracked changes in a .docx,
// src/write/docx-review.ts; the changed bytes alone of a text file, src/write/splice.ts) needs them as
// "these original characters replaced by this text".
// The current text is kept as a list of segments, each either a stretch of the original or
// text a fix inserted; applying a pass splits and replaces segments, never the text itself.
import type { Fix } from '../rule-api.js';

/** Original characters [start, end) replaced by `text` (a deletion when empty, an insertion when start === end). */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** A stretch of the current text: original characters from `origin`, or inserted `text`. */
type Segment = { kind: 'original'; origin: number; length: number } | { kind: 'inserted'; text: string };

const lengthOf = (segment: Segment) => (segment.kind === 'inserted' ? segment.text.length : segment.length);

export class EditTrail {
  private segments: Segment[];
  private readonly originalLength: number;

  constructor(private readonly original: string) {
    this.originalLength = original.length;
    this.segments = original.length > 0 ? [{ kind: 'original', origin: 0, length: original.length }] : [];
  }

  /**
   * The original offset of `offset` in the current text. Where original characters were taken
   * out, a range's start maps after them and its end before; inside inserted text, both map to
   * where the insertion stands.
   */
  toOriginal(offset: number, side: 'start' | 'end'): number {
    let at = 0;
    let original = 0;
    for (const segment of this.segments) {
      const length = lengthOf(segment);
      if (side === 'start' ? offset < at + length : offset <= at + length) {
        return segment.kind === 'inserted' ? original : segment.origin + Math.max(0, offset - at);
      }
      if (segment.kind === 'original') original = segment.origin + segment.length;
      at += length;
    }
    return side === 'start' ? this.originalLength : original;
  }

  /** Records one pass: `fixes` sorted and not overlapping, in the current text's offsets. */
  apply(fixes: readonly Fix[]): void {
    const next: Segment[] = [];
    let index = 0;
    let at = 0; // current offset of segments[index]
    let consumed = 0; // characters of segments[index] already copied or dropped
    const take = (until: number, keep: boolean) => {
      while (index < this.segments.length && at + consumed < until) {
        const segment = this.segments[index]!;
        const length = lengthOf(segment);
        const end = Math.min(length, until - at);
        if (keep && end > consumed) {
          next.push(segment.kind === 'inserted' ? { kind: 'inserted', text: segment.text.slice(consumed, end) } : { kind: 'original', origin: segment.origin + consumed, length: end - consumed });
        }
        consumed = end;
        if (consumed === length) {
          index++;
          at += length;
          consumed = 0;
        }
      }
    };
    for (const fix of fixes) {
      take(fix.range[0], true);
      take(fix.range[1], false);
      if (fix.text) next.push({ kind: 'inserted', text: fix.text });
    }
    take(Infinity, true);
    this.segments = next;
  }

  /**
   * The passes so far as edits of the original, in order, none overlapping. A span put back as it
   * was (one pass's change undone by the next) is no edit: a writer leaves those bytes alone.
   */
  edits(): Edit[] {
    const edits: Edit[] = [];
    let original = 0;
    let pending: Edit | null = null;
    const reach = (to: number) => {
      if (to > original) {
        pending ??= { start: original, end: original, text: '' };
        pending.end = to;
      }
      if (pending && this.original.slice(pending.start, pending.end) !== pending.text) edits.push(pending);
      pending = null;
    };
    for (const segment of this.segments) {
      if (segment.kind === 'inserted') {
        pending ??= { start: original, end: original, text: '' };
        pending.text += segment.text;
        continue;
      }
      reach(segment.origin);
      original = segment.origin + segment.length;
    }
    reach(this.originalLength);
    return edits;
  }
}

/**
 * The offset in the original text of `offset` in the text after `edits`. A range's start maps
 * past what an edit took out, its end before it; inside inserted text, both map to the edit.
 */
export function originalOffset(edits: readonly Edit[], offset: number, side: 'start' | 'end'): number {
  let delta = 0; // edited offset minus original offset, so far
  for (const edit of edits) {
    const start = edit.start + delta;
    if (offset < start || (offset === start && side === 'end')) break;
    if (offset < start + edit.text.length) return side === 'start' ? edit.start : edit.end;
    delta += edit.text.length - (edit.end - edit.start);
  }
  return offset - delta;
}
