// A page saved or converted with its lines broken at a fixed width (a PDF's text, a mirror's
// plain copy): "…由局党委书记、" / "局长向东同志任组长。…" are one paragraph, not two. Such a page
// shows it in its line lengths: most long lines have the same number of characters.

/** Lines shorter than this are the ends of paragraphs, headings or debris: not counted. */
const COUNTED_LINE_MIN = 15;
/** Lines looked at: a wrapped text is wrapped from its start, and a 20 MB file need not be read twice. */
const SAMPLED_LINES = 400;
/** How many lines, and what share of the counted ones, must have the width. */
const WRAPPED_LINES_MIN = 6;
const WRAPPED_SHARE_MIN = 0.5;

/**
 * The width a text's lines were broken at, in characters (indentation counted, trailing blanks
 * not), or null for a text written a paragraph a line.
 */
export function wrapWidth(text: string): number | null {
  const counts = new Map<number, number>();
  let counted = 0;
  for (let start = 0, lines = 0; start < text.length && lines < SAMPLED_LINES; lines++) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let last = end;
    while (last > start && /\s/.test(text[last - 1]!)) last--;
    const length = last - start;
    if (length >= COUNTED_LINE_MIN) {
      counts.set(length, (counts.get(length) ?? 0) + 1);
      counted++;
    }
    start = end + 1;
  }
  let width: number | null = null;
  let most = 0;
  for (const [length, count] of counts) {
    if (count > most) [width, most] = [length, count];
  }
  return most >= WRAPPED_LINES_MIN && most / counted >= WRAPPED_SHARE_MIN ? width : null;
}

/** Whether a line of `length` characters reached the width, so its paragraph may go on below. */
export function reachesWidth(length: number, width: number): boolean {
  // A wrapper that keeps a mark off the next line's start makes a line one longer or shorter.
  return length >= width - 1 && length <= width + 1;
}
