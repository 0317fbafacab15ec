// A text broken at a fixed width (a PDF's text, a mirror's plain copy) is read a paragraph at a
// time, as the same text written a paragraph a line is.
import { readFileSync } from 'node:fs';
import type { Nodes, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { reachesWidth, wrapWidth } from '../../src/read/hard-wrap.js';
import { readText } from '../../src/read/text-reader.js';
import { expectExactPositions } from './helpers.js';

const REAL = ['real-2022-guangzhou-tanbu.txt', 'real-2022-nanchang-donghu.txt', 'real-2024-chongqing-liuyin.txt'].map((name) =>
  readFileSync(new URL(`../../fixtures/real/${name}`, import.meta.url), 'utf8'),
);

const valueOf = (node: Nodes): string => ('value' in node ? node.value : 'children' in node ? node.children.map(valueOf).join('') : '');
/** Each block as its kind and its text, the line breaks inside it gone. */
const blocks = (tree: Root) => tree.children.map((node) => `${node.type === 'heading' ? `h${node.depth}` : 'p'} ${valueOf(node)}`);

/**
 * Each line that ends in a paragraph, broken every `width` characters, a paragraph of its own
 * indented. Not where the break would fall inside a run-in heading's lead ("(一)…有待进一步增强" /
 * "。个别…"): that is read as a heading and a paragraph (a known limit).
 */
function hardWrap(text: string, width: number): string {
  const tree = readText(text);
  // Per line, where its paragraph starts (column) and where a heading on it ends.
  const paragraphAt = new Map<number, number>();
  const headingEnd = new Map<number, number>();
  for (const node of tree.children) {
    const { start, end } = node.position!;
    if (node.type === 'paragraph') paragraphAt.set(start.line, start.column);
    else headingEnd.set(start.line, end.column);
  }
  return text
    .split('\n')
    .map((line, i) => {
      const lineNo = i + 1;
      // A line with blanks inside ("…依法行政工\u00a0 作局面。") could be broken at one, which ends a line short of the width.
      if (!paragraphAt.has(lineNo) || line.trim().length <= width || /\s/.test(line.trim())) return line;
      const lead = headingEnd.get(lineNo);
      if (lead !== undefined && lead > width) return line;
      const indented = lead === undefined ? `\u3000\u3000${line.trim()}` : line;
      const pieces: string[] = [];
      for (let at = 0; at < indented.length; at += width) pieces.push(indented.slice(at, at + width));
      return pieces.join('\n');
    })
    .join('\n');
}

describe('wrapWidth', () => {
  it('finds the width most long lines were broken at', () => {
    for (const width of [24, 30, 36]) expect(wrapWidth(hardWrap(REAL[1]!, width))).toBe(width);
  });

  it('finds none in reports written a paragraph a line, nor in a few lines of one length', () => {
    for (const text of REAL) expect(wrapWidth(text)).toBeNull();
    const line = '街道全面推行行政执法公示制度,全年公示执法信息。';
    expect(wrapWidth(`${line}\n${line}\n${line}\n\n短行\n`)).toBeNull();
  });

  it('lets a line one character short or long of the width reach it (a mark kept off the next line)', () => {
    expect([29, 30, 31].map((n) => reachesWidth(n, 30))).toEqual([true, true, true]);
    expect([28, 32].map((n) => reachesWidth(n, 30))).toEqual([false, false]);
  });
});

describe('readText on a text broken at a fixed width', () => {
  it.each([24, 30, 36])('reads the real reports wrapped at %i as their paragraphs, with exact positions', (width) => {
    for (const text of REAL) {
      const wrapped = hardWrap(text, width);
      const tree = readText(wrapped);
      expect(blocks(tree)).toEqual(blocks(readText(text)));
      expectExactPositions(tree, wrapped);
    }
  });

  it('goes on only with a flush paragraph line after a line at the width', () => {
    const line = (s: string) => s.padEnd(20, '文');
    const text = [
      line('一是执法队伍力量不足,'),
      line('二是培训不够,原因是经费'),
      '有限。',
      // Indented: a paragraph of its own.
      `\u3000\u3000${line('三是宣传不足')}`.slice(0, 20),
      '一、2024年工作打算',
      line('加强培训'),
      '',
      '下一行在空行之后。',
      line('甲'),
      line('乙'),
      line('丙'),
    ].join('\n');
    expect(wrapWidth(text)).toBe(20);
    expect(blocks(readText(text))).toEqual([
      `p ${line('一是执法队伍力量不足,')}${line('二是培训不够,原因是经费')}有限。`,
      `p ${`\u3000\u3000${line('三是宣传不足')}`.slice(2, 20)}`,
      'h1 一、2024年工作打算',
      `p ${line('加强培训')}`,
      'p 下一行在空行之后。',
      `p ${line('甲')}${line('乙')}${line('丙')}`,
    ]);
  });
});
