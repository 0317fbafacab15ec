// Hostile inputs, generated at test time (issue 17): each costs at most a few times what an
// ordinary report of the same size and format costs (CPU time and peak memory, measured in the
// CLI's own process: a ratio, never a wall-clock limit), ends as a finding or that file's fatal
// message, never stops the run, and gives the same results serially and with --concurrency 2.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const MEASURE = fileURLToPath(new URL('../helpers/measure-cli.mjs', import.meta.url));
/** How many times an ordinary input's CPU time and peak memory a hostile one may take. */
const CPU_RATIO = 5;
const MEMORY_RATIO = 3;

const REPORT = readFileSync(path.join(ROOT, 'fixtures/real/real-2024-chongqing-liuyin.txt'), 'utf8');

function repeatTo(unit: string, bytes: number): string {
  return unit.repeat(Math.max(1, Math.ceil(bytes / Buffer.byteLength(unit))));
}

/** An ordinary report of about `bytes` in the format: a real report repeated (with emphasis in Markdown, as paragraphs in HTML). */
function ordinary(ext: string, bytes: number): string {
  const paragraphs = REPORT.split('\n').filter((line) => line.trim() !== '');
  if (ext === '.md') return repeatTo(paragraphs.map((p) => `${p.slice(0, 6)}**${p.slice(6, 10)}**${p.slice(10)}\n\n`).join(''), bytes);
  if (ext === '.html') return `<html><body>${repeatTo(paragraphs.map((p) => `<p>${p}</p>`).join(''), bytes)}</body></html>`;
  return repeatTo(REPORT, bytes);
}

const CASES: Array<{ name: string; ext: string; text: () => string }> = [
  { name: 'quotes nested 10,000 deep', ext: '.md', text: () => '>'.repeat(10_000) + ' 文本\n' },
  { name: 'tags nested 2,000 deep', ext: '.html', text: () => '<div>'.repeat(2000) + '文本' + '</div>'.repeat(2000) },
  { name: 'list markers nested on one line', ext: '.md', text: () => '- '.repeat(100_000) + 'a\n' },
  { name: 'emphasis delimiters around one letter', ext: '.md', text: () => '*'.repeat(100_000) + 'a' + '*'.repeat(100_000) + '\n' },
  { name: 'quote lines nested up to 100 deep', ext: '.md', text: () => Array.from({ length: 5000 }, (_, i) => '>'.repeat((i % 100) + 1) + ' 文').join('\n') },
  { name: 'lists nested by indentation', ext: '.md', text: () => Array.from({ length: 4000 }, (_, i) => '  '.repeat(i % 200) + '- 项').join('\n') },
  { name: 'empty list items', ext: '.md', text: () => '- \n'.repeat(100_000) },
  { name: 'letters before an @', ext: '.txt', text: () => 'a'.repeat(80_000) + '@\n' },
  { name: 'a run of digits', ext: '.txt', text: () => '1'.repeat(200_000) + '\n' },
  { name: 'unclosed brackets before a year', ext: '.txt', text: () => '('.repeat(100_000) + '2023年\n' },
  { name: 'crafted directive comments', ext: '.txt', text: () => ('<!-- fazhi-lint-'.repeat(10) + ' -->\n').repeat(1000) },
];

interface Measure {
  code: number;
  cpuMs: number;
  maxRssKb: number;
  stderr: string;
}

function measure(file: string): Measure {
  const run = spawnSync(process.execPath, [MEASURE, '--no-config-lookup', '-f', 'json', file], {
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  const line = run.stderr.split('\n').find((l) => l.startsWith('@measure '));
  if (!line) throw new Error(`no measure for ${file}: ${run.stderr.slice(-500)}`);
  return { ...(JSON.parse(line.slice('@measure '.length)) as Omit<Measure, 'stderr'>), stderr: run.stderr.slice(0, run.stderr.indexOf('@measure')).trim() };
}

/** The lower of two measures: a busy machine only ever adds. */
function best(file: string): Measure {
  const [a, b] = [measure(file), measure(file)];
  return { code: a.code, stderr: a.stderr, cpuMs: Math.min(a.cpuMs, b.cpuMs), maxRssKb: Math.min(a.maxRssKb, b.maxRssKb) };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'fazhi-adversarial-'));
  for (const [i, c] of CASES.entries()) {
    const text = c.text();
    writeFileSync(path.join(dir, `case-${i}${c.ext}`), text);
    writeFileSync(path.join(dir, `ordinary-${i}${c.ext}`), ordinary(c.ext, Buffer.byteLength(text)));
  }
});

describe('hostile inputs', () => {
  it.each(CASES.map((c, i) => [c.name, i] as const))('%s: bounded by an ordinary report of its size', (_name, i) => {
    const ext = CASES[i]!.ext;
    const hostile = best(path.join(dir, `case-${i}${ext}`));
    const usual = best(path.join(dir, `ordinary-${i}${ext}`));
    // Findings (exit 1), or the file's fatal message (exit 2 when it is the only file): never an internal error.
    expect(hostile.stderr).toBe('');
    expect(hostile.code).toBeLessThanOrEqual(2);
    expect(hostile.cpuMs / usual.cpuMs, `CPU ${hostile.cpuMs} ms vs ${usual.cpuMs} ms`).toBeLessThanOrEqual(CPU_RATIO);
    expect(hostile.maxRssKb / usual.maxRssKb, `memory ${hostile.maxRssKb} KB vs ${usual.maxRssKb} KB`).toBeLessThanOrEqual(MEMORY_RATIO);
  });

  it('all together with a good report: every file has its result, the JSON is valid, serial and two threads agree', () => {
    const files = [...CASES.map((c, i) => `case-${i}${c.ext}`), path.join(ROOT, 'fixtures/real/real-2024-chongqing-liuyin.txt')];
    const serial = runCli(['--no-config-lookup', '-f', 'json', ...files], { cwd: dir });
    const threaded = runCli(['--no-config-lookup', '-f', 'json', '--concurrency', '2', ...files], { cwd: dir });
    expect(serial.stderr).toBe('');
    const results = JSON.parse(serial.stdout) as Array<{ filePath: string; messages: Array<{ fatal?: boolean; message: string; ruleId: string | null }> }>;
    expect(results).toHaveLength(files.length);
    expect(results.at(-1)!.messages.some((m) => m.ruleId === 'document-number')).toBe(true);
    expect(threaded.stdout).toBe(serial.stdout);
    // The deep HTML cannot be read: its fatal message says why, naming nothing internal.
    const deep = results.find((r) => r.filePath.endsWith('case-1.html'))!;
    expect(deep.messages).toEqual([expect.objectContaining({ fatal: true, message: '文件的结构嵌套过深(如上万层的引用或标签),无法读取' })]);
    // A Markdown shape remark cannot take is read as text, with a message that says so.
    const nested = results.find((r) => r.filePath.endsWith('case-0.md'))!;
    expect(nested.messages.some((m) => m.ruleId === null && m.message.includes('已按纯文本检查'))).toBe(true);
  });
});
