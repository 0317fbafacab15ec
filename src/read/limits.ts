// Size limits, so that one odd file cannot exhaust memory or stall a run over a folder.
// A real report is 20–150 KB. Measured with the recommended rules on a 2-core VM: a 19 MB text (a
// real report repeated) lints in about 1 s with 230 MB of memory, a single 5 MB line in about
// 0.5 s (20 s and 4 s when this limit was set, before the work in docs/contribute/performance.md);
// 20 MB keeps the worst file bounded in time and well inside a laptop's memory, while no real
// report comes near it. Bigger files are refused from their size, before they are read.

/** Largest input file (any format), in bytes; larger files get one fatal message. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/**
 * Largest total of a .docx's entries unpacked, every entry counted (pictures too), as the zip's
 * directory declares them: a zip bomb is refused before anything is inflated, and an entry that
 * unpacks to more than its declared size is refused as soon as it does (src/read/zip.ts).
 */
export const MAX_DOCX_UNPACKED_BYTES = 200 * 1024 * 1024;

/** Most entries a .docx may list (a report with pictures has a few dozen). */
export const MAX_DOCX_ENTRIES = 10_000;

/**
 * Largest total of the XML parts the reader unpacks (the document, its styles and numbering,
 * relationships; the comments when annotating). Reading takes 10–20 MB of memory per MB of
 * word/document.xml, the same at any size (tests/read/docx-bounds.test.ts): at this limit, under
 * 350 MB. Word writes about ten bytes of XML per character of text, so this is some 1.5 million
 * characters, thirty times a long report (a real one's document.xml is 0.1–2 MB).
 */
export const MAX_DOCX_PARTS_BYTES = 16 * 1024 * 1024;

/**
 * Markdown remark-parse would read in more than linear time (src/read/markdown-shapes.ts): more
 * containers than this opened on one line or by indentation, more emphasis delimiters than this
 * in one paragraph. A report nests lists three or four deep and bolds a few words a paragraph.
 */
export const MAX_MARKDOWN_NESTING = 32;
export const MAX_MARKDOWN_DELIMITERS = 1000;
/** Empty list items ("- " alone on a line) in a file: a report has none. */
export const MAX_MARKDOWN_EMPTY_ITEMS = 1000;

/**
 * Deepest nesting of HTML elements read. The HTML parser's tree builder recurses once a level:
 * a page nested thousands deep would overflow the stack in one thread and not in another (a
 * worker's stack is larger), so the limit is checked first, the same everywhere. Real pages
 * nest a few dozen deep.
 */
export const MAX_HTML_DEPTH = 256;

/** "20 MB": sizes in messages. */
export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : mb.toFixed(1)} MB`;
}
