// "下载带批注的 Word 文档": an uploaded .docx answered in itself, made in memory and sent back —
// findings as comments, safe fixes as tracked changes (FazhiLint#annotateBuffer, what
// --annotate --fix writes).
import path from 'node:path';
import type { FazhiLint } from '../api/fazhi-lint.js';
import { UploadError } from './analyze.js';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The reviewed document's name and bytes; a file that cannot be read is an UploadError with the CLI's message. */
export async function reviewUpload(bytes: Uint8Array, fileName: string, fixing: FazhiLint): Promise<{ name: string; docx: Uint8Array }> {
  const reviewed = await fixing.annotateBuffer(bytes, { filePath: path.basename(fileName) });
  if (!reviewed.docx) throw new UploadError(`${fileName}: ${reviewed.result.messages.find((m) => m.fatal)?.message ?? ''}`);
  return { name: fileName.replace(/\.[^.]*$/, '') + '.reviewed.docx', docx: reviewed.docx };
}
