// Property-based tests (fast-check): whatever the text, linting returns results without
// throwing or crashing a rule, every position lies inside the file, and the fix loop reaches a
// text with nothing left to fix.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { verify, verifyAndFix, type LintOptions, type SourceFormat } from '../../src/engine/lint.js';
import type { LintMessage } from '../../src/results.js';
import { readHtml } from '../../src/read/html-reader.js';
import { LineIndex } from '../../src/read/positions.js';
import { allRules } from './lint-helpers.js';

const options = (format: SourceFormat): LintOptions => ({ rules: allRules(), settings: {}, locale: 'zh', format });

// Pieces real reports are made of, and the characters that trip readers: markers of every
// level, the debris lines, CR/CRLF, NBSP, U+3000, quotes and brackets (paired and not),
// Markdown syntax, digits and years.
const DEBRIS = ['发布日期:2023-01-17', '分享到:', '索引号: | 001 | 主题分类: | 综合政务 |', '当前位置:首页 > 政务公开'];
const FRAGMENTS = [
  '一、', '二、', '十二、', '(一)', '（二）', '1.', '2、', '１．', '(1)', '（3）', '①', '一是', '二是',
  '某某县人民政府', '2023年', '2024年', '法治政府建设年度报告', '存在的问题', '主要原因是', '下一步', '工作安排',
  '党政主要负责人', '第一责任人', '行政执法公示制度', '执法全过程记录', '重大执法决定法制审核', '共办理案件35件',
  '。', ',', '、', ';', ':', '“', '”', '‘', '’', '《', '》', '(', ')', '（', '）', '【', '】', '"', "'",
  '\n', '\r\n', '\r', '\n\n', '\u00a0', '\u3000', '\t', ' ', '\ufeff', '\u200b',
  ...DEBRIS,
  '# ', '## ', '**', '*', '_', '> ', '- ', '    ', '```', '[链接](http://x)', '<p>', '&nbsp;', '|',
  '厅字〔2019〕28号', '〔', '〕', '[2023]', '2023年1月19日',
];

const reportLike = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 }).map((parts) => parts.join(''));
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  reportLike,
  reportLike,
);

// A document number in square brackets: document-number always fixes it to 〔〕.
const MUST_FIX = '根据国办发[2019]28号文件。';

/** Every position of `m` lies inside `text`, and the end is not before the start. */
function expectInside(m: LintMessage, text: string): void {
  const lines = new LineIndex(text);
  const within = (line: number, column: number) => {
    expect(Number.isInteger(line) && Number.isInteger(column), JSON.stringify(m)).toBe(true);
    expect(line, JSON.stringify(m)).toBeGreaterThanOrEqual(1);
    expect(line, JSON.stringify(m)).toBeLessThanOrEqual(lines.lineCount);
    expect(column, JSON.stringify(m)).toBeGreaterThanOrEqual(1);
    expect(column, JSON.stringify(m)).toBeLessThanOrEqual(lines.lineEnd(line) - lines.lineStart(line) + 1);
  };
  within(m.line, m.column);
  if (m.endLine !== undefined && m.endColumn !== undefined) {
    within(m.endLine, m.endColumn);
    expect(m.endLine > m.line || (m.endLine === m.line && m.endColumn >= m.column), JSON.stringify(m)).toBe(true);
  }
}

describe.each<SourceFormat>(['text', 'markdown'])('any string read as %s', (format) => {
  it('lints without throwing or crashing a rule; every position is inside the file', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        const { messages } = await verify(text, options(format));
        expect(messages.filter((m) => m.fatal)).toEqual([]);
        for (const m of messages) expectInside(m, text);
      }),
      { numRuns: 300 },
    );
  });

  it('after the fix loop, the output re-linted has no fixable messages left', async () => {
    // Half the cases open with a sentence the fixers must change, so the property always
    // covers texts the fixers ran on, whatever the random draw.
    // Page debris is left out there: a page's chrome makes the lines around it debris too.
    const body = fc.array(fc.constantFrom(...FRAGMENTS.filter((f) => !DEBRIS.includes(f))), { maxLength: 80 });
    const fixable = body.map((rest) => ({ text: `${MUST_FIX}\n\n${rest.join('')}`, mustChange: true }));
    const any = anyText.map((text) => ({ text, mustChange: false }));
    await fc.assert(
      fc.asyncProperty(fc.oneof(fixable, any), async ({ text, mustChange }) => {
        const { output } = await verifyAndFix(text, options(format));
        if (mustChange) expect(output).not.toBe(text);
        const again = await verify(output, options(format));
        expect(again.messages.filter((m) => m.fix)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('any string as a web page', () => {
  const markup = fc.array(fc.constantFrom(...FRAGMENTS, '<div>', '</div>', '<br>', '<h2>', '</h2>', '<script>', '</script>', '<table><tr><td>', '</td><td>', '<nav>', '<!--', '-->', '<meta charset="gbk">'), { maxLength: 60 }).map((parts) => parts.join(''));

  it('reads without throwing; paragraphs are non-blank single lines and the lint positions fit', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(markup, fc.string({ unit: 'grapheme', maxLength: 200 })), async (html) => {
        const doc = readHtml(Buffer.from(html));
        if (doc.text === '') return;
        for (const line of doc.text.split('\n')) expect(line.trim()).not.toBe('');
        const { messages } = await verify(doc.text, { ...options('text'), headingLines: doc.headingLines });
        for (const m of messages) expectInside(m, doc.text);
      }),
      { numRuns: 200 },
    );
  });
});
