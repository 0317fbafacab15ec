// How deep a page's elements nest, counted on its tags before it is parsed (src/read/
// html-reader.ts refuses a page past MAX_HTML_DEPTH). Elements that never close (void ones) and
// those whose end tag may be left out (<p>, <li>, <td> …: the parser closes them itself) are not
// counted, so an old page of unclosed paragraphs is not taken for a deep one. Comments and the
// text of <script> and <style> are skipped. One pass, no backtracking.

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'basefont', 'bgsound', 'frame', 'keygen']);
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'rb', 'rt', 'rtc', 'rp', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption', 'head', 'body', 'html']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
const TAG_NAME = /^[a-zA-Z][a-zA-Z0-9-]*/;

/** True when the page nests deeper than `limit` elements anywhere. */
export function nestsDeeperThan(html: string, limit: number): boolean {
  let depth = 0;
  let at = html.indexOf('<');
  while (at !== -1 && at < html.length) {
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at + 4);
      if (end === -1) return false;
      at = html.indexOf('<', end + 3);
      continue;
    }
    const closing = html[at + 1] === '/';
    const name = TAG_NAME.exec(html.slice(at + (closing ? 2 : 1), at + 40))?.[0]?.toLowerCase();
    const end = html.indexOf('>', at + 1);
    if (end === -1) return false;
    if (name && !VOID.has(name) && !OPTIONAL_END.has(name)) {
      if (closing) {
        if (depth > 0) depth--;
      } else if (html[end - 1] !== '/') {
        if (++depth > limit) return true;
        if (RAW_TEXT.has(name)) {
          // Its text is no markup: skip to its end tag.
          const closer = new RegExp(`</${name}`, 'gi');
          closer.lastIndex = end + 1;
          const close = closer.exec(html)?.index ?? -1;
          if (close === -1) return false;
          depth--;
          at = html.indexOf('<', close + 2);
          continue;
        }
      }
    }
    at = html.indexOf('<', end + 1);
  }
  return false;
}
