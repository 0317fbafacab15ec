// The benchmark corpus must be reproducible: the same seed gives the same files, byte for byte,
// so runs on different days and machines lint the same thing.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPools, chineseNumeral, generateModel, readFixtureSources, writeCorpus } from '../scripts/bench/corpus.js';
import { mulberry32 } from '../scripts/bench/prng.js';
import { ROOT } from './helpers/cli.js';

const temp = mkdtempSync(path.join(os.tmpdir(), 'fazhi-bench-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const pools = buildPools(readFixtureSources(ROOT));

function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const format of ['md', 'txt']) {
    for (const name of readdirSync(path.join(dir, format)).sort()) files.set(`${format}/${name}`, readFileSync(path.join(dir, format, name), 'utf8'));
  }
  return files;
}

describe('bench corpus generator', () => {
  it('writes the same files for the same seed, and other files for another seed', () => {
    const first = path.join(temp, 'a');
    const second = path.join(temp, 'b');
    const other = path.join(temp, 'c');
    writeCorpus(first, pools, 12, 7);
    writeCorpus(second, pools, 12, 7);
    writeCorpus(other, pools, 12, 8);
    const a = snapshot(first);
    expect(a.size).toBe(24);
    expect(snapshot(second)).toEqual(a);
    const c = snapshot(other);
    expect([...c.keys()]).toEqual([...a.keys()]);
    expect([...c.values()]).not.toEqual([...a.values()]);
  });

  it('makes .txt reports of 5–30 KB with their parts numbered 一、二、三… in order', () => {
    const dir = path.join(temp, 'sizes');
    writeCorpus(dir, pools, 40, 42);
    for (const name of readdirSync(path.join(dir, 'txt'))) {
      const text = readFileSync(path.join(dir, 'txt', name), 'utf8');
      const size = Buffer.byteLength(text);
      expect(size, name).toBeGreaterThanOrEqual(5 * 1024);
      expect(size, name).toBeLessThanOrEqual(30 * 1024);
      const numerals = text.split(/\r?\n/).flatMap((line) => /^\u3000*([一二三四五六七八九十]{1,3})、/.exec(line)?.[1] ?? []);
      expect(numerals, name).toEqual(numerals.map((_, i) => chineseNumeral(i + 1)));
    }
  });

  it('varies which parts a report has', () => {
    const rng = mulberry32(1);
    const shapes = new Set<string>();
    for (let i = 0; i < 60; i++) shapes.add(generateModel(pools, rng).sections.map((s) => s.kind).join(','));
    expect(shapes.size).toBeGreaterThan(5);
    expect([...shapes].some((shape) => !shape.includes('problems'))).toBe(true);
    expect([...shapes].some((shape) => shape.includes('responsibility'))).toBe(true);
  });
});
