// Turns a report's tree into its outline: title, year, issuer, date and the parts
// (achievements, problems, responsibility, plans, other), headed or inline.
import type { Root, RootContent, Nodes, Heading } from 'mdast';
import type { Outline, OutlineDate, OutlineSection, OutlineTitle, SectionKind, Span } from '../rule-api.js';
import {
  HEADING_PHRASINGS,
  INLINE_PHRASINGS,
  RESPONSIBILITY_MENTIONS,
  type InlinePhrasing,
  type KindPhrasing,
} from '../data/section-phrasings.js';
import {
  ISSUER_ENDINGS,
  ISSUER_LINE_MAX_LENGTH,
  SENTENCE_ENDINGS,
  TITLE_GENRES,
  TITLE_MAX_LENGTH,
  TITLE_SUBJECTS,
} from '../data/title-patterns.js';
import { findDate, isDateLine } from './dates.js';
import { containsAny } from './phrases.js';

/** Phrasings a config can add (settings.sectionPhrasings), merged before the built-ins. */
export interface OutlineSettings {
  sectionPhrasings?: Partial<Record<Exclude<SectionKind, 'achievements'>, string[]>>;
  inlinePhrasings?: Partial<Record<'problems' | 'plans', string[]>>;
}

/** The plain text of a node: its text descendants concatenated. */
export function nodeText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  if (!('children' in node)) return '';
  let out = '';
  for (const child of node.children) out += nodeText(child as Nodes);
  return out;
}

function spanOf(node: Nodes): Span {
  const p = node.position!;
  return {
    start: { line: p.start.line, column: p.start.column, offset: p.start.offset ?? 0 },
    end: { line: p.end.line, column: p.end.column, offset: p.end.offset ?? 0 },
  };
}

function isTitleText(text: string): boolean {
  return (
    text.length <= TITLE_MAX_LENGTH &&
    !SENTENCE_ENDINGS.some((e) => text.endsWith(e)) &&
    // "2022年,我区…" opens the body; "2024年法治政府建设年度报告" is a title that starts with its year.
    !OPENING_SENTENCE.test(text) &&
    containsAny(text, TITLE_SUBJECTS) &&
    containsAny(text, TITLE_GENRES)
  );
}

function isIssuerLine(text: string): boolean {
  return text.length <= ISSUER_LINE_MAX_LENGTH && ISSUER_ENDINGS.some((e) => text.endsWith(e));
}

const YEAR_IN_TITLE = /(\d{4})\s*(?:年|年度)/;
const OPENING_SENTENCE = /^\d{4}\s*(?:年度?)?(?:以来)?\s*[,,、]/;
// "现将2024年度有关情况报告如下": the year named where the opening announces the report.
const YEAR_ANNOUNCED = /现将[^。]{0,20}?(\d{4})\s*年|(\d{4})\s*年度?[^。]{0,40}(?:报告|汇报)如下/;
// "2022年,…", "2022年度,…", "2022以来" (a frequent typo for 2022年以来).
const YEAR_OPENING = /^(\d{4})\s*(?:年度?|以来)/;

function plausibleYear(year: number): boolean {
  return year >= 2000 && year <= 2100;
}

interface Block {
  node: RootContent;
  text: string;
  line: number;
  endLine: number;
  start: number;
  end: number;
  /** Heading level within the report (1 = 一、, or 第一部分 where a report has those), or 0 for a body block. */
  level: number;
}

function headingLevel(node: Heading, minUnnumberedDepth: number): number {
  const numbering = node.data?.numbering;
  if (numbering) return numbering.level;
  return Math.max(1, node.depth - minUnnumberedDepth + 1);
}

function toBlocks(tree: Root): Block[] {
  const unnumbered = tree.children.filter(
    (n): n is Heading => n.type === 'heading' && !n.data?.numbering,
  );
  // The shallowest unnumbered Markdown heading is usually the title; body parts start one deeper.
  const depths = unnumbered.map((h) => h.depth);
  const minDepth = depths.length > 1 ? Math.min(...depths.slice(1)) : (depths[0] ?? 1);
  // "第一部分" headings (numbering level 0) stand above 一、: where a report has them, every
  // heading moves one level down, since level 0 here means a body block.
  const shift = tree.children.some((n) => n.type === 'heading' && n.data?.numbering?.level === 0) ? 1 : 0;
  const blocks: Block[] = [];
  for (const node of tree.children) {
    if (!node.position || node.type === 'html' || node.type === 'thematicBreak') continue;
    const text = nodeText(node).trim();
    if (text === '') continue;
    blocks.push({
      node,
      text,
      line: node.position.start.line,
      endLine: node.position.end.line,
      start: node.position.start.offset ?? 0,
      end: node.position.end.offset ?? 0,
      level: node.type === 'heading' ? headingLevel(node, minDepth) + shift : 0,
    });
  }
  return blocks;
}

/** The title and how many leading blocks it takes. Only the opening blocks may hold it. */
function findTitle(blocks: Block[]): { title: OutlineTitle; used: number } | null {
  const limit = Math.min(blocks.length, 6);
  for (let i = 0; i < limit; i++) {
    const block = blocks[i]!;
    if (block.node.type === 'heading' && block.node.data?.numbering) break;
    if (!isTitleText(block.text)) continue;
    const previous = blocks[i - 1];
    if (previous && previous.level === 0 && isIssuerLine(previous.text) && !isTitleText(previous.text)) {
      const span = { start: spanOf(previous.node).start, end: spanOf(block.node).end };
      return { title: { text: previous.text + block.text, line: previous.line, span }, used: i + 1 };
    }
    return { title: { text: block.text, line: block.line, span: spanOf(block.node) }, used: i + 1 };
  }
  return null;
}

/** Trailing 落款: issuer lines and a date line at the very end. Returns the first block index. */
function findSignature(blocks: Block[], from: number): { start: number; date: OutlineDate | null } {
  let start = blocks.length;
  let date: OutlineDate | null = null;
  for (let i = blocks.length - 1; i >= from && i >= blocks.length - 4; i--) {
    const block = blocks[i]!;
    if (block.level !== 0) break;
    if (date === null && isDateLine(block.text)) {
      const found = findDate(block.text)!;
      date = { text: found.text, iso: found.iso, line: block.line, span: spanOf(block.node), source: 'signature' };
      start = i;
    } else if (date !== null && isIssuerLine(block.text)) {
      start = i;
    } else {
      break;
    }
  }
  return { start, date };
}

function publishedDate(tree: Root): OutlineDate | null {
  for (const debris of tree.data?.debris ?? []) {
    if (debris.kind !== 'published' && debris.kind !== 'metadata') continue;
    const found = findDate(debris.text);
    if (!found) continue;
    const p = debris.position;
    return {
      text: found.text,
      iso: found.iso,
      line: p.start.line,
      span: {
        start: { line: p.start.line, column: p.start.column, offset: p.start.offset ?? 0 },
        end: { line: p.end.line, column: p.end.column, offset: p.end.offset ?? 0 },
      },
      source: 'published',
    };
  }
  return null;
}

function issuerFromMetadata(tree: Root): string | null {
  for (const debris of tree.data?.debris ?? []) {
    const match = /发布机构\s*[::]?\s*\|?\s*([^|\s]+)/.exec(debris.text);
    if (match) return match[1]!;
  }
  return null;
}

function mergedPhrasings(settings: OutlineSettings): KindPhrasing[] {
  const extra = settings.sectionPhrasings ?? {};
  const added = (Object.keys(extra) as Array<keyof typeof extra>).map((kind) => ({
    kind,
    any: extra[kind] ?? [],
    note: 'config settings.sectionPhrasings',
  }));
  return [...added, ...HEADING_PHRASINGS];
}

function mergedInline(settings: OutlineSettings): InlinePhrasing[] {
  const extra = settings.inlinePhrasings ?? {};
  const added = (Object.keys(extra) as Array<keyof typeof extra>).map((kind) => ({
    kind,
    any: extra[kind] ?? [],
    window: 60,
    note: 'config settings.inlinePhrasings',
  }));
  return [...added, ...INLINE_PHRASINGS];
}

function classifyHeading(
  text: string,
  parentKind: SectionKind | null,
  reportYear: number | null,
  phrasings: KindPhrasing[],
): SectionKind {
  const topLevel = parentKind === null;
  for (const entry of phrasings) {
    const allOf = entry.allOf?.every((group) => containsAny(text, group)) ?? false;
    if (containsAny(text, entry.any) || allOf || (topLevel && containsAny(text, entry.topLevelOnly))) {
      return entry.kind;
    }
  }
  // "三、2023年…" in a 2022 report with no other wording is next year's plan.
  if (topLevel && reportYear !== null && text.includes(`${reportYear + 1}年`)) return 'plans';
  return parentKind ?? 'achievements';
}

// A group needs all its phrases, so a text with none of the groups' first phrases needs no more
// look (one scan per paragraph instead of one per phrase).
const RESPONSIBILITY_FIRST_PHRASES = RESPONSIBILITY_MENTIONS.map((group) => group[0] ?? '');

function mentionsResponsibility(text: string): boolean {
  if (!containsAny(text, RESPONSIBILITY_FIRST_PHRASES)) return false;
  return RESPONSIBILITY_MENTIONS.some((group) => group.every((p) => text.includes(p)));
}

/** The first sentence of a paragraph, as an inline part's "heading". */
function firstSentence(text: string): string {
  const end = text.search(/[。;;]/);
  const sentence = end === -1 ? text : text.slice(0, end + 1);
  return sentence.length > 60 ? sentence.slice(0, 60) + '…' : sentence;
}

/** The sentence of `text` that contains `phrase`. */
function sentenceAround(text: string, index: number): string {
  const before = Math.max(text.lastIndexOf('。', index), text.lastIndexOf(';', index));
  const afterStop = text.slice(index).search(/[。;]/);
  const sentence = text.slice(before + 1, afterStop === -1 ? text.length : index + afterStop + 1);
  return sentence.length > 60 ? sentence.slice(0, 60) + '…' : sentence;
}

export function buildOutline(tree: Root, settings: OutlineSettings = {}): Outline {
  const blocks = toBlocks(tree);
  const titleMatch = findTitle(blocks);
  const title = titleMatch?.title ?? null;
  const bodyStart = titleMatch?.used ?? 0;
  const signature = findSignature(blocks, bodyStart);
  const body = blocks.slice(bodyStart, signature.start);

  let year: number | null = null;
  let yearSource: Outline['yearSource'] = null;
  const titleYear = title ? YEAR_IN_TITLE.exec(title.text) : null;
  if (titleYear && plausibleYear(Number(titleYear[1]))) {
    year = Number(titleYear[1]);
    yearSource = 'title';
  } else {
    const opening = body.find((b) => b.level === 0);
    const match = opening ? YEAR_OPENING.exec(opening.text) : null;
    const headingMatch = body.find((b) => b.level === 1 && /^\D{0,4}\d{4}\s*年/.test(b.text));
    const announced = body
      .filter((b) => b.level === 0)
      .slice(0, 2)
      .map((b) => YEAR_ANNOUNCED.exec(b.text))
      .find((m) => m !== null);
    const announcedYear = announced ? Number(announced[1] ?? announced[2]) : null;
    if (match && plausibleYear(Number(match[1]))) {
      year = Number(match[1]);
      yearSource = 'opening';
    } else if (announcedYear !== null && plausibleYear(announcedYear)) {
      year = announcedYear;
      yearSource = 'opening';
    } else if (headingMatch) {
      year = Number(/(\d{4})\s*年/.exec(headingMatch.text)![1]);
      yearSource = 'heading';
    }
  }

  let issuer: string | null = null;
  if (title) {
    const cut = title.text.search(/关于|\d{4}\s*年|[〇零一二三四五六七八九]{4}年/);
    const lead = (cut === -1 ? '' : title.text.slice(0, cut)).trim();
    if (lead.length >= 2) issuer = lead;
  }
  issuer ??= issuerFromMetadata(tree);

  const sections = buildSections(body, year, settings);
  return { title, year, yearSource, issuer, date: signature.date ?? publishedDate(tree), sections };
}

function buildSections(body: Block[], year: number | null, settings: OutlineSettings): OutlineSection[] {
  const phrasings = mergedPhrasings(settings);
  const inline = mergedInline(settings);
  const sections: OutlineSection[] = [];
  const open: number[] = []; // indices into `sections`, outermost first

  const extendOpen = (block: Block) => {
    for (const index of open) {
      const section = sections[index]!;
      section.endLine = block.endLine;
      section.endOffset = block.end;
      section.text += (section.text === '' ? '' : '\n') + block.text;
    }
  };
  const openKinds = () => new Set(open.map((i) => sections[i]!.kind));

  for (const block of body) {
    if (block.level > 0) {
      while (open.length > 0 && sections[open[open.length - 1]!]!.level >= block.level) open.pop();
      extendOpen(block);
      const parent = open.length > 0 ? open[open.length - 1]! : null;
      const parentKind = parent === null ? null : sections[parent]!.kind;
      sections.push({
        kind: classifyHeading(block.text, parentKind, year, phrasings),
        heading: block.text,
        level: block.level,
        line: block.line,
        endLine: block.endLine,
        inline: false,
        startOffset: block.start,
        endOffset: block.end,
        text: '',
        parent,
      });
      open.push(sections.length - 1);
      continue;
    }

    extendOpen(block);
    const kinds = openKinds();
    const parent = open.length > 0 ? open[open.length - 1]! : null;
    const level = parent === null ? 1 : sections[parent]!.level + 1;
    const addInline = (kind: SectionKind, heading: string) =>
      sections.push({
        kind,
        heading,
        level,
        line: block.line,
        endLine: block.endLine,
        inline: true,
        startOffset: block.start,
        endOffset: block.end,
        text: block.text,
        parent,
      });

    for (const entry of inline) {
      if (kinds.has(entry.kind)) continue;
      const opening = block.text.slice(0, entry.window);
      if (containsAny(opening, entry.any)) {
        addInline(entry.kind, firstSentence(block.text));
        break;
      }
    }
    if (!kinds.has('responsibility') && mentionsResponsibility(block.text)) {
      const at = block.text.search(/第一责任人|主要负责/);
      addInline('responsibility', sentenceAround(block.text, Math.max(0, at)));
    }
  }
  return sections;
}
