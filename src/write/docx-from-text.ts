// A .docx of a text's lines, one paragraph each, for reviewing a .txt, .md or web page in Word:
// the same comments and tracked changes a .docx gets can then be written into it. The text of
// each paragraph is its line as written (Markdown marks and all), so every character keeps
// its column.
import { escapeXml } from '../xml.js';
import { writeZip } from './zip-writer.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const CONTENT_TYPES = `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`;
const PACKAGE_RELATIONSHIPS = `${DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const DOCUMENT_RELATIONSHIPS = `${DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
// A plain body style with a Chinese font, as a report draft has.
const STYLES = `${DECLARATION}<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体"/><w:sz w:val="24"/><w:lang w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>`;

/**
 * A .docx with one paragraph per line of `lines` that has text; `paragraphOf[n]` is the
 * paragraph (0-based) of line n, or -1 for a blank line.
 */
export function docxFromLines(lines: readonly string[], now: Date): { docx: Uint8Array; paragraphOf: number[] } {
  const paragraphOf: number[] = [];
  const body: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') {
      paragraphOf.push(-1);
      continue;
    }
    paragraphOf.push(body.length);
    body.push(`<w:p><w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>`);
  }
  const document = `${DECLARATION}<w:document xmlns:w="${W}"><w:body>${body.join('')}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>`;
  const utf8 = (xml: string) => Buffer.from(xml, 'utf8');
  const docx = writeZip(
    new Map([
      ['[Content_Types].xml', utf8(CONTENT_TYPES)],
      ['_rels/.rels', utf8(PACKAGE_RELATIONSHIPS)],
      ['word/_rels/document.xml.rels', utf8(DOCUMENT_RELATIONSHIPS)],
      ['word/document.xml', utf8(document)],
      ['word/styles.xml', utf8(STYLES)],
    ]),
    now,
  );
  return { docx, paragraphOf };
}
