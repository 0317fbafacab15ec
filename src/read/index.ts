// Reading a report: bytes → text (decode) → mdast (one reader per format), with a line index
// for offset ↔ line/column. remark is imported only when a Markdown file is read.
import type { Root } from 'mdast';
import { decode, type Encoding } from './decode.js';
import { ReadError } from './errors.js';
import { LineIndex } from './positions.js';
import { readText } from './text-reader.js';
import { isBlankText } from './whitespace.js';

export { ReadError } from './errors.js';
export { LineIndex } from './positions.js';
export type { PageDebris, DebrisKind } from './types.js';

export type ReportFormat = 'markdown' | 'text';

export interface ParsedReport {
  text: string;
  encoding: Encoding;
  bom: boolean;
  format: ReportFormat;
  tree: Root;
  lines: LineIndex;
}

/** Reports are tens of kilobytes; anything this big is not one (and would stall the run). */
export const MAX_REPORT_BYTES = 16 * 1024 * 1024;

const MARKDOWN_EXTENSIONS = ['.md', '.markdown'];

/** .md / .markdown → Markdown; .txt and anything else → plain text. */
export function formatOf(filePath: string): ReportFormat {
  const dot = filePath.lastIndexOf('.');
  const ext = dot > filePath.replace(/\\/g, '/').lastIndexOf('/') ? filePath.slice(dot).toLowerCase() : '';
  return MARKDOWN_EXTENSIONS.includes(ext) ? 'markdown' : 'text';
}

// Containers people try to lint before converting them; named so the message can say so.
const SIGNATURES: Array<{ bytes: number[]; name: string }> = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'a zip container (.docx, .wps, .odt)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], name: 'an OLE document (.doc, .wps)' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], name: 'a PDF document' },
];

function container(bytes: Uint8Array): string | null {
  for (const { bytes: magic, name } of SIGNATURES) {
    if (magic.every((b, i) => bytes[i] === b)) return name;
  }
  return null;
}

/** The reader for a format; the Markdown one (and remark with it) is loaded on first use. */
export async function loadReader(format: ReportFormat): Promise<(text: string) => Root> {
  if (format === 'text') return readText;
  const { readMarkdown } = await import('./markdown-reader.js');
  return readMarkdown;
}

/** Parses decoded text; for callers that already hold a string (rule examples, stdin). */
export async function parseText(text: string, format: ReportFormat): Promise<Root> {
  return (await loadReader(format))(text);
}

export async function readReport(bytes: Uint8Array, filePath: string): Promise<ParsedReport> {
  if (bytes.length > MAX_REPORT_BYTES) {
    throw new ReadError('too-large', `the file has ${bytes.length} bytes; the limit is ${MAX_REPORT_BYTES}`);
  }
  const kind = container(bytes);
  if (kind) throw new ReadError('unsupported', `the file is ${kind}; save it as .txt or .md first`);
  const { text, encoding, bom } = decode(bytes);
  if (isBlankText(text)) throw new ReadError('empty', 'the file is empty or holds only blanks');
  const format = formatOf(filePath);
  const tree = await parseText(text, format);
  return { text, encoding, bom, format, tree, lines: new LineIndex(text) };
}
