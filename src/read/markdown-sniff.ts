// A page saved by a web clipper as Markdown but named .txt ("# 标题", "**一、…**", "[首页](https://…)")
// is Markdown: read as plain text, its "# " and "**" would stay in the title, the issuer and every
// heading. A plain report never writes two of these signs, so two kinds of them decide.

// Looked for in the opening only: a clipper's page header (breadcrumb links, the "# " title,
// the 索引号 table) comes first, and a scan of a whole 20 MB file would cost the .txt run.
const SNIFFED_CHARS = 20_000;

// Each sign with a literal it cannot be without: a search for that rules out a plain report in a
// tenth of the time the patterns take (1.5 % of a .txt run before).
const MARKDOWN_SIGNS: Array<[string, RegExp]> = [
  // "# 标题", "## 一、主要工作"
  ['#', /^#{1,6}[ \t]+\S/m],
  // "[首页](https://…)"
  ['](', /\[[^\][\n]{1,200}\]\((?:https?:\/\/|\/|#)[^)\s]*\)/],
  // "**一、主要工作**" as a line's start
  ['**', /^[ \t]*\*\*[^*\n]+\*\*/m],
  // a table's delimiter row: "| --- | --- |"
  ['---', /^\|?[ \t]*:?-{3,}:?[ \t]*\|/m],
];

/** Whether a text named .txt is Markdown (two kinds of Markdown signs in its opening). */
export function looksLikeMarkdown(text: string): boolean {
  const opening = text.length > SNIFFED_CHARS ? text.slice(0, SNIFFED_CHARS) : text;
  let signs = 0;
  for (const [literal, sign] of MARKDOWN_SIGNS) {
    if (opening.includes(literal) && sign.test(opening) && ++signs === 2) return true;
  }
  return false;
}
