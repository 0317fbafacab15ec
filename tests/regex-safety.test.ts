// Every regular expression of our own, checked as a user's config pattern is (src/config/
// patterns.ts): recheck must find it linear. Literals are read from the sources with the
// TypeScript parser; patterns built at run time (phrase lists, years, page-debris tables) are
// caught by wrapping RegExp while every module loads and the linter reads every fixture. A
// pattern recheck finds worse than linear passes only when it runs on input of bounded length,
// as listed in BOUNDED with the bound.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const require = createRequire(import.meta.url);

interface Pump {
  prefix: string;
  pump: string;
}
type Diagnostics =
  | { status: 'safe' }
  | { status: 'vulnerable'; checker: 'automaton' | 'fuzz'; complexity: { type: string; degree?: number }; attack: { pumps: Pump[]; suffix: string } }
  | { status: 'unknown' };
const { checkSync } = require('recheck') as { checkSync: (source: string, flags: string, params: { timeout: number }) => Diagnostics };

/**
 * Patterns allowed to be worse than linear, by file: each runs only on a bounded input, so its
 * worst case is a constant. The bound is the reason; a pattern of these files run on a whole
 * paragraph would be a defect.
 */
const BOUNDED: Record<string, string> = {
  'src/data/page-debris.ts': 'tried only on a line of at most DEBRIS_MAX_LENGTH (200) characters (src/read/lines.ts)',
  'src/outline/title.ts': 'tried only on a line of at most TITLE_CANDIDATE_MAX_LENGTH (160) characters',
  'src/outline/issuer.ts': 'METADATA_ISSUER runs on page-debris lines (≤ 200 characters)',
  'src/read/html-reader.ts': "META_CHARSET runs on the page's first 4 KB",
  'src/config/discover.ts': "runs on a config parser's one-line error message",
  'src/read/docx-numbering.ts': 'runs on one <w:p> element at a time, not on report text',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

interface Found {
  source: string;
  flags: string;
  where: string;
}

function literals(): Found[] {
  const found: Found[] = [];
  for (const file of [...sourceFiles(path.join(ROOT, 'src')), ...sourceFiles(path.join(ROOT, 'rules'))]) {
    const tree = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(tree);
        const slash = text.lastIndexOf('/');
        const { line } = tree.getLineAndCharacterOfPosition(node.getStart(tree));
        found.push({ source: text.slice(1, slash), flags: text.slice(slash + 1), where: `${path.relative(ROOT, file)}:${line + 1}` });
      }
      ts.forEachChild(node, visit);
    };
    visit(tree);
  }
  return found;
}

// Patterns constructed by our modules, with the file that built them (from the stack).
const constructed: Found[] = [];
const NativeRegExp = RegExp;

beforeAll(async () => {
  globalThis.RegExp = new Proxy(NativeRegExp, {
    construct(target, args: [string | RegExp, string?]) {
      const caller = new Error().stack?.split('\n').find((line) => /[\\/](src|rules)[\\/][^)]*\.ts/.test(line) && !line.includes('regex-safety'));
      const file = caller && /((?:src|rules)[\\/][^:)]+\.ts):(\d+)/.exec(caller);
      const regex = Reflect.construct(target, args) as RegExp;
      if (file) constructed.push({ source: regex.source, flags: regex.flags, where: `${file[1]!.replace(/\\/g, '/')}:${file[2]}` });
      return regex;
    },
  });
  for (const file of [...sourceFiles(path.join(ROOT, 'src')), ...sourceFiles(path.join(ROOT, 'rules'))]) {
    if (/[\\/](cli|serve)[\\/]|bundle-entry|lint-worker/.test(file)) continue; // entry points start work when loaded
    await import(file);
  }
  // Patterns built while linting (a report's next year, phrase lists compiled on first use).
  const { lintFile } = await import('../src/engine/lint-file.js');
  const { builtinRules } = await import('../rules/index.js');
  const { PRESETS, resolveRules } = await import('../src/config/index.js');
  const rules = resolveRules(PRESETS['fazhi-lint:all']?.().rules ?? PRESETS['fazhi-lint:recommended']!().rules!, builtinRules, '(test)');
  for (const dir of ['fixtures/real', 'fixtures/labeled', 'fixtures/openings/reports', 'fixtures/html']) {
    for (const name of readdirSync(path.join(ROOT, dir))) {
      if (!/\.(txt|md|html)$/.test(name)) continue;
      await lintFile(path.join(ROOT, dir, name), { rules, settings: {}, locale: 'zh' });
    }
  }
}, 120_000);

afterAll(() => {
  globalThis.RegExp = NativeRegExp;
});

/**
 * Patterns recheck cannot decide in its time (bounded repetitions, look-behind), each with the
 * input that would hurt it most. They are measured instead.
 */
const REVIEWED: Array<{ file: string; starts: string; worst: (n: number) => string }> = [
  { file: 'src/outline/year.ts', starts: '现将', worst: (n) => ('现将' + '法'.repeat(28)).repeat(Math.ceil(n / 30)) },
  { file: 'src/outline/year.ts', starts: '(?<!', worst: (n) => '2023 '.repeat(Math.ceil(n / 5)) },
  { file: 'src/data/document-number.ts', starts: '(', worst: (n) => '政办发(2021 '.repeat(Math.ceil(n / 10)) },
  { file: 'rules/no-outdated-reference.ts', starts: '(?:', worst: (n) => '法治政府建设实施纲要(2015-2020'.repeat(Math.ceil(n / 22)) + ' '.repeat(n) },
  { file: 'rules/no-private-info.ts', starts: '[A-Za-z0-9', worst: (n) => 'a'.repeat(n) + '@' },
  { file: 'src/outline/year.ts', starts: '《', worst: (n) => '《(2023'.repeat(Math.ceil(n / 6)) },
  { file: 'src/rule-utils/parts.ts', starts: '\\d{1,15}', worst: (n) => '1.2 '.repeat(Math.ceil(n / 4)) + '1'.repeat(n) },
  { file: 'src/data/three-systems.ts', starts: '(?:', worst: (n) => '行政处罚决定'.repeat(Math.ceil(n / 6)) },
];

/** Milliseconds for the pattern over the whole input, the best of five (the machine may be busy). */
function timeOn(regex: RegExp, input: string): number {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const start = process.hrtime.bigint();
    regex.lastIndex = 0;
    if (regex.global) while (regex.exec(input) !== null) regex.lastIndex += 0;
    else regex.exec(input);
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return best;
}

/** Linear work grows ×4 on 4× the input, quadratic ×16: the limit sits between, with room for a busy machine. */
const GROWTH_LIMIT = 10;

/** How much longer the pattern takes on an input four times as long: 4 when linear, 16 when quadratic. */
function growth(pattern: Found, worst: (n: number) => string, size = 40_000): number {
  const regex = new NativeRegExp(pattern.source, pattern.flags.replace('y', ''));
  const [small, large] = [worst(size), worst(4 * size)];
  timeOn(regex, small); // compiled and optimised before it is timed
  // A busy machine only ever inflates a ratio: the lowest of three is the pattern's own.
  let ratio = Infinity;
  for (let trial = 0; trial < 3; trial++) ratio = Math.min(ratio, timeOn(regex, large) / Math.max(timeOn(regex, small), 0.5));
  return ratio;
}

/** Why the pattern is not shown linear, or null. */
function verdict(pattern: Found): string | null {
  const flags = pattern.flags.replace(/[gy]/g, '');
  let diagnostics = checkSync(pattern.source, flags, { timeout: 2000 });
  // A busy machine times recheck out: a second, longer look before the pattern counts as undecided.
  if (diagnostics.status === 'unknown') diagnostics = checkSync(pattern.source, flags, { timeout: 10_000 });
  if (diagnostics.status === 'safe') return null;
  const file = pattern.where.split(':')[0];
  if (diagnostics.status === 'vulnerable') {
    const grows = diagnostics.complexity.type === 'exponential' ? 'exponential' : `degree-${diagnostics.complexity.degree} polynomial`;
    if (diagnostics.checker === 'automaton') return grows;
    // The fuzzer's verdict is a guess on bounded repetitions: its own attack, measured, decides.
    const { pumps, suffix } = diagnostics.attack;
    const ratio = growth(pattern, (n) => pumps.map((p) => p.prefix + p.pump.repeat(Math.ceil(n / pumps.length / Math.max(p.pump.length, 1)))).join('') + suffix);
    return ratio > GROWTH_LIMIT ? `${grows} (measured: ×${ratio.toFixed(1)} on 4× the input)` : null;
  }
  const reviewed = REVIEWED.find((r) => r.file === file && pattern.source.startsWith(r.starts));
  if (!reviewed) return 'recheck could not decide, and no worst input is given in REVIEWED';
  const ratio = growth(pattern, reviewed.worst);
  return ratio > GROWTH_LIMIT ? `measured ×${ratio.toFixed(1)} on 4× its worst input` : null;
}

describe('every built-in regular expression', () => {
  it('is linear, or runs only on input of bounded length', () => {
    const all = [...literals(), ...constructed];
    // Several hundred literals and constructions, fewer distinct patterns.
    expect(all.length).toBeGreaterThan(150);
    expect(constructed.some((p) => p.where.startsWith('src/rule-utils/phrases.ts'))).toBe(true);
    const seen = new Map<string, Found>();
    for (const pattern of all) seen.set(`${pattern.where.split(':')[0]} /${pattern.source}/${pattern.flags}`, pattern);
    const unsafe: string[] = [];
    for (const pattern of seen.values()) {
      const file = pattern.where.split(':')[0]!;
      if (BOUNDED[file]) continue;
      const why = verdict(pattern);
      if (why) unsafe.push(`${pattern.where} /${pattern.source.slice(0, 80)}/: ${why}`);
    }
    expect(unsafe).toEqual([]);
  }, 240_000);

  it('finds what it is meant to find: a quadratic pattern is not linear, and a measured one is caught', () => {
    expect(verdict({ source: '[^。]*违规', flags: '', where: 'test' })).toMatch(/polynomial/);
    expect(verdict({ source: '(a|aa)*$', flags: '', where: 'test' })).toBe('exponential');
    expect(growth({ source: '[^。]*违规', flags: '', where: 'test' }, (n) => '法'.repeat(n), 3000)).toBeGreaterThan(GROWTH_LIMIT);
    expect(growth({ source: '违规', flags: '', where: 'test' }, (n) => '法'.repeat(n), 3000)).toBeLessThan(GROWTH_LIMIT);
  });
});
