import { readFileSync } from 'node:fs';
import type { Code, Heading, Paragraph, Root, Text } from 'mdast';
import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../src/read/markdown-reader.js';
import { readText } from '../../src/read/text-reader.js';
import { expectExactPositions, sourceOf } from './helpers.js';

const shape = (tree: Root, text: string) =>
  tree.children.map((n) => `${n.type === 'heading' ? `h${n.depth}` : n.type} ${n.position!.start.line}:${n.position!.start.column} ${sourceOf(n, text)}`);

describe('readMarkdown', () => {
  it('keeps # headings and their depth, adding the numbering when the text has a marker', () => {
    const text = '# 某区2022年法治政府建设年度报告\n\n## 一、主要工作\n\n### (一)强化领导\n';
    const tree = readMarkdown(text);
    const [title, first, second] = tree.children as Heading[];
    expect(title!.depth).toBe(1);
    expect(title!.data?.numbering).toBeUndefined();
    expect(first!.depth).toBe(2);
    expect(first!.data).toEqual({ numbering: { level: 1, value: 1, marker: '一、', style: 'chinese-dun' } });
    expect(second!.depth).toBe(3);
    expect(second!.data!.numbering).toMatchObject({ level: 2, style: 'paren-chinese-half' });
    expect(second!.data!.recovered).toBeUndefined();
    expectExactPositions(tree, text);
  });

  it('splits a paragraph whose lines open with markers into headings and paragraphs, line by line', () => {
    const text = '一、总体情况\n今年以来，我局深入推进。\n（一）强化领导。具体做法是建立机制。\n（二）完善制度\n';
    const tree = readMarkdown(text);
    expect(shape(tree, text)).toEqual([
      'h1 1:1 一、总体情况',
      'paragraph 2:1 今年以来，我局深入推进。',
      'h2 3:1 （一）强化领导。',
      'paragraph 3:9 具体做法是建立机制。',
      'h2 4:1 （二）完善制度',
    ]);
    const heading = tree.children[0] as Heading;
    expect(heading.data).toEqual({ numbering: { level: 1, value: 1, marker: '一、', style: 'chinese-dun' }, recovered: true });
    expect(heading.children).toEqual([{ type: 'text', value: '一、总体情况', position: heading.position }]);
    expectExactPositions(tree, text);
  });

  it('leaves paragraphs without markers or debris exactly as remark made them', () => {
    const text = '今年以来，我局*深入*推进\n法治政府建设。\n';
    const tree = readMarkdown(text);
    expect(tree.children).toHaveLength(1);
    const paragraph = tree.children[0] as Paragraph;
    expect(paragraph.position!.start.line).toBe(1);
    expect(paragraph.position!.end.line).toBe(2);
    expect(paragraph.children.map((c) => c.type)).toEqual(['text', 'emphasis', 'text']);
  });

  it('trims U+00A0 and U+3000 around a kept paragraph, as the text reader does', () => {
    const text = '\u00a0 \u00a0\u3000虽然取得了一定成绩,\n但还存在问题。\u3000\n';
    const tree = readMarkdown(text);
    const paragraph = tree.children[0] as Paragraph;
    expect(paragraph.position!.start).toEqual({ line: 1, column: 5, offset: 4 });
    expect(sourceOf(paragraph, text)).toBe('虽然取得了一定成绩,\n但还存在问题。');
    expect((paragraph.children[0] as Text).value).toBe('虽然取得了一定成绩,\n但还存在问题。');
    expect(paragraph.children[0]!.position).toEqual(paragraph.position);
  });

  it('keeps inline nodes that fit in a split line', () => {
    const text = '一、加强*领导*工作，见[链接](http://example.com)\n继续推进。\n';
    const tree = readMarkdown(text);
    const heading = tree.children[0] as Heading;
    expect(heading.type).toBe('heading');
    expect(heading.children.map((c) => c.type)).toEqual(['text', 'emphasis', 'text', 'link']);
    expect((heading.children[0] as Text).value).toBe('一、加强');
    expect(tree.children[1]!.type).toBe('paragraph');
    expect(((tree.children[1] as Paragraph).children[0] as Text).value).toBe('继续推进。');
    expectExactPositions(tree, text, (node) => node.position!.start.line === 2 || (node as Text).value === '一、加强');
  });

  it('recovers a bold numbered line (as pandoc writes Word headings) and keeps the strong node', () => {
    const text = '**一、总体情况**\n\n正文。\n';
    const tree = readMarkdown(text);
    const heading = tree.children[0] as Heading;
    expect(heading.type).toBe('heading');
    expect(heading.depth).toBe(1);
    expect(heading.data!.numbering!.marker).toBe('一、');
    expect(heading.children.map((c) => c.type)).toEqual(['strong']);
    expect(sourceOf(heading, text)).toBe('**一、总体情况**');
  });

  it('keeps closing emphasis delimiters with the lead sentence', () => {
    const text = '*（一）强化统筹推进。*进一步发挥作用。\n';
    const tree = readMarkdown(text);
    expect(shape(tree, text)).toEqual(['h2 1:1 *（一）强化统筹推进。*', 'paragraph 1:13 进一步发挥作用。']);
  });

  it('re-reads indented code holding Chinese text as report lines', () => {
    const text = '       一、2022年度主要工作\n\n     (一)强化统筹推进。进一步发挥作用。\n\n\t二是加强学习。\n';
    const tree = readMarkdown(text);
    expect(shape(tree, text)).toEqual([
      'h1 1:8 一、2022年度主要工作',
      'h2 3:6 (一)强化统筹推进。',
      'paragraph 3:16 进一步发挥作用。',
      'paragraph 5:2 二是加强学习。',
    ]);
    expectExactPositions(tree, text);
  });

  it('keeps real code: fenced blocks, and indented code without Chinese', () => {
    const text = '```\n一、不是标题\n```\n\n    const year = 2022;\n';
    const tree = readMarkdown(text);
    expect(tree.children.map((n) => n.type)).toEqual(['code', 'code']);
    expect((tree.children[0] as Code).value).toBe('一、不是标题');
  });

  it('keeps ordered lists as lists, but recovers "1." without a space', () => {
    const text = '1. 第一项\n2. 第二项\n\n1.加强学习\n';
    const tree = readMarkdown(text);
    expect(tree.children.map((n) => n.type)).toEqual(['list', 'heading']);
    expect((tree.children[1] as Heading).data!.numbering).toMatchObject({ level: 3, style: 'arabic-dot' });
  });

  it('moves debris lines in paragraphs to root.data.debris', () => {
    const text = '当前位置:首页 > 政务公开\n\n发布日期:2023-01-30 11:12\n正文第一段。\n\n分享到:\n';
    const tree = readMarkdown(text);
    expect(shape(tree, text)).toEqual(['paragraph 4:1 正文第一段。']);
    expect(tree.data!.debris!.map((d) => [d.kind, d.text, d.position.start.line])).toEqual([
      ['navigation', '当前位置:首页 > 政务公开', 1],
      ['published', '发布日期:2023-01-30 11:12', 3],
      ['share', '分享到:', 6],
    ]);
    expectExactPositions(tree, text);
  });

  it('keeps HTML comments (disable directives) as html nodes', () => {
    const text = '<!-- fazhi-lint-disable no-vague -->\n\n一、主要工作\n';
    const tree = readMarkdown(text);
    expect(tree.children.map((n) => n.type)).toEqual(['html', 'heading']);
    expect(tree.children[0]).toMatchObject({ value: '<!-- fazhi-lint-disable no-vague -->' });
  });

  it('keeps positions exact with CRLF endings', () => {
    const text = '一、主要工作\r\n（一）强化领导。正文。\r\n\r\n    二是加强。\r\n';
    const tree = readMarkdown(text);
    expect(shape(tree, text)).toEqual(['h1 1:1 一、主要工作', 'h2 2:1 （一）强化领导。', 'paragraph 2:9 正文。', 'paragraph 4:5 二是加强。']);
    expectExactPositions(tree, text);
  });

  it('always sets root.data.debris', () => {
    expect(readMarkdown('正文。').data).toEqual({ debris: [] });
  });
});

describe("a web clipper's YAML front matter", () => {
  it('is page metadata: none of its lines is a heading or a paragraph', () => {
    const text = '---\ntitle: "某街道2023年法治政府建设年度报告_某区人民政府"\nsource: "https://example.gov.cn/a.html"\ntags:\n  - "clippings"\n---\n# 某街道2023年法治政府建设年度报告\n\n## 一、主要工作\n\n全年办案9件。\n';
    const tree = readMarkdown(text);
    expect(tree.children.map((n) => `${n.type} ${sourceOf(n, text)}`)).toEqual(['heading # 某街道2023年法治政府建设年度报告', 'heading ## 一、主要工作', 'paragraph 全年办案9件。']);
    expect(tree.data!.debris!.map((d) => [d.kind, d.position.start.line, d.position.end.line])).toEqual([['metadata', 1, 6]]);
    expectExactPositions(tree, text);
  });

  it('is only a block that opens the file and closes', () => {
    const unclosed = '---\ntitle: 某报告\n\n全年办案9件。\n';
    expect(readMarkdown(unclosed).data?.debris ?? []).toEqual([]);
    const later = '全年办案9件。\n\n---\ntitle: 某报告\n---\n';
    expect(readMarkdown(later).data?.debris ?? []).toEqual([]);
  });
});

describe('a list of links in Markdown', () => {
  it('a quote or paragraph of links under a short label is page debris, not the report', () => {
    const text = '> 相关推荐\n> [某镇2023年法治政府建设年度报告](http://a.gov.cn/1.html)\n> [某镇2024年政府信息公开工作年度报告](http://a.gov.cn/2.html)\n\n# 某镇2024年法治政府建设年度报告\n\n2024年,某镇坚持依法行政,详见[附件](http://a.gov.cn/3.pdf)和[清单](http://a.gov.cn/4.pdf)。\n';
    const tree = readMarkdown(text);
    expect(tree.children.map((n) => n.type)).toEqual(['heading', 'paragraph']);
    expect(tree.data!.debris!.map((d) => [d.kind, d.position.start.line])).toEqual([['navigation', 1]]);
  });
});

describe('readMarkdown on the real reports', () => {
  // Read as Markdown, the scraped reports mix paragraphs and indented "code"; the recovered
  // blocks and debris must be the ones the text reader finds.
  it.each(['real-2022-guangzhou-tanbu.txt', 'real-2022-nanchang-donghu.txt', 'real-2024-chongqing-liuyin.txt'])('%s matches the text reader', (name) => {
    const text = readFileSync(new URL(`../../fixtures/real/${name}`, import.meta.url), 'utf8');
    const markdown = readMarkdown(text);
    const plain = readText(text);
    expect(shape(markdown, text)).toEqual(shape(plain, text));
    expect(markdown.data!.debris).toEqual(plain.data!.debris);
    expect(markdown.children.filter((n) => n.type === 'heading').map((n) => n.data)).toEqual(
      plain.children.filter((n) => n.type === 'heading').map((n) => n.data),
    );
    expectExactPositions(markdown, text);
  });
});
