import type { Heading, Paragraph } from 'mdast';
import type { LoadedRule } from '../src/rule-api.js';
import { PUNCTUATION_STANDARD } from '../src/data/legal-basis.js';
import { CHINESE_NUMERALS, CJK_CLOSERS, CJK_OPENERS, FULLWIDTH_OF, isHan, isUniformHalfwidth, markerClosers, NFKC_MARKS, QUOTES_OF } from '../src/data/punctuation.js';
import { joinRuns, textRuns } from '../src/rule-utils/text-runs.js';

/** A neighbour that makes a mark Chinese: a Han character or a Chinese bracket or quote. */
function isChinese(ch: string | undefined): boolean {
  return ch !== undefined && (isHan(ch) || CJK_CLOSERS.includes(ch) || CJK_OPENERS.includes(ch));
}

function digit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** A Latin letter, a digit or a percent sign: the end of a word or a figure ("APP", "100%"). */
function latinOrDigit(ch: string | undefined): boolean {
  return ch !== undefined && /^[A-Za-z0-9%]$/.test(ch);
}

/** The end of a paragraph, or of a run before a link or code span. */
function end(ch: string | undefined): boolean {
  return ch === undefined || ch === '\n';
}

const SPACE = ' \u3000\u00a0';
const TERMINAL = '.?!';
const ASCII_CLOSERS = '"\')]';

/** Index of the first character from `i` on that is not a space. */
function skipSpaces(text: string, i: number): number {
  while (i < text.length && SPACE.includes(text[i]!)) i++;
  return i;
}

/** A Chinese numeral typed as a list marker ("一.完善制度"): at the start or after a space or clause mark. */
function numeralMarker(text: string, dot: number): boolean {
  let k = dot - 1;
  if (!CHINESE_NUMERALS.includes(text[k] ?? '')) return false;
  while (k > 0 && CHINESE_NUMERALS.includes(text[k - 1]!)) k--;
  return k === 0 || /[\s。;；,，:：]/.test(text[k - 1]!);
}

/** Whether the sentence holding text[i] (back to the last 。！？ or line) has a Han character. */
function chineseSentence(text: string, i: number): boolean {
  for (let k = i - 1; k >= 0 && !'。！？\n'.includes(text[k]!); k--) if (isHan(text[k])) return true;
  return false;
}

/**
 * Whether the ASCII mark at text[i] stands in Chinese prose, and where its fix ends (the spaces
 * after it go too when Chinese follows: "中文, 中文" becomes "中文，中文"). Numbers (1,000 3.5
 * 12:30), URLs, Latin text and ellipses ("...") have ASCII or nothing Chinese around and are left.
 */
function inChineseProse(text: string, i: number, quoted: ReadonlySet<number>): number | null {
  // An ASCII quote of a Chinese quotation counts as the Chinese quote it becomes.
  const chinese = (k: number) => quoted.has(k) || isChinese(text[k]);
  const mark = text[i]!;
  const next = skipSpaces(text, i + 1);
  const after = text[next];
  if (TERMINAL.includes(mark)) {
    // A run of terminal marks ("?!", "!!") is judged as one; two dots or more are an ellipsis.
    let start = i;
    while (start > 0 && TERMINAL.includes(text[start - 1]!)) start--;
    let stop = i + 1;
    while (stop < text.length && TERMINAL.includes(text[stop]!)) stop++;
    const run = text.slice(start, stop);
    if (run.split('.').length > 2) return null;
    const beyond = skipSpaces(text, stop);
    // Closing ASCII quotes and brackets may stand between the mark and the end: '"请求参数错误."'.
    let last = beyond;
    while (ASCII_CLOSERS.includes(text[last] ?? '') && text[last] !== undefined) last++;
    const atEnd = end(text[beyond]) || (last > beyond && end(text[skipSpaces(text, last)]));
    const before = text[start - 1];
    const chineseBefore = chinese(start - 1);
    const runFixEnd = stop === i + 1 ? (chinese(beyond) ? beyond : i + 1) : i + 1;
    if (mark === '.' && numeralMarker(text, start)) return null;
    if (chineseBefore) return chinese(beyond) || atEnd || (mark !== '.' && digit(text[beyond])) ? runFixEnd : null;
    // "iPhone?好" as autocorrect does; "Yahoo!的" is a name. A full stop after Latin or digits
    // only at the end of a Chinese sentence: "详见附件1." — "3.5" and "Vue.js" have text after.
    if (latinOrDigit(before) || (before !== undefined && ASCII_CLOSERS.includes(before))) {
      if (mark === '?' && chinese(beyond)) return runFixEnd;
      if (mark === '.' && atEnd && run === '.' && chineseSentence(text, start)) return i + 1;
    }
    return null;
  }
  const before = text[i - 1];
  if (chinese(i - 1)) {
    if (chinese(next) || digit(after)) return next;
    // "测试英文,Comma逗号": a comma after Chinese belongs to the Chinese sentence (autocorrect).
    if (mark === ',' && !end(after)) return i + 1;
    // "报告如下:" "是否到位;" at the end of a paragraph; never a comma, which does not end one.
    return end(after) && mark !== ',' ? i + 1 : null;
  }
  // "共3,其中…", "iPhone,好开心": a number or a Latin word, then Chinese; not ":" ("12:00前",
  // "URL:").
  return latinOrDigit(before) && chinese(next) && (mark === ',' || mark === ';') ? next : null;
}

// An HTML character reference a page copied without decoding keeps ("&ldquo;三项制度&rdquo;",
// "&mdash;", "&#12288;"): its ";" is markup, and a full-width one would break it.
const CHARACTER_REFERENCE = /&(?:[A-Za-z][A-Za-z0-9]{1,9}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6})$/;

function endsCharacterReference(text: string, i: number): boolean {
  // The longest reference is 11 characters before its ";": only that window is looked at.
  return text[i] === ';' && CHARACTER_REFERENCE.test(text.slice(Math.max(0, i - 11), i));
}

/** ASCII quotes that may open or close a quotation: not apostrophes ("what's", "Xi'an"). */
function quoteCandidate(text: string, i: number): boolean {
  if (text[i] === '"') return true;
  return !(latinOrDigit(text[i - 1]) && /[A-Za-z]/.test(text[i + 1] ?? ''));
}

/** The nearest character before (step -1) or after (+1) `i` that is not a space. */
function neighbour(text: string, i: number, step: 1 | -1): string | undefined {
  let k = i + step;
  while (k >= 0 && k < text.length && SPACE.includes(text[k]!)) k += step;
  return text[k];
}

/** The marks the scan of a paragraph acts on: those FULLWIDTH_OF maps, and full-width parentheses. */
const SCANNED_MARKS = [...Object.keys(FULLWIDTH_OF), '（', '）'];
// By UTF-16 code, as the scan reads them from the paragraph's marks (JoinedText.punctuation).
const codesOf = (marks: string[]) => new Set(marks.map((mark) => mark.charCodeAt(0)));
const SCANNED = codesOf(SCANNED_MARKS);
// In a text NFKC converted, no mark it makes is reported, parentheses included (each pair is
// asked reportable('(')): the scan looks at the others alone. Half the bench reports are such.
const SCANNED_IN_NFKC_TEXT = codesOf(SCANNED_MARKS.filter((mark) => !NFKC_MARKS.includes(mark)));
const QUOTE_MARKS = Object.keys(QUOTES_OF);

const rule: LoadedRule = {
  meta: {
    id: 'fullwidth-punctuation',
    type: 'typography',
    docs: {
      description: {
        zh: '中文语句中的逗号、句号、分号、冒号、问号、叹号、括号、引号应使用全角标点',
        en: 'Commas, full stops, semicolons, colons, question and exclamation marks, parentheses and quotation marks in Chinese prose are full-width',
      },
      rationale: {
        zh: '在英文输入状态下敲出的半角 , . ; : ? ! ( ) " \' 夹在中文里,是报告中最常见的排版疏漏(GB/T 15834-2011 规定中文用全角标点、引号用“”‘’)。检查的是中文语句中的标点:汉字后的句末“.”“?”“!”(“该怎么办?!”整串都改)、汉字之间的“, ”“: ”(连同后面的空格一起改)、拉丁字母或数字后接中文的“,”“?”(“iPhone,好开心”)、中文句子结尾的“.”(“详见附件1.”)、中文两侧或引号内有中文的 ASCII 引号对(“\\"三项制度\\"”)、中文旁的半角括号,以及与全角括号配对的半角括号(“（秘密)”)。数字中的 1,000、3.5、12:30,网址,英文,省略号“...”,Markdown 语法,“1.”“(一)”这类标题序号,“一.完善”这类序号,“1)”这类列表序号、撇号(what\'s)和网页转存时未解码的字符引用(&ldquo;)都不动(“(一)”的括号由 heading-sequence 检查)。网页转存的文本常经过 NFKC 规范化,把 ，；：？！（） 都变成了半角:全文一个全角标点都没有时,这些标点默认不逐处报告(选项 checkUniformHalfwidth 可打开);NFKC 不产生“.”和 ASCII 引号,它们照常报告;全文只要有全角标点,每一处半角都报告。与同类工具的不同:zhlint 默认把中文里的括号改成半角“()”并在中英文之间加空格,autocorrect 不改括号、不改分号(认为不安全)、不改引号,两者都会把繁体文本的「」改成“”;我们按 GB/T 15834 要求中文括号用全角,分号照样改,ASCII 引号改为“”,不加空格,也不改「」(繁体网页转换产生的引号不是撰写者的疏漏)。与同类工具测试用例比对(npm run eval,fixtures/conformance)时其余不一致的:两个行内代码之间的逗号(“(`on`, `off`)”,代码不是报告正文,我们不跨代码判断)、前面隔着空格的句号(“中文 . 中文”,只看紧挨着的字符)、两侧有空格的英文引语(“a \" hello world \" b”,英文内容不改)、autocorrect 故意不改的“中文;中文”(公文中分号照样应为全角)。',
        en: 'ASCII , . ; : ? ! ( ) " \' typed in English input mode among Chinese characters are the most common typographic slip in reports (GB/T 15834-2011: Chinese text takes full-width marks and “” ‘’ quotes). Checked: a full stop, question or exclamation mark after Chinese at a sentence end ("该怎么办?!" as a whole), "," and ":" followed by a space between Chinese (the space goes too), "," or "?" after a Latin word or number before Chinese ("iPhone,好开心"), a "." ending a Chinese sentence ("详见附件1."), pairs of ASCII quotes with Chinese inside or on both sides, ASCII parentheses beside Chinese, and an ASCII parenthesis paired with a full-width one ("（秘密)"). Numbers (1,000 3.5 12:30), URLs, Latin text, ellipses "...", Markdown syntax, heading markers such as "1." and "(一)", markers typed "一.", list markers "1)", apostrophes (what\'s) and HTML character references a copied page left undecoded (&ldquo;) are left alone (heading-sequence checks the brackets of "(一)"). Text scraped from web pages often went through NFKC normalisation, which turns ，；：？！（） into ASCII: in a text without a single full-width mark these are not reported one by one unless checkUniformHalfwidth is set; NFKC makes no "." or ASCII quote, so those are still reported; once a text has full-width marks, every half-width slip is reported. Compared with the peers: zhlint by default turns brackets in Chinese into half-width "()" and adds spaces between Chinese and Latin; autocorrect leaves brackets, semicolons (it calls them unsafe) and quotes alone; both turn the 「」 of traditional texts into “”. Following GB/T 15834 we want full-width brackets, fix semicolons, turn ASCII quotes into “”, add no spaces, and leave 「」 (a traditional-script page converted by its site is not the writer\'s slip). The other disagreements with the peers\' test cases (npm run eval, fixtures/conformance): commas between two inline code spans ("(`on`, `off`)": code is not report prose and we do not judge across it), a full stop with spaces before it ("中文 . 中文": only the characters right beside a mark count), quotes around an English phrase with spaces ("a \" hello world \" b": English content is left alone), and the "中文;中文" autocorrect leaves on purpose (a semicolon in an official document is full-width all the same).',
      },
      basis: PUNCTUATION_STANDARD,
      recommended: true,
    },
    messages: {
      halfwidth: {
        zh: '中文语句中应使用全角“{{expected}}”,而不是半角“{{found}}”',
        en: 'Use the full-width "{{expected}}" in Chinese prose, not the ASCII "{{found}}"',
      },
      'halfwidth-parentheses': {
        zh: '中文语句中的括号应使用全角“（）”:“{{found}}”',
        en: 'Parentheses in Chinese prose are full-width "（）": "{{found}}"',
      },
      'mixed-parentheses': {
        zh: '括号前后半个宽度不一致,中文语句中应使用全角“{{expected}}”:“{{found}}”',
        en: 'The two halves of these parentheses differ in width; Chinese prose uses the full-width "{{expected}}": "{{found}}"',
      },
      'halfwidth-quotes': {
        zh: '中文语句中的引号应使用 {{expected}},而不是 ASCII 引号:{{found}}',
        en: 'Quotation marks in Chinese prose are {{expected}}, not ASCII quotes: {{found}}',
      },
    },
    schema: {
      type: 'object',
      properties: {
        checkUniformHalfwidth: {
          type: 'boolean',
          default: false,
          description: 'Also report every , ; : ? ! ( ) in a text that has no full-width punctuation at all (usually a web page converted by NFKC normalisation).',
        },
      },
      additionalProperties: false,
    },
    fixable: true,
  },
  create(context) {
    // A text converted by NFKC: only the marks NFKC does not make are the writer's.
    const nfkcOnly = !context.options.checkUniformHalfwidth && isUniformHalfwidth(context.sourceText);
    const reportable = (ch: string) => !nfkcOnly || !NFKC_MARKS.includes(ch);
    const scanned = nfkcOnly ? SCANNED_IN_NFKC_TEXT : SCANNED;

    const check = (node: Paragraph | Heading) => {
      const joined = joinRuns(textRuns(node, context.sourceText));
      const { text } = joined;
      // The marker of a numbered heading ("(一)", "1.") is numbering, not prose.
      let from = 0;
      const marker = node.type === 'heading' ? node.data?.numbering?.marker : undefined;
      if (marker) {
        const at = text.indexOf(marker);
        if (at !== -1 && at <= 2) from = at + marker.length;
      }

      // The brackets of a 文号 belong in 〔〕, not （）: document-number fixes them.
      const numbers = joined.documentNumbers();
      const inNumber = (i: number) => numbers.some(([a, b]) => i >= a && i < b);
      const markers = text.includes(')') || text.includes('）') ? markerClosers(text) : null;
      // Every ASCII mark to change, by index in `text`, with where its fix ends.
      const flagged = new Map<number, { expected: string; to: number }>();

      // ASCII quotes first, paired in order: a pair with Chinese inside at an edge or on both
      // sides ("落实\"三项制度\"", "你'好'") is a Chinese quotation, and its quotes count as
      // Chinese for the marks beside them ("\"三项制度\",").
      const quotePairs: Array<[number, number, string]> = [];
      const quoted = new Set<number>();
      for (const q of QUOTE_MARKS) {
        if (!text.includes(q)) continue;
        const [opening, closing] = QUOTES_OF[q]!;
        const at: number[] = [];
        for (let i = text.indexOf(q, from); i !== -1; i = text.indexOf(q, i + 1)) if (quoteCandidate(text, i) && !inNumber(i)) at.push(i);
        for (let k = 0; k + 1 < at.length; k += 2) {
          const a = at[k]!;
          const b = at[k + 1]!;
          if (b === a + 1) continue;
          const outsideAfter = neighbour(text, b, 1);
          if (isChinese(text[a + 1]) || isChinese(text[b - 1]) || (isChinese(neighbour(text, a, -1)) && (isChinese(outsideAfter) || end(outsideAfter)))) {
            quotePairs.push([a, b, q]);
            quoted.add(a).add(b);
            flagged.set(a, { expected: opening, to: a + 1 });
            flagged.set(b, { expected: closing, to: b + 1 });
          }
        }
      }

      const parenPairs: Array<[number, number]> = [];
      const mixed: number[] = [];
      const openParens: number[] = [];
      // Only the ASCII marks and the parentheses of either width matter: the paragraph's marks,
      // found once for this rule and paired-punctuation, hold them.
      for (const i of joined.punctuation()) {
        if (i < from || !scanned.has(text.charCodeAt(i))) continue;
        const ch = text[i]!;
        if (ch === '(' || ch === '（') {
          if (!inNumber(i)) openParens.push(i);
        } else if (ch === ')' || ch === '）') {
          if (inNumber(i) || markers?.list.has(i)) continue;
          const open = openParens.pop();
          if (open === undefined) continue;
          const asciiOpen = text[open] === '(';
          const asciiClose = ch === ')';
          // "村(社区)", "纲要(2021—2025年)", "(含社区)": Chinese just before or right inside;
          // "APP(Android)" and an English sentence's "(… 落款)" are not Chinese prose.
          const chineseAround = isChinese(text[open - 1]) || isChinese(text[open + 1]);
          if (asciiOpen && asciiClose) {
            if (chineseAround && reportable('(')) {
              parenPairs.push([open, i]);
              flagged.set(open, { expected: '（', to: open + 1 });
              flagged.set(i, { expected: '）', to: i + 1 });
            }
          } else if (asciiOpen !== asciiClose && (chineseAround || isChinese(text[i - 1])) && reportable('(')) {
            // "（秘密)": one half typed in the other width.
            const half = asciiOpen ? open : i;
            mixed.push(half);
            flagged.set(half, { expected: asciiOpen ? '（' : '）', to: half + 1 });
            parenPairs.push([open, i]);
          }
        } else if (ch in FULLWIDTH_OF && reportable(ch) && !endsCharacterReference(text, i)) {
          const to = inChineseProse(text, i, quoted);
          if (to !== null) flagged.set(i, { expected: FULLWIDTH_OF[ch]!, to });
        }
      }

      const locOf = (i: number, j: number) => {
        const start = context.positionAt(joined.offsetOf(i));
        const stop = context.positionAt(joined.offsetOf(j) + 1);
        return { line: start.line, column: start.column, endLine: stop.line, endColumn: stop.column };
      };
      const contiguous = (i: number, j: number) => joined.offsetOf(i) >= 0 && joined.offsetOf(j) - joined.offsetOf(i) === j - i;
      /** One fix for text[a..b] with every flagged mark inside it, so a single pass leaves it clean. */
      const spanFix = (a: number, b: number) => {
        if (!contiguous(a, b)) return null;
        let replacement = '';
        for (let k = a; k <= b; k++) {
          const mark = flagged.get(k);
          if (mark === undefined || k === b) replacement += mark?.expected ?? text[k];
          else {
            replacement += mark.expected;
            // Spaces the mark's fix drops go too.
            if (mark.to > k + 1 && mark.to <= b) k = mark.to - 1;
          }
        }
        return { range: [joined.offsetOf(a), joined.offsetOf(b) + 1] as [number, number], text: replacement };
      };
      const inPairs = new Set<number>();
      for (const [open, close] of parenPairs) {
        inPairs.add(open).add(close);
        const found = text.slice(open, close + 1).slice(0, 30);
        const half = mixed.includes(open) ? open : mixed.includes(close) ? close : -1;
        if (half !== -1) {
          const { expected } = flagged.get(half)!;
          context.report({
            messageId: 'mixed-parentheses',
            data: { found, expected },
            loc: locOf(half, half),
            fix: { range: [joined.offsetOf(half), joined.offsetOf(half) + 1], text: expected },
          });
          continue;
        }
        context.report({ messageId: 'halfwidth-parentheses', data: { found }, loc: locOf(open, close), fix: spanFix(open, close) });
      }
      for (const [a, b, q] of quotePairs) {
        inPairs.add(a).add(b);
        context.report({
          messageId: 'halfwidth-quotes',
          data: { found: text.slice(a, b + 1).slice(0, 30), expected: QUOTES_OF[q]!.join('') },
          loc: locOf(a, b),
          fix: spanFix(a, b),
        });
      }
      for (const [i, { expected, to }] of flagged) {
        if (inPairs.has(i)) continue;
        context.report({
          messageId: 'halfwidth',
          data: { found: text[i]!, expected },
          loc: locOf(i, i),
          fix: contiguous(i, to - 1) ? { range: [joined.offsetOf(i), joined.offsetOf(to - 1) + 1], text: expected } : null,
        });
      }
    };
    return { paragraph: check, heading: check };
  },
};

export default rule;
