// --concurrency (worker threads), --shard and the progress bar: parallel results identical to
// serial ones and in the same order; shards that partition the files; a bar only on a TTY.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProgress, PROGRESS_THRESHOLD } from '../../src/cli/progress.js';
import { parseShard, selectShard } from '../../src/cli/shard.js';
import { parseConcurrency, PARALLEL_THRESHOLD, threadCount } from '../../src/api/lint-files.js';
import { ROOT, runCli } from '../helpers/cli.js';

const REAL = path.join(ROOT, 'fixtures/real');
const FILE_COUNT = 64;

/**
 * 64 distinct reports in nested folders, built from the real ones with parts cut off, so files
 * differ in findings and any mix-up of results between files would show.
 */
function corpus(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'fazhi-lint-par-'));
  const texts = readdirSync(REAL)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(path.join(REAL, f), 'utf8'));
  for (let i = 0; i < FILE_COUNT; i++) {
    const lines = texts[i % texts.length]!.split('\n');
    const keep = Math.max(3, lines.length - (i % 9) * Math.ceil(lines.length / 10));
    const sub = path.join(dir, `group-${i % 5}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, `report-${String(i).padStart(3, '0')}.txt`), lines.slice(0, keep).join('\n') + `\n(第 ${i} 份)\n`);
  }
  return dir;
}

function lintJson(dir: string, extra: string[] = []) {
  const run = runCli(['--no-config-lookup', '--format', 'json', ...extra, '.'], { cwd: dir });
  expect(run.stderr).toBe('');
  return run;
}

describe('--concurrency', () => {
  const dir = corpus();
  const serial = lintJson(dir);
  const serialResults = JSON.parse(serial.stdout) as Array<{ filePath: string; messages: unknown[] }>;

  it('has a corpus whose files differ in findings', () => {
    expect(serialResults).toHaveLength(FILE_COUNT);
    expect(new Set(serialResults.map((r) => JSON.stringify(r.messages))).size).toBeGreaterThan(3);
  });

  it.each([['2'], ['3'], ['auto']])('--concurrency %s gives the serial results, in the same order', (n) => {
    const parallel = lintJson(dir, ['--concurrency', n]);
    expect(parallel.code).toBe(serial.code);
    expect(parallel.stdout).toBe(serial.stdout);
  });

  it('gives the same reviewer formats (outline and text cross the thread boundary)', () => {
    for (const format of ['checklist', 'html']) {
      const a = runCli(['--no-config-lookup', '--format', format, '.'], { cwd: dir });
      const b = runCli(['--no-config-lookup', '--format', format, '--concurrency', '3', '.'], { cwd: dir });
      expect(b.stdout).toBe(a.stdout);
    }
  });

  it('combines with --cache: cold and warm parallel runs match the serial one', () => {
    const cache = path.join(dir, 'par.cache');
    expect(lintJson(dir, ['--concurrency', '2', '--cache', '--cache-location', cache]).stdout).toBe(serial.stdout);
    expect(lintJson(dir, ['--concurrency', '2', '--cache', '--cache-location', cache]).stdout).toBe(serial.stdout);
  });

  it('workers resolve config as the main thread does (config file found beside the reports)', () => {
    writeFileSync(path.join(dir, 'group-1', '.linterrc.json'), JSON.stringify({ rules: { 'require-title': 'off' } }));
    try {
      const args = ['--format', 'json', '.'];
      const plain = runCli(args, { cwd: dir });
      const parallel = runCli([...args, '--concurrency', '3'], { cwd: dir });
      expect(parallel.stdout).toBe(plain.stdout);
      const results = JSON.parse(parallel.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>;
      const inGroup1 = results.filter((r) => r.filePath.includes(`${path.sep}group-1${path.sep}`));
      expect(inGroup1.length).toBeGreaterThan(0);
      expect(inGroup1.every((r) => r.messages.every((m) => m.ruleId !== 'require-title'))).toBe(true);
    } finally {
      writeFileSync(path.join(dir, 'group-1', '.linterrc.json'), '{}');
    }
  });

  it('a config error in a worker stops the run with the same message as serial (exit 2)', () => {
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ rules: { 'no-such-rule': 'error' } }));
    const a = runCli(['--config', bad, '.'], { cwd: dir });
    const b = runCli(['--config', bad, '--concurrency', '2', '.'], { cwd: dir });
    expect(a.code).toBe(2);
    expect(b.code).toBe(2);
    expect(b.stderr).toBe(a.stderr);
    expect(b.stderr).toContain('no-such-rule');
  });

  it.each(['0', '-1', '1.5', 'many', ''])('rejects --concurrency "%s" (exit 2)', (value) => {
    const run = runCli(['--concurrency', value, '.'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--concurrency');
  });
});

describe('worker count', () => {
  it('parses N and auto', () => {
    expect(parseConcurrency('4')).toBe(4);
    expect(parseConcurrency('auto')).toBe('auto');
    expect(() => parseConcurrency('0')).toThrow(/--concurrency/);
  });

  it('auto stays serial below the threshold and on one core, and scales with files and cores', () => {
    expect(threadCount('auto', PARALLEL_THRESHOLD - 1, 16)).toBe(1);
    expect(threadCount('auto', 1000, 1)).toBe(1);
    expect(threadCount('auto', 1000, 2)).toBe(2);
    expect(threadCount('auto', 1000, 8)).toBe(8);
    expect(threadCount('auto', 60, 8)).toBe(2);
  });

  it('an explicit N is capped by the number of files', () => {
    expect(threadCount(8, 3, 16)).toBe(3);
    expect(threadCount(1, 500, 16)).toBe(1);
  });
});

describe('--shard', () => {
  const files = Array.from({ length: 23 }, (_, i) => path.join('/repo', `d${i % 4}`, `r${(i * 7) % 23}.txt`));

  it('partitions the files: shards are disjoint, their union is all, sizes differ by at most one', () => {
    for (const n of [1, 2, 3, 5, 23, 30]) {
      const shards = Array.from({ length: n }, (_, i) => selectShard(files, { index: i + 1, count: n }, '/repo'));
      const union = shards.flat();
      expect(union.sort()).toEqual([...files].sort());
      expect(new Set(union).size).toBe(files.length);
      const sizes = shards.map((s) => s.length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
  });

  it('is deterministic whatever order the files were found in, and keeps their order', () => {
    const shuffled = [...files].reverse();
    const a = selectShard(files, { index: 2, count: 3 }, '/repo');
    const b = selectShard(shuffled, { index: 2, count: 3 }, '/repo');
    expect([...b].sort()).toEqual([...a].sort());
    expect(a).toEqual(files.filter((f) => a.includes(f)));
  });

  it('validates i/n', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/3', '4/3', '1/0', '3', 'a/b', '1/2/3', '-1/2']) expect(() => parseShard(bad)).toThrow(/--shard/);
  });

  it('end to end: the shards of a run together give the whole run', () => {
    const dir = corpus();
    const all = JSON.parse(lintJson(dir).stdout) as Array<{ filePath: string }>;
    const parts = [1, 2, 3].map((i) => JSON.parse(lintJson(dir, ['--shard', `${i}/3`]).stdout) as Array<{ filePath: string }>);
    const paths = parts.flatMap((p) => p.map((r) => r.filePath));
    expect(new Set(paths).size).toBe(paths.length);
    expect([...paths].sort()).toEqual(all.map((r) => r.filePath).sort());
    for (const p of parts) expect(p.length).toBeGreaterThanOrEqual(Math.floor(FILE_COUNT / 3));
    const bad = runCli(['--shard', '4/3', '.'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--shard');
  });

  it('an empty shard (more shards than files) exits 0 with nothing to report', () => {
    const run = runCli(['--no-config-lookup', '--shard', '5/5', 'fixtures/real']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
  });
});

describe('progress bar', () => {
  function fakeStream(isTTY: boolean) {
    const writes: string[] = [];
    return { writes, stream: { isTTY, columns: 80, write: (text: string) => writes.push(text) } };
  }

  it('draws on a TTY for runs over the threshold, ends on the total, and clears itself', () => {
    const { writes, stream } = fakeStream(true);
    const total = PROGRESS_THRESHOLD + 10;
    const progress = createProgress(total, stream)!;
    expect(progress).not.toBeNull();
    for (let i = 0; i < total; i++) progress.tick();
    expect(writes.at(-1)).toContain(`${total}/${total}`);
    progress.done();
    expect(writes.at(-1)).toBe('\r\u001b[2K');
  });

  it('stays silent when not a TTY, or for small runs', () => {
    expect(createProgress(500, fakeStream(false).stream)).toBeNull();
    expect(createProgress(PROGRESS_THRESHOLD, fakeStream(true).stream)).toBeNull();
  });

  it('prints nothing on a piped stderr for a run over the threshold', () => {
    const dir = corpus();
    const run = runCli(['--no-config-lookup', '--format', 'summary', '.'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`共检查 ${FILE_COUNT} 份报告`);
  });
});
