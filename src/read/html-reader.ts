// A saved web page (.html, .htm) → the article's paragraphs, one a line (see paragraphs.ts).
// Government sites wrap the report in navigation, breadcrumbs, share buttons, scripts and a
// footer; those are dropped here, and what slips through (发布日期, 分享到 …) is page debris
// the text reader already moves out of the body. Imported only when a page is linted.
import type { Element, ElementContent, Nodes, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { CONTINUE, EXIT, SKIP, visit } from 'unist-util-visit';
import { decode } from './decode.js';
import { ReadError } from './errors.js';
import { nestsDeeperThan } from './html-depth.js';
import { MAX_HTML_DEPTH } from './limits.js';
import { paragraphDocument, type Block, type ParagraphDocument } from './paragraphs.js';

// Charsets that name GB2312 or one of its supersets; GB18030 decodes them all.
const GB_CHARSETS = new Set(['gb2312', 'gbk', 'gb18030', 'x-gbk', 'cp936', 'euc-cn', 'hz-gb-2312', 'csgb2312', 'windows-936']);

// <meta charset="gbk"> or <meta http-equiv="Content-Type" content="text/html; charset=gb2312">;
// browsers look only at the first 1024 bytes, saved pages sometimes later: read 4 KB.
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;

/** The page's text: a GB charset declared in a meta tag wins, else UTF-8 or GB18030 by content. */
export function decodeHtml(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const charset = META_CHARSET.exec(head)?.[1]?.toLowerCase();
  if (charset && GB_CHARSETS.has(charset)) {
    if (bytes.indexOf(0) !== -1) throw new ReadError('binary', 'the file contains NUL bytes');
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(bom ? bytes.subarray(3) : bytes);
    } catch {
      // The meta tag lies (a page re-saved as UTF-8 keeps its old tag): trust the bytes.
      return decode(bytes).text;
    }
  }
  return decode(bytes).text;
}

// Never part of an article.
const DROP_TAGS = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'nav', 'footer', 'form', 'button', 'select',
  'input', 'textarea', 'iframe', 'object', 'embed', 'svg', 'canvas', 'map', 'audio', 'video',
]);

// class / id words of page chrome on government sites (dropped with everything inside).
// "position" and "location" are the 当前位置 breadcrumb bars; bdshare is Baidu's share widget.
const CHROME = /(?:^|[\s_-])(?:nav|navbar|menu|header|footer|breadcrumbs?|crumbs?|position|location|share|bdshare|sidebar|copyright|toolbar|search|login|qrcode|ewm|friendlink|links)(?:[\s_\d-]|$)/i;

// Elements after which a new paragraph starts.
const BLOCK_TAGS = new Set([
  'html', 'body', 'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'header', 'hgroup', 'hr', 'li', 'main',
  'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th',
  'caption', 'ul', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
]);

const HEADING = /^h([1-6])$/;

function words(element: Element): string {
  const { className, id } = element.properties;
  return `${Array.isArray(className) ? className.join(' ') : String(className ?? '')} ${String(id ?? '')}`;
}

// Containers that are never chrome, whatever their class says (<body class="nav-open">).
const NEVER_CHROME = new Set(['html', 'body', 'main', 'article']);

function isChrome(element: Element, keepHeader: boolean): boolean {
  if (NEVER_CHROME.has(element.tagName)) return false;
  if (DROP_TAGS.has(element.tagName)) return true;
  // A <header> inside the article holds its title; the page's own header is chrome.
  if (element.tagName === 'header' && !keepHeader) return true;
  const { hidden, style } = element.properties;
  if (hidden !== undefined && hidden !== false) return true;
  if (typeof style === 'string' && /display\s*:\s*none/i.test(style)) return true;
  if (element.properties.ariaHidden === 'true') return true;
  return CHROME.test(words(element));
}

/** Removes page chrome in place. */
function dropChrome(node: Root | Element, insideArticle: boolean): void {
  node.children = node.children.filter((child) => child.type !== 'comment' && !(child.type === 'element' && isChrome(child, insideArticle)));
  for (const child of node.children) {
    if (child.type === 'element') dropChrome(child, insideArticle || child.tagName === 'article' || child.tagName === 'main');
  }
}

/**
 * Non-blank characters of each element's body text, bottom-up. Headings do not count: a
 * <header> holding only the title must not look like the article.
 */
function measure(node: Nodes, sizes: Map<Element, number>): number {
  if (node.type === 'text') return node.value.replace(/\s+/g, '').length;
  if (node.type !== 'element' && node.type !== 'root') return 0;
  let size = 0;
  for (const child of node.children) size += measure(child, sizes);
  if (node.type !== 'element') return size;
  sizes.set(node, size);
  return HEADING.test(node.tagName) ? 0 : size;
}

// The article is the deepest element holding this share of the page's body text.
const ARTICLE_SHARE = 0.7;

function findArticle(root: Root): { article: Root | Element; title: Element | null } {
  const sizes = new Map<Element, number>();
  const total = measure(root, sizes);
  let article: Element | null = null;
  for (;;) {
    const children: Array<Root['children'][number]> = (article ?? root).children;
    const next = children.find((child): child is Element => child.type === 'element' && (sizes.get(child) ?? 0) >= total * ARTICLE_SHARE);
    if (!next || !BLOCK_TAGS.has(next.tagName) || next.tagName === 'p' || HEADING.test(next.tagName)) break;
    article = next;
  }
  if (!article) return { article: root, title: null };
  return { article, title: hasTitle(article) ? null : titleBefore(root, article) };
}

/** Whether an element below `node` (not `node` itself) passes `test`. */
function hasDescendant(node: Element, test: (element: Element) => boolean): boolean {
  let found = false;
  visit(node, 'element', (element) => {
    if (element === node || !test(element)) return CONTINUE;
    found = true;
    return EXIT;
  });
  return found;
}

function hasTitle(node: Element): boolean {
  return hasDescendant(node, (element) => element.tagName === 'h1');
}

/** The last h1–h3 (or element named "title") before the article: its title when it sits outside. */
function titleBefore(root: Root, article: Element): Element | null {
  let found: Element | null = null;
  visit(root, 'element', (element) => {
    if (element === article) return EXIT;
    if (!/^h[1-3]$/.test(element.tagName) && !/(?:^|[\s_-])(?:title|bt)(?:[\s_-]|$)/i.test(words(element))) return CONTINUE;
    const text = toText(element).trim();
    if (text.length > 0 && text.length <= 100) found = element;
    // A title's own parts are not titles.
    return SKIP;
  });
  return found;
}

function hasBlockChild(element: Element): boolean {
  return hasDescendant(element, (child) => BLOCK_TAGS.has(child.tagName) || child.tagName === 'br');
}

/** A run of inline content as text, with HTML's whitespace collapsing and <br> as a break. */
function inlineText(nodes: ElementContent[]): string {
  return toText({ type: 'element', tagName: 'p', properties: {}, children: nodes });
}

/** The paragraphs of a block, in order: leaf blocks whole, mixed content split at each block. */
function collect(node: Root | Element, out: Block[]): void {
  let run: ElementContent[] = [];
  const flush = () => {
    if (run.length > 0) out.push({ text: inlineText(run) });
    run = [];
  };
  for (const child of node.children) {
    if (child.type === 'doctype' || child.type === 'comment') continue;
    if (child.type !== 'element' || (!BLOCK_TAGS.has(child.tagName) && !hasBlockChild(child))) {
      run.push(child);
      continue;
    }
    flush();
    const heading = HEADING.exec(child.tagName);
    if (heading) out.push({ text: toText(child), headingDepth: Number(heading[1]) });
    else if (child.tagName === 'tr' && !isLayoutRow(child)) out.push({ text: rowText(child) });
    else if (hasBlockChild(child)) collect(child, out);
    else out.push({ text: toText(child) });
  }
  flush();
}

// Old sites lay pages out with tables: a row whose cells hold blocks is layout, not data.
function isLayoutRow(row: Element): boolean {
  return row.children.some((cell) => cell.type === 'element' && hasBlockChild(cell));
}

// A table row reads as its cells joined by " | ", as scraped metadata tables do.
function rowText(row: Element): string {
  return row.children
    .filter((cell): cell is Element => cell.type === 'element' && (cell.tagName === 'td' || cell.tagName === 'th'))
    .map((cell) => toText(cell).replace(/\s+/g, ' ').trim())
    .join(' | ');
}

export interface HtmlOptions {
  /** Look for the article and drop page chrome (a web page); off for HTML made from a .docx. */
  page: boolean;
}

/** The paragraphs of an HTML document. */
export function htmlBlocks(html: string, options: HtmlOptions): Block[] {
  if (nestsDeeperThan(html, MAX_HTML_DEPTH)) throw new ReadError('too-deep', `elements nest more than ${MAX_HTML_DEPTH} deep`);
  const root = unified().use(rehypeParse).parse(html);
  if (!options.page) {
    const blocks: Block[] = [];
    collect(root, blocks);
    return blocks;
  }
  dropChrome(root, false);
  const { article, title } = findArticle(root);
  const blocks: Block[] = title ? [{ text: toText(title) }] : [];
  collect(article, blocks);
  return blocks;
}

export function readHtml(bytes: Uint8Array): ParagraphDocument {
  return paragraphDocument(htmlBlocks(decodeHtml(bytes), { page: true }));
}
