// A page a web clipper saved as Markdown under a .txt name is read as Markdown: its "# " and "**"
// are syntax, not part of the title, the issuer or the headings. A plain report is never taken for one.
import { describe, expect, it } from 'vitest';
import { formatOf, inputFormatOf, lintBytes } from '../../src/engine/lint-file.js';
import { looksLikeMarkdown } from '../../src/read/markdown-sniff.js';
import { request } from './lint-helpers.js';

const TITLE = '某某街道2025年法治政府建设年度报告';
const BODY = [
  '　　2025年，街道坚持以习近平法治思想为指导，现将有关情况报告如下。',
  '',
  '**一、2025年法治政府建设主要工作及成效**',
  '',
  '　　街道全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度。',
  '',
  '**二、街道党工委书记履行推进法治建设第一责任人职责情况**',
  '',
  '　　党工委书记带头学法，主持研究法治工作4次。',
  '',
  '**三、存在的不足和原因**',
  '',
  '　　一是法治队伍力量不足，原因是编制有限。',
  '',
  '**四、2026年工作计划**',
  '',
  '　　加强培训。',
  '',
].join('\n');
const CLIPPED = `[首页](https://www.example.gov.cn/) > [政务公开](https://www.example.gov.cn/zwgk/) > 正文\n\n# ${TITLE}\n\n发布时间：2026-01-12\n\n${BODY}`;

describe('looksLikeMarkdown', () => {
  it.each([
    ['a clipper page: links and a "# " title', CLIPPED],
    ['a "# " title and bold headings', `# ${TITLE}\n\n${BODY}`],
    ['bold headings and a table', `${TITLE}\n\n| 索引号 | 001 |\n| --- | --- |\n\n${BODY}`],
    ['"## " headings and a link', `## 一、工作\n\n## 二、问题\n\n见[附件](/fj/1.pdf)`],
  ])('%s', (_name, text) => {
    expect(looksLikeMarkdown(text)).toBe(true);
  });

  it.each([
    ['a plain report', `${TITLE}\n\n一、主要工作\n\n　　街道全面推行……\n`],
    ['one sign only: a "# " line', `# ${TITLE}\n\n一、主要工作\n`],
    ['one sign only: bold lines', `${TITLE}\n\n**一、主要工作**\n\n**二、存在问题**\n`],
    ['a "#" with no space, a bracket that is not a link', `#法治政府#\n\n[2025]3号文件(见附件)\n`],
  ])('%s is plain text', (_name, text) => {
    expect(looksLikeMarkdown(text)).toBe(false);
  });

  it('looks at the opening only: signs far into a long file do not count', () => {
    const long = `${TITLE}\n\n${'　　街道依法行政。\n\n'.repeat(3000)}# 标题\n\n[首页](https://a.gov.cn/)\n`;
    expect(looksLikeMarkdown(long)).toBe(false);
    expect(looksLikeMarkdown(long.slice(-100))).toBe(true);
  });
});

describe('a .txt that is Markdown', () => {
  it('is read as Markdown by its text, only where a file named .txt or standard input can be', () => {
    expect(formatOf('a.txt', CLIPPED)).toBe('markdown');
    expect(inputFormatOf('a.txt', CLIPPED)).toBe('markdown');
    expect(formatOf('<text>', CLIPPED)).toBe('markdown');
    expect(formatOf('a.txt', `${TITLE}\n\n${BODY.replace(/\*\*/g, '')}`)).toBe('text');
    // A Word document's or a web page's paragraphs are never re-read as Markdown.
    expect(inputFormatOf('a.docx', CLIPPED)).toBe('docx');
    expect(formatOf('a.docx', CLIPPED)).toBe('text');
  });

  it('gives the title, issuer and parts without Markdown syntax', async () => {
    const result = await lintBytes(new TextEncoder().encode(CLIPPED), 'report.txt', request());
    const outline = result.outline!;
    expect(outline.title?.text).toBe(TITLE);
    expect(outline.issuer).toBe('某某街道');
    expect(outline.sections.map((s) => s.kind)).toEqual(['achievements', 'responsibility', 'problems', 'plans']);
    expect(result.messages.filter((m) => m.ruleId === 'require-title')).toEqual([]);
  });

  it('read as plain text, the same page keeps "# " in its title (why the sniff exists)', async () => {
    const plain = CLIPPED.replace(/\*\*/g, '').replace(/\[([^\]]+)\]\([^)]+\)/g, '$1');
    const result = await lintBytes(new TextEncoder().encode(plain), 'report.txt', request());
    expect(result.outline!.title?.text).toBe(`# ${TITLE}`);
  });
});
