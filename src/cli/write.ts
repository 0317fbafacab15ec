// Writing --fix results back to disk. Writing is the CLI's job (the engine only computes the
// fixed text). A write is atomic and careful:
// - only .md/.markdown/.txt are written (a .docx or .html is linted as extracted paragraphs);
// - in the file's own encoding and BOM: GB18030 via iconv-lite, since Node has no encoder for it;
// - only when the bytes change, and never over a file that changed on disk since it was read;
// - through a temporary file in the same folder, fsync'd, then renamed over the original with
//   the original's mode, so a crash leaves either the old file or the new one, never half
//   (src/write/atomic-file.ts).
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import iconv from 'iconv-lite';
import type { Locale } from '../rule-api.js';
import type { LintMessage, LintResult } from '../results.js';
import { countMessages } from '../results.js';
import { decode, type Encoding } from '../read/decode.js';
import { inputFormatOf, lintFile, WRITABLE_FORMATS, type FileLintRequest, type ReadSource } from '../engine/lint-file.js';
import { writeAtomically } from '../write/atomic-file.js';

export type RefusalReason = 'format' | 'changed' | 'encoding' | 'io';

/** A fixed text that was not written, and why. */
export class WriteRefusedError extends Error {
  constructor(
    readonly reason: RefusalReason,
    readonly detail = '',
  ) {
    super(`${reason}${detail ? `: ${detail}` : ''}`);
  }
}

const BOMS: Record<Encoding, Uint8Array> = {
  'utf-8': Uint8Array.of(0xef, 0xbb, 0xbf),
  gb18030: new Uint8Array(0),
  'utf-16le': Uint8Array.of(0xff, 0xfe),
  'utf-16be': Uint8Array.of(0xfe, 0xff),
};

/** The bytes of `text` in `encoding`, with the BOM when the original had one. */
export function encodeText(text: string, encoding: Encoding, bom: boolean): Uint8Array {
  const body = encoding === 'utf-8' ? Buffer.from(text, 'utf8') : iconv.encode(text, encoding);
  return bom ? Buffer.concat([BOMS[encoding], body]) : body;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.compare(a, b) === 0;
}

/**
 * Writes `output` over `filePath` as described above. Returns false when the encoded output
 * equals what was read (nothing written); throws WriteRefusedError when it will not write.
 */
export async function writeFixed(filePath: string, source: ReadSource | undefined, output: string): Promise<boolean> {
  if (!source || !WRITABLE_FORMATS.has(inputFormatOf(filePath))) {
    throw new WriteRefusedError('format', path.extname(filePath) || filePath);
  }
  const bytes = encodeText(output, source.encoding, source.bom);
  if (sameBytes(bytes, source.bytes)) return false;
  // A character the original encoding cannot hold would be written as "?": refuse instead.
  if (decode(bytes).text !== output) throw new WriteRefusedError('encoding', source.encoding);

  // Write beside the real file, so a symbolic link stays a link and rename stays in one volume.
  let target: string;
  let onDisk: Uint8Array;
  let mode: number;
  try {
    target = await realpath(filePath);
    onDisk = await readFile(target);
    mode = (await stat(target)).mode & 0o7777;
  } catch (error) {
    throw new WriteRefusedError('io', (error as NodeJS.ErrnoException).code ?? String(error));
  }
  if (!sameBytes(onDisk, source.bytes)) throw new WriteRefusedError('changed');

  try {
    await writeAtomically(target, bytes, mode);
  } catch (error) {
    throw new WriteRefusedError('io', (error as NodeJS.ErrnoException).code ?? String(error));
  }
  return true;
}

const REFUSALS: Record<RefusalReason, { zh: string; en: string }> = {
  format: { zh: '未写入修复:不能改写此格式的文件({{detail}}),请在原文件中修改', en: 'fixes not written: fazhi-lint cannot write this format ({{detail}}); make the changes in the original' },
  changed: { zh: '未写入修复:文件在检查后已被修改,请重新运行', en: 'fixes not written: the file changed on disk after it was read; run again' },
  encoding: { zh: '未写入修复:修复后的文本含有 {{detail}} 编码无法保存的字符', en: 'fixes not written: the fixed text has characters that {{detail}} cannot hold' },
  io: { zh: '未写入修复:写入失败({{detail}})', en: 'fixes not written: the write failed ({{detail}})' },
};

export function refusalMessage(error: WriteRefusedError, locale: Locale): LintMessage {
  return {
    ruleId: null,
    severity: 2,
    message: REFUSALS[error.reason][locale].replace('{{detail}}', error.detail),
    line: 1,
    column: 1,
  };
}

/**
 * --fix for one file: lint with the fix loop, write the fixed text, and return the messages that
 * remain. When the write is refused the file is as it was: its messages are those of the
 * unfixed file, with one error saying why nothing was written.
 */
export async function fixFile(filePath: string, request: FileLintRequest): Promise<LintResult> {
  let source: ReadSource | undefined;
  const result = await lintFile(filePath, { ...request, fix: true, onRead: (read) => (source = read) });
  if (result.output === undefined) return result;
  try {
    await writeFixed(filePath, source, result.output);
    return result;
  } catch (error) {
    if (!(error instanceof WriteRefusedError)) throw error;
    const unfixed = await lintFile(filePath, { ...request, fix: false });
    const messages = [refusalMessage(error, request.locale), ...unfixed.messages];
    return { ...unfixed, messages, ...countMessages(messages) };
  }
}
