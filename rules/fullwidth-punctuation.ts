import type { Heading, Paragraph } from 'mdast';
import type { RuleModule } from '../src/rule-api.js';
import { PUNCTUATION_STANDARD } from '../src/data/legal-basis.js';
import { CJK_CLOSERS, CJK_OPENERS, FULLWIDTH_OF, isHan, isUniformHalfwidth } from '../src/data/punctuation.js';
import { joinRuns, textRuns } from '../src/outline/text-runs.js';

/** A neighbour that makes a mark Chinese: a Han character or a Chinese bracket or quote. */
function chinese(ch: string | undefined): boolean {
  return ch !== undefined && (isHan(ch) || CJK_CLOSERS.includes(ch) || CJK_OPENERS.includes(ch));
}

function digit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** The end of a paragraph, or of a run before a link or code span. */
function end(ch: string | undefined): boolean {
  return ch === undefined || ch === '\n';
}

/**
 * Whether the ASCII mark at text[i] stands in Chinese prose. Numbers (1,000  3.5  12:30),
 * URLs and Latin text have an ASCII character on at least one side and are left alone.
 */
function inChineseProse(text: string, i: number): boolean {
  const mark = text[i]!;
  const before = text[i - 1];
  const after = text[i + 1];
  if (chinese(before)) {
    if (chinese(after) || digit(after)) return true;
    // "报告如下:" "是否到位?" at the end of a paragraph; never a comma, which does not end one.
    return end(after) && mark !== ',';
  }
  // "共3,其中…": a number then Chinese; not ":" ("12:00前" reads as a time).
  return digit(before) && chinese(after) && (mark === ',' || mark === ';');
}

const rule: RuleModule = {
  meta: {
    id: 'fullwidth-punctuation',
    type: 'typography',
    docs: {
      description: {
        zh: '中文语句中的逗号、分号、冒号、问号、叹号、括号应使用全角标点',
        en: 'Commas, semicolons, colons, question and exclamation marks and parentheses in Chinese prose are full-width',
      },
      rationale: {
        zh: '在英文输入状态下敲出的半角 , ; : ? ! ( ) 夹在中文里,是报告中最常见的排版疏漏。只检查汉字之间(或汉字与数字之间)的标点:数字中的 1,000、3.5、12:30,网址,英文,Markdown 语法,以及“1.”“(一)”这类标题序号都不动(“(一)”的括号由 heading-sequence 检查)。网页转存的文本常经过 NFKC 规范化,全文一个全角标点都没有:这是转换造成的,不是撰写者的疏漏,默认不逐处报告(选项 checkUniformHalfwidth 可打开)。',
        en: 'ASCII , ; : ? ! ( ) typed in English input mode among Chinese characters are the most common typographic slip in reports. Only marks in Chinese prose are checked: numbers (1,000 3.5 12:30), URLs, Latin text, Markdown syntax and heading markers such as "1." and "(一)" are left alone (heading-sequence checks the brackets of "(一)"). Text scraped from web pages often went through NFKC normalisation and has no full-width mark at all: that comes from the conversion, not the writer, and is not reported one by one unless checkUniformHalfwidth is set.',
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
    },
    schema: {
      type: 'object',
      properties: {
        checkUniformHalfwidth: {
          type: 'boolean',
          default: false,
          description: 'Also report every mark in a text that has no full-width punctuation at all (usually a web page converted by NFKC normalisation).',
        },
      },
      additionalProperties: false,
    },
    fixable: true,
  },
  create(context) {
    if (!context.options.checkUniformHalfwidth && isUniformHalfwidth(context.sourceText)) return {};

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
      // Every ASCII mark to change, by index in `text`.
      const flagged = new Map<number, string>();
      const parenPairs: Array<[number, number]> = [];
      const openParens: number[] = [];
      for (let i = from; i < text.length; i++) {
        // Only ASCII marks are flagged; skipping the rest first spares a string per Han character.
        if (text.charCodeAt(i) > 0x7e) continue;
        const ch = text[i]!;
        if (ch === '(') openParens.push(i);
        else if (ch === ')') {
          const open = openParens.pop();
          if (open !== undefined && !inNumber(open)) {
            // "村(社区)", "纲要(2021—2025年)", "(含社区)": Chinese just before or right inside;
            // "APP(Android)" and an English sentence's "(… 落款)" are not Chinese prose.
            if (chinese(text[open - 1]) || chinese(text[open + 1])) {
              parenPairs.push([open, i]);
              flagged.set(open, '（');
              flagged.set(i, '）');
            }
          }
        } else if (ch in FULLWIDTH_OF && inChineseProse(text, i)) {
          flagged.set(i, FULLWIDTH_OF[ch]!);
        }
      }

      const locOf = (i: number, j: number) => {
        const start = context.positionAt(joined.offsetOf(i));
        const stop = context.positionAt(joined.offsetOf(j) + 1);
        return { line: start.line, column: start.column, endLine: stop.line, endColumn: stop.column };
      };
      const contiguous = (i: number, j: number) => joined.offsetOf(i) >= 0 && joined.offsetOf(j) - joined.offsetOf(i) === j - i;
      for (const [open, close] of parenPairs) {
        // One fix for the pair and every flagged mark inside it, so a single pass leaves it
        // clean; the inner marks' own fixes overlap it and are skipped in that pass.
        let replacement = '';
        for (let k = open; k <= close; k++) replacement += flagged.get(k) ?? text[k];
        context.report({
          messageId: 'halfwidth-parentheses',
          data: { found: text.slice(open, close + 1).slice(0, 30) },
          loc: locOf(open, close),
          fix: contiguous(open, close) ? { range: [joined.offsetOf(open), joined.offsetOf(close) + 1], text: replacement } : null,
        });
      }
      for (const [i, expected] of flagged) {
        if (text[i] === '(' || text[i] === ')') continue;
        context.report({
          messageId: 'halfwidth',
          data: { found: text[i]!, expected },
          loc: locOf(i, i),
          fix: { range: [joined.offsetOf(i), joined.offsetOf(i) + 1], text: expected },
        });
      }
    };
    return { paragraph: check, heading: check };
  },
};

export default rule;
