// Linting the page's uploads off the server's process. Linting is synchronous work (a 1 MB .docx
// took 15 s), so in the server's thread it would stall every other request; and a hostile
// upload can exhaust memory (a 2 KB .docx whose automatic numbers run to hundreds of megabytes
// of text), which ends the process it runs in. A worker thread's resourceLimits do not help
// there: a single huge allocation past the limit is fatal to the whole process. So uploads go
// to a few child processes, each with its own heap limit (--max-old-space-size); one past its
// time is killed, and one that dies takes only its upload with it. A bounded number of uploads
// is admitted at once; past that the page hears "busy".
import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Locale } from '../rule-api.js';
import type { ServeReport } from './analyze.js';
import type { FazhiLintOptions } from '../api/fazhi-lint.js';

export interface UploadLimits {
  /** Checker processes linting at once. */
  processes: number;
  /** How long one upload may take once a checker has it. */
  timeoutMs: number;
  /** Each checker's JavaScript heap (old generation), in MB. */
  memoryMb: number;
  /** Uploads admitted beyond those being linted (being read, or waiting for a checker). */
  waiting: number;
}

/** A 20 MB text lints in about 1 s with 230 MB of memory (src/read/limits.ts); these leave wide room. */
export const DEFAULT_UPLOAD_LIMITS: UploadLimits = {
  processes: Math.max(1, Math.min(4, availableParallelism())),
  timeoutMs: 60_000,
  memoryMb: 512,
  waiting: 8,
};

/**
 * What a checker is started with: the Node API's options, plain data (rules are code and are
 * loaded there). Uploads are linted as files of `options.cwd`, the folder `serve` started in.
 */
export interface CheckerSetup {
  options: FazhiLintOptions;
}

export interface UploadJob {
  id: number;
  /** lint: the page's report; annotate: the reviewed .docx (comments and tracked changes). */
  kind: 'lint' | 'annotate';
  bytes: Uint8Array;
  name: string;
  locale: Locale;
}

/** A reviewed Word document: its download name and bytes. */
export interface ReviewedDocx {
  name: string;
  docx: Uint8Array;
}

/** The first message to a checker; then one UploadJob at a time. */
export type ToChecker = { setup: CheckerSetup } | UploadJob;

export type UploadReply =
  | { id: number; report: ServeReport }
  | { id: number; reviewed: ReviewedDocx }
  /** The engine could not read the file (binary, empty, damaged …): its message. */
  | { id: number; unreadable: string }
  | { id: number; failed: string };

/** Why an upload got no report: the engine's reading message, or a limit it ran into. */
export class UploadFailure extends Error {
  constructor(
    readonly kind: 'unreadable' | 'timeout' | 'memory' | 'crashed',
    message: string = kind,
  ) {
    super(message);
  }
}

interface Pending {
  job: UploadJob;
  resolve: (answer: ServeReport | ReviewedDocx) => void;
  reject: (error: Error) => void;
}

interface Running extends Pending {
  timer: NodeJS.Timeout;
}

interface Checker {
  child: ChildProcess;
  /** The end of its stderr: how it died, when it does. */
  stderr: string;
}

export class UploadPool {
  private readonly idle: Checker[] = [];
  private readonly busy = new Map<Checker, Running>();
  private readonly queue: Pending[] = [];
  private admitted = 0;
  private nextId = 0;
  private closed = false;

  constructor(
    private readonly setup: CheckerSetup,
    readonly limits: UploadLimits,
    private readonly checkerUrl: URL = new URL('./upload-checker.js', import.meta.url),
  ) {}

  /** Admits one more upload, or returns null when as many as the limits allow are in hand. Call the returned release when done. */
  admit(): (() => void) | null {
    if (this.closed || this.admitted >= this.limits.processes + this.limits.waiting) return null;
    this.admitted++;
    let released = false;
    return () => {
      if (!released) this.admitted--;
      released = true;
    };
  }

  /** Lints an upload in a checker process. Rejects with UploadFailure when it cannot give a report. */
  lint(bytes: Uint8Array, name: string, locale: Locale): Promise<ServeReport> {
    return this.run({ id: this.nextId++, kind: 'lint', bytes, name, locale }) as Promise<ServeReport>;
  }

  /** Reviews an uploaded .docx in a checker process: its findings as comments, safe fixes as tracked changes. */
  annotate(bytes: Uint8Array, name: string, locale: Locale): Promise<ReviewedDocx> {
    return this.run({ id: this.nextId++, kind: 'annotate', bytes, name, locale }) as Promise<ReviewedDocx>;
  }

  private run(job: UploadJob): Promise<ServeReport | ReviewedDocx> {
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.dispatch();
    });
  }

  /** Ends every checker; uploads still waiting fail. */
  close(): void {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.reject(new UploadFailure('crashed', 'the server is stopping'));
    for (const running of this.busy.values()) clearTimeout(running.timer);
    for (const checker of [...this.idle.splice(0), ...this.busy.keys()]) checker.child.kill('SIGKILL');
    this.busy.clear();
  }

  private dispatch(): void {
    while (this.queue.length > 0 && !this.closed) {
      const checker = this.idle.pop() ?? (this.busy.size < this.limits.processes ? this.startChecker() : undefined);
      if (!checker) return;
      const pending = this.queue.shift()!;
      const timer = setTimeout(() => this.stop(checker, new UploadFailure('timeout')), this.limits.timeoutMs);
      this.busy.set(checker, { ...pending, timer });
      checker.child.send(pending.job satisfies ToChecker);
    }
  }

  private startChecker(): Checker {
    const child = fork(fileURLToPath(this.checkerUrl), [], {
      execArgv: [`--max-old-space-size=${this.limits.memoryMb}`],
      // Structured clone: an upload's bytes cross as bytes, not as JSON.
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    const checker: Checker = { child, stderr: '' };
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => (checker.stderr = (checker.stderr + chunk).slice(-4000)));
    child.on('message', (reply: UploadReply) => {
      const running = this.busy.get(checker);
      if (!running || running.job.id !== reply.id) return;
      clearTimeout(running.timer);
      this.busy.delete(checker);
      this.idle.push(checker);
      if ('report' in reply) running.resolve(reply.report);
      else if ('reviewed' in reply) running.resolve(reply.reviewed);
      else if ('unreadable' in reply) running.reject(new UploadFailure('unreadable', reply.unreadable));
      else running.reject(new UploadFailure('crashed', reply.failed));
      this.dispatch();
    });
    child.on('error', (error) => this.stop(checker, new UploadFailure('crashed', error.message)));
    // A heap past --max-old-space-size ends the process with V8's "heap out of memory" on stderr.
    child.on('close', (code, signal) => {
      const outOfMemory = /heap out of memory|Allocation failed/.test(checker.stderr);
      this.stop(checker, new UploadFailure(outOfMemory ? 'memory' : 'crashed', `the checker stopped (${signal ?? code})`));
    });
    child.send({ setup: this.setup } satisfies ToChecker);
    return checker;
  }

  /** Ends a checker (a spent budget, an error, its exit): its upload fails, and the next upload gets a new one. */
  private stop(checker: Checker, failure: UploadFailure): void {
    const index = this.idle.indexOf(checker);
    if (index !== -1) this.idle.splice(index, 1);
    const running = this.busy.get(checker);
    if (running) {
      clearTimeout(running.timer);
      this.busy.delete(checker);
      running.reject(failure);
    }
    checker.child.kill('SIGKILL');
    this.dispatch();
  }
}
