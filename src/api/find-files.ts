// Turning command-line paths into the list of report files: files as given, directories
// walked (skipping node_modules and dot-folders), globs matched. Problems are collected per
// path, never thrown, so one bad path does not stop the others.
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { DOCX_EXTENSIONS, HTML_EXTENSIONS, MARKDOWN_EXTENSIONS, TEXT_EXTENSIONS } from '../engine/lint-file.js';

/** The name --annotate gives a reviewed document ("报告.reviewed.docx"), beside its report. */
import { REVIEWED_SUFFIX } from '../write/reviewed-name.js';

/** What a directory walk or glob picks up: drafts (.docx, .md, .txt) and saved pages (.html). */
export const REPORT_EXTENSIONS = [...MARKDOWN_EXTENSIONS, ...TEXT_EXTENSIONS, ...DOCX_EXTENSIONS, ...HTML_EXTENSIONS];

export interface PathProblem {
  path: string;
  code: 'missing' | 'unreadable' | 'special' | 'no-reports';
  detail?: string;
}

export interface FileList {
  files: string[];
  problems: PathProblem[];
}

function isReport(file: string, extensions: readonly string[]): boolean {
  // "~$报告.docx" is the lock file Word keeps beside an open document, not a document;
  // "报告.reviewed.docx" is what --annotate wrote beside a report, not another report.
  if (file.startsWith('~$') || file.toLowerCase().endsWith(REVIEWED_SUFFIX)) return false;
  return extensions.includes(path.extname(file).toLowerCase());
}

function skipDirectory(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

/** Walks a directory; a symlink loop is cut by remembering real paths already seen. */
async function walk(
  dir: string,
  extensions: readonly string[],
  out: string[],
  problems: PathProblem[],
  seen: Set<string>,
): Promise<void> {
  let real: string;
  try {
    real = await realpath(dir);
  } catch (error) {
    problems.push({ path: dir, code: 'unreadable', detail: (error as NodeJS.ErrnoException).code });
    return;
  }
  if (seen.has(real)) return;
  seen.add(real);
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    problems.push({ path: dir, code: 'unreadable', detail: (error as NodeJS.ErrnoException).code });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(full);
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch {
        continue; // a dangling link is not a report
      }
    }
    if (isDir && !skipDirectory(entry.name)) await walk(full, extensions, out, problems, seen);
    else if (isFile && isReport(entry.name, extensions)) out.push(full);
  }
}

const GLOB_CHARS = /[*?[\]{}!]/;

/** The directory part of a glob before its first wildcard. */
function globBase(pattern: string): string {
  const parts = pattern.split(/[\\/]/);
  const fixed: string[] = [];
  for (const part of parts) {
    if (GLOB_CHARS.test(part)) break;
    fixed.push(part);
  }
  return fixed.join('/') || '.';
}

export async function findReportFiles(
  patterns: string[],
  cwd: string,
  extensions: readonly string[] = REPORT_EXTENSIONS,
): Promise<FileList> {
  const files: string[] = [];
  const problems: PathProblem[] = [];
  for (const pattern of patterns) {
    const absolute = path.resolve(cwd, pattern);
    let info;
    try {
      info = await stat(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (!GLOB_CHARS.test(pattern)) {
        problems.push({ path: absolute, code: code === 'ENOENT' ? 'missing' : 'unreadable', detail: code });
        continue;
      }
    }
    if (info?.isFile()) {
      files.push(absolute);
      continue;
    }
    // A named pipe, a device (/dev/null) or a socket is no report, and no folder to walk.
    if (info && !info.isDirectory()) {
      problems.push({ path: absolute, code: 'special', detail: info.isFIFO() ? 'FIFO' : info.isSocket() ? 'socket' : 'device' });
      continue;
    }
    const found: string[] = [];
    if (info?.isDirectory()) {
      await walk(absolute, extensions, found, problems, new Set());
    } else {
      const base = path.resolve(cwd, globBase(pattern));
      // picomatch is loaded only for glob arguments: most runs name files or folders.
      const { default: picomatch } = await import('picomatch');
      const matcher = picomatch(path.resolve(cwd, pattern).split(path.sep).join('/'), { dot: false });
      const candidates: string[] = [];
      await walk(base, extensions.length ? extensions : REPORT_EXTENSIONS, candidates, problems, new Set());
      for (const file of candidates) if (matcher(file.split(path.sep).join('/'))) found.push(file);
    }
    if (found.length === 0) problems.push({ path: absolute, code: 'no-reports' });
    files.push(...found);
  }
  return { files: [...new Set(files)], problems };
}
