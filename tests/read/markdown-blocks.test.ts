// The line-based Markdown front end must give remark-parse's tree exactly, or step aside.
// Generated documents mix report text with every block and inline construct and the
// whitespace that changes a parse; where the reader accepts one, its tree must equal remark's.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { readMarkdownBlocks } from '../../src/read/markdown-blocks.js';
import { buildPools, readFixtureSources, sizedReport } from '../../scripts/bench/corpus.js';

const remark = unified().use(remarkParse).freeze();

const TEXT = ['某某县人民政府', ' ', '  ', '2023年法治政府建设年度报告', '一、', '(一)', '（二）', '1.', '2、', '一是', '存在的问题。', '下一步', '《行政处罚法》', '“三项制度”', '，', '。', '\u3000', '\u00a0', '#5', 'a#', '厅字〔2019〕28号', '[2023]', '1,000', 'x'];
const INLINE = ['<东湖区工作要点>', '<1@x.cn>', '<a@b.c>', '< 5', 'a<b', '<<', '&', '&x', '&#1;', '& ', '!', ']', '**', '*', '_', '__', '`', '``', '[链接](http://x)', '[a]', ']', '!', '<br>', '<http://a.b>', '&amp;', '&nbsp;', '&#', '\\', '\\*', '~~', '>'];
const LINE_START = ['# ', '## ', '#  ', '## \t', '###### ', '####### ', '#', '#\t', '   # ', '    # ', '\t', ' ', '  ', '    ', '- ', '-', '--- ', '***', '* ', '*', '+ ', '+', '> ', '1. ', '1.', '2) ', '10. ', '1.  ', '-\t', '  - ', '   1. ', '    - ', '  ', '- - ', '- # ', '1. - ', '- 1. ', '```', '~~~', '<p>', '<!-- x -->', '=', '===', '___', '_', '[a]: http://x', '|'];
const LINE_END = ['', '', '', ' ', '  ', '\t', ' #', ' ##  ', '\\'];
const EOL = ['\n', '\n', '\n\n', '\r\n', '\r', '\r\n\r\n', '\n   \n', '\n\t\n'];

const words = fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...TEXT) }, fc.constantFrom(...INLINE)), { maxLength: 6 });
const line = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.oneof({ weight: 3, arbitrary: fc.constant('') }, fc.constantFrom(...LINE_START)), words, fc.constantFrom(...LINE_END)).map(([start, w, end]) => start + w.join('') + end) },
  // Bold lines, as drafts mark headings.
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('', ' ', '- '), words, fc.constantFrom('', ' ')).map(([start, w, end]) => `${start}**${w.join('')}**${end}`) },
);
const document = fc.tuple(fc.array(fc.tuple(line, fc.constantFrom(...EOL)), { maxLength: 12 }), fc.boolean()).map(
  ([lines, endsWithEol]) => {
    const text = lines.map(([l, eol]) => l + eol).join('');
    return endsWithEol ? text : text.replace(/[\r\n]+$/, '');
  },
);
// Drafts numbered as lists: items, paragraphs and headings of plain words, blank lines or not.
const plain = fc.array(fc.constantFrom(...TEXT), { minLength: 1, maxLength: 4 }).map((w) => w.join(''));
const listDocument = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.tuple(fc.constantFrom('- ', '* ', '+ ', '1. ', '2. ', '3) ', '1) ', '01. ', '10. ', '- ', '1. '), plain).map(([m, w]) => m + w) },
      { weight: 1, arbitrary: plain },
      { weight: 1, arbitrary: plain.map((w) => `## ${w}`) },
      { weight: 2, arbitrary: fc.constantFrom('', ' ', '  ') },
    ),
    { maxLength: 10 },
  )
  .chain((lines) => fc.constantFrom('\n', '\r\n').map((eol) => lines.join(eol)));

describe('readMarkdownBlocks', () => {
  it('gives remark-parse’s tree whenever it reads a document', () => {
    let read = 0;
    let withList = 0;
    let builtList = 0; // lists read without remark
    let calls = 0;
    const counting = { parse: (text: string) => (calls++, remark.parse(text)) };
    fc.assert(
      fc.property(fc.oneof(document, listDocument), (text) => {
        calls = 0;
        const tree = readMarkdownBlocks(text, counting);
        if (tree === null) return;
        read++;
        if (tree.children.some((node) => node.type === 'list')) {
          withList++;
          if (calls === 0) builtList++;
        }
        expect(tree).toStrictEqual(remark.parse(text));
      }),
      { numRuns: 3000 },
    );
    // Plain documents and lists, built or left to remark, are common in the draw; the
    // comparison must have run on each.
    expect(read).toBeGreaterThan(300);
    expect(builtList).toBeGreaterThan(50);
    expect(withList - builtList).toBeGreaterThan(50);
  });

  it('reads headings and paragraphs, and leaves inline syntax to remark in place', () => {
    const text = '# 某县2023年法治政府建设年度报告\r\n\r\n  一、主要成效\n   续行\n\n## (一)**加强**领导\n\n第一段，含`代码`与&amp;。  \n次行\n';
    const tree = readMarkdownBlocks(text, remark);
    expect(tree).toStrictEqual(remark.parse(text));
    expect(tree!.children.map((n) => n.type)).toEqual(['heading', 'paragraph', 'heading', 'paragraph']);
  });

  it('lets a bullet or an item numbered 1 interrupt a paragraph, and no other item', () => {
    for (const [text, types] of [
      ['存在的问题:\n1. 执法力量不足。\n2. 宣传不够。', ['paragraph', 'list']],
      ['存在的问题:\n- 执法力量不足。', ['paragraph', 'list']],
      ['存在的问题:\n2. 执法力量不足。', ['paragraph']],
      ['存在的问题:\n01. 执法力量不足。', ['paragraph']],
    ] as const) {
      const tree = readMarkdownBlocks(text, remark);
      expect(tree).toStrictEqual(remark.parse(text));
      expect(tree!.children.map((n) => n.type)).toEqual(types);
    }
  });

  it.each([
    ['a block inside a list item', '1. 条目\n\n   > 引文'],
    ['a block quote', '> 引文'],
    ['a fenced code block', '```\n代码\n```'],
    ['indented code', '正文\n\n    代码'],
    ['a thematic break', '正文\n\n***'],
    ['a setext heading', '标题\n==='],
    ['an HTML block', '<div>\n正文\n</div>'],
    ['a link reference definition', '[a]: http://x\n\n正文[a]'],
  ])('steps aside for %s', (_name, text) => {
    expect(readMarkdownBlocks(text, remark)).toBeNull();
  });

  it('reads the Markdown fixtures and generated drafts of every heading style as remark does', () => {
    const documents: string[] = [];
    for (const folder of ['labeled', 'heldout', 'heldout2']) {
      const dir = new URL(`../../fixtures/${folder}/`, import.meta.url);
      for (const name of readdirSync(dir).filter((n) => n.endsWith('.md') && n !== 'README.md')) {
        documents.push(readFileSync(new URL(name, dir), 'utf8'));
      }
    }
    // Bench drafts (ATX, bold and unmarked headings, hard-broken signatures), seeded.
    const pools = buildPools(readFixtureSources(fileURLToPath(new URL('../..', import.meta.url))));
    for (let seed = 1; seed <= 12; seed++) documents.push(sizedReport(pools, 8000, seed).md);
    let read = 0;
    for (const text of documents) {
      const tree = readMarkdownBlocks(text, remark);
      if (tree === null) continue;
      read++;
      expect(tree).toStrictEqual(remark.parse(text));
    }
    // Drafts are mostly headings and paragraphs: the fast path must take most of them.
    expect(read).toBeGreaterThan(documents.length / 2);
  });
});
