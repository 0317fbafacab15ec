import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Heading, Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/read/text-reader.js';
import { PAGE_DEBRIS } from '../../src/data/page-debris.js';
import { matchDebris } from '../../src/read/lines.js';
import { expectExactPositions, sourceOf } from './helpers.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/real/${name}`, import.meta.url), 'utf8');
const TANBU = fixture('real-2022-guangzhou-tanbu.txt');
const DONGHU = fixture('real-2022-nanchang-donghu.txt');
const LIUYIN = fixture('real-2024-chongqing-liuyin.txt');

const headings = (tree: Root, level?: number) =>
  tree.children.filter((n): n is Heading => n.type === 'heading' && (level === undefined || n.depth === level));
const shape = (tree: Root, text: string) =>
  tree.children.map((n) => `${n.type === 'heading' ? `h${n.depth}` : n.type[0]} ${n.position!.start.line}:${n.position!.start.column} ${sourceOf(n, text)}`);

describe('readText on small inputs', () => {
  it('makes one paragraph per non-blank line, never merging lines', () => {
    const text = '第一行\n第二行\n\n第三行';
    expect(shape(readText(text), text)).toEqual(['p 1:1 第一行', 'p 2:1 第二行', 'p 4:1 第三行']);
  });

  it('excludes leading and trailing blanks of every kind from nodes', () => {
    const text = '\u3000\u3000报告正文。\u3000\n\u00a0\u00a0 第二段\t\r\n \u2002\u200b第三段\u00a0';
    const tree = readText(text);
    expect(shape(tree, text)).toEqual(['p 1:3 报告正文。', 'p 2:4 第二段', 'p 3:4 第三段']);
    expectExactPositions(tree, text);
  });

  it('keeps positions exact with CRLF and lone CR endings', () => {
    const text = '标题\r\n\r\n一、主要工作\r\n  (一)强化领导。具体内容\r结尾\r\n';
    const tree = readText(text);
    expect(shape(tree, text)).toEqual(['p 1:1 标题', 'h1 3:1 一、主要工作', 'h2 4:3 (一)强化领导。', 'p 4:11 具体内容', 'p 5:1 结尾']);
    expectExactPositions(tree, text);
    expect(tree.position!.end).toEqual({ line: 6, column: 1, offset: text.length });
  });

  it('finds the lines a look at every character finds, whatever the mix of line endings', () => {
    // readText finds line ends with native searches; each line must be the one a character by
    // character walk ends at "\n", "\r\n" or a lone "\r", with its number and its start.
    const slowLines = (text: string) => {
      const lines: Array<{ line: number; start: number; end: number }> = [];
      let start = 0;
      for (let i = 0; i <= text.length; i++) {
        if (i < text.length && text[i] !== '\n' && text[i] !== '\r') continue;
        lines.push({ line: lines.length + 1, start, end: i });
        if (text[i] === '\r' && text[i + 1] === '\n') i++;
        start = i + 1;
      }
      return lines;
    };
    const piece = fc.constantFrom('甲', '乙丙', ' ', '\u3000', '\n', '\r', '\r\n', '\n\n', '\r\r');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        const expected = slowLines(text)
          .filter(({ start, end }) => text.slice(start, end).trim() !== '')
          .map(({ line, start, end }) => {
            const content = text.slice(start, end);
            return `p ${line}:${content.length - content.trimStart().length + 1} ${content.trim()}`;
          });
        expect(shape(readText(text), text)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('recovers a heading with its numbering and a text child holding the line', () => {
    const text = '   一、2022年度主要工作';
    const [heading] = readText(text).children as [Heading];
    expect(heading).toEqual({
      type: 'heading',
      depth: 1,
      data: { numbering: { level: 1, value: 1, marker: '一、', style: 'chinese-dun' }, recovered: true },
      children: [
        {
          type: 'text',
          value: '一、2022年度主要工作',
          position: { start: { line: 1, column: 4, offset: 3 }, end: { line: 1, column: 16, offset: 15 } },
        },
      ],
      position: { start: { line: 1, column: 4, offset: 3 }, end: { line: 1, column: 16, offset: 15 } },
    });
  });

  it('splits a heading\'s lead sentence from the body on the same line', () => {
    const text = '\u3000\u3000(一)强化统筹推进。\u3000进一步发挥党委的领导核心作用。';
    const tree = readText(text);
    const [heading, body] = tree.children as [Heading, RootContent];
    expect(heading.type).toBe('heading');
    expect(heading.depth).toBe(2);
    expect(sourceOf(heading, text)).toBe('(一)强化统筹推进。');
    expect(heading.position!.start).toEqual({ line: 1, column: 3, offset: 2 });
    expect(heading.position!.end).toEqual({ line: 1, column: 13, offset: 12 });
    expect(body.type).toBe('paragraph');
    expect(body.position!.start).toEqual({ line: 1, column: 14, offset: 13 }); // after the U+3000
    expect(sourceOf(body, text)).toBe('进一步发挥党委的领导核心作用。');
    expectExactPositions(tree, text);
  });

  it('keeps enumerations and years as paragraphs', () => {
    const text = '一是完善制度。二是加强考核。\n2022年,我镇开展工作。\n2022以来,在区委领导下。\n1.5亿元投入建设。\n一方面加强学习。';
    expect(readText(text).children.every((n) => n.type === 'paragraph')).toBe(true);
  });

  it('uses the level as depth for every style', () => {
    const text = '一、甲\n(一)乙\n1.丙\n(1)丁\n①戊';
    expect(readText(text).children.map((n) => (n as Heading).depth)).toEqual([1, 2, 3, 4, 5]);
  });

  it('moves debris lines into root.data.debris with exact positions', () => {
    const text = '当前位置:首页 > 政务公开\n  发布日期:2023-01-30 11:12  \n正文第一段。\n分享到:\n';
    const tree = readText(text);
    expect(shape(tree, text)).toEqual(['p 3:1 正文第一段。']);
    expect(tree.data!.debris!.map((d) => [d.kind, d.text, d.position.start.line, d.position.start.column])).toEqual([
      ['navigation', '当前位置:首页 > 政务公开', 1, 1],
      ['published', '发布日期:2023-01-30 11:12', 2, 3],
      ['share', '分享到:', 4, 1],
    ]);
    expectExactPositions(tree, text);
  });

  it('returns an empty body (and empty debris) for blank text', () => {
    const tree = readText('  \n\u3000\n');
    expect(tree.children).toEqual([]);
    expect(tree.data).toEqual({ debris: [] });
  });

  it('counts columns in UTF-16 units', () => {
    const text = '𠀀 一、标题';
    // "𠀀" is two units: the line is not a heading (text before the marker) and starts at 1.
    const tree = readText(text);
    expect(tree.children[0]!.type).toBe('paragraph');
    expect(tree.children[0]!.position!.end.column).toBe(text.length + 1);
  });
});

describe('the page-debris table', () => {
  it('matches each example with its own kind', () => {
    for (const entry of PAGE_DEBRIS) {
      expect(entry.pattern.test(entry.example), entry.example).toBe(true);
      expect(matchDebris(entry.example), entry.example).toBe(entry.kind);
    }
  });

  it('matches each example written with full-width punctuation, and with ASCII, alike', () => {
    const toFull = (text: string) => text.replace(/[:,;|()>!?]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
    const toAscii = (text: string) => text.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
    for (const entry of PAGE_DEBRIS) {
      expect(matchDebris(toFull(entry.example)), toFull(entry.example)).toBe(entry.kind);
      expect(matchDebris(toAscii(entry.example)), toAscii(entry.example)).toBe(entry.kind);
    }
  });

  it.each([
    '扫一扫',
    '【打印本页】【关闭窗口】',
    '【字体:大 中 小】',
    '【 打印 】 【 关闭 】',
    '首页 > 政务公开',
    '您现在的位置 首页 > 政务公开 > 法治政府建设',
    '附件:',
    '附件',
    '来源:区司法局',
    '发文字号:穗花府〔2023〕1号',
    '| 索引号: | 11440114 |',
    '上一篇:关于…',
    '浏览次数:1024',
  ])('treats %j as debris', (line) => {
    expect(matchDebris(line)).not.toBeNull();
  });

  it.each([
    '附件:1.2022年法治政府建设工作台账',
    '附件1:相关制度清单',
    '首页设立法治专栏,及时发布法治动态。',
    '当前位置还不够明确的问题仍然存在。',
    '来源于群众的意见建议全部办结,办结率100%。',
    '日期确定后,各单位要抓好落实。',
    '分享到各村(社区)微信群,扩大宣传覆盖面,' + '持续开展法治宣传。'.repeat(8),
    '打印并张贴宣传海报500余份。',
    '关闭违法排污企业3家。',
    '字体规范,格式统一。',
    '有效性审查工作不断加强。',
    '索引号管理规范。',
    '扫一扫二维码即可在线咨询法律问题。',
    '2023年1月19日',
    '广州市花都区炭步镇人民政府',
  ])('keeps %j in the body', (line) => {
    expect(matchDebris(line)).toBeNull();
  });
});

describe('readText on the real reports', () => {
  it.each([
    ['tanbu', TANBU],
    ['donghu', DONGHU],
    ['liuyin', LIUYIN],
  ])('%s: every position is exact', (_name, text) => {
    expectExactPositions(readText(text), text);
  });

  it('tanbu: removes the page debris and nothing else', () => {
    const tree = readText(TANBU);
    expect(tree.data!.debris!.map((d) => [d.kind, d.position.start.line])).toEqual([
      ['navigation', 1],
      ['published', 5],
      ['attachment', 46],
      ['share', 47],
    ]);
    const lines = tree.children.map((n) => n.position!.start.line);
    expect(lines[0]).toBe(3); // the title
    expect(lines.at(-1)).toBe(44); // the signature date
    const blocks = tree.children.map((n) => sourceOf(n, TANBU));
    expect(blocks[0]).toBe('广州市花都区炭步镇人民政府2022年法治政府建设年度报告');
    expect(blocks.slice(-3)).toEqual(['中共广州市花都区炭步镇委员会', '广州市花都区炭步镇人民政府', '2023年1月19日']);
  });

  it('tanbu: level-1 headings, and level-2 headings split from their body', () => {
    const tree = readText(TANBU);
    expect(headings(tree, 1).map((h) => sourceOf(h, TANBU))).toEqual(['一、2022年度主要工作', '二、存在问题', '三、2023年工作安排']);
    const level2 = headings(tree, 2);
    expect(level2.map((h) => sourceOf(h, TANBU))).toEqual([
      '(一)强化统筹推进。', '(二)健全体制机制。', '(三)坚持依法行政。', '(四)加强普法宣传。', '(五)优化政务服务。',
      '(一)加强法治政府建设。', '(二)加强法律法规学习。', '(三)加强法治宣传力度。', '(四)推动政府信息公开向纵深发展。', '(五)推进政府职能转变。',
    ]);
    // The opening "2022以来,…" is a paragraph, and the heading on line 9 is indented by 7 spaces.
    expect(tree.children[1]!.type).toBe('paragraph');
    expect(headings(tree, 1)[0]!.position!.start).toMatchObject({ line: 9, column: 8 });
    // Each split heading is followed by its body on the same line.
    for (const heading of level2) {
      const next = tree.children[tree.children.indexOf(heading) + 1]!;
      expect(next.type).toBe('paragraph');
      expect(next.position!.start.line).toBe(heading.position!.start.line);
    }
  });

  it('liuyin: four level-1 headings, whole-line and split level-2 headings', () => {
    const tree = readText(LIUYIN);
    expect(tree.data!.debris!.map((d) => [d.kind, d.text])).toEqual([
      ['published', '日期:2025-02-27'],
      ['share', '扫一扫在手机打开当前页'],
    ]);
    expect(headings(tree, 1).map((h) => sourceOf(h, LIUYIN))).toEqual([
      '一、主要举措和成效',
      '二、党政主要负责人履行推进法治建设第一责任人职责情况',
      '三、2024年推进法治政府建设存在的不足和原因',
      '四、2025年推进法治政府建设的工作思路、目标举措',
    ]);
    const level2 = headings(tree, 2);
    expect(level2).toHaveLength(15);
    const first = level2[0]!;
    expect(sourceOf(first, LIUYIN)).toBe('(一)强化组织领导,完善法治建设工作机制');
    expect(first.position!.start.line).toBe(8);
    expect(tree.children[tree.children.indexOf(first) + 1]!.position!.start.line).toBe(10); // "一是…" paragraph
    expect(sourceOf(level2[7]!, LIUYIN)).toBe('(一)法治意识有待进一步提高。'); // split, line 42
    expect(level2[7]!.position!.start.line).toBe(42);
    expect(tree.children.filter((n) => n.type === 'paragraph' && sourceOf(n, LIUYIN).startsWith('一是'))).toHaveLength(3);
  });

  it('donghu: the metadata table is debris, seven level-1 headings, level-2 headings split from their body', () => {
    const tree = readText(DONGHU);
    expect(tree.data!.debris!.map((d) => [d.kind, d.position.start.line])).toEqual([
      ['metadata', 1],
      ['metadata', 2],
      ['metadata', 3],
      ['metadata', 4],
    ]);
    expect(tree.children[0]!.type).toBe('paragraph');
    expect(sourceOf(tree.children[0]!, DONGHU).startsWith('2022年,东湖区委')).toBe(true);
    const level1 = headings(tree, 1);
    expect(level1.map((h) => h.data!.numbering!.value)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(sourceOf(level1[5]!, DONGHU)).toBe('六、存在的问题');
    expect(sourceOf(level1[6]!, DONGHU)).toBe('七、下一步工作打算');
    const level2 = headings(tree, 2);
    expect(level2).toHaveLength(21); // 3 + 3 + 3 + 4 + 4 + 2 + 2
    for (const heading of level2) {
      expect(sourceOf(heading, DONGHU).endsWith('。')).toBe(true);
      const next = tree.children[tree.children.indexOf(heading) + 1]!;
      expect(next.type).toBe('paragraph');
      expect(next.position!.start.line).toBe(heading.position!.start.line);
      expect(next.position!.start.column).toBe(heading.position!.end.column);
    }
    expect(sourceOf(level2[0]!, DONGHU)).toBe('(一)科学部署规划。');
  });
});

describe('performance', () => {
  it('is much faster than remark-parse on a large text', () => {
    const text = (TANBU + DONGHU + LIUYIN).repeat(30); // ~1 MB
    const time = (run: () => unknown) => {
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const start = performance.now();
        run();
        best = Math.min(best, performance.now() - start);
      }
      return best;
    };
    const ours = time(() => readText(text));
    const remark = time(() => unified().use(remarkParse).parse(text));
    expect(ours * 3).toBeLessThan(remark);
  });
});
