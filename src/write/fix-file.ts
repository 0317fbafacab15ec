// Writing --fix results back to disk. Writing is the CLI's job (the engine only computes the
// fixed text). A write is atomic and careful:
// - only .md/.markdown/.txt are written (a .docx or .html is linted as extracted paragraphs);
// - only the fixed spans are re-encoded, in the file's own encoding; every other byte, the BOM
//   included, stays as it was (src/write/splice.ts);
// - only when the bytes change, and never over a file that changed on disk since it was read;
// - only a file the user could write in place: a rename needs only the folder to be writable,
//   so it would otherwise replace a read-only file or another user's file;
// - through a temporary file in the same folder, fsync'd, given the original's owner and mode,
//   then renamed over the original, so a crash leaves either the old file or the new one, never
//   half. A file with other hard links is refused: the rename would leave them on the old text.
// A temporary file left by a run that was killed is removed by the next --fix of a file in its
// folder (src/write/atomic-file.ts).
import { constants } from 'node:fs';
import { open, readFile, realpath, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { Locale } from '../rule-api.js';
import type { LintMessage, LintResult } from '../results.js';
import { countMessages } from '../results.js';
import { uiText } from '../i18n/ui-text.js';
import { inputFormatOf, lintFile, WRITABLE_FORMATS, type FileLintRequest, type ReadSource } from '../engine/lint-file.js';
import type { Edit } from '../engine/edits.js';
import { sweepTemporaryFiles, writeAtomically } from '../write/atomic-file.js';
import { SpliceError, spliceEdits } from './splice.js';

export type RefusalReason = 'format' | 'changed' | 'encoding' | 'read-only' | 'permission' | 'owner' | 'hard-link' | 'io';

/** A fixed text that was not written, and why. */
export class WriteRefusedError extends Error {
  constructor(
    readonly reason: RefusalReason,
    readonly detail = '',
  ) {
    super(`${reason}${detail ? `: ${detail}` : ''}`);
  }
}

/** What the fix loop made of a file: the fixed text, and the same as edits of the text read. */
export interface FixedText {
  output: string;
  edits: Edit[];
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.compare(a, b) === 0;
}

function ioError(error: unknown): WriteRefusedError {
  return new WriteRefusedError('io', (error as NodeJS.ErrnoException).code ?? String(error));
}

/** The file's bytes with the fixes spliced in; refused when they would not read back as the fixed text. */
function fixedBytes(source: ReadSource, fixed: FixedText): Uint8Array {
  try {
    return spliceEdits(source, fixed.edits, fixed.output);
  } catch (error) {
    if (error instanceof SpliceError) throw new WriteRefusedError('encoding', source.encoding);
    throw error;
  }
}

/**
 * Refuses what the user could not write in place (a rename needs only the folder's
 * permission): a file without any write permission bit, even for root, as rm and editors warn;
 * a file the process cannot open for writing; a file with other hard links.
 */
async function checkWritableInPlace(target: string, mode: number, links: number): Promise<void> {
  if (links > 1) throw new WriteRefusedError('hard-link', String(links));
  if ((mode & 0o222) === 0) throw new WriteRefusedError('read-only');
  try {
    // Opening for writing, without truncating, changes nothing; it asks the kernel the real question.
    await (await open(target, constants.O_WRONLY)).close();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new WriteRefusedError('permission', code);
    throw ioError(error);
  }
}

/**
 * Writes the fixed text over `filePath` as described above. Returns false when the bytes
 * would not change (nothing written); throws WriteRefusedError when it will not write.
 */
export async function writeFixed(filePath: string, source: ReadSource | undefined, fixed: FixedText): Promise<boolean> {
  if (!source || !WRITABLE_FORMATS.has(inputFormatOf(filePath))) {
    throw new WriteRefusedError('format', path.extname(filePath) || filePath);
  }
  const bytes = fixedBytes(source, fixed);
  if (sameBytes(bytes, source.bytes)) return false;

  // Write beside the real file, so a symbolic link stays a link and rename stays in one volume.
  let target: string;
  let onDisk: Uint8Array;
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    target = await realpath(filePath);
    onDisk = await readFile(target);
    info = await stat(target);
  } catch (error) {
    throw ioError(error);
  }
  if (!sameBytes(onDisk, source.bytes)) throw new WriteRefusedError('changed');
  const mode = info.mode & 0o7777;
  await checkWritableInPlace(target, mode, info.nlink);

  try {
    await writeAtomically(target, bytes, { mode, prepare: (handle) => keepOwner(handle, info) });
  } catch (error) {
    throw error instanceof WriteRefusedError ? error : ioError(error);
  }
  return true;
}

/** Gives the new file the original's owner and group; refuses when the process may not (it would change them). */
async function keepOwner(handle: FileHandle, original: { uid: number; gid: number }): Promise<void> {
  const created = await handle.stat();
  if (created.uid === original.uid && created.gid === original.gid) return;
  try {
    await handle.chown(original.uid, original.gid);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EPERM' || code === 'EACCES') throw new WriteRefusedError('owner', `${original.uid}:${original.gid}`);
    throw error;
  }
}

export function refusalMessage(error: WriteRefusedError, locale: Locale): LintMessage {
  return {
    ruleId: null,
    severity: 2,
    message: uiText(locale, `fix.${error.reason}`, { detail: error.detail }),
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
  await sweepTemporaryFiles(filePath);
  let source: ReadSource | undefined;
  let edits: Edit[] = [];
  const result = await lintFile(filePath, { ...request, fix: true, onRead: (read) => (source = read), onEdits: (made) => (edits = made) });
  if (result.output === undefined) return result;
  try {
    await writeFixed(filePath, source, { output: result.output, edits });
    return result;
  } catch (error) {
    if (!(error instanceof WriteRefusedError)) throw error;
    const unfixed = await lintFile(filePath, { ...request, fix: false });
    const messages = [refusalMessage(error, request.locale), ...unfixed.messages];
    return { ...unfixed, messages, ...countMessages(messages) };
  }
}
