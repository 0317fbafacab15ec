// Linting one file on disk: bytes → text → verify (or the fix loop) → an ESLint-shaped result.
// A file that cannot be read becomes one fatal message; it never stops the other files.
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CheckedItem, InputFormat, Locale } from '../rule-api.js';
import { countMessages, type LintMessage, type LintResult } from '../results.js';
import { decode, type Encoding } from '../read/decode.js';
import { ReadError, type ReadErrorCode } from '../read/errors.js';
import { MAX_INPUT_BYTES, megabytes } from '../read/limits.js';
import { looksLikeMarkdown } from '../read/markdown-sniff.js';
import type { ParagraphDocument } from '../read/paragraphs.js';
import { uiText } from '../i18n/ui-text.js';
import type { Edit } from './edits.js';
import { verify, verifyAndFix, type EditCheck, type LintOptions, type SourceFormat } from './lint.js';

export const MARKDOWN_EXTENSIONS = ['.md', '.markdown'];
export const TEXT_EXTENSIONS = ['.txt'];
export const DOCX_EXTENSIONS = ['.docx'];
export const HTML_EXTENSIONS = ['.html', '.htm'];

/**
 * How a file is read: as text (Markdown or plain) or converted to paragraphs (.docx, .html).
 * Given its text, a .txt (or standard input) that is Markdown is read as Markdown.
 */
export function inputFormatOf(filePath: string, text?: string): InputFormat {
  const ext = path.extname(filePath).toLowerCase();
  if (DOCX_EXTENSIONS.includes(ext)) return 'docx';
  if (HTML_EXTENSIONS.includes(ext)) return 'html';
  return formatOf(filePath, text);
}

/**
 * Formats whose fixed text can be written back. A .docx or .html is linted as its extracted
 * paragraphs, so `--fix` never writes one: the file is checked, not fixed, with a message.
 */
export const WRITABLE_FORMATS: ReadonlySet<InputFormat> = new Set(['markdown', 'text']);

export function formatOf(filePath: string, text?: string): SourceFormat {
  const ext = path.extname(filePath).toLowerCase();
  if (MARKDOWN_EXTENSIONS.includes(ext)) return 'markdown';
  // A .docx's or .html's paragraphs are text whatever they hold.
  const sniffed = text !== undefined && (ext === '' || TEXT_EXTENSIONS.includes(ext));
  return sniffed && looksLikeMarkdown(text) ? 'markdown' : 'text';
}

/** Why a file is one fatal message: it could not be read (ReadErrorCode), found, or checked. */
export type FatalReason = ReadErrorCode | 'missing' | 'special' | 'internal' | 'unreadable';

export function fatalResult(filePath: string, code: FatalReason, locale: Locale, detail?: string): LintResult {
  const message: LintMessage = {
    ruleId: null,
    fatal: true,
    severity: 2,
    message: uiText(locale, `read.${code}`) + (detail ? `: ${detail}` : ''),
    line: 1,
    column: 1,
  };
  return toResult(filePath, [message]);
}

export function toResult(filePath: string, messages: LintMessage[], extra: Partial<LintResult> = {}): LintResult {
  return {
    filePath,
    messages,
    suppressedMessages: [],
    ...countMessages(messages),
    usedDeprecatedRules: [],
    ...extra,
  };
}

export interface FileLintRequest extends Omit<LintOptions, 'format'> {
  fix?: boolean;
  /** --fix-type / rules allowed to fix; all when undefined. */
  fixRules?: ReadonlySet<string>;
  /** Told what a text file held when read, so --fix can write back in its encoding (src/write/fix-file.ts). */
  onRead?: (source: ReadSource) => void;
  /**
   * With `fix`: only edits this allows are made. Given, a .docx's or .html's paragraphs are
   * fixed too: a reviewed .docx writes the edits as tracked changes (src/write/review.ts).
   */
  canEdit?: EditCheck;
  /**
   * With `fix`: told what the fix loop did, as edits of the text read (none when nothing was
   * fixed): --fix re-encodes only those spans, a reviewed .docx marks them as tracked changes.
   */
  onEdits?: (edits: Edit[]) => void;
}

/** A text file as read: its bytes (to detect a change before writing), encoding and BOM. */
export interface ReadSource {
  bytes: Uint8Array;
  encoding: Encoding;
  bom: boolean;
}

/** `checkedItems` only when a rule declared some: most runs have none, and results stay as they were. */
function itemsOf(items: Record<string, CheckedItem[]>): Pick<LintResult, 'checkedItems'> {
  return Object.keys(items).length > 0 ? { checkedItems: items } : {};
}

export async function lintText(text: string, filePath: string, request: FileLintRequest): Promise<LintResult> {
  // One sniff of the text: a .txt that is Markdown is read, and shown to rules, as Markdown.
  const inputFormat = inputFormatOf(filePath, text);
  const format: SourceFormat = inputFormat === 'markdown' ? 'markdown' : 'text';
  const options: LintOptions = { ...request, format, inputFormat, filename: filePath };
  const checkedRules = request.rules.map((r) => r.id);
  if (request.fix) {
    const outcome = await verifyAndFix(text, options, request.fixRules, request.canEdit);
    request.onEdits?.(outcome.edits);
    return toResult(filePath, outcome.messages, {
      suppressedMessages: outcome.suppressedMessages,
      outline: outcome.outline,
      checkedRules,
      ...itemsOf(outcome.checkedItems),
      ...(outcome.fixed ? { output: outcome.output } : outcome.messages.length ? { source: text } : { text }),
    });
  }
  const { messages, suppressedMessages, outline, checkedItems } = await verify(text, options);
  // ESLint gives `source` only with messages; reviewer formats get a clean file's text as `text`.
  return toResult(filePath, messages, {
    suppressedMessages,
    outline,
    checkedRules,
    ...itemsOf(checkedItems),
    ...(messages.length ? { source: text } : { text }),
  });
}

/** The fatal result for a file over MAX_INPUT_BYTES, naming its size and the limit. */
export function tooLarge(filePath: string, size: number, locale: Locale): LintResult {
  let [found, limit] = [megabytes(size), megabytes(MAX_INPUT_BYTES)];
  // Just over the limit rounds to the limit: then the bytes tell them apart.
  if (found === limit) [found, limit] = [uiText(locale, 'read.bytes', { count: size }), uiText(locale, 'read.bytes', { count: MAX_INPUT_BYTES })];
  return fatalResult(filePath, 'too-large', locale, uiText(locale, 'read.sizeAndLimit', { size: found, limit }));
}

/**
 * Whatever goes wrong inside one file becomes that file's fatal message: the other files' results
 * (and a JSON output's validity) never depend on one hostile input.
 */
export function failedResult(filePath: string, error: unknown, locale: Locale): LintResult {
  if (error instanceof ReadError) return fatalResult(filePath, error.code, locale, error.code === 'corrupt' || error.code === 'too-large' ? error.message : undefined);
  // A stack overflow is the one error a well-formed but absurdly nested input causes.
  if (error instanceof RangeError && /call stack/i.test(error.message)) return fatalResult(filePath, 'too-deep', locale);
  return fatalResult(filePath, 'internal', locale, error instanceof Error ? error.message : String(error));
}

/**
 * A report's bytes, or the fatal result saying why it cannot be read. The size first: a huge
 * file is refused without being read into memory. Synchronous: a report is read in one call,
 * where the promise API's open/stat/read/close round trips left the thread idle a tenth of a
 * run (npm run bench). Opened once, its size asked of the open file: a second look-up by path
 * was another 1 % of a run.
 */
export function readReport(filePath: string, locale: Locale): { bytes: Uint8Array } | { fatal: LintResult } {
  let fd: number | undefined;
  try {
    fd = openSync(filePath, 'r');
    const { size } = fstatSync(fd);
    if (size > MAX_INPUT_BYTES) return { fatal: tooLarge(filePath, size, locale) };
    return { bytes: readFileSync(fd) };
  } catch (error) {
    const code: FatalReason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unreadable';
    return { fatal: fatalResult(filePath, code, locale, (error as NodeJS.ErrnoException).code) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export async function lintFile(filePath: string, request: FileLintRequest): Promise<LintResult> {
  const read = readReport(filePath, request.locale);
  return 'fatal' in read ? read.fatal : lintBytes(read.bytes, filePath, request);
}

/** A file's bytes (from disk or an upload) → the same decode and read path as the CLI. */
export async function lintBytes(bytes: Uint8Array, filePath: string, request: FileLintRequest): Promise<LintResult> {
  try {
    return await lintDecoded(bytes, filePath, request);
  } catch (error) {
    return failedResult(filePath, error, request.locale);
  }
}

async function lintDecoded(bytes: Uint8Array, filePath: string, request: FileLintRequest): Promise<LintResult> {
  if (bytes.length > MAX_INPUT_BYTES) return tooLarge(filePath, bytes.length, request.locale);
  const format = inputFormatOf(filePath);
  let text: string;
  let document: ParagraphDocument | null = null;
  try {
    // The docx and html readers (xmldom, rehype) load only when such a file is linted.
    if (format === 'docx') document = await (await import('../read/docx-reader.js')).readDocx(bytes);
    else if (format === 'html') document = (await import('../read/html-reader.js')).readHtml(bytes);
    if (document) {
      text = document.text;
    } else {
      const decoded = decode(bytes);
      text = decoded.text;
      request.onRead?.({ bytes, encoding: decoded.encoding, bom: decoded.bom });
    }
  } catch (error) {
    return failedResult(filePath, error, request.locale);
  }
  if (text.trim() === '') return fatalResult(filePath, 'empty', request.locale);
  if (!document) return lintText(text, filePath, request);
  return lintParagraphs(document, filePath, request);
}

/**
 * A .docx's or .html's paragraphs linted, one a line. Their fixes point into the extracted
 * paragraphs, not the file: `--fix` applies none (it says so) unless a writer that can place
 * them says where they may go (`canEdit`, a reviewed .docx).
 */
export async function lintParagraphs(document: ParagraphDocument, filePath: string, request: FileLintRequest): Promise<LintResult> {
  const placed = request.fix === true && request.canEdit !== undefined;
  const result = await lintText(document.text, filePath, { ...request, headingLines: document.headingLines, fix: placed });
  result.locationUnit = 'paragraph';
  for (const message of result.messages) delete message.fix;
  Object.assign(result, countMessages(result.messages));
  if (request.fix && !placed) {
    // Never write a .docx or .html: say so instead of fixing silently nothing.
    const kind = uiText(request.locale, inputFormatOf(filePath) === 'docx' ? 'engine.kind.docx' : 'engine.kind.html');
    result.messages.unshift({
      ruleId: null,
      severity: 1,
      message: uiText(request.locale, 'engine.fixNotWritten', { kind }),
      line: 1,
      column: 1,
    });
    Object.assign(result, countMessages(result.messages));
  }
  return result;
}
