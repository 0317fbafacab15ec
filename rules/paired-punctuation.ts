import type { Heading, Paragraph } from 'mdast';
import type { LoadedRule } from '../src/rule-api.js';
import { PUNCTUATION_STANDARD } from '../src/data/legal-basis.js';
import { markerClosers, PAIRED_MARKS, type PairedMark } from '../src/data/punctuation.js';
import { joinRuns, textRuns } from '../src/rule-utils/text-runs.js';

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

const rule: LoadedRule = {
  meta: {
    id: 'paired-punctuation',
    type: 'typography',
    docs: {
      description: {
        zh: '引号、书名号、括号须在同一段落内成对出现,且不交叉',
        en: 'Quotation marks, title marks and brackets are balanced within a paragraph, and do not cross',
      },
      rationale: {
        zh: '“”‘’《》〈〉()（）【】〔〕[]「」『』 等成对标点少了一半,多是复制粘贴或删改时留下的,读者会误解引用的范围。规则逐段用栈配对:多出的后半个(unopened)、没有闭合的前半个(unclosed)都报告;内外两层括号交叉(“(雨[中)的]”)报告为 crossed。“1)”“a)”“①)”这类列表序号和“:)”“;-)”这类表情不是括号:同一段里成串出现的序号(1)…2)…)从不参与配对,单个的只在没有可配对的前半个时不报告(“(数量:5)”照常闭合);“二)”是丢了前半个的标题序号“（二）”,照常报告。半角和全角圆括号(方括号)彼此配对:“（秘密)”是宽度写错,由 fullwidth-punctuation 报告,这里不重复。ASCII 引号 " \' 不在此配对:中文语句中的 ASCII 引号由 fullwidth-punctuation 改为“”‘’。文号中的括号由 document-number 检查。与同类工具的不同:textlint-rule-no-unmatched-pair 按句子检查,把（ 和 ) 视为不同的括号,并检查 ASCII 双引号、{}、«»;我们检查中文政府公文,按段落检查,宽度问题交给 fullwidth-punctuation,不检查花括号和法文引号。任务书提到的 textlint-rule-ja-no-mismatched-pair 在 npm 和代码索引中都找不到,未能比对。',
        en: 'A paired mark (“” ‘’ 《》 〈〉 () （） 【】 〔〕 [] 「」 『』) missing its other half is usually left over from copying or editing, and misleads about what is quoted. Each paragraph is checked with a stack: a closing mark with no opener (unopened) and an opener never closed (unclosed) are reported; two pairs that cross ("(雨[中)的]") are reported as crossed. List markers such as "1)" "a)" "①)" and smileys such as ":)" ";-)" are not brackets: markers in a run (1)…2)…) never pair; a single one is only not reported when no opener is there to close ("(数量:5)" still closes); "二)" is a heading marker "（二）" that lost its opener and is reported. Half- and full-width parentheses (and square brackets) pair with each other: "（秘密)" is a width slip, reported by fullwidth-punctuation. ASCII quotes are not paired here: in Chinese prose fullwidth-punctuation turns them into “” ‘’. Brackets inside document numbers are left to document-number. Compared with the peers: textlint-rule-no-unmatched-pair checks sentence by sentence, treats （ and ) as different pairs, and checks ASCII double quotes, {} and «»; for Chinese government prose we check paragraphs, leave widths to fullwidth-punctuation, and skip curly braces and guillemets. textlint-rule-ja-no-mismatched-pair, named in issue 21, is neither on npm nor in the code index: it could not be compared.',
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
      crossed: {
        zh: '括号交叉:{{name}} {{mark}} 在外层的 {{outer}} 闭合之后才闭合(应先闭合内层,如“(雨[中])的”)',
        en: 'Crossed brackets: the {{name}} opened with {{mark}} closes only after the enclosing {{outer}} has closed (close the inner one first)',
      },
    },
  },
  create(context) {
    const name = (mark: PairedMark) => mark.name[context.locale];
    const report = (messageId: string, ch: string, mark: PairedMark, offset: number, outer?: string) => {
      const start = context.positionAt(offset);
      context.report({
        messageId,
        data: { mark: ch, name: name(mark), outer: outer ?? '' },
        loc: { line: start.line, column: start.column, endLine: start.line, endColumn: start.column + 1 },
      });
    };
    const check = (node: Paragraph | Heading) => {
      const joined = joinRuns(textRuns(node, context.sourceText));
      const { text } = joined;
      const skipped = joined.documentNumbers();
      // "1)" "a)" "①)" list markers and ":)" smileys are not closing brackets (zhlint #18).
      const markers = text.includes(')') || text.includes('）') ? markerClosers(text) : null;
      const stack: Array<{ ch: string; mark: PairedMark; index: number }> = [];
      // Openers a closer of an outer pair cut off ("(雨[中)": the "["): a later closer of
      // theirs makes the pair cross; never closed, they are unclosed.
      const cutOff: Array<{ ch: string; mark: PairedMark; index: number; outer: string }> = [];
      // The paragraph's marks, found once for this rule and fullwidth-punctuation; theirs skipped.
      for (const i of joined.punctuation()) {
        const code = text.charCodeAt(i);
        const opens = OPENS.get(code);
        const closes = CLOSES.get(code);
        if (!opens && !closes) continue;
        if (skipped.length > 0 && skipped.some(([from, to]) => i >= from && i < to)) continue;
        // An apostrophe in Latin text ("Xi’an") is not a closing quote.
        if (code === RIGHT_SINGLE_QUOTE && LATIN.test(text[i - 1] ?? '') && LATIN.test(text[i + 1] ?? '')) continue;
        if (markers?.list.has(i)) continue;
        const ch = text[i]!;
        if (opens) {
          stack.push({ ch, mark: opens, index: i });
          continue;
        }
        let depth = stack.length - 1;
        while (depth >= 0 && stack[depth]!.mark !== closes) depth--;
        if (depth === -1) {
          let crossed = cutOff.length - 1;
          while (crossed >= 0 && cutOff[crossed]!.mark !== closes) crossed--;
          if (crossed !== -1) {
            const entry = cutOff.splice(crossed, 1)[0]!;
            report('crossed', entry.ch, entry.mark, joined.offsetOf(entry.index), entry.outer);
          } else if (!markers?.lone.has(i)) {
            report('unopened', ch, closes!, joined.offsetOf(i));
          }
          continue;
        }
        // Openers above the match are cut off by this closer: in “甲(乙” the ( is.
        for (let k = depth + 1; k < stack.length; k++) cutOff.push({ ...stack[k]!, outer: ch });
        stack.length = depth;
      }
      const left = [...stack, ...cutOff].sort((a, b) => a.index - b.index);
      for (const entry of left) report('unclosed', entry.ch, entry.mark, joined.offsetOf(entry.index));
    };
    return { paragraph: check, heading: check };
  },
};

export default rule;
