// Turns a report's tree into its outline: title, year, issuer, date and the parts
// (achievements, problems, responsibility, plans, other), headed or inline. Each question has
// its own module: title.ts, year.ts, issuer.ts, sections.ts.
import type { Root } from 'mdast';
import type { Outline, OutlineDate } from '../rule-api.js';
import { HEADING_PHRASINGS } from '../data/section-phrasings.js';
import { foldWidth } from '../read/fold.js';
import { SourceSlicer, spanOf, toBlocks, type Block } from './blocks.js';
import { findDate, isDateLine } from './dates.js';
import { findIssuer, issuerKind } from './issuer.js';
import { containsAny } from '../rule-utils/phrases.js';
import { buildSections, type OutlineSettings } from './sections.js';
import { findTitle, isListItem } from './title.js';
import { isIssuerLine } from '../rule-utils/names.js';
import { findYear } from './year.js';

export type { OutlineSettings } from './sections.js';

/**
 * The text the tree was read from, and the file's text as written. They differ only for a page
 * in traditional characters, read as its simplified original (same length, src/read/script.ts):
 * the outline matches the one and quotes the other.
 */
export interface OutlineSource {
  matched: string;
  written: string;
}

/** Trailing 落款: issuer lines and a date line at the very end. */
function findSignature(blocks: Block[], from: number): { start: number; date: OutlineDate | null; issuerLines: Block[] } {
  let start = blocks.length;
  let date: OutlineDate | null = null;
  for (let i = blocks.length - 1; i >= from && i >= blocks.length - 4; i--) {
    const block = blocks[i]!;
    if (block.level !== 0) break;
    if (date === null && isDateLine(block.plain)) {
      const found = findDate(block.plain)!;
      date = { text: block.text.slice(found.index, found.index + found.text.length), iso: found.iso, line: block.line, span: spanOf(block.node), source: 'signature' };
      start = i;
    } else if (date !== null && isIssuerLine(block.plain)) {
      start = i;
    } else {
      break;
    }
  }
  const dateAt = date === null ? start : blocks.findIndex((b) => b.line === date!.line);
  return { start, date, issuerLines: blocks.slice(start, Math.max(start, dateAt)) };
}

function publishedDate(tree: Root): OutlineDate | null {
  for (const debris of tree.data?.debris ?? []) {
    if (debris.kind !== 'published' && debris.kind !== 'metadata') continue;
    const found = findDate(foldWidth(debris.text));
    if (!found) continue;
    const p = debris.position;
    return {
      text: debris.text.slice(found.index, found.index + found.text.length),
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

// "市委、市政府:" addresses the report to its superiors; "引 言" heads a preface. Neither opens it.
const SALUTATION = /^[^,,。;;]{2,40}[::]$/;
const PREFACE_LABEL = /^(?:引\s*言|前\s*言|序\s*言)$/;
const PLANS = HEADING_PHRASINGS.find((p) => p.kind === 'plans')!;

// A short line with no sentence in it: a site's name, a search box, a video's caption, not an opening.
const BARE_LINE_MAX_LENGTH = 20;
const SENTENCE_MARK = /[。,;:!?]/;

function isBareLine(block: Block): boolean {
  return block.plain.length <= BARE_LINE_MAX_LENGTH && !SENTENCE_MARK.test(block.plain);
}

/** The body paragraphs before the first part that may open the report. */
function openingBlocks(body: Block[]): Block[] {
  const opening: Block[] = [];
  for (const block of body) {
    if (block.level > 0 || opening.length === 3) break;
    if (SALUTATION.test(block.plain) || PREFACE_LABEL.test(block.plain) || isListItem(block.plain) || isBareLine(block)) continue;
    opening.push(block);
  }
  return opening;
}

/**
 * Where to read the issuer when nothing comes before the first part (an excerpt that starts at
 * "一、…"): the paragraphs that open that part ("2025年,××县人民政府在…领导下,…").
 */
function firstPartLead(body: Block[]): Block[] {
  const start = body.findIndex((block) => block.level > 0);
  if (start === -1) return [];
  const lead: Block[] = [];
  const blocks = body.slice(start + 1);
  // Past a first sub-heading ("(一)提高政治站位,把牢法治建设方向。" split from its paragraph), to its paragraph.
  if (blocks[0] && blocks[0].level > body[start]!.level) blocks.shift();
  for (const block of blocks) {
    if (block.level > 0 || lead.length === 3) break;
    lead.push(block);
  }
  return lead;
}

export function buildOutline(tree: Root, settings: OutlineSettings = {}, source?: OutlineSource): Outline {
  const matched = source?.matched ?? '';
  const slicer = new SourceSlicer(matched, source?.written ?? matched);
  const blocks = toBlocks(tree, matched);
  const found = findTitle(blocks, slicer);
  const title = found?.title ?? null;
  const bodyStart = found?.next ?? 0;
  const signature = findSignature(blocks, bodyStart);
  const body = blocks.slice(bodyStart, signature.start);
  const opening = openingBlocks(body);
  const published = publishedDate(tree);

  const firstHeading = body.find((b) => b.level === 1) ?? null;
  const { year, source: yearSource } = findYear({
    title: found?.matched ?? null,
    opening,
    firstHeading: firstHeading && !containsAny(firstHeading.plain, PLANS.any) ? firstHeading : null,
    signature: signature.date,
    published,
    body,
  });

  const issuer = findIssuer(
    {
      title: found ? { text: found.title.text, matched: found.matched } : null,
      opening,
      partLead: firstPartLead(body),
      signatureLines: signature.issuerLines,
      debris: tree.data?.debris ?? [],
    },
    slicer,
  );

  const sections = buildSections(body, year, settings);
  return {
    title,
    year,
    yearSource,
    issuer: issuer?.name ?? null,
    issuerSource: issuer?.source ?? null,
    issuerKind: issuerKind(issuer?.matched ?? null),
    date: signature.date ?? published,
    sections,
  };
}
