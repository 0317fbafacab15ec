// Who wrote the report, and where that was read: the title ("静海区2023年度…报告", "2024年上海市
// 司法局…报告", "…人民政府关于2023年度…的报告"); a report named in the opening's own words
// ("现将《××局2025年度…报告》予以公布"); the subject of the opening sentence ("2023年,××镇坚持…",
// "今年以来,在区委…领导下,××区…"); an announcement ("现将××局2023年…情况报告如下"); the page's
// metadata table (发布机构); the signature. A salutation ("市委、市政府:") names the addressee,
// and a pronoun (我局, 本镇) or a collective (全省各级政府) names no one.
import type { Outline } from '../rule-api.js';
import {
  ADVERBIAL_OPENINGS,
  ANNOUNCEMENT_OPENINGS,
  CONTINUATION_STARTS,
  GENERIC_NAME_PARTS,
  ISSUER_KINDS,
  ISSUER_MAX_LENGTH,
  OPENING_TIME_WORDS,
  ORGANIZATION_ENDINGS,
  PREDICATE_OPENINGS,
  PRONOUN_STARTS,
} from '../data/issuer-patterns.js';
import { BARE_YEAR, TITLE_SUBJECTS } from '../data/title-patterns.js';
import { foldWidth } from '../read/fold.js';
import { YEAR_NUMBER } from '../data/numerals.js';
import { LETTER_GAP, type Block, type SourceSlicer } from './blocks.js';
import { AGGREGATOR_CUT, isTitleText } from './title.js';

export type IssuerSource = NonNullable<Outline['issuerSource']>;

export interface Issuer {
  /** As written. */
  name: string;
  /** As matched (simplified where the page is traditional, punctuation folded). */
  matched: string;
  source: IssuerSource;
}

const YEAR = new RegExp(`${YEAR_NUMBER}\\s*年度?`);
// A name holds no sentence punctuation; 、 和 及 与 and blanks join the bodies of a joint issuer.
const NAME_CHARS = /^[^,。;:!?“”"《》()\[\]【】\d]+$/;
const PREDICATE = new RegExp(`^(?:${PREDICATE_OPENINGS.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`);
const ENDINGS_BY_LENGTH = [...ORGANIZATION_ENDINGS].sort((a, b) => b.length - a.length);
const ENDING_LAST_CHARACTERS = new Set(ORGANIZATION_ENDINGS.map((e) => e.at(-1)!));
const PREDICATE_MAX_LENGTH = Math.max(...PREDICATE_OPENINGS.map((p) => p.length));

function endingOf(text: string): string | undefined {
  return ENDINGS_BY_LENGTH.find((e) => text.endsWith(e));
}

/**
 * A name a body could bear: not only an ending ("街道", "局"), not a pronoun, no punctuation.
 * "自治区" alone is a name: an autonomous region calls itself so.
 */
export function isBodyName(text: string): boolean {
  const ending = endingOf(text);
  return (
    ending !== undefined &&
    (text.length > ending.length || text === '自治区') &&
    text.length <= ISSUER_MAX_LENGTH &&
    NAME_CHARS.test(text) &&
    !PRONOUN_STARTS.some((p) => text.startsWith(p))
  );
}

const GENERIC_PARTS = new RegExp([...GENERIC_NAME_PARTS].sort((a, b) => b.length - a.length).join('|'), 'g');

/** A name of level words alone ("县委、县政府"): no place is named. */
function isGenericName(name: string): boolean {
  return name.replace(GENERIC_PARTS, '').trim() === '';
}

// Built once, not on every call (every report's title is asked).
const TITLE_CUT = new RegExp(`关于|${YEAR.source}|${BARE_YEAR.source}`);

/**
 * The issuer a title names: what comes before 关于 or the year ("××县人民政府关于…",
 * "××区2023年…"), else what comes between the year and the subject ("2023年度××局法治政府…"),
 * else what comes before the subject ("××局法治政府建设年度报告"). Indices into `title`.
 */
export function issuerInTitle(title: string): { from: number; to: number } | null {
  const cut = title.search(TITLE_CUT);
  const candidates: Array<[number, number]> = [];
  if (cut > 0) candidates.push([0, cut]);
  const year = YEAR.exec(title);
  // "关于××县2023年度…的报告": the name comes after 关于.
  if (title.startsWith('关于') && year) candidates.push([2, year.index]);
  const subjectAt = Math.min(...TITLE_SUBJECTS.map((s) => title.indexOf(s)).filter((i) => i >= 0));
  if (year && Number.isFinite(subjectAt) && subjectAt > year.index + year[0].length) {
    candidates.push([year.index + year[0].length, subjectAt]);
  }
  // No year or 关于 before the subject: "××局法治政府建设年度报告", "××县法治政府建设2023年度报告".
  if (Number.isFinite(subjectAt) && (cut === -1 || cut > subjectAt)) candidates.push([0, subjectAt]);
  for (const [from, to] of candidates) {
    const start = from + (title.slice(from, to).length - title.slice(from, to).trimStart().length);
    // An aggregator's cut ends the name: "重庆市××区 (略) 法治政府建设情况报告".
    const cut = title.slice(start, to).search(AGGREGATOR_CUT);
    const name = title.slice(start, cut === -1 ? to : start + cut).trim();
    if (isBodyName(name) || isBracketedName(name)) return { from: start, to: start + name.length };
  }
  return null;
}

// Brackets inside a name: a merged body's second name, "××区农业农村局(区乡村振兴局)", or a place,
// "中国(广西)自由贸易试验区钦州港片区" (seventh blind set).
const BRACKETED = /\([^()]{1,12}\)/g;

function isBracketedName(name: string): boolean {
  return name.includes('(') && isBodyName(name.replace(BRACKETED, ''));
}

/**
 * The subject of a clause: the shortest name ending as a body's name does, directly followed by
 * a predicate ("民政部党组坚持…" → 民政部党组, "山西省委、省政府坚持…" → 山西省委、省政府).
 * "pronoun" when the clause opens with 我局, 全省… and the like.
 */
function subjectOf(clause: string): { from: number; to: number } | 'pronoun' | null {
  let from = 0;
  for (let skipped = true; skipped; ) {
    skipped = false;
    for (const adverbial of ADVERBIAL_OPENINGS) {
      const match = adverbial.exec(clause.slice(from));
      if (match) {
        from += match[0].length;
        skipped = true;
      }
    }
  }
  const rest = clause.slice(from);
  if (PRONOUN_STARTS.some((p) => rest.startsWith(p))) return 'pronoun';
  if (CONTINUATION_STARTS.some((p) => rest.startsWith(p))) return null;
  // The name runs at most to the first character no name holds; within it, only where an ending ends.
  let limit = 0;
  while (limit < Math.min(rest.length, ISSUER_MAX_LENGTH) && NAME_CHARS.test(rest[limit]!)) limit++;
  for (let to = 2; to <= limit; to++) {
    if (!ENDING_LAST_CHARACTERS.has(rest[to - 1]!)) continue;
    const name = rest.slice(0, to);
    if (endingOf(name) && PREDICATE.test(rest.slice(to, to + PREDICATE_MAX_LENGTH)) && isBodyName(name)) return { from, to: from + to };
  }
  return null;
}

// Where an opening's clauses start: the paragraph's start, after its year ("2023年,", "2021年以来,",
// "今年以来,"), after a year's framing clause ("2025年是…收官之年,"), after a clause naming a year
// further in ("根据…,2023年,…").
const CLAUSE_STARTS = new RegExp(
  `(?:^|[,。;])\\s*(?:${YEAR_NUMBER}\\s*年度?(?:以来|全年|来)?|${OPENING_TIME_WORDS.join('|')})\\s*,?`,
  'g',
);
const YEAR_FRAME = new RegExp(`^${YEAR_NUMBER}\\s*年(?:度)?是[^,。]{0,60}[,。]`);

/** The issuer named as the subject of an opening paragraph, or 'pronoun'. */
export function openingSubject(text: string): { from: number; to: number } | 'pronoun' | null {
  const starts = new Set<number>([0]);
  const frame = YEAR_FRAME.exec(text);
  if (frame) starts.add(frame[0].length);
  // Only the first sentence's clauses: later sentences have other subjects.
  const stop = text.search(/[。!!]/);
  const sentence = stop === -1 ? text : text.slice(0, stop);
  for (const match of sentence.matchAll(CLAUSE_STARTS)) starts.add(match.index + match[0].length);
  for (const start of [...starts].sort((a, b) => a - b)) {
    const subject = subjectOf(text.slice(start));
    if (subject === 'pronoun') return subject;
    if (subject) return { from: start + subject.from, to: start + subject.to };
  }
  return null;
}

const ANNOUNCEMENT = new RegExp(`(?:${ANNOUNCEMENT_OPENINGS.join('|')})\\s*`, 'g');
const LEADING_YEAR = new RegExp(`^${YEAR.source}\\s*`);
const ANNOUNCED_NAME_END = new RegExp(`${YEAR.source}|${TITLE_SUBJECTS.join('|')}|有关|相关|本年|全年`);

/** "现将××局2023年…报告如下", "现将《××局2025年度…报告》予以公布": the body the report is announced for. */
export function announcedIssuer(text: string): { from: number; to: number } | null {
  for (const match of text.matchAll(ANNOUNCEMENT)) {
    const at = match.index + match[0].length;
    const cited = /^《([^《》]{4,80})》/.exec(text.slice(at));
    if (cited) {
      if (!isTitleText(cited[1]!)) continue;
      const inTitle = issuerInTitle(cited[1]!);
      if (inTitle) return { from: at + 1 + inTitle.from, to: at + 1 + inTitle.to };
      continue;
    }
    // "现就2021年度××县法治政府建设…报告如下": the year may come first, the name after it.
    const year = LEADING_YEAR.exec(text.slice(at));
    const from = at + (year ? year[0].length : 0);
    const rest = text.slice(from, from + ISSUER_MAX_LENGTH + 8);
    const end = rest.search(ANNOUNCED_NAME_END);
    if (end <= 0) continue;
    const name = rest.slice(0, end).trim();
    if (isBodyName(name)) return { from, to: from + name.length };
  }
  return null;
}

const METADATA_ISSUER = /(?:发\s*布\s*机\s*构|发\s*文\s*机\s*关|报\s*送\s*单\s*位|发\s*布\s*单\s*位)\s*[:：|]?\s*\|?\s*([^|\s]+)/;

/** The body a page's 政府信息公开 table names as publishing the document (发布机构, 发文机关), or its 报送单位 line. */
export function metadataIssuer(debris: readonly { text: string }[]): string | null {
  for (const line of debris) {
    const match = METADATA_ISSUER.exec(foldWidth(line.text));
    if (!match || !(isBodyName(match[1]!) || isBracketedName(match[1]!))) continue;
    const start = match.index + match[0].length - match[1]!.length;
    return line.text.slice(start, start + match[1]!.length);
  }
  return null;
}

export interface IssuerEvidence {
  /** The title as written, and as matched (the same length). */
  title: { text: string; matched: string } | null;
  /** Body blocks before the first part. */
  opening: Block[];
  /**
   * The paragraphs that open the first part, read when neither the opening nor the page's
   * metadata names the issuer (an excerpt starting at "一、…"). They often speak of the
   * leadership ("自治区党委、政府…", "局党委…"), so only a subject that names a place counts there.
   */
  partLead: Block[];
  signatureLines: Block[];
  debris: readonly { text: string }[];
}

export function findIssuer(evidence: IssuerEvidence, slicer: SourceSlicer): Issuer | null {
  const { title } = evidence;
  if (title) {
    const inTitle = issuerInTitle(title.matched);
    // The title's text as written has the same length as the matched one.
    if (inTitle) return { name: title.text.slice(inTitle.from, inTitle.to), matched: title.matched.slice(inTitle.from, inTitle.to), source: 'title' };
    // A letter-spaced title ("大 同 市 2 0 1 9 年 …"): its issuer without the blanks.
    const squeezed = title.matched.replace(LETTER_GAP, '');
    const spaced = squeezed === title.matched ? null : issuerInTitle(squeezed);
    if (spaced) {
      const written = title.text.replace(LETTER_GAP, '');
      const matched = squeezed.slice(spaced.from, spaced.to);
      return { name: written.length === squeezed.length ? written.slice(spaced.from, spaced.to) : matched, matched, source: 'title' };
    }
  }
  const quote = (block: Block, at: { from: number; to: number }): Issuer => ({
    name: slicer.piece(block, at.from, at.to).text,
    matched: block.plain.slice(at.from, at.to),
    source: 'opening',
  });
  for (const block of evidence.opening) {
    const match = /现将\s*《/.test(block.plain) ? announcedIssuer(block.plain) : null;
    if (match) return quote(block, match);
  }
  let pronoun = false;
  for (const block of evidence.opening) {
    const subject = openingSubject(block.plain);
    if (subject === 'pronoun') pronoun = true;
    else if (subject && !pronoun) return quote(block, subject);
  }
  for (const block of evidence.opening) {
    const match = announcedIssuer(block.plain);
    if (match) return quote(block, match);
  }
  const metadata = metadataIssuer(evidence.debris);
  if (metadata) return { name: metadata, matched: foldWidth(metadata), source: 'metadata' };
  for (const block of evidence.partLead) {
    const subject = openingSubject(block.plain);
    if (subject === 'pronoun' || subject === null) continue;
    if (!isGenericName(block.plain.slice(subject.from, subject.to))) return quote(block, subject);
  }
  if (evidence.signatureLines.length > 0) {
    return {
      name: evidence.signatureLines.map((b) => slicer.piece(b).text).join(' '),
      matched: evidence.signatureLines.map((b) => b.plain).join(' '),
      source: 'signature',
    };
  }
  return null;
}

/** What kind of body the issuer is, when its name shows it (ISSUER_KINDS). */
export function issuerKind(issuer: string | null): Outline['issuerKind'] {
  if (issuer === null) return null;
  const name = foldWidth(issuer).trim();
  // A joint issuer's last body decides: "中共××县委 ××县人民政府", "××镇党委、政府".
  const last = name.split(/[、\s]|和(?=[^和]*(?:政府|党委)$)/).filter(Boolean).at(-1) ?? name;
  const subject = /^(?:政府|人民政府)$/.test(last) ? name : last;
  return ISSUER_KINDS.find((k) => k.pattern.test(subject))?.kind ?? null;
}
