import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/read/positions.js';

describe('LineIndex', () => {
  it('maps offsets to 1-based lines and columns with LF endings', () => {
    const index = new LineIndex('ab\ncd\n');
    expect(index.lineCount).toBe(3);
    expect(index.positionAt(0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(index.positionAt(2)).toEqual({ line: 1, column: 3, offset: 2 });
    expect(index.positionAt(3)).toEqual({ line: 2, column: 1, offset: 3 });
    expect(index.positionAt(6)).toEqual({ line: 3, column: 1, offset: 6 });
  });

  it('treats CRLF as one line ending and never counts "\\r" as content', () => {
    const text = '一、工作\r\n内容\r\n';
    const index = new LineIndex(text);
    expect(index.lineCount).toBe(3);
    expect(index.positionAt(4)).toEqual({ line: 1, column: 5, offset: 4 }); // the "\r"
    expect(index.positionAt(5)).toEqual({ line: 1, column: 5, offset: 5 }); // the "\n"
    expect(index.positionAt(6)).toEqual({ line: 2, column: 1, offset: 6 });
    expect(index.lineEnd(1)).toBe(4);
    expect(index.lineStart(2)).toBe(6);
  });

  it('treats a lone CR as a line ending, as micromark does', () => {
    const index = new LineIndex('a\rb\r\nc\nd');
    expect(index.lineCount).toBe(4);
    expect([1, 2, 3, 4].map((l) => index.lineStart(l))).toEqual([0, 2, 5, 7]);
  });

  it('counts columns in UTF-16 units (a supplementary character is two)', () => {
    const index = new LineIndex('𠀀字');
    expect(index.positionAt(2)).toEqual({ line: 1, column: 3, offset: 2 });
  });

  it('round-trips every content offset through offsetAt', () => {
    const text = '广州\r\n\n  (一)强化。\r也\n';
    const index = new LineIndex(text);
    for (let offset = 0; offset <= text.length; offset++) {
      const ch = text[offset];
      if (ch === '\n' && text[offset - 1] === '\r') continue; // inside a CRLF
      const { line, column } = index.positionAt(offset);
      expect(index.offsetAt(line, column)).toBe(offset);
    }
  });

  it('clamps out-of-range input', () => {
    const index = new LineIndex('ab\ncd');
    expect(index.positionAt(-5)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(index.positionAt(99)).toEqual({ line: 2, column: 3, offset: 5 });
    expect(index.offsetAt(1, 99)).toBe(2);
    expect(index.offsetAt(9, 1)).toBe(3);
    expect(index.offsetAt(0, 0)).toBe(0);
  });

  it('has one empty line for empty text', () => {
    const index = new LineIndex('');
    expect(index.lineCount).toBe(1);
    expect(index.positionAt(0)).toEqual({ line: 1, column: 1, offset: 0 });
  });

  it('agrees with a naive scan on a long text', () => {
    const text = Array.from({ length: 500 }, (_, i) => '行'.repeat(i % 7) + (i % 3 === 0 ? '\r\n' : '\n')).join('');
    const index = new LineIndex(text);
    let line = 1;
    let column = 1;
    for (let offset = 0; offset < text.length; offset++) {
      if (text[offset] !== '\r' && text[offset] !== '\n') expect(index.positionAt(offset)).toEqual({ line, column, offset });
      if (text[offset] === '\n') {
        line++;
        column = 1;
      } else if (text[offset] !== '\r') column++;
    }
    expect(index.lineCount).toBe(501);
  });
});
