// Markdown → mdast (remark's tree, read by lines where markdown-blocks.ts can), then the
// recovery a Word-converted report needs: numbered lines inside paragraphs become headings,
// indented "code" that is really indented Chinese text is re-read as lines, and page debris
// leaves the body. Imported lazily (see engine/lint.ts).
import type { Code, Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { matchHeadingMarker } from './headings.js';
import { readMarkdownBlocks } from './markdown-blocks.js';
import { blockNode, splitLine, textNode, type LinePart, type PointAt } from './lines.js';
import { LineIndex } from './positions.js';
import type { PageDebris } from './types.js';
import { trimRange } from './whitespace.js';
import { toString } from 'mdast-util-to-string';

const CJK = /[\u3400-\u9fff]/;

/** The plain text of inline nodes, as a heading reads: raw HTML and image descriptions are not text. */
function plainText(nodes: readonly PhrasingContent[]): string {
  return toString(nodes, { includeHtml: false, includeImageAlt: false });
}

/**
 * The inline nodes of `children` that cover text[start, end): whole nodes inside the range
 * are kept (emphasis, links …), text nodes cut by it become exact source slices. A non-text
 * node cut by the range gives up: the range becomes one raw text node.
 */
function sliceInline(children: readonly PhrasingContent[], text: string, start: number, end: number, at: PointAt): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const child of children) {
    if (child.type === 'break') continue; // a line break means nothing once lines are split
    const from = child.position?.start.offset;
    const to = child.position?.end.offset;
    if (from === undefined || to === undefined) return [textNode(text, start, end, at)];
    if (to <= start || from >= end) continue;
    if (from >= start && to <= end) out.push(child);
    else if (child.type === 'text') out.push(textNode(text, Math.max(from, start), Math.min(to, end), at));
    else return [textNode(text, start, end, at)];
  }
  return out.length > 0 ? out : [textNode(text, start, end, at)];
}

/** The parts of each content line of text[from, to). */
function lineParts(text: string, lines: LineIndex, from: number, to: number): LinePart[] {
  const parts: LinePart[] = [];
  const first = lines.positionAt(from).line;
  const last = lines.positionAt(to).line;
  for (let line = first; line <= last; line++) {
    const [start, end] = trimRange(text, Math.max(lines.lineStart(line), from), Math.min(lines.lineEnd(line), to));
    if (start < end) parts.push(...splitLine(text, start, end, true));
  }
  return parts;
}

/** One frozen processor for every file: building one per parse showed in profiles. */
const parser = unified().use(remarkParse).freeze();

// Bounded, so a file opening with "---" and no closing line is read in linear time.
const FRONT_MATTER = /^---[ \t]*\r?\n(?:[^\n]{0,500}\n){0,60}?---[ \t]*(?:\r?\n|$)/;

export function readMarkdown(text: string): Root {
  // Most reports use only headings and paragraphs: read those by lines, the rest with remark.
  const tree = readMarkdownBlocks(text, parser) ?? parser.parse(text);
  const lines = new LineIndex(text);
  const at: PointAt = (offset) => lines.positionAt(offset);
  const debris: PageDebris[] = [];
  const children: RootContent[] = [];

  // Blocks from re-read lines; `inline` gives each part its inline children.
  const emit = (parts: LinePart[], inline: (start: number, end: number) => PhrasingContent[]) => {
    for (const part of parts) {
      if (part.type === 'debris') {
        debris.push({ kind: part.kind, text: text.slice(part.start, part.end), position: { start: at(part.start), end: at(part.end) } });
      } else {
        children.push(blockNode(part, inline(part.start, part.end), at));
      }
    }
  };

  // A web clipper's YAML front matter ("---" / "title: …" / "source: …" / "---") is the page's
  // metadata, not the report: remark would read its lines as a heading under a thematic break.
  const frontMatter = FRONT_MATTER.exec(text);
  const bodyStart = frontMatter ? frontMatter[0].trimEnd().length : 0;
  if (frontMatter) debris.push({ kind: 'metadata', text: text.slice(0, bodyStart), position: { start: at(0), end: at(bodyStart) } });

  for (const node of tree.children) {
    const from = node.position?.start.offset;
    const to = node.position?.end.offset;
    if (from !== undefined && from < bodyStart) continue;
    if (from !== undefined && to !== undefined && isLinkList(node)) {
      debris.push({ kind: 'navigation', text: text.slice(from, to), position: { start: at(from), end: at(to) } });
      continue;
    }
    if (from === undefined || to === undefined) {
      children.push(node);
    } else if (node.type === 'paragraph') {
      const parts = lineParts(text, lines, from, to);
      // Nothing to recover: keep remark's paragraph (several lines stay one paragraph).
      if (parts.every((p) => p.type === 'paragraph')) children.push(trimParagraph(node, text, at));
      else emit(parts, (start, end) => sliceInline((node as Paragraph).children, text, start, end, at));
    } else if (node.type === 'heading') {
      markNumbering(node);
      children.push(node);
    } else if (node.type === 'code' && isIndentedProse(node, text, from)) {
      // Word exports indent every paragraph; four spaces make Markdown see code.
      emit(lineParts(text, lines, from, to), (start, end) => [textNode(text, start, end, at)]);
    } else {
      children.push(node);
    }
  }

  tree.children = children;
  tree.data = { ...tree.data, debris };
  return tree;
}

// A label over a list of links ("相关推荐", "热点专题"): at most this long.
const LINK_LIST_LABEL_MAX_LENGTH = 6;

/**
 * A paragraph, or a quote of paragraphs, made of links and nothing else but a short label and
 * separators ("> 相关推荐" / "> [××镇2023年…报告](…)" / "> [××镇2024年…报告](…)"): a page's list of
 * other articles, not the report (thirteenth blind set: its first link was taken for the title).
 */
function isLinkList(node: RootContent): boolean {
  const paragraphs = node.type === 'paragraph' ? [node] : node.type === 'blockquote' ? node.children : [];
  let links = 0;
  for (const paragraph of paragraphs) {
    if (paragraph.type !== 'paragraph') return false;
    for (const child of paragraph.children) {
      if (child.type === 'link') links++;
      else if (child.type === 'text' && child.value.replace(/[\s|｜»>·•、,，]/g, '').length > LINK_LIST_LABEL_MAX_LENGTH) return false;
      else if (child.type !== 'text' && child.type !== 'break') return false;
    }
  }
  return links >= 2;
}

/**
 * Markdown trims only spaces and tabs; scraped pages indent with U+00A0 and U+3000, which
 * remark keeps as content. Move the paragraph's start and end (and its first and last text
 * nodes) onto the first and last real characters, as the text reader does.
 */
function trimParagraph(node: Paragraph, text: string, at: PointAt): Paragraph {
  const from = node.position!.start.offset!;
  const to = node.position!.end.offset!;
  const [start, end] = trimRange(text, from, to);
  if (start === from && end === to) return node;
  const first = node.children[0];
  if (first?.type === 'text' && first.position?.start.offset === from && first.value.startsWith(text.slice(from, start))) {
    first.value = first.value.slice(start - from);
    first.position.start = at(start);
  }
  const last = node.children[node.children.length - 1];
  if (last?.type === 'text' && last.position?.end.offset === to && last.value.endsWith(text.slice(end, to))) {
    last.value = last.value.slice(0, last.value.length - (to - end));
    last.position.end = at(end);
  }
  node.children = node.children.filter((child) => child.type !== 'text' || child.value !== '');
  node.position = { start: at(start), end: at(end) };
  return node;
}

/** "# 一、主要工作": the heading keeps its depth and gains the numbering. */
function markNumbering(node: Heading): void {
  const match = matchHeadingMarker(plainText(node.children));
  if (!match) return;
  const { level, value, marker, style } = match;
  node.data = { ...node.data, numbering: { level, value, marker, style } };
}

/** An indented (not fenced) code block holding Chinese text is a report paragraph. */
function isIndentedProse(node: Code, text: string, from: number): boolean {
  if (node.lang || !CJK.test(node.value)) return false;
  const opening = text.slice(from, from + 8).trimStart();
  return !opening.startsWith('```') && !opening.startsWith('~~~');
}
