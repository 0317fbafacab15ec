// --output-file: every format's output goes to a temporary file beside the target, renamed over
// it when the run ends (json streams into it as files are done, json-stream.ts).
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';

/**
 * Chunks written to `file` through a temporary file beside it, renamed over it by `commit`:
 * a run that stops half-way leaves the previous output, not half a JSON document.
 */
export function fileSink(file: string): { write: (chunk: string) => void; commit: () => void; abort: () => void } {
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w');
  let open = true;
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  return {
    write: (chunk) => {
      writeSync(fd, chunk);
    },
    commit: () => {
      close();
      try {
        renameSync(temporary, file);
      } catch (error) {
        rmSync(temporary, { force: true });
        throw error;
      }
    },
    abort: () => {
      close();
      rmSync(temporary, { force: true });
    },
  };
}
