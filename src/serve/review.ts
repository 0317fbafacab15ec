// "下载带批注的 Word 文档": an uploaded .docx answered in itself, made in memory and sent back —
// findings as comments, safe fixes as tracked changes (src/write/review.ts, what --annotate --fix
// writes). The writer loads only when a document is asked for.
import type { Locale } from '../rule-api.js';
import { UploadError, type EngineSetup } from './analyze.js';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The reviewed document's name and bytes; a file that cannot be read is an UploadError with the CLI's message. */
export async function reviewUpload(bytes: Uint8Array, fileName: string, setup: EngineSetup, locale: Locale): Promise<{ name: string; docx: Uint8Array }> {
  const { REVIEW_AUTHOR, reviewBytes } = await import('../write/review.js');
  const reviewed = await reviewBytes(bytes, fileName, { rules: setup.rules, settings: setup.settings, locale, fix: true }, { ...REVIEW_AUTHOR, date: new Date() });
  if (!reviewed.docx) throw new UploadError(`${fileName}: ${reviewed.result.messages.find((m) => m.fatal)?.message ?? ''}`);
  return { name: fileName.replace(/\.[^.]*$/, '') + '.reviewed.docx', docx: reviewed.docx };
}
