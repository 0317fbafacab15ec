// A progress bar on stderr for long runs, only when stderr is a terminal: piped or redirected
// output (CI logs, files) never gets carriage-return noise.
export const PROGRESS_THRESHOLD = 50;

/** Redraws at most this often: a bar is for eyes, not for every file. */
const REDRAW_MS = 100;

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export interface Progress {
  tick(): void;
  done(): void;
}

export function createProgress(total: number, stream: ProgressStream = process.stderr, label = 'fazhi-lint'): Progress | null {
  if (!stream.isTTY || total <= PROGRESS_THRESHOLD) return null;
  let count = 0;
  let lastDraw = 0;
  const draw = () => {
    const counter = ` ${count}/${total}`;
    const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - label.length - counter.length - 4));
    const filled = Math.round((count / total) * width);
    stream.write(`\r${label} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}]${counter}`);
    lastDraw = Date.now();
  };
  draw();
  return {
    tick() {
      count++;
      if (count === total || Date.now() - lastDraw >= REDRAW_MS) draw();
    },
    done() {
      // Erase the bar so the report that follows starts on a clean line.
      stream.write('\r\u001b[2K');
    },
  };
}
