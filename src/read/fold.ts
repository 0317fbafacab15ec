// Report text mixes full-width and ASCII punctuation: published pages write "，：（）", stored
// copies and drafts typed on an English keyboard write ",:()". Matching folds them together.
// The fold keeps every character in place (one UTF-16 unit for one), so an index found in the
// folded text is an index in the text as written.

const FULL_WIDTH = /[\uff01-\uff5e\u3000]/g;
const HAS_FULL_WIDTH = /[\uff01-\uff5e\u3000]/;

/** Full-width forms (U+FF01–U+FF5E: "，" "：" "（" "２") as their ASCII twins, U+3000 as a space. */
export function foldWidth(text: string): string {
  if (!HAS_FULL_WIDTH.test(text)) return text;
  return text.replace(FULL_WIDTH, (ch) => (ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}
