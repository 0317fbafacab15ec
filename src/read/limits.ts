// Size limits, so that one odd file cannot exhaust memory or stall a run over a folder.
// A real report is 20–150 KB. Measured with the recommended rules: a 19 MB text (a real report
// repeated) lints in about 20 s with 245 MB of memory, a single 5 MB line in about 4 s; 20 MB
// keeps the worst file bounded in time and well inside a laptop's memory, while no real report
// comes near it. Bigger files are refused from their size, before they are read.

/** Largest input file (any format), in bytes; larger files get one fatal message. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/**
 * Largest total of a .docx's uncompressed XML parts. Word's XML is about ten times its text,
 * and the zip's own directory says the sizes before anything is inflated: a zip bomb is refused
 * without being unpacked.
 */
export const MAX_DOCX_XML_BYTES = 200 * 1024 * 1024;

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
