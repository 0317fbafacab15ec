// The three real reports give the same findings whether read as .txt, as .md, as a saved web
// page (.html) or as a Word document (.docx): the same messages on the same paragraphs, and the
// same sequence of headings and paragraphs.
import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { lintBytes } from '../../src/engine/lint-file.js';
import { parseSource } from '../../src/engine/lint.js';
import { readDocx } from '../../src/read/docx-reader.js';
import { readHtml } from '../../src/read/html-reader.js';
import type { LintResult } from '../../src/results.js';
import { docxFromText } from './build-docx.js';
import { pageFromText, request } from './lint-helpers.js';

const REPORTS = ['real-2022-guangzhou-tanbu.txt', 'real-2022-nanchang-donghu.txt', 'real-2024-chongqing-liuyin.txt'];

/** Paragraph number (1-based, blank lines not counted) of each line of a text. */
function paragraphNumbers(text: string): number[] {
  const numbers = [0];
  let n = 0;
  for (const line of text.split(/\r?\n/)) numbers.push(line.trim() === '' ? n : ++n);
  return numbers;
}

/** Findings as rule/messageId@paragraph, sorted. `toParagraph` maps a message's line. */
function findings(result: LintResult, toParagraph: (line: number) => number): string[] {
  expect(result.fatalErrorCount, JSON.stringify(result.messages.filter((m) => m.fatal))).toBe(0);
  return result.messages.map((m) => `${m.ruleId}/${m.messageId}@${toParagraph(m.line)}`).sort();
}

function blockSequence(tree: Root): string[] {
  const text = (node: unknown): string =>
    node && typeof node === 'object' && 'value' in node ? String(node.value) : node && typeof node === 'object' && 'children' in node ? (node.children as unknown[]).map(text).join('') : '';
  return tree.children.map((node) => `${node.type === 'heading' ? 'H' : 'P'} ${text(node).trim()}`);
}

describe.each(REPORTS)('%s read from each format', (name) => {
  const txt = readFileSync(new URL(`../../fixtures/real/${name}`, import.meta.url), 'utf8');
  const numbers = paragraphNumbers(txt);
  // Markdown: paragraphs separated by blank lines, as a converter writes them.
  const md = txt
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .join('\n\n');
  const mdNumbers = paragraphNumbers(md);

  it('gives the same findings on the same paragraphs', async () => {
    const asTxt = findings(await lintBytes(Buffer.from(txt), 'r.txt', request()), (line) => numbers[line]!);
    const asMd = findings(await lintBytes(Buffer.from(md), 'r.md', request()), (line) => mdNumbers[line]!);
    const html = await lintBytes(Buffer.from(pageFromText(txt)), 'r.html', request());
    const docx = await lintBytes(docxFromText(txt), 'r.docx', request());
    expect(html.locationUnit).toBe('paragraph');
    expect(docx.locationUnit).toBe('paragraph');
    expect(asTxt.length).toBeGreaterThan(0);
    expect(asMd).toEqual(asTxt);
    expect(findings(html, (line) => line)).toEqual(asTxt);
    expect(findings(docx, (line) => line)).toEqual(asTxt);
  });

  it('gives the same sequence of headings and paragraphs', async () => {
    const fromTxt = blockSequence(await parseSource(txt, 'text'));
    const fromMd = blockSequence(await parseSource(md, 'markdown'));
    const page = readHtml(Buffer.from(pageFromText(txt)));
    const word = await readDocx(docxFromText(txt));
    expect(fromMd).toEqual(fromTxt);
    expect(blockSequence(await parseSource(page.text, 'text', page.headingLines))).toEqual(fromTxt);
    expect(blockSequence(await parseSource(word.text, 'text', word.headingLines))).toEqual(fromTxt);
  });
});
