// Word documents: built in the test as zips of WordprocessingML (tests/read/build-docx.ts).
import { strToU8, zipSync } from 'fflate';
import type { Heading } from 'mdast';
import { describe, expect, it } from 'vitest';
import { lintBytes } from '../../src/engine/lint-file.js';
import { parseSource } from '../../src/engine/lint.js';
import { buildOutline } from '../../src/outline/index.js';
import { readDocx } from '../../src/read/docx-reader.js';
import { MAX_DOCX_UNPACKED_BYTES } from '../../src/read/limits.js';
import { buildDocx, withDeclaredSize, type DocxParagraph } from './build-docx.js';
import { request } from './lint-helpers.js';

const REPORT: DocxParagraph[] = [
  { text: '某某县人民政府2023年法治政府建设年度报告' },
  { text: '总体情况', heading: 1 },
  { text: '2023年,我县全面推进依法行政,办理行政复议案件56件。' },
  { text: '一、主要举措和成效', heading: 1 },
  { text: '(一)深化“放管服”改革。政务服务事项网办率达98%。\n(二)严格规范执法。全面落实行政执法三项制度。' },
  { text: '' },
  { text: '工作亮点', heading: 2 },
  { text: '二、存在的不足和原因' },
  { text: '执法队伍能力不足,主要原因是培训不够系统。' },
  { text: '三、2024年工作安排' },
  { text: '2024年,我县将继续深化法治政府建设,开展培训6次。' },
];

async function treeOf(paragraphs: DocxParagraph[]) {
  const doc = await readDocx(buildDocx(paragraphs));
  return { doc, tree: await parseSource(doc.text, 'text', doc.headingLines) };
}

describe('reading a .docx', () => {
  it('one non-empty paragraph a line; a manual line break starts a new one', async () => {
    const { doc } = await treeOf(REPORT);
    const lines = doc.text.split('\n');
    expect(lines).toHaveLength(11);
    expect(lines[4]).toBe('(一)深化“放管服”改革。政务服务事项网办率达98%。');
    expect(lines[5]).toBe('(二)严格规范执法。全面落实行政执法三项制度。');
    expect(lines[6]).toBe('工作亮点');
  });

  it('Word heading styles become headings; typed numbers are recovered as in a .txt', async () => {
    const { tree, doc } = await treeOf(REPORT);
    const lines = doc.text.split('\n');
    const headings = tree.children
      .filter((n): n is Heading => n.type === 'heading')
      .map((h) => ({ line: lines[h.position!.start.line - 1]!.slice(0, 9), depth: h.depth, level: h.data?.numbering?.level }));
    expect(headings).toEqual([
      { line: '总体情况', depth: 1, level: undefined },
      { line: '一、主要举措和成效', depth: 1, level: 1 },
      { line: '(一)深化“放管服', depth: 2, level: 2 },
      { line: '(二)严格规范执法', depth: 2, level: 2 },
      { line: '工作亮点', depth: 2, level: undefined },
      { line: '二、存在的不足和原', depth: 1, level: 1 },
      { line: '三、2024年工作', depth: 1, level: 1 },
    ]);
    const outline = buildOutline(tree);
    expect(outline.title?.text).toBe('某某县人民政府2023年法治政府建设年度报告');
    expect(outline.year).toBe(2023);
    expect(outline.sections.map((s) => s.kind)).toEqual(expect.arrayContaining(['problems', 'plans']));
  });

  it('without styles, "一、" paragraphs are still headings', async () => {
    const { tree } = await treeOf(REPORT.map(({ text }) => ({ text })));
    expect(tree.children.filter((n) => n.type === 'heading')).toHaveLength(5);
  });

  it('messages count paragraphs: line N is the N-th non-empty paragraph', async () => {
    const result = await lintBytes(buildDocx(REPORT), 'report.docx', request());
    expect(result.locationUnit).toBe('paragraph');
    expect(result.fatalErrorCount).toBe(0);
    const resp = result.messages.find((m) => m.ruleId === 'require-responsible-person');
    expect(resp?.messageId).toBe('missing');
    for (const m of result.messages) expect(m.line).toBeLessThanOrEqual(11);
    // The source of a .docx result is its paragraph text, so line N shows paragraph N.
    expect(result.source?.split('\n')[7]).toBe('二、存在的不足和原因');
  });

  it('--fix never writes a .docx: it is checked, not fixed, and says so', async () => {
    const bytes = buildDocx([{ text: '某县2023年法治政府建设年度报告' }, { text: '一、主要工作(未闭合的括号,英文逗号,' }]);
    const result = await lintBytes(bytes, 'report.docx', request({ fix: true }));
    expect(result.output).toBeUndefined();
    expect(result.messages[0]).toMatchObject({ ruleId: null, severity: 1, line: 1 });
    expect(result.messages[0]!.message).toContain('--fix 不会改写 Word 文档(.docx)');
    // Fixes would point into the extracted paragraphs: none is offered.
    expect(result.messages.some((m) => m.fix)).toBe(false);
    expect(result.fixableWarningCount + result.fixableErrorCount).toBe(0);
    expect(result.warningCount).toBeGreaterThanOrEqual(1);
    const en = await lintBytes(bytes, 'report.docx', request({ fix: true, locale: 'en' }));
    expect(en.messages[0]!.message).toContain('--fix does not write Word documents (.docx)');
  });
});

describe('a .docx that cannot be read: one clear fatal message', () => {
  const fatal = async (bytes: Uint8Array, locale: 'zh' | 'en' = 'zh') => {
    const result = await lintBytes(bytes, 'bad.docx', request({ locale }));
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0]).toMatchObject({ fatal: true, ruleId: null, severity: 2, line: 1, column: 1 });
    return result.messages[0]!.message;
  };

  it('not a zip (a text file renamed .docx)', async () => {
    expect(await fatal(Buffer.from('一、这其实是文本文件'))).toContain('不是有效的 Word 文档');
    expect(await fatal(Buffer.from('plain text'), 'en')).toContain('not a valid Word document');
  });

  it('password-protected (Word stores it as an OLE file holding "EncryptedPackage")', async () => {
    const ole = new Uint8Array(1536);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    ole.set([...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]), 1024);
    expect(await fatal(ole)).toContain('密码保护');
  });

  it('an old Word 97–2003 .doc renamed .docx', async () => {
    const ole = new Uint8Array(1536);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await fatal(ole)).toContain('另存为 .docx');
  });

  it('a truncated zip, a zip without word/document.xml, broken document XML', async () => {
    const good = buildDocx(REPORT);
    expect(await fatal(good.subarray(0, good.length - 30))).toContain('Word 文档已损坏');
    expect(await fatal(zipSync({ 'readme.txt': strToU8('hello') }))).toContain('word/document.xml');
    const brokenXml = zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:p>未闭合') });
    expect(await fatal(brokenXml)).toContain('Word 文档已损坏');
  });

  it('a zip bomb is refused from the sizes its directory declares, without inflating', async () => {
    const bomb = withDeclaredSize(buildDocx(REPORT), 'word/document.xml', MAX_DOCX_UNPACKED_BYTES + 1);
    expect(await fatal(bomb)).toContain('文件过大');
  });

  it('a document with no text is empty', async () => {
    expect(await fatal(buildDocx([{ text: '' }, { text: '\u3000\u3000' }]))).toBe('文件为空');
  });
});
