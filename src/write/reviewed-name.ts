// The name of a reviewed Word document (--annotate): report.reviewed.docx beside the report, or
// the report's own name in --annotate-dir. Its own module: the file walk (src/api/find-files.ts)
// skips these names without loading the writer.
import path from 'node:path';

export const REVIEWED_SUFFIX = '.reviewed.docx';

/** Where the reviewed document of `file` goes. */
export function reviewedPath(file: string, dir: string | undefined): string {
  const base = path.basename(file, path.extname(file));
  return dir === undefined ? path.join(path.dirname(file), base + REVIEWED_SUFFIX) : path.join(dir, `${base}.docx`);
}
