// Small questions rules ask of an outline: which part of a kind counts, where a missing part
// should go, whether a text gives figures.
import type { Outline, OutlineSection, ReportLocation, RuleContext, SectionKind } from '../rule-api.js';
import { CHINESE_COUNT, QUANTITY_UNITS } from '../data/quantities.js';

/** Parts of a kind, headed before inline, shallower before deeper, then in reading order. */
export function partsOf(outline: Outline, kind: SectionKind): OutlineSection[] {
  return outline.sections
    .filter((s) => s.kind === kind)
    .sort((a, b) => Number(a.inline) - Number(b.inline) || a.level - b.level || a.line - b.line);
}

/** The part a rule judges: the shallowest headed part whose parent is of another kind. */
export function primaryPart(outline: Outline, kind: SectionKind): OutlineSection | null {
  const parts = partsOf(outline, kind).filter((s) => s.parent === null || outline.sections[s.parent]!.kind !== kind);
  return parts[0] ?? null;
}

/** The heading's first character, as a report location. */
export function sectionLoc(context: RuleContext, section: OutlineSection): ReportLocation {
  const start = context.positionAt(section.startOffset);
  const end = context.positionAt(section.inline ? section.endOffset : section.startOffset + section.heading.length);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

const ORDER: SectionKind[] = ['achievements', 'responsibility', 'problems', 'plans', 'other'];

/**
 * Where a missing part belongs: before the first headed top-level part that comes after it in
 * the regulation's order, else after the last part (the end of the report).
 */
export function placeFor(context: RuleContext, kind: SectionKind): ReportLocation {
  const { outline } = context;
  const later = new Set(ORDER.slice(ORDER.indexOf(kind) + 1));
  const next = outline.sections.find((s) => s.parent === null && !s.inline && later.has(s.kind));
  if (next) return sectionLoc(context, next);
  const last = outline.sections.filter((s) => s.parent === null).at(-1);
  if (last) {
    const end = context.positionAt(last.endOffset);
    return { line: end.line, column: end.column };
  }
  return { line: 1, column: 1 };
}

// Digits bounded (no figure in a report has more than 15): an unbounded run tried at every digit of
// a long run of digits is quadratic. Full-width digits too ("学法１２次": OCR and some typists).
const QUANTITY = new RegExp(
  `[0-9０-９]{1,15}(?:[.,．][0-9０-９]{1,15})?\\s*(?:${QUANTITY_UNITS.map((u) => u.replace(/[%.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`,
);

/** Whether a text gives at least one figure (a number with a unit). */
export function hasQuantity(text: string): boolean {
  return QUANTITY.test(text) || CHINESE_COUNT.test(text);
}

const COUNTED = [new RegExp(QUANTITY.source, 'g'), new RegExp(CHINESE_COUNT.source, 'g')];

/**
 * Counts figures, for options that ask for several. With `enough`, stops counting there: a
 * rule asking for 3 need not count every figure of a long part.
 */
export function countQuantities(text: string, enough = Infinity): number {
  let count = 0;
  for (const pattern of COUNTED) {
    pattern.lastIndex = 0;
    while (count < enough && pattern.exec(text) !== null) count++;
    pattern.lastIndex = 0;
  }
  return count;
}

const NOT_CONTENT = /[\s\p{P}]/gu;
/** The longest slice counted at a time. */
const SLICE = 1024;

/**
 * Visible length: characters other than white space and punctuation. With `enough`, counts
 * only that far (a result of at least `enough`): a rule asking for 40 characters need not count
 * a whole part, which took 2 % of a run (npm run bench).
 */
export function contentLength(text: string, enough = Infinity): number {
  let count = 0;
  for (let from = 0; from < text.length && count < enough; ) {
    // A slice of n units holds at most n counted ones: take no more than could still be needed.
    let to = Math.min(text.length, from + Math.min(SLICE, enough - count));
    // Never between the halves of a surrogate pair: the pattern reads code points.
    const last = text.charCodeAt(to - 1);
    if (to < text.length && last >= 0xd800 && last <= 0xdbff) to++;
    count += text.slice(from, to).replace(NOT_CONTENT, '').length;
    from = to;
  }
  return count;
}
