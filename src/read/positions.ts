// Offsets ↔ 1-based line/column, in UTF-16 code units (JavaScript string indices), as mdast
// and ESLint count them. Line endings are "\n", "\r\n" and a lone "\r", as micromark reads
// them, so text and Markdown positions agree. A "\r" belongs to its line ending: it is never
// counted in a line's content.
import type { SourcePoint } from '../rule-api.js';

export class LineIndex {
  /** Offset of the first character of each line. */
  private readonly starts: number[] = [0];
  /** Offset just past each line's content (before its line ending). */
  private readonly ends: number[] = [];
  private readonly length: number;

  constructor(text: string) {
    this.length = text.length;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 0x0a) {
        this.ends.push(i);
        this.starts.push(i + 1);
      } else if (code === 0x0d) {
        this.ends.push(i);
        if (text.charCodeAt(i + 1) === 0x0a) i++;
        this.starts.push(i + 1);
      }
    }
    this.ends.push(text.length);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset of the first character of `line` (1-based). */
  lineStart(line: number): number {
    return this.starts[this.clampLine(line) - 1]!;
  }

  /** Offset just past the content of `line`, before its line ending. */
  lineEnd(line: number): number {
    return this.ends[this.clampLine(line) - 1]!;
  }

  /** The point at `offset` (clamped into the text). Binary search: O(log lines). */
  positionAt(offset: number): SourcePoint {
    const at = Math.max(0, Math.min(Math.trunc(offset), this.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= at) low = mid;
      else high = mid - 1;
    }
    // An offset inside a line ending ("\n" of "\r\n") reads as the end of the line's content.
    const column = Math.min(at, this.ends[low]!) - this.starts[low]! + 1;
    return { line: low + 1, column, offset: at };
  }

  /** The offset of a 1-based line and column; columns past the content clamp to its end. */
  offsetAt(line: number, column: number): number {
    const index = this.clampLine(line) - 1;
    const start = this.starts[index]!;
    return Math.max(start, Math.min(start + Math.trunc(column) - 1, this.ends[index]!));
  }

  private clampLine(line: number): number {
    return Math.max(1, Math.min(Math.trunc(line), this.starts.length));
  }
}
