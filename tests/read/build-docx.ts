// Builds small .docx files in tests (a zip of WordprocessingML parts, via fflate), so the
// fixtures are readable source, not binary blobs.
import { strToU8, zipSync } from 'fflate';

export interface DocxParagraph {
  text: string;
  /** Word's built-in heading level (style "heading n"), 1–6. */
  heading?: number;
  /** Automatic numbering (w:numPr): a list instance of the numbering part and a level. */
  numbering?: { numId: number; level: number };
  /** Manual line breaks (Shift+Enter) inside the paragraph: `text` pieces split on "\n". */
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function paragraphXml({ text, heading, numbering }: DocxParagraph): string {
  const numPr = numbering ? `<w:numPr><w:ilvl w:val="${numbering.level}"/><w:numId w:val="${numbering.numId}"/></w:numPr>` : '';
  const styleName = heading ? `<w:pStyle w:val="Heading${heading}"/>` : '';
  const style = styleName || numPr ? `<w:pPr>${styleName}${numPr}</w:pPr>` : '';
  const runs = text
    .split('\n')
    .map((piece, i) => `<w:r>${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(piece)}</w:t></w:r>`)
    .join('');
  return `<w:p>${style}${runs}</w:p>`;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

// Chinese Word names its built-in heading styles "heading n" in styles.xml whatever the UI says.
// `headingNumbering` gives a heading style numbering of its own (numId, level = n - 1), as
// outline-numbered heading styles have.
function stylesXml(headingNumbering?: number): string {
  const numPr = (n: number) => (headingNumbering ? `<w:pPr><w:numPr><w:ilvl w:val="${n - 1}"/><w:numId w:val="${headingNumbering}"/></w:numPr></w:pPr>` : '');
  const headings = [1, 2, 3, 4, 5, 6]
    .map((n) => `<w:style w:type="paragraph" w:styleId="Heading${n}"><w:name w:val="heading ${n}"/><w:basedOn w:val="Normal"/>${numPr(n)}</w:style>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>${headings}</w:styles>`;
}

export interface DocxOptions {
  /** The body of word/numbering.xml (abstractNum and num elements); no numbering part without it. */
  numbering?: string;
  /** A numId the heading styles number with (level n - 1 for Heading n). */
  headingNumbering?: number;
}

export function buildDocx(paragraphs: DocxParagraph[], options: DocxOptions = {}): Uint8Array {
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${paragraphs.map(paragraphXml).join('')}</w:body></w:document>`;
  const numberingType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml';
  const numberingRelationship = '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>';
  return zipSync({
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>${options.numbering ? `<Override PartName="/word/numbering.xml" ContentType="${numberingType}"/>` : ''}</Types>`,
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/_rels/document.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>${options.numbering ? numberingRelationship : ''}</Relationships>`,
    ),
    'word/document.xml': strToU8(document),
    'word/styles.xml': strToU8(stylesXml(options.headingNumbering)),
    ...(options.numbering ? { 'word/numbering.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W}">${options.numbering}</w:numbering>`) } : {}),
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
