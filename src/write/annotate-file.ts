// --annotate: each report answered as a reviewed Word document, report.reviewed.docx beside it
// (or in --annotate-dir, keeping its name), with every finding as a comment and, with --fix,
// every safe fix as a tracked change (src/write/review.ts). The input is never written; an
// existing output is replaced atomically; a file that cannot be read gets its usual fatal
// message and nothing is written for it.
import { mkdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { countMessages, type LintMessage, type LintResult } from '../results.js';
import { uiText } from '../i18n/ui-text.js';
import { readReport, type FileLintRequest } from '../engine/lint-file.js';
import { writeAtomically } from './atomic-file.js';
import { REVIEW_AUTHOR, reviewBytes } from './review.js';
import { reviewedPath } from './reviewed-name.js';

/** What --annotate carries to every file's lint (plain data: it crosses to workers). */
export interface AnnotateRequest {
  /** --annotate-dir, resolved; beside each input when absent. */
  dir?: string;
  /** The run's date (ISO 8601), on every comment and tracked change. */
  date: string;
  /** Inputs whose output another input of the run writes: not written (names must not collide). */
  collisions?: string[];
}

/** The inputs (after the first) whose reviewed document would have the same path as another's. */
export function collidingInputs(files: readonly string[], dir: string | undefined): string[] {
  const seen = new Set<string>();
  const colliding: string[] = [];
  for (const file of files) {
    const out = reviewedPath(file, dir);
    if (seen.has(out)) colliding.push(file);
    seen.add(out);
  }
  return colliding;
}

/** The run's --annotate request: the folder made when missing, colliding names found. A folder that cannot be made is a RangeError. */
export async function annotateRequest(files: readonly string[], dirFlag: string | undefined, cwd: string): Promise<AnnotateRequest> {
  const dir = dirFlag === undefined ? undefined : path.resolve(cwd, dirFlag);
  if (dir !== undefined) {
    try {
      await mkdir(dir, { recursive: true });
    } catch (error) {
      throw new RangeError(`cannot use --annotate-dir ${dirFlag}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  }
  const collisions = collidingInputs(files, dir);
  return { date: new Date().toISOString(), ...(dir === undefined ? {} : { dir }), ...(collisions.length > 0 ? { collisions } : {}) };
}

/** Why the reviewed document was not written: an error at the top of the file's messages. */
function problem(message: string): LintMessage {
  return { ruleId: null, severity: 2, message, line: 1, column: 1 };
}

function withMessage(result: LintResult, message: LintMessage): LintResult {
  const messages = [message, ...result.messages];
  return { ...result, messages, ...countMessages(messages) };
}

async function realOrSelf(file: string): Promise<string> {
  return realpath(file).catch(() => path.resolve(file));
}

/** Lints `file`, writes its reviewed .docx and returns the result (saying where it went). */
export async function annotateFile(file: string, request: FileLintRequest, annotate: AnnotateRequest): Promise<LintResult> {
  const read = readReport(file, request.locale);
  if ('fatal' in read) return read.fatal;
  const reviewed = await reviewBytes(read.bytes, file, request, { ...REVIEW_AUTHOR, date: new Date(annotate.date) });
  if (!reviewed.docx) return reviewed.result;
  const output = reviewedPath(file, annotate.dir);
  if (annotate.collisions?.includes(file)) return withMessage(reviewed.result, problem(uiText(request.locale, 'annotate.collision', { detail: output })));
  // Written through a symbolic link, as --fix writes; never over the input.
  const target = await realOrSelf(output);
  if (target === (await realOrSelf(file))) return withMessage(reviewed.result, problem(uiText(request.locale, 'annotate.same', { detail: output })));
  let mode = 0o644;
  try {
    mode = (await stat(target)).mode & 0o7777;
  } catch {
    // A new file.
  }
  try {
    await writeAtomically(target, reviewed.docx, { mode });
  } catch (error) {
    return withMessage(reviewed.result, problem(uiText(request.locale, 'annotate.io', { path: output, detail: (error as NodeJS.ErrnoException).code ?? String(error) })));
  }
  return { ...reviewed.result, reviewed: { path: output, comments: reviewed.comments, changes: reviewed.changes } };
}
