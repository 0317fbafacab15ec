// What the fix loop changed, as edits of the original text. Each pass's fixes point into the
// text the pass before made; the trail maps them back, so the writer can re-encode only the
// fixed spans and keep every other byte of the file as it was (src/cli/splice.ts).
import type { Fix } from '../rule-api.js';

/** A piece of the current text: a span of the original text, or text a fix put in. */
type Piece = { from: number; to: number } | { text: string };

const lengthOf = (piece: Piece) => ('text' in piece ? piece.text.length : piece.to - piece.from);

function part(piece: Piece, from: number, to: number): Piece {
  return 'text' in piece ? { text: piece.text.slice(from, to) } : { from: piece.from + from, to: piece.from + to };
}

export class FixTrail {
  /** The current text, piece by piece, in order. */
  private pieces: Piece[];

  constructor(private readonly original: string) {
    this.pieces = original === '' ? [] : [{ from: 0, to: original.length }];
  }

  /** Records one pass: fixes of the current text, sorted and not overlapping (as applyFixes applies them). */
  record(fixes: readonly Fix[]): void {
    const next: Piece[] = [];
    let index = 0;
    let pieceStart = 0;
    // Copies [start, end) of the current text; calls come in order, so one sweep of the pieces serves all.
    const copy = (start: number, end: number) => {
      while (index < this.pieces.length) {
        const piece = this.pieces[index]!;
        const pieceEnd = pieceStart + lengthOf(piece);
        if (pieceStart >= end) return;
        const from = Math.max(start, pieceStart) - pieceStart;
        const to = Math.min(end, pieceEnd) - pieceStart;
        if (to > from) next.push(part(piece, from, to));
        if (pieceEnd > end) return;
        index++;
        pieceStart = pieceEnd;
      }
    };
    let cursor = 0;
    for (const fix of fixes) {
      copy(cursor, fix.range[0]);
      if (fix.text !== '') next.push({ text: fix.text });
      cursor = fix.range[1];
    }
    copy(cursor, Infinity);
    this.pieces = next;
  }

  /** The changes from the original text to the current one, in order; a span put back as it was is no change. */
  edits(): Fix[] {
    const edits: Fix[] = [];
    let cursor = 0;
    let inserted = '';
    const close = (end: number) => {
      if (this.original.slice(cursor, end) !== inserted) edits.push({ range: [cursor, end], text: inserted });
      inserted = '';
    };
    for (const piece of this.pieces) {
      if ('text' in piece) {
        inserted += piece.text;
        continue;
      }
      close(piece.from);
      cursor = piece.to;
    }
    close(this.original.length);
    return edits;
  }
}
