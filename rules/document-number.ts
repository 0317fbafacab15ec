import type { Paragraph, Heading } from 'mdast';
import type { LoadedRule } from '../src/rule-api.js';
import { DOCUMENT_NUMBER_FORMAT } from '../src/data/legal-basis.js';
import { scanDocumentNumbers } from '../src/data/document-number.js';
import { joinRuns, textRuns } from '../src/rule-utils/text-runs.js';

const rule: LoadedRule = {
  meta: {
    id: 'document-number',
    type: 'typography',
    docs: {
      description: {
        zh: '文号应写作“机关代字〔年份〕序号号”,年份用六角括号“〔〕”',
        en: 'Document numbers are written agency code + 〔year〕 + number + 号, the year in tortoise-shell brackets',
      },
      rationale: {
        zh: '报告常引用上级文件的发文字号。GB/T 9704-2012 7.2.5 规定:年份标全称,用六角括号“〔〕”括入;序号不加“第”,不编虚位(1 不编为 01),后加“号”。从网页、Word 或 PDF 复制时,括号常变成圆括号、方括号、方头括号甚至引号(“国办发„2009‟3号”),也有漏掉括号(“豫政办发201912号”)、年份后加“年”(“冀教财函2019年155号”)、年份和序号连在一起的(柳荫镇 2024 年报告中的“中发〔202133号”)。规则按年份认出文号:年份带括号的,机关代字可以是任何汉字;完全没有括号的,年份前的词须像机关代字(不以“于”“受”“截至”等结尾,不是“中央”“省委”,其后不是“台风”“线”“楼”“令”等),以免把“受2023年5号台风影响”“中央2020年1号文件”当成文号。原意确定的(换括号、去掉“第”“年”、补括号、去虚位)自动改正;年份和序号连写、年份不全的,无法确定原意,只报告。法院案号(“（2021）渝0109民初123号”)年份在前,不是文号;“公告2018年第31号”是公告的编号方式;行政执法文书(代字含“罚”“复”“裁”等)按其文书格式可带“第”,都不报告。各地代字、括号写法见 src/data/document-number.ts。通用排版检查工具(zhlint、autocorrect、textlint)都不检查文号,这一规则没有对应的同行规则。',
        en: 'Reports cite the document numbers of higher-level documents. GB/T 9704-2012 7.2.5: the year in full, in 〔〕; no 第 before the sequence number, no leading zeros, then 号. Copied from web pages, Word or PDFs, the brackets turn into ( ) [ ] 【】 or even quotes ("国办发„2009‟3号"), or are lost ("豫政办发201912号"); 年 is added after the year ("冀教财函2019年155号"); the year runs into the number ("中发〔202133号" in the 柳荫镇 2024 report). A number is found from its year: with a bracketed year any Han agency code counts; with no bracket at all, the word before the year must look like a code (not ending in 于, 受, 截至 …, not 中央 or 省委, not followed by 台风, 线, 楼, 令 …), so "受2023年5号台风影响" and "中央2020年1号文件" are not numbers. What can be told for sure (brackets, 第, 年, missing brackets, leading zeros) is fixed; a run-together or short year is only reported. Court case numbers ("（2021）渝0109民初123号") put the year first and are not 文号; "公告2018年第31号" is how announcements are numbered; law-enforcement instruments (codes with 罚, 复, 裁 …) may carry 第 under their own formats. None are reported. The tables are in src/data/document-number.ts. The general typography linters (zhlint, autocorrect, textlint) do not check document numbers: this rule has no peer.',
      },
      basis: DOCUMENT_NUMBER_FORMAT,
      recommended: true,
    },
    messages: {
      'wrong-brackets': {
        zh: '文号“{{found}}”的年份应使用六角括号:“{{expected}}”',
        en: 'The year of document number "{{found}}" belongs in tortoise-shell brackets: "{{expected}}"',
      },
      'missing-brackets': {
        zh: '文号“{{found}}”的年份应使用六角括号括入:“{{expected}}”',
        en: 'The year of document number "{{found}}" belongs in tortoise-shell brackets: "{{expected}}"',
      },
      'run-together': {
        zh: '文号“{{found}}”格式有误:没有六角括号,年份和序号连在一起(应为“机关代字〔年份〕序号号”),请核对原文件',
        en: 'Document number "{{found}}" is malformed: no brackets, the year runs into the number (expected agency〔year〕number号); check the original',
      },
      malformed: {
        zh: '文号“{{found}}”格式有误:年份和序号连在一起,缺少“〕”(应为“机关代字〔年份〕序号号”),请核对原文件',
        en: 'Document number "{{found}}" is malformed: the year runs into the number without "〕" (expected agency〔year〕number号); check the original',
      },
      'nian-after-year': {
        zh: '文号“{{found}}”的年份后不加“年”,年份用六角括号括入:“{{expected}}”',
        en: 'No 年 after the year of document number "{{found}}"; the year goes in tortoise-shell brackets: "{{expected}}"',
      },
      'di-before-number': {
        zh: '文号“{{found}}”的序号前不加“第”:“{{expected}}”',
        en: 'No 第 before the sequence number of document number "{{found}}": "{{expected}}"',
      },
      'short-year': {
        zh: '文号“{{found}}”的年份应标全称(四位数字),请核对原文件',
        en: 'The year of document number "{{found}}" is written in full (four digits); check the original',
      },
      'leading-zero': {
        zh: '文号“{{found}}”的序号不编虚位(1 不编为 01):“{{expected}}”',
        en: 'The sequence number of document number "{{found}}" takes no leading zeros (1, not 01): "{{expected}}"',
      },
    },
    fixable: true,
  },
  create(context) {
    const check = (node: Paragraph | Heading) => {
      const joined = joinRuns(textRuns(node, context.sourceText));
      // One scan per block, shared with paired-punctuation and fullwidth-punctuation.
      const spans = joined.documentNumbers();
      if (spans.length === 0) return;
      const { text } = joined;
      for (const number of scanDocumentNumbers(text)) {
        if (number.fault === null) continue;
        const codeAt = number.tailStart - number.code.length;
        const found = text.slice(codeAt, number.end);
        const first = context.positionAt(joined.offsetOf(codeAt));
        const last = context.positionAt(joined.offsetOf(number.end - 1) + 1);
        const from = joined.offsetOf(number.tailStart);
        const to = joined.offsetOf(number.end - 1) + 1;
        // Only a tail that is one stretch of the source can be rewritten safely.
        const fixable = number.tail !== null && from >= 0 && to - from === number.end - number.tailStart;
        context.report({
          messageId: number.fault,
          data: { found, expected: number.expected ?? '' },
          loc: { line: first.line, column: first.column, endLine: last.line, endColumn: last.column },
          fix: fixable ? { range: [from, to], text: number.tail! } : null,
        });
      }
    };
    return { paragraph: check, heading: check };
  },
};

export default rule;
