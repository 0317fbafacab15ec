// The report's title among the opening blocks, without what a web page wraps it in: a label
// ("标 题:"), a column tag (【年度报告】), a trailing publication date, a file extension. A title
// split over two lines is joined; a title the page repeats is read once. A breadcrumb or a
// site's section name is never a title.
import type { OutlineTitle } from '../rule-api.js';
import {
  COLUMN_TAG_MAX_LENGTH,
  COVER_LETTER_BLOCKS,
  BARE_YEAR,
  COVER_LETTER_WORDS,
  DERIVED_WORK_WORDS,
  PUBLICATION_VERBS,
  FILE_EXTENSIONS,
  LEADING_WRAP_MAX_LENGTH,
  SENTENCE_ENDINGS,
  TITLE_CONTINUATION_MAX_LENGTH,
  TITLE_GENRES,
  TITLE_LABELS,
  TITLE_MAX_LENGTH,
  TITLE_SUBJECTS,
} from '../data/title-patterns.js';
import { issuerInTitle } from './issuer.js';
import { yearOfTitle } from './year.js';
import { foldWidth } from '../read/fold.js';
import { LETTER_GAP, type Block, type SourceSlicer } from './blocks.js';
import { containsAny } from '../rule-utils/phrases.js';
import { YEAR_NUMBER } from '../data/numerals.js';
import { endsAsName, isIssuerLine } from '../rule-utils/names.js';

/** How many opening blocks may hold the title (metadata rows and bylines come first on pages). */
const TITLE_SEARCH_BLOCKS = 8;
/** The longest line read as a title with its wrapping (a label, a date, a site's name around it). */
const TITLE_CANDIDATE_MAX_LENGTH = 2 * TITLE_MAX_LENGTH;

// A table's rule may stand before it: "│标　　题：…".
const LABEL = new RegExp(`^(?:[•·‧∙*\\-│┃|]\\s*)?(?:${TITLE_LABELS.map((l) => [...l].join('\\s*')).join('|')})\\s*\\d*\\s*[:：]\\s*`);
// "(全文)", "(公开版)": what the page says of the text, not part of the title.
const TRAILING_NOTE = /\s*\((?:全文|公开版|摘要|节选|正文|全文版|正式版|修订版|转载|定稿|终稿|书面|最新)\)$/;
// "…年度报告全文": a repost's note that the whole report follows.
const TRAILING_FULL_TEXT = /(?<=报告|情况)全文$/;
// "篇一:××镇…报告": one of several pieces a page collects.
const PIECE_LABEL = /^篇[一二三四五六七八九十]\s*[:：]\s*/;
// A template's title for a kind of body: "…报告(乡镇)", "…报告(区县版)". A document site's file name
// or a sample essay, never a report's.
const TEMPLATE = /\((?:乡镇|县政府|区县版|县区版|部门版?|通用版?)\)/;
// A placeholder for the body: "XX县…报告", "××区…报告". A draft's title still, unless a page gives
// the report's own below it.
const PLACEHOLDER = /^(?:XX|xx|××)/;
const COLUMN_TAG = new RegExp(`^(?:【[^】]{1,${COLUMN_TAG_MAX_LENGTH}}】|\\[[^\\]]{1,${COLUMN_TAG_MAX_LENGTH}}\\])\\s*`);
// "…报告 2024-02-28", "…报告(2024-02-28 10:31)", "…报告 发布时间:2024年02月28日".
const TRAILING_DATE = /\s*[(\[【]?\s*(?:(?:发布|更新)?(?:时间|日期)\s*[:：]?\s*)?\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[)\]】]?$/;
// A page's <title> keeps the site's name after the title's last word: "…情况报告 - 某某信息网",
// "…报告_某某区人民政府", "…报告-某某-官方网站" (mirrors inject a brand there).
const TRAILING_SITE = new RegExp(`(?:${TITLE_GENRES.join('|')})\\s*(?:[-_|—丨]|\\s[-|—]\\s)\\s*(?!.*(?:${TITLE_GENRES.join('|')}))\\S.{0,40}$`);
// An attachment's links after its name: "….docx　[下载]　[返回]".
const TRAILING_LINKS = /(?:\s*\[[^\]]{1,4}\])+$/;
const EXTENSION = new RegExp(`(?:${FILE_EXTENSIONS.map((e) => e.replace('.', '\\.')).join('|')})$`, 'i');
// Not inside a cited title or a bracket: "…《纲要(2021—2025年)》暨2022年度…的报告" keeps its dash.
const LEADING_WRAP = new RegExp(`^([^|｜丨—《(（]{0,${LEADING_WRAP_MAX_LENGTH}}?)\\s*(?:——|—|[|｜丨])\\s*`);
// An aggregator's cut inside a title: "重庆市××区 (略) 法治政府建设情况报告".
export const AGGREGATOR_CUT = /\s*\(\s*略\s*\)\s*/g;
// A year in brackets on the line under the title: "××区法治政府建设年度报告" + "(2024年度)".
const YEAR_LINE = new RegExp(`^\\(\\s*${YEAR_NUMBER}\\s*年度?\\s*\\)$`);
// A related-links list in a sidebar: "· ××镇2025年法治政府建设工作情况报告" is a link, not the title.
const LIST_ITEM = /^[•·‧∙►▶▸●◆■]\s*/;

/** A bulleted line: an item of a list of links beside the text, not a title or an opening. */
export function isListItem(text: string): boolean {
  return LIST_ITEM.test(text) && !LABEL.test(text);
}
const BREADCRUMB = /[>＞»›]|\s[/|｜]\s|->/;
const YEAR = new RegExp(`${YEAR_NUMBER}\\s*年`);
const OPENING_SENTENCE = /^\d{4}\s*(?:年度?)?(?:以来)?\s*[,,、]/;

// "2024-01-15 ××县…报告": the date a list shows before the title.
const LEADING_DATE = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+/;
// "…报告　来源：××市司法局": the source a page prints on the title's line.
const TRAILING_SOURCE = /\s+(?:信息)?来源\s*[:：].*$/;
// "…报告(2021年1月)": the month it was written, in brackets.
const TRAILING_MONTH = /\s*\(\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\)$/;
// Quotation marks around the whole title: "「××市…報告」", "“××区…报告”".
const WRAPPING_QUOTES: Array<[string, string]> = [['《', '》'], ['「', '」'], ['“', '”'], ['"', '"']];

/** Where in a block's text the title stands, once the page's wrapping is taken off. */
function unwrap(text: string): { from: number; to: number } {
  let from = 0;
  let to = text.length;
  const date = LEADING_DATE.exec(text);
  if (date) from += date[0].length;
  const bullet = LIST_ITEM.exec(text.slice(from));
  if (bullet) from += bullet[0].length;
  const label = LABEL.exec(text.slice(from)) ?? PIECE_LABEL.exec(text.slice(from));
  if (label) from += label[0].length;
  const tag = COLUMN_TAG.exec(text.slice(from));
  if (tag) from += tag[0].length;
  const links = TRAILING_LINKS.exec(text.slice(from, to));
  if (links && links.index > 0) to = from + links.index;
  const source = TRAILING_SOURCE.exec(text.slice(from, to));
  if (source && source.index > 0) to = from + source.index;
  const month = TRAILING_MONTH.exec(text.slice(from, to));
  if (month && month.index > 0) to = from + month.index;
  const extension = EXTENSION.exec(text.slice(from, to));
  if (extension) to -= extension[0].length;
  const trailingDate = TRAILING_DATE.exec(text.slice(from, to));
  if (trailingDate && trailingDate.index > 0) to = from + trailingDate.index;
  const site = TRAILING_SITE.exec(text.slice(from, to));
  if (site) to = from + site.index + TITLE_GENRES.find((g) => site[0].startsWith(g))!.length;
  const note = TRAILING_NOTE.exec(text.slice(from, to)) ?? TRAILING_FULL_TEXT.exec(text.slice(from, to));
  if (note && note.index > 0) to = from + note.index;
  // A title set in 《》 or quotation marks on its own line.
  for (const [open, close] of WRAPPING_QUOTES) {
    if (text[from] === open && text[to - 1] === close && to - from > 2 && !text.slice(from + 1, to - 1).includes(open)) {
      from++;
      to--;
      break;
    }
  }
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  // A headline or a column's name before the title ("坚持依法行政 建设法治××——××市…报告",
  // "法治××｜××区…报告"; the headline may stand on the line above), unless it names the issuer
  // ("中共××县委——关于…的报告").
  const lead = LEADING_WRAP.exec(text.slice(from, to));
  if (lead && isTitleText(text.slice(from + lead[0].length, to)) && !endsAsName(lead[1]!.trim())) from += lead[0].length;
  return { from, to };
}

/**
 * Whether the text reads as a report title: a line (not a sentence) naming the subject and the
 * genre, and saying whose or which year's report it is (a year, "关于", or a body's name before
 * the subject). A bare "法治政府建设年度报告" is a site's column, not a title.
 */
export function isTitleText(written: string): boolean {
  // A letter-spaced title ("吉 首 市 住 房 … 2 0 2 4 年 度") is read without its blanks.
  const text = foldWidth(written).replace(AGGREGATOR_CUT, '').replace(LETTER_GAP, '');
  if (text.length > TITLE_MAX_LENGTH || SENTENCE_ENDINGS.some((e) => text.endsWith(e))) return false;
  // "2022年,我区…" opens the body; "2024年法治政府建设年度报告" is a title that starts with its year.
  if (OPENING_SENTENCE.test(text) || BREADCRUMB.test(text)) return false;
  // A site's length limit may cut the genre off: "××局2023年度法治政府建设情…".
  const cut = /(?:…|\.{3})$/.test(text);
  if (!containsAny(text, TITLE_SUBJECTS) || !(cut || containsAny(text, TITLE_GENRES)) || containsAny(text, DERIVED_WORK_WORDS) || TEMPLATE.test(text)) return false;
  if (YEAR.test(text) || BARE_YEAR.test(text) || text.includes('关于')) return true;
  const subject = TITLE_SUBJECTS.map((s) => text.indexOf(s)).filter((i) => i > 0);
  return subject.length > 0 && endsAsName(text.slice(0, Math.min(...subject)).trim());
}

/**
 * A title's first half, broken anywhere ("…关于2023年度法治政府建设" / "工作的报告", "…年度法治" /
 * "政府建设情况报告"): it names the subject, or says whose or which year's report it is.
 */
function isTitleStart(text: string): boolean {
  if (text.length > TITLE_MAX_LENGTH || SENTENCE_ENDINGS.some((e) => text.endsWith(e)) || OPENING_SENTENCE.test(text) || BREADCRUMB.test(text)) return false;
  return containsAny(text, TITLE_SUBJECTS) || text.includes('关于') || YEAR.test(text);
}

export interface FoundTitle {
  title: OutlineTitle;
  /** Index of the first block after the title (and its repetitions). */
  next: number;
  /** The title's text as matched: simplified where the page is traditional, punctuation folded (src/read/fold.ts). */
  matched: string;
}

const squeeze = (text: string) => text.replace(/\s+/g, '');

/** The title and how many leading blocks it takes. Only the opening blocks may hold it. */
export function findTitle(blocks: Block[], slicer: SourceSlicer): FoundTitle | null {
  const limit = titleSearchEnd(blocks);
  for (let i = 0; i < limit; i++) {
    if (endsTitleSearch(blocks[i]!)) break;
    const found = titleAt(blocks, i, slicer);
    if (found === null) continue;
    // A cover letter whose text is the report is its title; a notice or a news headline is none.
    if (announcesReport(found.matched)) return attachedTitle(blocks, found, slicer) ?? (NOTICE.test(found.matched) || PUBLICATION.test(found.matched) ? null : found);
    // A page's metadata names the document ("标题:××市2021年…报告"); the document's own title
    // line, when it follows and opens with the same body's name, is the report's.
    const issuer = LABEL.test(blocks[i]!.plain) ? issuerInTitle(found.matched) : null;
    if (issuer !== null) {
      const name = found.matched.slice(issuer.from, issuer.to);
      for (const { block, title: own } of titlesAfter(blocks, found.next, limit, slicer)) {
        if (!LABEL.test(block.plain) && own.matched.startsWith(name)) return own;
      }
    }
    // A public account, a document site or a page heads the text with its own headline, a file's
    // name or a short form of the title, then gives the report's own ("××街道…报告", byline,
    // "××区××街道…报告"): the report's is the title.
    for (const { title: own } of titlesAfter(blocks, found.next, limit, slicer)) {
      if (isOwnTitleOf(own.matched, found.matched)) return own;
    }
    return found;
  }
  return null;
}

/**
 * Whether `own`, below `first`, is the report's own title where `first` was the page's: a fuller
 * form of it; or, for the same year, one naming the issuer `first` leaves out ("2022年法治政府建设
 * 年度报告(乡镇)", a document site's file name) or naming the same body longer or shorter
 * ("泉州市××区…" / "××区…", "××市…" / "××市人民政府…", "××街道…" / "××市××区××街道办事处…").
 */
function isOwnTitleOf(own: string, first: string): boolean {
  if (own.length > first.length && squeeze(own).endsWith(squeeze(first))) return true;
  if (announcesReport(own) || yearOfTitle(own) === null || yearOfTitle(own) !== yearOfTitle(first)) return false;
  const ownIssuer = issuerInTitle(own);
  if (ownIssuer === null) return false;
  const firstIssuer = PLACEHOLDER.test(first) ? null : issuerInTitle(first);
  if (firstIssuer === null) return true;
  const [a, b] = [own.slice(ownIssuer.from, ownIssuer.to), first.slice(firstIssuer.from, firstIssuer.to)];
  return a !== b && (a.includes(b) || b.includes(a));
}

const PUBLICATION = new RegExp(`(?:${PUBLICATION_VERBS.join('|')})\\s*${YEAR_NUMBER}\\s*年`);
// "××县2024年法治政府建设年度报告的公告": a notice about the report (fourteenth blind set).
const NOTICE = /报告的?(?:公告|通告|通知)$/;

/** A cover letter's or notice's title, or a headline reporting the publication: the report's own title follows. */
function announcesReport(title: string): boolean {
  return containsAny(title, COVER_LETTER_WORDS) || PUBLICATION.test(title) || NOTICE.test(title);
}

/**
 * The report a cover letter sends ("××市人民政府关于报送2019年度…报告的报告", its 文号, salutation,
 * "附件:××市2019年度…报告", signature, then the report): the title it is attached under, at its
 * last appearance, where the report begins.
 */
function attachedTitle(blocks: Block[], letter: FoundTitle, slicer: SourceSlicer): FoundTitle | null {
  const limit = Math.min(blocks.length, letter.next + COVER_LETTER_BLOCKS);
  let attached: FoundTitle | null = null;
  for (const { title: candidate } of titlesAfter(blocks, letter.next, limit, slicer)) {
    if (announcesReport(candidate.matched)) continue;
    if (attached === null || squeeze(candidate.matched) === squeeze(attached.matched)) attached = candidate;
  }
  return attached;
}

/** The titles starting at blocks[from, to), as long as the page's opening lines run (no numbered heading, no long paragraph). */
function* titlesAfter(blocks: Block[], from: number, to: number, slicer: SourceSlicer): Generator<{ block: Block; title: FoundTitle }> {
  for (let j = from; j < to && !endsTitleSearch(blocks[j]!); j++) {
    // A paragraph between (a repost's lead, an editor's note) is passed over.
    if (blocks[j]!.plain.length > TITLE_CANDIDATE_MAX_LENGTH) continue;
    const title = titleAt(blocks, j, slicer);
    if (title !== null) yield { block: blocks[j]!, title };
  }
}

// A site's menu, one item a line ("首页", "政务公开", "互动交流"), and bulleted links fill the top of
// a scraped page: they do not count towards the blocks that may hold the title (thirteenth blind set).
const MENU_ITEM_MAX_LENGTH = 8;

function isPageChrome(block: Block): boolean {
  return isListItem(block.plain) || (block.plain.length <= MENU_ITEM_MAX_LENGTH && !/[。,;:!?]/.test(block.plain));
}

/** Where the title search stops: after TITLE_SEARCH_BLOCKS blocks that are not the page's chrome. */
function titleSearchEnd(blocks: Block[]): number {
  let counted = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (!isPageChrome(blocks[i]!) && ++counted > TITLE_SEARCH_BLOCKS) return i;
  }
  return blocks.length;
}

/** A numbered heading: the body has begun. */
function endsTitleSearch(block: Block): boolean {
  return block.node.type === 'heading' && Boolean(block.node.data?.numbering);
}

/** The title that starts at block `i` (with a line naming its issuer above it), or null. */
function titleAt(blocks: Block[], i: number, slicer: SourceSlicer): FoundTitle | null {
  const block = blocks[i]!;
  // A title is a line: a long paragraph is never one, and is not scanned for a title's wrapping.
  if (block.plain.length > TITLE_CANDIDATE_MAX_LENGTH) return null;
  // A bulleted line among others is a link; one alone may be a title marked with an icon ("▶ ××局…报告").
  if (isListItem(block.plain) && (isListItem(blocks[i - 1]?.plain ?? '') || isListItem(blocks[i + 1]?.plain ?? ''))) return null;
  const { from, to } = unwrap(block.plain);
  const text = block.plain.slice(from, to);
  let first = i;
  let last = i;
  let matched = text;
  if (!isTitleText(text)) {
    // A title broken inside its words: "…关于2023年度法治政府建设" + "工作的报告".
    const following = blocks[i + 1];
    if (!following || following.level !== 0 || following.plain.length > TITLE_CONTINUATION_MAX_LENGTH) return null;
    // A line that opens with a dash is the subtitle under a headline, not the headline's second half.
    if (/^\s*—/.test(following.plain)) return null;
    // A line that is a whole title is no second half: "法治政府建设" (a breadcrumb's last crumb) + "××街道2024年…报告".
    if (!isTitleStart(text) || isTitleText(following.plain) || !isTitleText(text + following.plain)) return null;
    last = i + 1;
    matched = text + following.plain;
  } else if (blocks[i + 1]?.level === 0 && YEAR_LINE.test(blocks[i + 1]!.plain.trim())) {
    last = i + 1;
    matched = text + blocks[i + 1]!.plain.trim();
  }
  // "××区人民政府" + "关于2022年…的报告": the line above names the issuer the title leaves out.
  // A title that names its own issuer takes none (the line above is then the site's name).
  // Only a line right above: a site's name with a breadcrumb or byline between is no part of it.
  const previous = blocks[i - 1];
  if (previous && previous.level === 0 && slicer.blankBetween(previous, block) && isIssuerLine(previous.plain) && !isTitleText(previous.plain) && !issuerInTitle(matched)) {
    first = i - 1;
    matched = previous.plain + matched;
  }
  const pieces = [];
  for (let j = first; j <= last; j++) {
    const piece = j === i ? slicer.piece(blocks[j]!, from, to) : slicer.piece(blocks[j]!);
    pieces.push(piece);
  }
  const title: OutlineTitle = {
    text: pieces.map((p) => p.text).join(''),
    line: pieces[0]!.line,
    span: { start: pieces[0]!.span.start, end: pieces.at(-1)!.span.end },
  };
  return { title, next: skipRepeats(blocks, last + 1, matched), matched };
}

/** Pages often show the title twice (in the header and above the text, sometimes split): read it once. */
function skipRepeats(blocks: Block[], from: number, title: string): number {
  const wanted = squeeze(title);
  let next = from;
  for (;;) {
    let seen = '';
    let j = next;
    while (j < blocks.length && blocks[j]!.level === 0 && blocks[j]!.plain.length <= TITLE_CANDIDATE_MAX_LENGTH) {
      const { from: f, to } = unwrap(blocks[j]!.plain);
      seen += squeeze(blocks[j]!.plain.slice(f, to));
      j++;
      if (seen === wanted) break;
      if (!wanted.startsWith(seen)) return next;
    }
    if (seen !== wanted) return next;
    next = j;
  }
}
