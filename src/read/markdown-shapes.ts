// Shapes of Markdown that remark-parse reads in more than linear time or memory: containers
// nested hundreds deep on a line ("- - - - … a", ">>>>…"), lists nested by indentation hundreds
// deep, and thousands of emphasis delimiters in one paragraph (micromark pairs them by scanning
// back); and one it reads linearly but at ten times the cost of text: thousands of empty list
// items ("- " alone on a line: 3 KB of memory a byte, measured). No report is written so; a hostile or broken file is. Found here in one linear scan,
// before remark sees the file, so such a file is read as plain text instead (src/engine/lint.ts
// says so in a message) and never hangs a run.
import { MAX_MARKDOWN_DELIMITERS, MAX_MARKDOWN_EMPTY_ITEMS, MAX_MARKDOWN_NESTING } from './limits.js';

export type MarkdownShape = 'nesting' | 'emphasis' | 'empty-items';

const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/;
const EMPTY_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]*$/;

/** The containers a line opens before its content: "> > - 1. text" opens 4. */
function containersOpened(line: string): number {
  let depth = 0;
  let rest = line;
  for (;;) {
    const trimmed = rest.replace(/^[ \t]+/, '');
    if (trimmed.startsWith('>')) {
      rest = trimmed.slice(1);
    } else {
      const marker = LIST_MARKER.exec(trimmed);
      if (!marker) return depth;
      rest = trimmed.slice(marker[0].length);
    }
    if (++depth > MAX_MARKDOWN_NESTING) return depth;
  }
}

/** Columns of leading blanks (a tab to the next multiple of four). */
function indentation(line: string): number {
  let columns = 0;
  for (const ch of line) {
    if (ch === ' ') columns++;
    else if (ch === '\t') columns += 4 - (columns % 4);
    else break;
  }
  return columns;
}

/** The first shape in `text` that remark would take too long on, or null. */
export function pathologicalShape(text: string): MarkdownShape | null {
  let delimiters = 0;
  let emptyItems = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end);
    if (line.trim() === '') {
      delimiters = 0; // a blank line ends the paragraph: delimiters pair only within one
    } else {
      // Two columns of indentation a level is the least a nested list item takes.
      if (containersOpened(line) > MAX_MARKDOWN_NESTING || indentation(line) > 2 * MAX_MARKDOWN_NESTING) return 'nesting';
      if (EMPTY_ITEM.test(line) && ++emptyItems > MAX_MARKDOWN_EMPTY_ITEMS) return 'empty-items';
      for (let i = 0; i < line.length; i++) {
        const code = line.charCodeAt(i);
        if ((code === 0x2a || code === 0x5f) && line.charCodeAt(i - 1) !== 0x5c && ++delimiters > MAX_MARKDOWN_DELIMITERS) return 'emphasis';
      }
    }
    start = end + 1;
  }
  return null;
}
