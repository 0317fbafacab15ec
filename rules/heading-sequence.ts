import type { Heading } from 'mdast';
import type { HeadingNumbering, LoadedRule } from '../src/rule-api.js';
import { HEADING_NUMBERING_FORMAT } from '../src/data/legal-basis.js';
import { isUniformHalfwidth } from '../src/data/punctuation.js';
import { textRuns } from '../src/rule-utils/text-runs.js';

// Styles that differ only in the width of their punctuation ("1." "1．", "(一)" "（一）") are
// one family: a width slip is reported as such, not as a change of numbering style.
function family(style: string): string {
  return style.replace(/-(?:full|half|mixed)$/, '');
}

/** Half-width or mixed brackets: "(一)" "（一)" "(1)". GB/T 9704 writes "（一）" "（1）". */
const HALFWIDTH_BRACKETS = new Set(['paren-chinese-half', 'paren-chinese-mixed', 'paren-arabic-half', 'paren-arabic-mixed']);

const CHINESE_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

function chineseNumeral(n: number): string {
  if (n < 10) return CHINESE_DIGITS[n]!;
  const tens = Math.floor(n / 10);
  return (tens === 1 ? '' : CHINESE_DIGITS[tens]!) + '十' + CHINESE_DIGITS[n % 10]!;
}

/** The marker with its numeral replaced by `value`, in the same script: "(三)" → "(二)". */
function markerWith(numbering: HeadingNumbering, value: number): string {
  const numeral = /[一二三四五六七八九十]+|[0-9０-９]+|[①-⑳]/.exec(numbering.marker)?.[0] ?? '';
  let rendered: string;
  if (/[一二三四五六七八九十]/.test(numeral)) rendered = chineseNumeral(value);
  else if (/[①-⑳]/.test(numeral)) rendered = String.fromCharCode(0x2460 + value - 1);
  else rendered = String(value);
  return numbering.marker.replace(numeral, rendered);
}

interface Run {
  last: number;
  family: string;
  firstMarker: string;
}

const rule: LoadedRule = {
  meta: {
    id: 'heading-sequence',
    type: 'typography',
    docs: {
      description: {
        zh: '各级标题序号依次为“一、”“（一）”“1.”“（1）”,同级连续、不重复、样式一致,括号用全角',
        en: 'Heading numbers run 一、 （一） 1. （1） at each level without gaps, repeats or mixed styles, with full-width brackets',
      },
      rationale: {
        zh: '删改报告时最容易留下序号错误:删掉一节后“(三)”紧跟“(一)”,复制一段后出现两个“(二)”,同级混用“1.”和“1、”。GB/T 9704-2012 规定结构层次序数依次为“一、”“（一）”“1.”“（1）”,括号为全角;半角括号“(一)”可以自动改为“（一）”。上一级标题出现后,下一级重新从一编号。网页转存后全文没有一个全角标点(NFKC 规范化)时,半角括号是转换造成的,默认不报告。',
        en: 'Editing leaves numbering faults: (三) right after (一) once a part is cut, two (二) after a paste, 1. and 1、 mixed at one level. GB/T 9704-2012 numbers headings 一、 （一） 1. （1） with full-width brackets; half-width "(一)" is fixed to "（一）". Numbering restarts under each higher heading. In a text with no full-width mark at all (a web page after NFKC normalisation) the half-width brackets come from the conversion and are not reported by default.',
      },
      basis: HEADING_NUMBERING_FORMAT,
      recommended: true,
    },
    messages: {
      gap: {
        zh: '标题序号不连续:“{{found}}”处应为“{{expected}}”',
        en: 'Heading numbers skip: "{{expected}}" expected where "{{found}}" is',
      },
      repeat: {
        zh: '标题序号“{{found}}”与上一个同级标题重复',
        en: 'Heading number "{{found}}" repeats the previous one at this level',
      },
      'mixed-style': {
        zh: '同级标题序号样式不一致:“{{found}}”与本级第一个标题的“{{first}}”不同',
        en: 'Mixed numbering styles at one level: "{{found}}" after "{{first}}"',
      },
      'halfwidth-brackets': {
        zh: '标题序号“{{found}}”应使用全角括号:“{{expected}}”',
        en: 'Heading number "{{found}}" takes full-width brackets: "{{expected}}"',
      },
    },
    schema: {
      type: 'object',
      properties: {
        checkUniformHalfwidth: {
          type: 'boolean',
          default: false,
          description: 'Also report half-width brackets in a text that has no full-width punctuation at all (usually a web page converted by NFKC normalisation).',
        },
      },
      additionalProperties: false,
    },
    fixable: true,
  },
  create(context) {
    const checkWidth = Boolean(context.options.checkUniformHalfwidth) || !isUniformHalfwidth(context.sourceText);
    // The open run of siblings at each level; a heading closes the runs below its level.
    const runs = new Map<number, Run>();

    return {
      heading(node: Heading) {
        const numbering = node.data?.numbering;
        if (!numbering) return;
        // Where the marker is written (after "## " or "**" in Markdown).
        const first = textRuns(node, context.sourceText)[0];
        const at = first ? first.value.indexOf(numbering.marker) : -1;
        const offset = first && at !== -1 && at <= 2 ? first.offset + at : null;
        const start = offset === null ? node.position!.start : context.positionAt(offset);
        const loc = { line: start.line, column: start.column, endLine: start.line, endColumn: start.column + numbering.marker.length };
        const found = numbering.marker;

        for (const level of [...runs.keys()]) if (level > numbering.level) runs.delete(level);
        const run = runs.get(numbering.level);
        if (!run) {
          if (numbering.value !== 1) context.report({ messageId: 'gap', data: { found, expected: markerWith(numbering, 1) }, loc });
          runs.set(numbering.level, { last: numbering.value, family: family(numbering.style), firstMarker: found });
        } else {
          if (family(numbering.style) !== run.family) {
            context.report({ messageId: 'mixed-style', data: { found, first: run.firstMarker }, loc });
          } else if (numbering.value === run.last) {
            context.report({ messageId: 'repeat', data: { found }, loc });
          } else if (numbering.value !== run.last + 1) {
            context.report({ messageId: 'gap', data: { found, expected: markerWith(numbering, run.last + 1) }, loc });
          }
          run.last = numbering.value;
        }

        if (checkWidth && HALFWIDTH_BRACKETS.has(numbering.style)) {
          const expected = found.replace('(', '（').replace(')', '）');
          context.report({
            messageId: 'halfwidth-brackets',
            data: { found, expected },
            loc,
            fix: offset === null ? null : { range: [offset, offset + found.length], text: expected },
          });
        }
      },
    };
  },
};

export default rule;
