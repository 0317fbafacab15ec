// A Word document (.docx) → its paragraphs, one a line (see paragraphs.ts), through mammoth's
// HTML: Word's Heading 1–6 styles arrive as <h1>–<h6> and become headings; numbers typed into
// the text ("一、" "(一)") are recovered by the text reader as in a .txt, and so are numbers
// Word generates itself, once docx-numbering.ts has written them into the text.
// Imported only when a .docx is linted; mammoth with it.
import { unzipSync } from 'fflate';
import { withAutomaticNumbers } from './docx-numbering.js';
import { ReadError } from './errors.js';
import { MAX_DOCX_XML_BYTES, megabytes } from './limits.js';
import { paragraphDocument, type ParagraphDocument } from './paragraphs.js';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
// An OLE compound file: a Word 97–2003 .doc, or a .docx that Word encrypted with a password.
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// Word stores an encrypted .docx as an OLE stream with this name (MS-OFFCRYPTO 2.3.4.4);
// directory entry names are UTF-16LE.
const ENCRYPTED_PACKAGE = new Uint8Array([...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]));

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function includes(bytes: Uint8Array, needle: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(needle) !== -1;
}

/** Checks the container before mammoth sees it: a clear reason for each way a .docx goes wrong. */
export function checkDocxContainer(bytes: Uint8Array): void {
  if (startsWith(bytes, OLE)) {
    if (includes(bytes, ENCRYPTED_PACKAGE)) throw new ReadError('encrypted', 'the document is password-protected');
    throw new ReadError('old-word', 'an OLE file: a Word 97–2003 .doc renamed .docx');
  }
  if (!startsWith(bytes, ZIP)) throw new ReadError('not-zip', 'a .docx is a zip archive; this file is not one');
  // Read the zip's directory only (the filter inflates nothing): entry names and their sizes.
  let xmlBytes = 0;
  let hasDocument = false;
  try {
    unzipSync(bytes, {
      filter(file) {
        if (file.name === 'word/document.xml') hasDocument = true;
        if (file.name.endsWith('.xml') || file.name.endsWith('.rels')) xmlBytes += file.originalSize;
        return false;
      },
    });
  } catch (error) {
    throw new ReadError('corrupt', `the zip archive is damaged (${(error as Error).message})`);
  }
  if (!hasDocument) throw new ReadError('corrupt', 'the archive has no word/document.xml: it is not a Word document');
  if (xmlBytes > MAX_DOCX_XML_BYTES) {
    throw new ReadError('too-large', `the document's XML unpacks to ${megabytes(xmlBytes)}; the limit is ${megabytes(MAX_DOCX_XML_BYTES)}`);
  }
}

export async function readDocx(bytes: Uint8Array): Promise<ParagraphDocument> {
  checkDocxContainer(bytes);
  const [{ default: mammoth }, { htmlBlocks }] = await Promise.all([import('mammoth'), import('./html-reader.js')]);
  let html: string;
  try {
    const numbered = withAutomaticNumbers(bytes);
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(numbered.buffer, numbered.byteOffset, numbered.byteLength) },
      // Images are never read: a report's text is what is linted.
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })), ignoreEmptyParagraphs: true },
    );
    html = result.value;
  } catch (error) {
    throw new ReadError('corrupt', `Word content cannot be read (${(error as Error).message})`);
  }
  return paragraphDocument(htmlBlocks(html, { page: false }));
}
