// A .docx read as its writer sees it (src/read/docx-reader.ts): the body only, tables as rows,
// text boxes once, deleted text gone, fields as their results; and every character read keeps
// its place in word/document.xml.
import { readdirSync, readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { lintBytes } from '../../src/engine/lint-file.js';
import { readDocx, readDocxSource } from '../../src/read/docx-reader.js';
import { buildDocx, docxOfBody, docxFromText } from './build-docx.js';
import { request } from './lint-helpers.js';

const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const lines = async (body: string, parts: Record<string, string> = {}) => (await readDocx(docxOfBody(body, parts))).text.split('\n');

describe('what a .docx holds as text', () => {
  it('footnotes, endnotes, comments, headers and footers are not body text', async () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const body =
      p('某县人民政府2023年法治政府建设年度报告') +
      `<w:p><w:r><w:t>全年办理行政复议案件56件。</w:t></w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r><w:commentRangeStart w:id="0"/><w:r><w:t>正文</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>` +
      p('某县人民政府') +
      p('2024年3月1日');
    const parts = {
      'word/footnotes.xml': `<w:footnotes ${W}><w:footnote w:id="1"><w:p><w:r><w:t>数据来源:县统计局。</w:t></w:r></w:p></w:footnote></w:footnotes>`,
      'word/comments.xml': `<w:comments ${W}><w:comment w:id="0"><w:p><w:r><w:t>审稿意见</w:t></w:r></w:p></w:comment></w:comments>`,
      'word/header1.xml': `<w:hdr ${W}><w:p><w:r><w:t>内部资料</w:t></w:r></w:p></w:hdr>`,
    };
    expect(await lines(body, parts)).toEqual(['某县人民政府2023年法治政府建设年度报告', '全年办理行政复议案件56件。正文', '某县人民政府', '2024年3月1日']);
    // A footnote read after the signature used to tell a signed draft it had no 落款.
    const result = await lintBytes(docxOfBody(body, parts), 'r.docx', request());
    expect(result.messages.filter((m) => m.ruleId === 'require-signature')).toEqual([]);
  });

  it('a table row is one paragraph, its cells joined by " | "; an empty or deleted row is none', async () => {
    const cell = (...paragraphs: string[]) => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${paragraphs.map(p).join('') || '<w:p/>'}</w:tc>`;
    const row = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
    const table =
      '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/></w:tblGrid>' +
      row(cell('指标'), cell('2022年'), cell('2023年')) +
      row(cell('行政复议', '(件)'), cell(), cell('56')) +
      row(cell(), cell(), cell()) +
      `<w:tr><w:trPr><w:del w:id="9" w:author="x"/></w:trPr>${cell('删去的行')}</w:tr>` +
      '</w:tbl>';
    expect(await lines(p('表1') + table + p('表后正文'))).toEqual(['表1', '指标 | 2022年 | 2023年', '行政复议 (件) |  | 56', '表后正文']);
  });

  it('a text box is read once, after the paragraph holding it', async () => {
    const box = '<w:txbxContent><w:p><w:r><w:t>框内文字</w:t></w:r></w:p></w:txbxContent>';
    const body =
      `<w:p><w:r><w:t>框前</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>${box}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict><v:shape><v:textbox>${box}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>框后</w:t></w:r></w:p>`;
    expect(await lines(body)).toEqual(['框前框后', '框内文字']);
  });

  it('deleted text is not read, inserted text is; a field shows its result, not its code', async () => {
    const body =
      '<w:p><w:r><w:t>保留</w:t></w:r><w:del w:id="1" w:author="x"><w:r><w:delText>删除</w:delText></w:r></w:del><w:ins w:id="2" w:author="x"><w:r><w:t>插入</w:t></w:r></w:ins></w:p>' +
      '<w:p><w:r><w:t xml:space="preserve">第 </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> 页</w:t></w:r></w:p>' +
      '<w:p><w:fldSimple w:instr=" DATE "><w:r><w:t>2024年3月1日</w:t></w:r></w:fldSimple></w:p>' +
      '<w:p><w:hyperlink r:id="rId9"><w:r><w:t>链接文字</w:t></w:r></w:hyperlink></w:p>';
    expect(await lines(body)).toEqual(['保留插入', '第 3 页', '2024年3月1日', '链接文字']);
  });

  it('a tab, a line break and entities read as Word shows them', async () => {
    expect(await lines('<w:p><w:r><w:t>一、</w:t><w:tab/><w:t>A&amp;B&#x4E00;&lt;</w:t><w:br/><w:t>(二)次行</w:t></w:r></w:p>')).toEqual(['一、\tA&B一<', '(二)次行']);
  });

  it('reads WordprocessingML whatever prefix the document binds, and the main part its relationships name', async () => {
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const document = `<?xml version="1.0"?><doc:document xmlns:doc="${W}"><doc:body><doc:p><doc:r><doc:t>前缀不同</doc:t></doc:r></doc:p></doc:body></doc:document>`;
    const zip = zipSync({
      '_rels/.rels': strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>'),
      'word/document2.xml': strToU8(document),
    });
    expect((await readDocx(zip)).text).toBe('前缀不同');
  });
});

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

describe('every character read keeps its place in word/document.xml', () => {
  const documents = {
    built: buildDocx([{ text: '某县2023年报告' }, { text: '一、总体\n(一)次行', heading: 1 }, { text: 'A&B <C> “引号”' }]),
    text: docxFromText('一、主要举措\n全年办理案件56件,\t政务服务&网办。\n二、存在问题'),
    structures: docxOfBody(
      '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>甲</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>乙&amp;丙</w:t></w:r></w:p></w:tc></w:tr></w:tbl>' +
        '<w:p><w:hyperlink><w:r><w:t>链</w:t></w:r></w:hyperlink><w:r><w:tab/><w:t>&#x20000;字</w:t></w:r></w:p>',
    ),
  };

  it.each(Object.entries(documents))('%s: each piece is the characters at its place', (_, bytes) => {
    const { source } = readDocxSource(bytes);
    const xml = source.main.xml;
    for (const block of source.blocks) {
      for (const piece of block.pieces) {
        const read = block.text.slice(piece.at, piece.at + piece.length);
        const written = xml.slice(piece.start, piece.end);
        if (piece.kind === 'added') expect(piece.start).toBe(-1);
        else if (piece.kind === 'linear') expect(read).toBe(written.replace(/[\t\n\r]/g, ' '));
        else if (written.startsWith('&')) expect(read).toBe(ENTITIES[written] ?? String.fromCodePoint(parseInt(written.slice(3, -1), 16)));
        else expect(written).toMatch(/^<w:(tab|br|cr|noBreakHyphen|softHyphen)\b/);
      }
      // The pieces cover the text, in order, without gaps.
      let at = 0;
      for (const piece of block.pieces) {
        expect(piece.at).toBe(at);
        at += piece.length;
      }
      expect(at).toBe(block.text.length);
    }
  });

  it('each line maps to its paragraph and offset (docx text line N is paragraph N)', () => {
    const { document, source } = readDocxSource(documents.built);
    const lines = document.text.split('\n');
    for (const [i, origin] of document.origins.entries()) {
      const block = source.blocks[origin.block]!;
      expect(block.text.slice(origin.offset, origin.offset + lines[i]!.length)).toBe(lines[i]);
    }
  });
});

describe('the paragraphs users saw before: what mammoth reads', () => {
  // The reader read Word through mammoth's HTML until it needed to know where each character
  // sits; on documents without tables or notes, the paragraphs (and so every message's
  // paragraph number) are the same. HTML collapsed runs of spaces; Word shows them.
  const viaMammoth = async (bytes: Uint8Array) => {
    const { default: mammoth } = await import('mammoth');
    const { htmlBlocks } = await import('../../src/read/html-reader.js');
    const { paragraphDocument } = await import('../../src/read/paragraphs.js');
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { ignoreEmptyParagraphs: true })).value;
    return paragraphDocument(htmlBlocks(html, { page: false })).text;
  };
  const collapsed = (text: string) => text.replace(/[ \t]+/g, ' ');
  const folder = new URL('../../fixtures/labeled/', import.meta.url);
  const files = readdirSync(folder).filter((name) => name.endsWith('.txt'));

  it.each(files)('%s', async (name) => {
    const bytes = docxFromText(readFileSync(new URL(name, folder), 'utf8'));
    const ours = (await readDocx(bytes)).text;
    expect(collapsed(ours)).toBe(collapsed(await viaMammoth(bytes)));
    expect(ours.split('\n').length).toBeGreaterThan(5);
  });
});
