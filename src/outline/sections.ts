// The report's parts: every heading classified by its wording (achievements, problems,
// responsibility, plans, other), and parts that have no heading of their own found in the text:
// a paragraph on the problems ("对照…还存在一些不足"), a plan introduced inside a paragraph
// ("…。下一步,我局将…", "2025年工作打算:…"), and the 第一责任人 duty carried by a run-in item
// ("二是压实主体责任。主要负责同志…第一责任人职责…") or by the text under a sub-heading.
import type { OutlineSection, SectionKind } from '../rule-api.js';
import {
  ACHIEVEMENTS_BEFORE_DUTY,
  ACHIEVEMENT_PHRASINGS,
  HEADING_PHRASINGS,
  INLINE_PHRASINGS,
  OTHER_FIRST_RESPONSIBILITIES,
  PLAN_SENTENCE_OPENINGS,
  PLAN_LIST_INTRODUCTIONS,
  PLAN_YEAR_AHEAD_VERBS,
  PLAN_YEAR_AHEAD_WORDS,
  PLAN_YEAR_SUBJECT_MAX_LENGTH,
  PLAN_YEAR_WORDS,
  PREFACE_PHRASINGS,
  RESPONSIBILITY_LEAD_WORDS,
  RESPONSIBILITY_MENTIONS,
  type InlinePhrasing,
  type KindPhrasing,
} from '../data/section-phrasings.js';
import { LETTER_GAP, type Block } from './blocks.js';
import { containsAny, indexOfAny } from '../rule-utils/phrases.js';

/** Phrasings a config can add (settings.sectionPhrasings), merged before the built-ins. */
export interface OutlineSettings {
  sectionPhrasings?: Partial<Record<Exclude<SectionKind, 'achievements'>, string[]>>;
  inlinePhrasings?: Partial<Record<'problems' | 'plans', string[]>>;
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

/** "…主要举措、成效及主要负责人履职情况": the measures and results named before the duty. */
function namesAchievementsFirst(text: string, duty: KindPhrasing): boolean {
  const achievements = indexOfAny(text, ACHIEVEMENTS_BEFORE_DUTY);
  return achievements !== -1 && achievements < indexOfAny(text, [...(duty.any ?? []), ...(duty.allOf?.[0] ?? [])]);
}

// A letter-spaced heading ("存 在 问 题") is matched without its blanks.
function classifyHeading(written: string, parentKind: SectionKind | null, reportYear: number | null, phrasings: KindPhrasing[]): SectionKind {
  const text = written.replace(LETTER_GAP, '');
  const topLevel = parentKind === null;
  for (const entry of phrasings) {
    const allOf = entry.allOf?.every((group) => containsAny(text, group)) ?? false;
    if (containsAny(text, entry.any) || allOf || (topLevel && containsAny(text, entry.topLevelOnly))) {
      return entry.kind === 'responsibility' && namesAchievementsFirst(text, entry) ? 'achievements' : entry.kind;
    }
  }
  // "三、2023年…" in a 2022 report with no other wording is next year's plan.
  if (topLevel && reportYear !== null && text.includes(`${reportYear + 1}年`)) return 'plans';
  return parentKind ?? 'achievements';
}

// A group needs all its phrases, so a text with none of the groups' first phrases needs no more
// look (one scan per paragraph instead of one per phrase).
const RESPONSIBILITY_FIRST_PHRASES = RESPONSIBILITY_MENTIONS.map((group) => group[0] ?? '');

// Another duty a leader is 第一责任人 of: its clause is left out before the mentions are looked for.
// A few words may come between: "安全生产工作的第一责任人".
const OTHER_DUTY = new RegExp(`(?:${OTHER_FIRST_RESPONSIBILITIES.join('|')})[^,，;；。]{0,4}第一责任`, 'g');
const CLAUSE_BREAK = /[,，;；。]/;

/** The text without the clauses that make a leader 第一责任人 of another duty. */
function withoutOtherDuties(text: string): string {
  let kept = '';
  let from = 0;
  for (const match of text.matchAll(OTHER_DUTY)) {
    if (match.index < from) continue;
    // Out to the clause's ends; the clauses taken do not overlap, so the text is walked once.
    let start = match.index;
    while (start > from && !CLAUSE_BREAK.test(text[start - 1]!)) start--;
    let end = match.index + match[0].length;
    while (end < text.length && !CLAUSE_BREAK.test(text[end]!)) end++;
    kept += text.slice(from, start);
    from = end;
  }
  return kept + text.slice(from);
}

function mentionsResponsibility(text: string): boolean {
  if (!containsAny(text, RESPONSIBILITY_FIRST_PHRASES)) return false;
  const own = text.includes('第一责任') ? withoutOtherDuties(text) : text;
  return RESPONSIBILITY_MENTIONS.some((group) => group.every((p) => own.includes(p)));
}

const SENTENCE_END = /[。;!]/;
const LEAD_MAX = 60;

/**
 * A block's text and its folded twin (src/read/fold.ts): patterns find places in `plain`,
 * quotes are cut from `text` at the same places.
 */
type Passage = Pick<Block, 'text' | 'plain'>;

function clip(text: string): string {
  return text.length > LEAD_MAX ? text.slice(0, LEAD_MAX) + '…' : text;
}

/** The first sentence from `from` on, as an inline part's lead. */
function firstSentence(passage: Passage, from = 0): string {
  const end = passage.plain.slice(from).search(SENTENCE_END);
  return clip(passage.text.slice(from, end === -1 ? undefined : from + end + 1));
}

/** The sentence around `index`. */
function sentenceAround(passage: Passage, index: number): string {
  const plain = passage.plain;
  const before = Math.max(plain.lastIndexOf('。', index), plain.lastIndexOf(';', index));
  const afterStop = plain.slice(index).search(/[。;]/);
  return clip(passage.text.slice(before + 1, afterStop === -1 ? plain.length : index + afterStop + 1));
}

// Run-in items at a sentence start (or after a colon): "一是…。二是…。", "1.…。2.…。", "(一)…。(二)…。"
// written into one paragraph.
const RUN_IN_ITEM = /(?:^|[。;:])\s*([一二三四五六七八九十]{1,3}是|\d{1,2}[.、](?!\d)|\([一二三四五六七八九十]{1,3}\)|\(\d{1,2}\))/g;

interface RunInItem {
  /** Index of the item's "X是" in the paragraph. */
  start: number;
  end: number;
  /** "二是压实主体责任。" */
  lead: string;
}

function runInItems(passage: Passage): RunInItem[] {
  const starts: number[] = [];
  for (const match of passage.plain.matchAll(RUN_IN_ITEM)) starts.push(match.index + match[0].length - match[1]!.length);
  return starts.map((start, i) => {
    const end = starts[i + 1] ?? passage.plain.length;
    const stop = passage.plain.slice(start, end).search(SENTENCE_END);
    return { start, end, lead: clip(passage.text.slice(start, stop === -1 ? end : start + stop + 1)) };
  });
}

// Tried on every paragraph, so written for both widths of punctuation rather than on folded text.
const SENTENCE_BREAK = '[。;\\uff1b!\\uff01]';
const PLAN_OPENING = new RegExp(`(?:^|${SENTENCE_BREAK})\\s*(?:${PLAN_SENTENCE_OPENINGS.join('|')})\\s*[,\\uff0c:\\uff1a]?`);
const AFTER_BREAK = new RegExp(`^${SENTENCE_BREAK}`);
const PLAN_YEAR_AHEAD = new RegExp(
  `(?:^|${SENTENCE_BREAK})\\s*(?:${PLAN_YEAR_AHEAD_VERBS.join('|')})?(?:${PLAN_YEAR_AHEAD_WORDS.join('|')})[中里]?\\s*[,\\uff0c][^。;\\uff1b,\\uff0c]{0,${PLAN_YEAR_SUBJECT_MAX_LENGTH}}?(?:将|要|打算|拟)`,
);
// The subject and the verb before the list's introduction: "我们打算从", "我局将重点抓好".
const PLAN_LIST = new RegExp(
  `(?:^|${SENTENCE_BREAK})[^。;\\uff1b]{0,30}?(?:将|打算|计划)[^。;\\uff1b]{0,20}?(?:${PLAN_LIST_INTRODUCTIONS.join('|')})`,
);

// "2025年工作打算:", "2025年,我们将…", "为补齐短板,2025年我镇将…", "对标2025年目标任务,我镇将…" or
// "为此,我们将在2025年…", for the report year before it. The subject before 将 is short ("我们",
// "区政府", "我局"): a longer clause ("2025年,全县…完成了…将…") tells of something else.
function planYearPattern(reportYear: number): RegExp {
  const next = reportYear + 1;
  const subject = `[^。;\\uff1b]{0,${PLAN_YEAR_SUBJECT_MAX_LENGTH}}?`;
  return new RegExp(
    `(?:^|${SENTENCE_BREAK})\\s*(?:${next}\\s*年度?(?:的?(?:工作)?(?:${PLAN_YEAR_WORDS.join('|')}))|${subject}${next}\\s*年度?(?:的?工作中|里|[^。;\\uff1b,\\uff0c]{0,${PLAN_YEAR_SUBJECT_MAX_LENGTH}}?(?=[,\\uff0c]))?\\s*[,\\uff0c]?[^。;\\uff1b,\\uff0c]{0,${PLAN_YEAR_SUBJECT_MAX_LENGTH}}?(?:将|拟)|${subject}(?:将|计划)在?\\s*${next}\\s*年)`,
  );
}

/** A way a plan is introduced, tried only on a paragraph holding one of its words. */
export interface PlanIntroduction {
  words: string[];
  pattern: RegExp;
}

const planIntroductionsByYear = new Map<number | null, PlanIntroduction[]>();

/** The ways a plan is introduced in a report of that year (none of them by year when unknown). */
export function planIntroductions(reportYear: number | null): PlanIntroduction[] {
  let found = planIntroductionsByYear.get(reportYear);
  if (found === undefined) {
    found = [
      { words: PLAN_SENTENCE_OPENINGS, pattern: PLAN_OPENING },
      { words: PLAN_YEAR_AHEAD_WORDS, pattern: PLAN_YEAR_AHEAD },
      { words: PLAN_LIST_INTRODUCTIONS, pattern: PLAN_LIST },
      // Only a paragraph naming the next year can announce that year's plan.
      ...(reportYear === null ? [] : [{ words: [String(reportYear + 1)], pattern: planYearPattern(reportYear) }]),
    ];
    planIntroductionsByYear.set(reportYear, found);
  }
  return found;
}

/** Where a plan is introduced in a paragraph ("…。下一步,我局将…", "2025年工作打算:"), or -1. */
export function planSentenceStart(text: string, reportYear: number | null): number {
  // A scan for a pattern's words alone, a literal search, rules out most paragraphs in half the
  // time the pattern takes (npm run bench).
  let at = -1;
  for (const { words, pattern } of planIntroductions(reportYear)) {
    const found = containsAny(text, words) ? pattern.exec(text) : null;
    if (!found) continue;
    const start = found.index + (AFTER_BREAK.test(found[0]) ? 1 : 0);
    if (at === -1 || start < at) at = start;
  }
  return at;
}

/**
 * What a heading's wording names: a part, or null for wording that names none. By its words
 * only: a line merely holding next year ("(2024年3月8日…审议通过)") names no plan.
 */
function namedKind(text: string, phrasings: KindPhrasing[]): SectionKind | null {
  const kind = classifyHeading(text, null, null, phrasings);
  if (kind !== 'achievements') return kind;
  return containsAny(text.replace(LETTER_GAP, ''), ACHIEVEMENT_PHRASINGS) ? kind : null;
}

const UNNUMBERED_HEADING_MAX_LENGTH = 30;
// Not 、: a heading may list the leaders ("镇党委书记、镇长履行第一责任人职责情况").
const SENTENCE_MARKS = /[。,;:!?]/;
// "一是主要工作开展情况。…", "第一，主要工作举措和成效。…": a run-in lead, short, ended by its full stop.
const RUN_IN_PART = /^([一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十]{1,3}[,，])([^。;!]{2,30}[。;])/;

/**
 * A part of a report whose numbered headings name no part (it numbers none, or only the items
 * inside its parts): a short line that names a part ("主要工作成效", "存在问题", "2023年工作计划"),
 * or, where nothing is numbered, a paragraph whose run-in lead does ("三是存在的不足。…"). Its
 * heading as written, and whether the paragraph's text goes on.
 */
function unnumberedPart(block: Block, phrasings: KindPhrasing[], numbered: boolean): { kind: SectionKind; heading: string; runIn: boolean } | null {
  const plain = block.plain.trim();
  if (plain.length <= UNNUMBERED_HEADING_MAX_LENGTH && !SENTENCE_MARKS.test(plain)) {
    const kind = namedKind(plain, phrasings);
    return kind === null ? null : { kind, heading: block.text.trim(), runIn: false };
  }
  // Where items are numbered, "一是…。" leads are items inside a part ("一是切实履行第一责任人职责。").
  const lead = numbered ? null : RUN_IN_PART.exec(block.plain);
  if (lead === null) return null;
  const kind = namedKind(lead[2]!, phrasings);
  return kind === null ? null : { kind, heading: block.text.slice(0, lead[0].length), runIn: true };
}

export function buildSections(body: Block[], year: number | null, settings: OutlineSettings): OutlineSection[] {
  const phrasings = mergedPhrasings(settings);
  const inline = mergedInline(settings);
  // Parts on unnumbered lines or in run-in paragraphs are looked for only where no numbered
  // heading names a part; numbered items ("一、坚持依法决策。") then go under them.
  const numbered = body.some((block) => block.level > 0);
  const numberedParts = numbered && body.some((block) => block.level > 0 && namedKind(block.plain, phrasings) !== null);
  const sections: OutlineSection[] = [];
  const open: number[] = []; // indices into `sections`, outermost first
  // The heading whose first paragraph comes next: a duty named there is carried by that sub-heading.
  let headingAbove: number | null = null;

  // A plan a paragraph introduced ("接下来一年,街道将重点做好四方面工作。") goes on in the paragraphs
  // after it ("一是…", "二是…") until the next heading (tenth blind set).
  let planGoesOn: OutlineSection | null = null;

  const extendOpen = (block: Block) => {
    for (const index of open) {
      const section = sections[index]!;
      section.endLine = block.endLine;
      section.endOffset = block.end;
      section.text += (section.text === '' ? '' : '\n') + block.text;
    }
  };

  for (const block of body) {
    const unnumbered = numberedParts || block.level > 0 ? null : unnumberedPart(block, phrasings, numbered);
    if (unnumbered !== null || block.level > 0) planGoesOn = null;
    if (unnumbered !== null) {
      open.length = 0;
      sections.push({
        kind: unnumbered.kind,
        heading: unnumbered.heading,
        level: numbered ? 0 : 1,
        line: block.line,
        endLine: block.endLine,
        inline: false,
        form: unnumbered.runIn ? 'run-in' : 'heading',
        startOffset: block.start,
        endOffset: block.end,
        text: '',
        parent: null,
      });
      open.push(sections.length - 1);
      headingAbove = sections.length - 1;
      // A run-in part's paragraph is its first text, read as any paragraph ("…下一步,我乡将…").
      if (!unnumbered.runIn) continue;
    }
    if (block.level > 0) {
      while (open.length > 0 && sections[open[open.length - 1]!]!.level >= block.level) open.pop();
      extendOpen(block);
      const parent = open.length > 0 ? open[open.length - 1]! : null;
      const parentKind = parent === null ? null : sections[parent]!.kind;
      sections.push({
        kind: classifyHeading(block.plain, parentKind, year, phrasings),
        heading: block.text,
        level: block.level,
        line: block.line,
        endLine: block.endLine,
        inline: false,
        form: 'heading',
        startOffset: block.start,
        endOffset: block.end,
        text: '',
        parent,
      });
      open.push(sections.length - 1);
      headingAbove = sections.length - 1;
      continue;
    }

    extendOpen(block);
    const kinds = new Set(open.map((i) => sections[i]!.kind));
    const parent = open.length > 0 ? open[open.length - 1]! : null;
    const level = parent === null ? 1 : sections[parent]!.level + 1;
    const underHeading = headingAbove;
    headingAbove = null;
    // `from`: where in the paragraph the part starts (a plan introduced after other sentences).
    const addInline = (kind: SectionKind, heading: string, form: OutlineSection['form'], mention?: string, from = 0) =>
      sections.push({
        kind,
        heading,
        level,
        line: block.line,
        endLine: block.endLine,
        inline: true,
        form,
        ...(mention === undefined ? {} : { mention }),
        startOffset: from > 0 && block.textOffset !== null ? block.textOffset + from : block.start,
        endOffset: block.end,
        text: from > 0 ? block.text.slice(from) : block.text,
        parent,
      });

    // A preface that lists the report's parts ("全文包括…存在的不足及原因…2023年度主要安排") names them, it is none of them.
    if (containsAny(block.text.slice(0, 80), PREFACE_PHRASINGS)) continue;

    if (planGoesOn !== null) {
      planGoesOn.endLine = block.endLine;
      planGoesOn.endOffset = block.end;
      planGoesOn.text += '\n' + block.text;
    }
    // A plan introduced after other sentences starts there, not at the paragraph's start.
    const planAt = kinds.has('plans') || planGoesOn !== null ? -1 : planSentenceStart(block.text, year);
    let planFound = false;
    for (const entry of inline) {
      if (kinds.has(entry.kind) || (entry.kind === 'plans' && planAt > 0)) continue;
      if (containsAny(block.text.slice(0, entry.window), entry.any)) {
        addInline(entry.kind, firstSentence(block), 'paragraph');
        planFound = entry.kind === 'plans';
        if (planFound) planGoesOn = sections.at(-1)!;
        break;
      }
    }
    if (!planFound && planAt >= 0) {
      const from = planAt + (block.text.length - planAt - block.text.slice(planAt).trimStart().length);
      addInline('plans', firstSentence(block, from), 'paragraph', undefined, from);
      planGoesOn = sections.at(-1)!;
    }

    if (kinds.has('responsibility') || !mentionsResponsibility(block.text)) continue;
    const items = runInItems(block).filter((item) => mentionsResponsibility(block.plain.slice(item.start, item.end)));
    if (items.length > 0) {
      for (const item of items) {
        // An item whose lead names the duty ("(五)党政主要负责人履行…职责情况。…") is that part run
        // into the paragraph, as a sub-heading with its text would be: no passing mention.
        // Not an item of the plan the paragraph goes on to ("…将做好以下工作:一是推动…第一责任人职责落实;").
        const planned = planAt >= 0 && item.start >= planAt;
        const devoted = namedKind(item.lead, phrasings) === 'responsibility' || containsAny(item.lead, RESPONSIBILITY_LEAD_WORDS);
        if (!planned && item.lead.endsWith('。') && devoted) {
          const located = block.textOffset !== null;
          sections.push({
            kind: 'responsibility',
            heading: item.lead,
            level,
            line: block.line,
            endLine: block.endLine,
            inline: false,
            form: 'run-in',
            startOffset: located ? block.textOffset! + item.start : block.start,
            endOffset: located ? block.textOffset! + item.end : block.end,
            text: block.text.slice(item.start, item.end),
            parent,
          });
          continue;
        }
        const at = block.plain.slice(item.start, item.end).search(/第一责任|主要负责/);
        addInline('responsibility', item.lead, 'run-in', sentenceAround(block, item.start + Math.max(0, at)));
      }
      continue;
    }
    const subHeading = underHeading !== null && sections[underHeading]!.level > 1 ? sections[underHeading]! : null;
    // A sub-heading about a duty ("1.严格落实主体责任。") whose first paragraph reports the 第一责任人
    // duty is devoted to it, as a run-in item so led is; not one of next year's plan.
    if (subHeading && containsAny(subHeading.heading, RESPONSIBILITY_LEAD_WORDS) && !kinds.has('plans')) {
      subHeading.kind = 'responsibility';
      continue;
    }
    const mention = sentenceAround(block, Math.max(0, block.plain.search(/第一责任|主要负责/)));
    // The duty named in the first paragraph under a sub-heading is that sub-heading's ("(一)加强组织领导" + "主要领导…第一责任人…").
    addInline('responsibility', subHeading ? subHeading.heading : firstSentence(block), 'paragraph', mention);
  }
  return sections;
}
