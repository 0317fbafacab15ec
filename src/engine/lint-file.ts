// Linting one file on disk: bytes → text → verify (or the fix loop) → an ESLint-shaped result.
// A file that cannot be read becomes one fatal message; it never stops the other files.
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CheckedItem, InputFormat, Locale } from '../rule-api.js';
import { countMessages, type LintMessage, type LintResult } from '../results.js';
import { decode, type Encoding } from '../read/decode.js';
import { ReadError } from '../read/errors.js';
import { MAX_INPUT_BYTES, megabytes } from '../read/limits.js';
import type { ParagraphDocument } from '../read/paragraphs.js';
import type { Edit } from './edits.js';
import { verify, verifyAndFix, type EditCheck, type LintOptions, type SourceFormat } from './lint.js';

export const MARKDOWN_EXTENSIONS = ['.md', '.markdown'];
export const TEXT_EXTENSIONS = ['.txt'];
export const DOCX_EXTENSIONS = ['.docx'];
export const HTML_EXTENSIONS = ['.html', '.htm'];

/** How a file is read: as text (Markdown or plain) or converted to paragraphs (.docx, .html). */
export function inputFormatOf(filePath: string): InputFormat {
  const ext = path.extname(filePath).toLowerCase();
  if (DOCX_EXTENSIONS.includes(ext)) return 'docx';
  if (HTML_EXTENSIONS.includes(ext)) return 'html';
  return formatOf(filePath);
}

/**
 * Formats whose fixed text can be written back. A .docx or .html is linted as its extracted
 * paragraphs, so `--fix` never writes one: the file is checked, not fixed, with a message.
 */
export const WRITABLE_FORMATS: ReadonlySet<InputFormat> = new Set(['markdown', 'text']);

export function formatOf(filePath: string): SourceFormat {
  return MARKDOWN_EXTENSIONS.includes(path.extname(filePath).toLowerCase()) ? 'markdown' : 'text';
}

const READ_PROBLEMS: Record<string, { zh: string; en: string }> = {
  binary: { zh: '文件含有二进制内容,不是文本报告', en: 'the file has binary content; it is not a text report' },
  encoding: { zh: '无法识别文件编码(既不是 UTF-8 也不是 GB18030/GBK)', en: 'unknown encoding (neither UTF-8 nor GB18030/GBK)' },
  empty: { zh: '文件为空', en: 'the file is empty' },
  'too-large': { zh: '文件过大', en: 'the file is too large' },
  unsupported: { zh: '不支持的文件格式', en: 'unsupported file format' },
  'not-zip': { zh: '不是有效的 Word 文档(.docx 应为 zip 压缩包,此文件不是)', en: 'not a valid Word document (a .docx is a zip archive; this file is not)' },
  encrypted: { zh: 'Word 文档设有密码保护,无法读取:请取消密码后再检查', en: 'the Word document is password-protected; remove the password and lint it again' },
  'old-word': { zh: '这是旧版 Word 文件(.doc,Word 97–2003),请在 Word 中另存为 .docx', en: 'an old Word 97–2003 file (.doc); save it as .docx in Word' },
  corrupt: { zh: 'Word 文档已损坏,无法读取', en: 'the Word document is damaged and cannot be read' },
  missing: { zh: '文件不存在', en: 'no such file' },
  special: { zh: '不是普通文件(命名管道、设备或套接字),不能作为报告读取', en: 'not a regular file (a named pipe, device or socket); it cannot be read as a report' },
  'too-deep': { zh: '文件的结构嵌套过深(如上万层的引用或标签),无法读取', en: 'the file nests too deeply (thousands of quotes or tags) to be read' },
  internal: { zh: '读取或检查此文件时出错,已跳过', en: 'an error occurred while reading or checking this file; it was skipped' },
  unreadable: { zh: '无法读取文件', en: 'the file cannot be read' },
};

export function fatalResult(filePath: string, code: string, locale: Locale, detail?: string): LintResult {
  const text = READ_PROBLEMS[code] ?? READ_PROBLEMS.unreadable!;
  const message: LintMessage = {
    ruleId: null,
    fatal: true,
    severity: 2,
    message: text[locale] + (detail ? `: ${detail}` : ''),
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
  const options: LintOptions = { ...request, format: formatOf(filePath), inputFormat: inputFormatOf(filePath), filename: filePath };
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
  if (found === limit) [found, limit] = [`${size} ${locale === 'zh' ? '字节' : 'bytes'}`, `${MAX_INPUT_BYTES} ${locale === 'zh' ? '字节' : 'bytes'}`];
  const detail = locale === 'zh' ? `${found},上限为 ${limit}` : `${found}; the limit is ${limit}`;
  return fatalResult(filePath, 'too-large', locale, detail);
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
    const code = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unreadable';
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
    const kind = inputFormatOf(filePath) === 'docx' ? { zh: 'Word 文档(.docx)', en: 'Word documents (.docx)' } : { zh: 'HTML 网页(.html)', en: 'web pages (.html)' };
    result.messages.unshift({
      ruleId: null,
      severity: 1,
      message:
        request.locale === 'zh'
          ? `--fix 不会改写 ${kind.zh}:已检查,未修复;请在原文件中修改,或用 --annotate --fix 得到以修订标出修复的 Word 副本`
          : `--fix does not write ${kind.en}: checked, not fixed; make the changes in the original, or use --annotate --fix for a Word copy with the fixes as tracked changes`,
      line: 1,
      column: 1,
    });
    Object.assign(result, countMessages(result.messages));
  }
  return result;
}
