// How much a report says about each of a list of topics (rules/require-topics.ts): every mention
// of a topic's phrasings in the report's paragraphs and headings, the kind of part it stands in,
// and whether something concrete stands beside it (src/data/topics.ts says what counts). Blocks
// are read as the engine's walk hands them over; nothing here walks the tree.
import type { Nodes } from 'mdast';
import type { Outline, OutlineSection, SectionKind } from '../rule-api.js';
import {
  DOCUMENT_NUMBER,
  HEADING_WINDOW,
  ITEM_MARKER,
  LEAD_MAX,
  MONTH_DATE,
  NAMED_THING_ENDINGS,
  NOT_FIGURES,
  OWN_DOCUMENT_ENDINGS,
  type Topic,
} from '../data/topics.js';
import { hasQuantity } from './parts.js';
import { joinRuns, textRuns } from './text-runs.js';

/** Where a mention stands: a kind of part, or outside every part. */
export type MentionPlace = SectionKind | null;

export interface TopicTally {
  topic: Topic;
  /** Mentions in the parts that count (the year's work, or the topic's own section). */
  counted: number;
  /** Mentions elsewhere (the opening, problems, plans; or outside the topic's section). */
  elsewhere: number;
  /** Distinct stretches of text beside counted mentions that hold something concrete. */
  concrete: number;
  /** The first counted mention and the first other one: offset in the source and the words found. */
  firstCounted: { offset: number; found: string } | null;
  firstElsewhere: { offset: number; found: string } | null;
}

/**
 * Parts whose mentions are the year's work. Text outside every part is the opening ("在区委…的
 * 领导下,…全面落实《…》") where the report has a part of measures and results, and the year's
 * work where it has none (a short report without headings).
 */
const WORK: ReadonlySet<MentionPlace> = new Set<MentionPlace>(['achievements', 'responsibility', 'other']);

const SENTENCE_END = new Set(['。', '；', ';', '！', '!', '？', '?', '\n']);
/** The most of a sentence read on either side of a mention, in characters. */
const SENTENCE_MAX = 300;
const WHITE = /\s/;

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

interface Matcher {
  phrasings: RegExp | null;
  patterns: RegExp[];
}

const matchers = new WeakMap<Topic, Matcher>();

function matcherOf(topic: Topic): Matcher {
  let matcher = matchers.get(topic);
  if (!matcher) {
    const phrasings = topic.phrasings.map((p) => p.replace(/\s+/g, '')).filter((p) => p !== '');
    // Longest first: an alternation takes the first that fits.
    phrasings.sort((a, b) => b.length - a.length);
    matcher = {
      phrasings: phrasings.length ? new RegExp(phrasings.map(escapeRegExp).join('|'), 'gu') : null,
      patterns: (topic.patterns ?? []).map((p) => new RegExp(p, 'gu')),
    };
    matchers.set(topic, matcher);
  }
  return matcher;
}

/** A block's text without white space (scraped pages break words: "充  分发挥"), with the way back. */
interface CompactBlock {
  text: string;
  /** Source offset of each character of `text`; -1 for a break between runs. */
  offsets: Int32Array;
}

function compactBlock(node: Nodes, source: string): CompactBlock | null {
  const joined = joinRuns(textRuns(node, source));
  if (joined.text === '') return null;
  const chars: string[] = [];
  const offsets = new Int32Array(joined.text.length);
  let n = 0;
  for (let i = 0; i < joined.text.length; i++) {
    const ch = joined.text[i]!;
    const at = joined.offsetOf(i);
    // A "\n" joining two runs stays: a sentence break, and no phrase matches across it.
    if (at !== -1 && WHITE.test(ch)) continue;
    chars.push(at === -1 ? '\n' : ch);
    offsets[n++] = at;
  }
  return { text: chars.join(''), offsets: offsets.subarray(0, n) };
}

/**
 * The stretch beside a mention at text[from, to): its sentence; when that sentence is a lead
 * (short, or opening an item: "四是认真落实行政应诉相关规定。", and closed by a full stop or a
 * colon, not a semicolon), the item it opens, up to the next "五是" or HEADING_WINDOW characters.
 */
export function sentenceWindow(text: string, from: number, to: number): string {
  return windowAround(text, from, to).text;
}

function windowAround(text: string, from: number, to: number): { text: string; end: number } {
  // Bounded both ways: a page's 5 MB line without a full stop must not be read once per mention.
  let start = from;
  const earliest = Math.max(0, from - SENTENCE_MAX);
  while (start > earliest && !SENTENCE_END.has(text[start - 1]!)) start--;
  let end = to;
  const latest = Math.min(text.length, to + SENTENCE_MAX);
  while (end < latest && !SENTENCE_END.has(text[end]!)) end++;
  if (end < text.length) end++;
  const sentence = text.slice(start, end);
  // A lead closes with a full stop or a colon; a clause closed by a semicolon is one of a list.
  const closes = /[。:：]$/u.test(sentence);
  const isLead = closes && (sentence.length <= LEAD_MAX || ITEM_MARKER.exec(sentence)?.index === 0);
  if (!isLead || end >= text.length || text[end - 1] === '\n') return { text: sentence, end };
  const rest = text.slice(end, start + HEADING_WINDOW);
  const cuts = [rest.search(ITEM_MARKER), rest.indexOf('\n')].filter((i) => i !== -1);
  const item = cuts.length ? rest.slice(0, Math.min(...cuts)) : rest;
  return { text: sentence + item, end: end + item.length };
}

const TITLE = /《([^《》]{1,80})》/gu;
/** "(试行)", "(2022-2025年)" after a title's name, in either width. */
const TRAILING_NOTE = /[(\uFF08][^()\uFF08\uFF09]{0,20}[)\uFF09]$/u;
const QUOTED = /“([^“”]{1,40})”([\u4e00-\u9fa5A-Za-z]{0,12})/gu;

/** The patterns this module runs on report text, for the backtracking check in the tests. */
export const COVERAGE_PATTERNS: readonly RegExp[] = [TITLE, TRAILING_NOTE, QUOTED];

function anyMatch(pattern: RegExp, text: string, test: (m: RegExpExecArray) => boolean): boolean {
  pattern.lastIndex = 0;
  let found = false;
  for (let m = pattern.exec(text); m !== null && !found; m = pattern.exec(text)) found = test(m);
  pattern.lastIndex = 0;
  return found;
}

const ownDocument = (m: RegExpExecArray) => {
  const title = m[1]!.replace(TRAILING_NOTE, '');
  return OWN_DOCUMENT_ENDINGS.some((ending) => title.endsWith(ending));
};

const namedThing = (m: RegExpExecArray) => NAMED_THING_ENDINGS.some((ending) => m[1]!.endsWith(ending) || m[2]!.includes(ending));

/**
 * Something concrete (src/data/topics.ts): a figure (not a meeting's ordinal), a document of the
 * body's own kind named or numbered, a date with a month, a facility, platform or event named in
 * quotation marks.
 */
export function isConcrete(text: string): boolean {
  let figures = text;
  for (const pattern of NOT_FIGURES) figures = figures.replace(pattern, '');
  if (hasQuantity(figures) || DOCUMENT_NUMBER.test(text) || MONTH_DATE.test(text)) return true;
  return anyMatch(TITLE, text, ownDocument) || anyMatch(QUOTED, text, namedThing);
}

/**
 * The innermost part holding a source offset: the last part starting at or before it, or the
 * nearest of its enclosing parts that reaches it. Parts nest (`parent`), so a binary search and a
 * walk up the nesting do, where a scan of every part per mention would grow with both.
 */
export function partAt(sections: readonly OutlineSection[], byStart: readonly number[], offset: number): OutlineSection | null {
  let low = 0;
  let high = byStart.length - 1;
  let last = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sections[byStart[middle]!]!.startOffset <= offset) {
      last = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  for (let at: number | null = last === -1 ? null : byStart[last]!; at !== null; at = sections[at]!.parent) {
    const section = sections[at]!;
    if (section.startOffset <= offset && offset < section.endOffset) return section;
  }
  return null;
}

/** Part indexes by start, deeper parts after the parts they sit in when both start together. */
export function startOrder(sections: readonly OutlineSection[]): number[] {
  const depth = (i: number): number => (sections[i]!.parent === null ? 0 : 1 + depth(sections[i]!.parent!));
  return sections.map((_, i) => i).sort((a, b) => sections[a]!.startOffset - sections[b]!.startOffset || depth(a) - depth(b));
}

export class TopicCoverage {
  readonly tallies: TopicTally[];
  private readonly matchers: Matcher[];
  /** Stretches already judged per topic, so two mentions in one sentence count once. */
  private readonly seen: Array<Set<string>>;
  /** Per topic, the block and end of the last stretch judged: a mention inside it is beside the same text. */
  private readonly lastStretch: Array<{ block: CompactBlock; end: number } | null>;
  /** Per topic, how many concrete stretches settle it: past that, mentions are only counted. */
  private readonly enough: number[];
  /** Whether the outline found a part of measures and results (else text outside parts is the work). */
  private readonly hasWorkPart: boolean;
  private readonly byStart: number[];

  constructor(
    topics: Topic[],
    private readonly outline: Outline,
    private readonly source: string,
    /** minFigures for topics that set none. */
    defaultMinFigures = 1,
  ) {
    this.matchers = topics.map(matcherOf);
    this.lastStretch = topics.map(() => null);
    this.enough = topics.map((topic) => topic.minFigures ?? defaultMinFigures);
    this.tallies = topics.map((topic) => ({ topic, counted: 0, elsewhere: 0, concrete: 0, firstCounted: null, firstElsewhere: null }));
    this.seen = topics.map(() => new Set());
    this.hasWorkPart = outline.sections.some((section) => section.kind === 'achievements');
    this.byStart = startOrder(outline.sections);
  }

  /** Reads one paragraph or heading. */
  read(node: Nodes): void {
    if (this.matchers.length === 0) return;
    const block = compactBlock(node, this.source);
    if (!block) return;
    this.matchers.forEach((matcher, k) => {
      const scan = (pattern: RegExp) => {
        pattern.lastIndex = 0;
        for (let m = pattern.exec(block.text); m !== null; m = pattern.exec(block.text)) {
          if (m[0] === '') {
            pattern.lastIndex++;
            continue;
          }
          this.mention(k, block, m.index, m.index + m[0].length, node.type === 'heading');
        }
        pattern.lastIndex = 0;
      };
      if (matcher.phrasings) scan(matcher.phrasings);
      for (const pattern of matcher.patterns) scan(pattern);
    });
  }

  private mention(k: number, block: CompactBlock, from: number, to: number, inHeading: boolean): void {
    const tally = this.tallies[k]!;
    const offset = block.offsets[from]!;
    const found = block.text.slice(from, to);
    const part = partAt(this.outline.sections, this.byStart, offset);
    const place: MentionPlace = part?.kind ?? null;
    const counts = tally.topic.section ? place === tally.topic.section : WORK.has(place) || (place === null && !this.hasWorkPart);
    if (!counts) {
      tally.elsewhere++;
      tally.firstElsewhere ??= { offset, found };
      return;
    }
    tally.counted++;
    tally.firstCounted ??= { offset, found };
    // Settled, or beside the stretch just judged: nothing more to read (a 5 MB line naming the
    // area at every step is read once per stretch, not once per mention).
    if (tally.concrete >= this.enough[k]!) return;
    const last = this.lastStretch[k];
    if (last !== null && last !== undefined && last.block === block && from < last.end) return;
    // Named in a sub-heading (or an inline part's lead): what the part says is beside it. A
    // top-level heading ("五、依法有效化解矛盾纠纷") heads paragraphs about other things too.
    const underHeading = part !== null && (part.level >= 2 || part.inline) && (inHeading || offset < part.startOffset + part.heading.length);
    if (underHeading) {
      // A part is judged once however often it names the area; only its start is read.
      const key = `part:${part.startOffset}`;
      if (this.seen[k]!.has(key)) return;
      this.seen[k]!.add(key);
      const head = `${part.heading}\n${part.text.slice(0, 2 * HEADING_WINDOW)}`;
      if (isConcrete(head.replace(/[^\S\n]+/g, '').slice(0, HEADING_WINDOW))) tally.concrete++;
      return;
    }
    const window = windowAround(block.text, from, to);
    this.lastStretch[k] = { block, end: window.end };
    const key = `${block.offsets[0]}:${window.text}`;
    if (this.seen[k]!.has(key)) return;
    this.seen[k]!.add(key);
    if (isConcrete(window.text)) tally.concrete++;
  }
}
