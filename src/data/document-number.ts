// 发文字号 (文号) as GB/T 9704-2012 7.2.5 writes them: 机关代字 + 〔年份〕 + 序号 + 号. "年份、发文
// 顺序号用阿拉伯数字标注;年份应标全称,用六角括号“〔〕”括入;发文顺序号不加“第”字,不编虚位(即 1 不编
// 为 01),在阿拉伯数字后加“号”。" Examples: "国办发〔2018〕118号", "厅字〔2019〕28号", "洪司字〔2022〕92号"
// (东湖区 2022). Reports copy numbers from web pages, Word and PDFs, and the numbers come out with
// other brackets, without brackets, with 第 or 年, or with the year and the number run together.
// The tables below say what is recognised and why; `scanDocumentNumbers` applies them.

/** The brackets GB/T 9704-2012 7.2.5 puts around the year. */
export const CORRECT_OPEN = '〔';
export const CORRECT_CLOSE = '〕';

/**
 * Brackets seen around the year (or the number) in place of 〔〕, each with where it was seen.
 * Any opener may meet any closer ("(2018〕").
 */
export const WRONG_BRACKETS: ReadonlyArray<{ open: string; close: string; seen: string }> = [
  { open: '(', close: ')', seen: 'ASCII parentheses: "国办发(2018)118号" (web pages, NFKC-normalised text); "粤府函2019(88)" (issue 21)' },
  { open: '（', close: '）', seen: 'full-width parentheses: "中发（2021）33号"' },
  { open: '[', close: ']', seen: 'square brackets: "农乡振发[2023]5号", "皖民社救字[2024]10号" (zhetiaohe.com titles), "辽农办综发[2019]458号"' },
  { open: '［', close: '］', seen: 'full-width square brackets' },
  { open: '【', close: '】', seen: 'lenticular brackets: "财科教【2017】6号" (research.dhu.edu.cn), "京财预【2018】8号" (issue 21)' },
  { open: '〖', close: '〗', seen: 'white lenticular brackets' },
  { open: '﹝', close: '﹞', seen: 'small tortoise-shell brackets U+FE5D/FE5E, a compatibility form Word fonts offer for 〔〕' },
  { open: '〘', close: '〙', seen: 'white tortoise-shell brackets' },
  { open: '„', close: '‟', seen: 'low and reversed double quotes: "国办发„2009‟3号" (xiexiebang.com, a PDF whose font lacked 〔〕)' },
];

/** 号, and 號 on pages in traditional characters ("懷政辦發〔2023〕9號"). */
export const NUMBER_SIGNS = ['号', '號'];

/** The longest agency code looked at, in characters (lead words such as 根据 included; cut later). */
export const CODE_MAX = 8;

/**
 * Characters never inside an agency code: looking back from the year, the code stops there
 * ("…118号和中发〔2021〕33号": the second code is "和中发", then "中发" once 和 is cut as a lead word).
 * Place abbreviations make almost any other character possible: 于府办发 (于都县), 和政发 (和政县),
 * 鹿山政 (鹿城区山福镇), 湖江街 (湖里区江头街道): fixtures/document-numbers/real.tsv.
 */
export const CODE_BREAKS = '的了与及或等年月日号號第是在为至到';

/**
 * Words a sentence puts before a cited number, cut from the front of the code when quoting it:
 * "根据国办发(2018)118号" names 国办发.
 */
export const LEAD_WORDS = ['根据', '依据', '按照', '参照', '印发', '转发', '落实', '贯彻', '通过', '出台', '执行', '的', '和', '及', '与', '见', '即'];

// A number whose year is bracketed in any way ("京财预【2018】8号") is a 文号 whatever its code:
// the bracketed four-digit year followed by digits and 号 is shape enough, and court case numbers
// ("（2021）渝0109民初123号") put the year first and letters after it. A number with no bracket
// at all ("豫政办发201912号") is only digits after a word, so its code must look like one:

/**
 * Last characters that show the word before the year is prose, not a code: "受2023年5号台风",
 * "于2020年5号", "截至2023 7号". Checked only for numbers without brackets.
 */
export const PROSE_ENDINGS = '于在为至到从自截止共计约达比较前后初底末起以由对向将把被按据照经因今去明中上下内外时间期受即合总累同增减降升长低高多少近超逾过是了的和与及或等年月日号號第';

/**
 * Names that precede "2020年1号文件" as a nickname, not a code: 中央一号文件, 省委一号文件. The real
 * number of such a document has its own code (中发〔2020〕1号).
 */
export const NICKNAME_NAMES = ['中央', '省委', '市委', '县委', '区委', '州委', '旗委', '盟委', '党委'];

/**
 * Codes of numbered announcements and orders, which are correctly numbered "YYYY年第N号":
 * "国家税务总局公告2018年第31号", "财政部 税务总局公告2019年第39号", "住建部2023年3号令".
 */
export const NUMBERED_SERIES = ['公告', '通告', '公报', '令'];

/**
 * What follows "N号" when it is an ordinal, not a 文号: "5号台风", "3号线", "2号楼", "3号令".
 * Checked only for numbers without brackets.
 */
export const ORDINAL_NOUNS = ['台风', '线', '楼', '院', '车', '机', '门', '房', '馆', '仓', '令', '桥', '路', '街', '巷', '站', '井', '地块', '田', '窗', '柜', '床', '船', '堤', '闸', '坝', '泵', '渠', '屋', '宿舍', '公寓', '码头', '通道', '展厅', '病区', '考场'];

/**
 * Marks in the codes of law-enforcement instruments (行政处罚、行政复议、行政许可决定书 …), whose
 * numbering comes from their own 文书格式 and often reads "〔2023〕第12号": 第 is not reported
 * there ("京政复字〔2020〕第123号", "X市监罚〔2023〕第12号"). GB/T 9704-2012 covers 公文.
 */
export const INSTRUMENT_MARKS = '罚复裁诉判执强许责查检鉴验';

// ---- Patterns. Each is tried only at a place where a Han character is followed by a bracket or
// a digit (see scanDocumentNumbers), is sticky, and has only bounded repeats: linear on any input.

const esc = (chars: string) => chars.replace(/[\\\]\[^-]/g, (c) => `\\${c}`);
const OPENERS = esc(CORRECT_OPEN + WRONG_BRACKETS.map((b) => b.open).join(''));
const CLOSERS = esc(CORRECT_CLOSE + WRONG_BRACKETS.map((b) => b.close).join(''));
const SIGN = `[${NUMBER_SIGNS.join('')}]`;
/** Spaces Word leaves inside a number; never a line break. */
const GAP = '[ \\u3000]{0,3}';
const FULL_YEAR = '(?:19|20)\\d{2}';

/** 〔2018〕118号, (2018)118号, 〔21〕5号, 〔2017〕第3号: 1 opener, 2 year, 3 closer, 4 第, 5 number, 6 sign. */
const BRACKETED = new RegExp(`([${OPENERS}])${GAP}(${FULL_YEAR}|\\d{2})${GAP}([${CLOSERS}])${GAP}(第?)${GAP}(\\d{1,5})${GAP}(${SIGN})`, 'y');
/** 〔202133号: the closer lost, year and number run together (柳荫镇 2024). 1 opener, 2 digits, 3 sign. */
const OPEN_RUN = new RegExp(`([${OPENERS}])${GAP}(${FULL_YEAR}\\d{1,4})${GAP}(${SIGN})`, 'y');
/** 2019(88), 2024(91)号: the number bracketed instead of the year. 1 year, 2 opener, 3 number, 4 closer, 5 sign. */
const NUMBER_BRACKETED = new RegExp(`(${FULL_YEAR})${GAP}([${OPENERS}])${GAP}(\\d{1,5})${GAP}([${CLOSERS}])(${SIGN})?`, 'y');
/** 2020第15号, 2020年5号, 2023 7号, 201912号: 1 year, 2 separator (absent: run together), 3 number, 4 sign. */
const BARE = new RegExp(`(${FULL_YEAR})(年${GAP}第?|${GAP}第|[ \\u3000]{1,3})?${GAP}(\\d{1,5})(${SIGN})`, 'y');
/**
 * Where a number's tail may start: a bracket with a digit after it (past spaces), or a run of
 * digits that begins with a year (19xx, 20xx: "2020第15号", "201912号"), taken whole. Reports are
 * full of other numbers and brackets; finding only these places keeps the scan cheap (npm run
 * bench). A match inside a longer run ("12019") has a digit before it and is passed over.
 */
export const TAIL_START = new RegExp(`[${OPENERS}](?=[ \\u3000]*\\d)|${FULL_YEAR}\\d*`, 'g');
/**
 * What every number holds: 号 or 號, which all the patterns but NUMBER_BRACKETED end in, or the
 * year and bracket NUMBER_BRACKETED starts with ("2019(88)"). Few paragraphs have either, and
 * one native search spares the others the scan (npm run bench).
 */
const NUMBER_MARK = new RegExp(`${SIGN}|${FULL_YEAR}${GAP}[${OPENERS}]`);

const HAN = /^\p{Script=Han}$/u;

export type DocumentNumberFault =
  | 'wrong-brackets'
  | 'missing-brackets'
  | 'run-together'
  | 'malformed'
  | 'nian-after-year'
  | 'di-before-number'
  | 'short-year'
  | 'leading-zero';

/** A 文号-shaped span of a paragraph, well formed or not. Offsets index the scanned text. */
export interface DocumentNumber {
  /** Start of the code as looked back (it may hold lead words: see `code`). */
  start: number;
  /** The bracket or the year: what a fix rewrites, up to `end`. */
  tailStart: number;
  end: number;
  /** The agency code as a reader would quote it, lead words cut. */
  code: string;
  /** null: well formed. */
  fault: DocumentNumberFault | null;
  /** The number as GB/T 9704 writes it, when it can be told for sure; null otherwise. */
  expected: string | null;
  /** What replaces text[tailStart, end) to give `expected`. */
  tail: string | null;
}

function charBefore(text: string, at: number): { ch: string; at: number } | null {
  if (at <= 0) return null;
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) return { ch: text.slice(at - 2, at), at: at - 2 };
  return { ch: text[at - 1]!, at: at - 1 };
}

/** The code before `at`: up to CODE_MAX Han characters, stopping at CODE_BREAKS. */
function codeStart(text: string, at: number): number {
  let start = at;
  for (let n = 0; n < CODE_MAX; n++) {
    const prev = charBefore(text, start);
    if (prev === null || !HAN.test(prev.ch) || CODE_BREAKS.includes(prev.ch)) break;
    start = prev.at;
  }
  return start;
}

/** The code as quoted: lead words ("根据", "的") cut from its front. */
export function quotedCode(code: string): string {
  let cut = -1;
  for (const word of LEAD_WORDS) {
    const at = code.lastIndexOf(word);
    if (at !== -1) cut = Math.max(cut, at + word.length);
  }
  return cut > 0 && cut < code.length ? code.slice(cut) : code;
}

/** For a number without brackets: whether the word before the year is an agency code. */
function looksLikeCode(code: string, text: string, end: number): boolean {
  if ([...code].length < 2) return false;
  if (PROSE_ENDINGS.includes(code.slice(-1))) return false;
  if (NICKNAME_NAMES.some((name) => code.endsWith(name)) || NUMBERED_SERIES.some((s) => code.endsWith(s))) return false;
  return !ORDINAL_NOUNS.some((noun) => text.startsWith(noun, end));
}

const isInstrument = (code: string) => [...INSTRUMENT_MARKS].some((mark) => code.includes(mark));
/** The number without leading zeros (GB/T 9704: 1 is not written 01); all zeros stay. */
const plainNumber = (digits: string) => digits.replace(/^0+(?=\d)/, '');

/**
 * Every 文号-shaped span of `text`, in order. Linear: each place where a Han character meets a
 * bracket or a digit run is tried against a few sticky patterns of bounded length.
 */
export function scanDocumentNumbers(text: string): DocumentNumber[] {
  const found: DocumentNumber[] = [];
  if (!NUMBER_MARK.test(text)) return found;
  TAIL_START.lastIndex = 0;
  for (let m = TAIL_START.exec(text); m !== null; m = TAIL_START.exec(text)) {
    const at = m.index;
    const prev = charBefore(text, at);
    if (prev === null || !HAN.test(prev.ch) || CODE_BREAKS.includes(prev.ch)) continue;
    // The code is read only once a tail matches: most places (a year in prose) have none.
    let code: string | undefined;
    const start = () => codeStart(text, at);
    const codeOf = () => (code ??= quotedCode(text.slice(start(), at)));
    const number = matchTail(text, at, codeOf);
    if (number === null) continue;
    found.push({ start: start(), tailStart: at, code: codeOf(), ...number });
    TAIL_START.lastIndex = number.end;
  }
  TAIL_START.lastIndex = 0;
  return found;
}

function sticky(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

type Tail = Pick<DocumentNumber, 'end' | 'fault' | 'expected' | 'tail'>;

function matchTail(text: string, at: number, code: () => string): Tail | null {
  const fixed = (end: number, fault: DocumentNumberFault, year: string, di: boolean, digits: string, sign: string): Tail => {
    const tail = `${CORRECT_OPEN}${year}${CORRECT_CLOSE}${di ? '第' : ''}${plainNumber(digits)}${sign || '号'}`;
    return { end, fault, expected: code() + tail, tail };
  };
  const unfixable = (end: number, fault: DocumentNumberFault | null): Tail => ({ end, fault, expected: null, tail: null });
  const instrument = () => isInstrument(code());
  let m = sticky(BRACKETED, text, at);
  if (m) {
    const [, open, year, close, di, digits, sign] = m as unknown as string[];
    const end = at + m[0].length;
    if (year!.length === 2) return unfixable(end, 'short-year');
    const keepDi = di === '第' && instrument();
    const fault: DocumentNumberFault | null =
      open !== CORRECT_OPEN || close !== CORRECT_CLOSE
        ? 'wrong-brackets'
        : di === '第' && !instrument()
          ? 'di-before-number'
          : plainNumber(digits!) !== digits
            ? 'leading-zero'
            : null;
    return fault ? fixed(end, fault, year!, keepDi, digits!, sign!) : unfixable(end, null);
  }
  m = sticky(OPEN_RUN, text, at);
  if (m) return unfixable(at + m[0].length, 'malformed');
  if (text.charCodeAt(at) < 0x30 || text.charCodeAt(at) > 0x39) return null;
  m = sticky(NUMBER_BRACKETED, text, at);
  if (m) {
    const end = at + m[0].length;
    if (!looksLikeCode(code(), text, end)) return null;
    const [, year, , digits, , sign] = m as unknown as string[];
    return fixed(end, 'wrong-brackets', year!, false, digits!, sign ?? '');
  }
  m = sticky(BARE, text, at);
  if (m) {
    const end = at + m[0].length;
    if (!looksLikeCode(code(), text, end)) return null;
    const [, year, separator, digits, sign] = m as unknown as Array<string | undefined>;
    if (separator === undefined) return unfixable(end, 'run-together');
    const fault = separator.includes('年') ? 'nian-after-year' : 'missing-brackets';
    return fixed(end, fault, year!, separator.includes('第') && instrument(), digits!, sign!);
  }
  return null;
}

/** Offsets [start, end) of every 文号-shaped span in `text`, well formed or not. */
export function documentNumberSpans(text: string): Array<[number, number]> {
  return scanDocumentNumbers(text).map((n) => [n.start, n.end]);
}

/** The patterns above, for tests that check every built-in pattern stays linear. */
export const DOCUMENT_NUMBER_PATTERNS: readonly RegExp[] = [BRACKETED, OPEN_RUN, NUMBER_BRACKETED, BARE, TAIL_START, NUMBER_MARK];
