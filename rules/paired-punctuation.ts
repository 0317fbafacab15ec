import type { Heading, Paragraph } from 'mdast';
import type { RuleModule } from '../src/rule-api.js';
import { PUNCTUATION_STANDARD } from '../src/data/legal-basis.js';
import { PAIRED_MARKS, type PairedMark } from '../src/data/punctuation.js';
import { joinRuns, textRuns } from '../src/outline/text-runs.js';

// Keyed by UTF-16 code (every mark is one unit): the scan below reads codes, and a number key
// spares a one-character string per mark (npm run bench).
const OPENS = new Map<number, PairedMark>();
const CLOSES = new Map<number, PairedMark>();
for (const mark of PAIRED_MARKS) {
  for (const ch of mark.open) OPENS.set(ch.charCodeAt(0), mark);
  for (const ch of mark.close) CLOSES.set(ch.charCodeAt(0), mark);
}

const LATIN = /[A-Za-z]/;
const RIGHT_SINGLE_QUOTE = '’'.charCodeAt(0);
// Every mark, to find them with one native scan instead of a look-up per character.
const ANY_MARK = new RegExp(`[${[...OPENS.keys(), ...CLOSES.keys()].map((code) => `\\u${code.toString(16).padStart(4, '0')}`).join('')}]`, 'g');

const rule: RuleModule = {
  meta: {
    id: 'paired-punctuation',
    type: 'typography',
    docs: {
      description: {
        zh: '引号、书名号、括号须在同一段落内成对出现',
        en: 'Quotation marks, title marks and brackets are balanced within a paragraph',
      },
      rationale: {
        zh: '“”‘’《》()【】〔〕 等成对标点少了一半,多是复制粘贴或删改时留下的,读者会误解引用的范围。规则逐段用栈配对:多出的后半个、没有闭合的前半个都报告。文号中的六角括号由 document-number 检查,这里不重复报告。',
        en: 'A paired mark missing its other half is usually left over from copying or editing, and misleads about what is quoted. Each paragraph is checked with a stack: a closing mark with no opener and an opener never closed are both reported. Brackets inside document numbers are left to document-number.',
      },
      basis: PUNCTUATION_STANDARD,
      recommended: true,
    },
    messages: {
      unopened: {
        zh: '{{name}}的后半个 {{mark}} 在本段中找不到与之配对的前半个',
        en: 'A closing {{mark}} ({{name}}) with no opening one before it in this paragraph',
      },
      unclosed: {
        zh: '{{name}}的前半个 {{mark}} 在本段中没有闭合,缺少后半个',
        en: 'An opening {{mark}} ({{name}}) never closed in this paragraph',
      },
    },
  },
  create(context) {
    const name = (mark: PairedMark) => mark.name[context.locale];
    const report = (messageId: string, ch: string, mark: PairedMark, offset: number) => {
      const start = context.positionAt(offset);
      context.report({
        messageId,
        data: { mark: ch, name: name(mark) },
        loc: { line: start.line, column: start.column, endLine: start.line, endColumn: start.column + 1 },
      });
    };
    const check = (node: Paragraph | Heading) => {
      const joined = joinRuns(textRuns(node, context.sourceText));
      const { text } = joined;
      const skipped = joined.documentNumbers();
      const stack: Array<{ ch: string; mark: PairedMark; index: number }> = [];
      ANY_MARK.lastIndex = 0;
      for (let found = ANY_MARK.exec(text); found !== null; found = ANY_MARK.exec(text)) {
        const i = found.index;
        const code = text.charCodeAt(i);
        const opens = OPENS.get(code);
        const closes = CLOSES.get(code);
        if (!opens && !closes) continue;
        if (skipped.length > 0 && skipped.some(([from, to]) => i >= from && i < to)) continue;
        // An apostrophe in Latin text ("Xi’an") is not a closing quote.
        if (code === RIGHT_SINGLE_QUOTE && LATIN.test(text[i - 1] ?? '') && LATIN.test(text[i + 1] ?? '')) continue;
        const ch = found[0];
        if (opens) {
          stack.push({ ch, mark: opens, index: i });
          continue;
        }
        let depth = stack.length - 1;
        while (depth >= 0 && stack[depth]!.mark !== closes) depth--;
        if (depth === -1) {
          report('unopened', ch, closes!, joined.offsetOf(i));
          continue;
        }
        // Openers above the match were never closed: in “甲(乙” the ( is.
        for (let k = depth + 1; k < stack.length; k++) report('unclosed', stack[k]!.ch, stack[k]!.mark, joined.offsetOf(stack[k]!.index));
        stack.length = depth;
      }
      for (const entry of stack) report('unclosed', entry.ch, entry.mark, joined.offsetOf(entry.index));
    };
    return { paragraph: check, heading: check };
  },
};

export default rule;
