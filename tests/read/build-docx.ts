// Builds small .docx files in tests (a zip of WordprocessingML parts, via fflate), so the
// fixtures are readable source, not binary blobs.
import { constants, deflateRawSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';

export interface DocxParagraph {
  text: string;
  /** Word's built-in heading level (style "heading n"), 1–6. */
  heading?: number;
  /** Automatic numbering (w:numPr): a list instance of the numbering part and a level. */
  numbering?: { numId: number; level: number };
  /** Manual line breaks (Shift+Enter) inside the paragraph: `text` pieces split on "\n". */
  /** The paragraph's WordprocessingML as written here (`text` is then what it reads as). */
  xml?: string;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function paragraphXml({ text, heading, numbering, xml }: DocxParagraph): string {
  if (xml !== undefined) return xml;
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
function stylesXml(headingNumbering?: number, extra = ''): string {
  const numPr = (n: number) => (headingNumbering ? `<w:pPr><w:numPr><w:ilvl w:val="${n - 1}"/><w:numId w:val="${headingNumbering}"/></w:numPr></w:pPr>` : '');
  const headings = [1, 2, 3, 4, 5, 6]
    .map((n) => `<w:style w:type="paragraph" w:styleId="Heading${n}"><w:name w:val="heading ${n}"/><w:basedOn w:val="Normal"/>${numPr(n)}</w:style>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>${headings}${extra}</w:styles>`;
}

export interface DocxOptions {
  /** The body of word/numbering.xml (abstractNum and num elements); no numbering part without it. */
  numbering?: string;
  /** A numId the heading styles number with (level n - 1 for Heading n). */
  headingNumbering?: number;
  /** More w:style elements for word/styles.xml. */
  styles?: string;
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
    'word/styles.xml': strToU8(stylesXml(options.headingNumbering, options.styles)),
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

/**
 * word/document.xml of about `bytes` bytes written as Word writes a report: revision ids on
 * paragraphs and runs, runs split mid-sentence, proofing marks, a bookmark now and then.
 */
export function wordLikeDocument(bytes: number): string {
  const paragraphs: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const rsid = (i * 2654435761 >>> 0).toString(16).toUpperCase().padStart(8, '0');
    const run = (text: string) => `<w:r w:rsidRPr="${rsid}"><w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hint="eastAsia"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
    const paragraph =
      `<w:p w:rsidR="${rsid}" w:rsidRDefault="${rsid}" w:rsidP="${rsid}"><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/><w:jc w:val="both"/></w:pPr>` +
      run(`（${i % 9 + 1}）深化“放管服”改革。`) +
      '<w:proofErr w:type="spellStart"/>' + run('政务服务事项网办率达') + '<w:proofErr w:type="spellEnd"/>' +
      (i % 10 === 0 ? `<w:bookmarkStart w:id="${i}" w:name="_Toc${i}"/><w:bookmarkEnd w:id="${i}"/>` : '') +
      run(`98%，全年办理行政复议案件${i}件，行政诉讼案件&amp;调解${i % 50}件。`) +
      '</w:p>';
    paragraphs.push(paragraph);
    size += Buffer.byteLength(paragraph);
  }
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14"><w:body>${paragraphs.join('')}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`;
}

/** A zip with the uncompressed size its central directory declares for `name` set to `size`. */
export function withDeclaredSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const encoded = strToU8(name);
  for (let i = 0; i < out.length - 46; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(i + 28, true);
    if (nameLength === encoded.length && encoded.every((b, j) => out[i + 46 + j] === b)) view.setUint32(i + 24, size, true);
  }
  return out;
}

/**
 * A raw deflate stream of `head` then `unit` repeated `times` times, built without holding the
 * whole: each piece is compressed on its own and fully flushed, so the pieces join into one
 * stream (a zip bomb's data, made cheaply).
 */
export function deflatedRepeat(head: Uint8Array, unit: Uint8Array, times: number): Uint8Array {
  const flushed = (data: Uint8Array) => deflateRawSync(data, { finishFlush: constants.Z_FULL_FLUSH });
  const one = flushed(unit);
  return Buffer.concat([flushed(head), ...Array.from({ length: times }, () => one), deflateRawSync(new Uint8Array())]);
}

export interface ZipEntryData {
  name: string;
  /** The bytes as stored: deflated for method 8. */
  data: Uint8Array;
  method: 0 | 8;
  /** The uncompressed size the directory declares, true or not. */
  size: number;
  crc?: number;
}

/** A zip of entries given as stored, sizes and all: for archives no honest writer makes. */
export function zipOf(entries: ZipEntryData[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = strToU8(entry.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, entry.method, true);
    local.setUint32(14, entry.crc ?? 0, true);
    local.setUint32(18, entry.data.length, true);
    local.setUint32(22, entry.size, true);
    local.setUint16(26, name.length, true);
    const record = new DataView(new ArrayBuffer(46));
    record.setUint32(0, 0x02014b50, true);
    record.setUint16(4, 20, true);
    record.setUint16(6, 20, true);
    record.setUint16(10, entry.method, true);
    record.setUint32(16, entry.crc ?? 0, true);
    record.setUint32(20, entry.data.length, true);
    record.setUint32(24, entry.size, true);
    record.setUint16(28, name.length, true);
    record.setUint32(42, offset, true);
    chunks.push(new Uint8Array(local.buffer), name, entry.data);
    central.push(new Uint8Array(record.buffer), name);
    offset += 30 + name.length + entry.data.length;
  }
  const directorySize = central.reduce((n, c) => n + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, directorySize, true);
  end.setUint32(16, offset, true);
  return Buffer.concat([...chunks, ...central, new Uint8Array(end.buffer)]);
}

const NAMESPACES = [
  `xmlns:w="${W}"`,
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
  'xmlns:v="urn:schemas-microsoft-com:vml"',
].join(' ');

/** A .docx whose body is `body` (WordprocessingML, prefix w:), with `parts` added to the zip as given. */
export function docxOfBody(body: string, parts: Record<string, string> = {}): Uint8Array {
  return zipSync({
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NAMESPACES}><w:body>${body}</w:body></w:document>`),
    ...Object.fromEntries(Object.entries(parts).map(([name, xml]) => [name, strToU8(xml)])),
  });
}
