// Runs one command as a whole process and measures it: wall time (here), CPU time and peak RSS
// (GNU time, when /usr/bin/time exists; Node cannot read a child's rusage).
import { spawn } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

export interface Measurement {
  wallMs: number;
  /** User + system CPU time; null without GNU time. */
  cpuMs: number | null;
  peakRssMB: number | null;
  exitCode: number;
  stderr: string;
}

const GNU_TIME = '/usr/bin/time';
export const hasGnuTime = existsSync(GNU_TIME);

export interface RunOptions {
  cwd: string;
  /** Where the command's stdout goes; /dev/null when not given. */
  stdoutFile?: string;
  env?: NodeJS.ProcessEnv;
}

export function measure(command: readonly string[], options: RunOptions): Promise<Measurement> {
  const timeFile = path.join(os.tmpdir(), `fazhi-bench-time-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const argv = hasGnuTime ? [GNU_TIME, '-f', '%U %S %M', '-o', timeFile, ...command] : [...command];
  const out = openSync(options.stdoutFile ?? '/dev/null', 'w');
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(argv[0]!, argv.slice(1), { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', out, 'pipe'] });
    let stderr = '';
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => {
      if (stderr.length < 4000) stderr += chunk;
    });
    child.on('error', (error) => {
      closeSync(out);
      reject(error);
    });
    child.on('close', (code) => {
      const wallMs = performance.now() - start;
      closeSync(out);
      let cpuMs: number | null = null;
      let peakRssMB: number | null = null;
      if (hasGnuTime && existsSync(timeFile)) {
        // GNU time writes "Command exited with non-zero status N" first when the exit code is not 0.
        const last = readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '';
        const [user, system, rssKB] = last.split(' ').map(Number);
        if (user !== undefined && system !== undefined && rssKB !== undefined && [user, system, rssKB].every(Number.isFinite)) {
          cpuMs = (user + system) * 1000;
          peakRssMB = rssKB / 1024;
        }
        rmSync(timeFile, { force: true });
      }
      resolve({ wallMs, cpuMs, peakRssMB, exitCode: code ?? -1, stderr });
    });
  });
}
