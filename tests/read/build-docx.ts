// Builds small .docx files in tests (a zip of WordprocessingML parts, via fflate), so the
// fixtures are readable source, not binary blobs.
import { strToU8, zipSync } from 'fflate';

export interface DocxParagraph {
  text: string;
  /** Word's built-in heading level (style "heading n"), 1–6. */
  heading?: number;
  /** Manual line breaks (Shift+Enter) inside the paragraph: `text` pieces split on "\n". */
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function paragraphXml({ text, heading }: DocxParagraph): string {
  const style = heading ? `<w:pPr><w:pStyle w:val="Heading${heading}"/></w:pPr>` : '';
  const runs = text
    .split('\n')
    .map((piece, i) => `<w:r>${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(piece)}</w:t></w:r>`)
    .join('');
  return `<w:p>${style}${runs}</w:p>`;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

// Chinese Word names its built-in heading styles "heading n" in styles.xml whatever the UI says.
function stylesXml(): string {
  const headings = [1, 2, 3, 4, 5, 6]
    .map((n) => `<w:style w:type="paragraph" w:styleId="Heading${n}"><w:name w:val="heading ${n}"/><w:basedOn w:val="Normal"/></w:style>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>${headings}</w:styles>`;
}

export function buildDocx(paragraphs: DocxParagraph[]): Uint8Array {
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${paragraphs.map(paragraphXml).join('')}</w:body></w:document>`;
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/_rels/document.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(document),
    'word/styles.xml': strToU8(stylesXml()),
  });
}

/** A text's lines as paragraphs (blank lines dropped), level-1 "一、" lines styled Heading 1. */
export function docxFromText(text: string): Uint8Array {
  const paragraphs = text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => ({ text: line, heading: /^\s*[一二三四五六七八九十]+、/.test(line) ? 1 : undefined }));
  return buildDocx(paragraphs);
}
