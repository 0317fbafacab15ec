// --cache: the same results as a plain run; stored results reused while content, config and
// tool version are unchanged, and only then; a corrupt cache ignored; writes atomic.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { entryDigest } from '../../src/api/cache.js';
import { countMessages, type LintResult } from '../../src/results.js';
import { BIN, ROOT, runCli } from '../helpers/cli.js';

const REAL = path.join(ROOT, 'fixtures/real');
const MARK = 'CACHED-RESULT-MARK';

function project(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'fazhi-lint-cache-'));
  mkdirSync(path.join(dir, 'reports'));
  for (const f of readdirSync(REAL).filter((f) => f.endsWith('.txt'))) copyFileSync(path.join(REAL, f), path.join(dir, 'reports', f));
  return dir;
}

function lint(dir: string, extra: string[] = []) {
  const run = runCli(['--no-config-lookup', '--format', 'json', ...extra, 'reports'], { cwd: dir });
  expect(run.stderr).toBe('');
  return run;
}

/** Gives an edited entry the digest it would have had, as a forger would: the digest check then passes. */
function sign(file: string, entry: any): void {
  entry.digest = entryDigest(file, entry.contentHash, entry.configHash, entry.result as LintResult);
}

/** Recounts an edited entry's messages and signs it. */
function resign(file: string, entry: any): void {
  Object.assign(entry.result, countMessages(entry.result.messages));
  sign(file, entry);
}

/** Plants a marker in every stored result (re-signed), so a run that reuses the cache shows it. */
function markCache(file: string, edit: (data: any) => void = () => {}): void {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  for (const [report, entry] of Object.entries<any>(data.entries)) {
    entry.result.messages.push({ ruleId: MARK, severity: 1, message: MARK, line: 1, column: 1 });
    resign(report, entry);
  }
  edit(data);
  writeFileSync(file, JSON.stringify(data));
}

/** Edits each stored result in place (not re-signed unless `edit` does it). */
function editEntries(file: string, edit: (report: string, entry: any) => void): void {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  for (const [report, entry] of Object.entries<any>(data.entries)) edit(report, entry);
  writeFileSync(file, JSON.stringify(data));
}

describe('--cache', () => {
  it('gives the results of a plain run, cold and warm, and reuses stored results when nothing changed', () => {
    const dir = project();
    const plain = lint(dir);
    const cold = lint(dir, ['--cache']);
    const cacheFile = path.join(dir, '.fazhi-lintcache');
    expect(existsSync(cacheFile)).toBe(true);
    const warm = lint(dir, ['--cache']);
    expect(cold.stdout).toBe(plain.stdout);
    expect(warm.stdout).toBe(plain.stdout);
    expect(warm.code).toBe(plain.code);
    markCache(cacheFile);
    const reused = lint(dir, ['--cache']);
    expect(reused.stdout.split(MARK).length - 1).toBe(readdirSync(path.join(dir, 'reports')).length * 2);
    // No temporary file is left beside the cache.
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it("is invalidated for a file whose content changed, and only for it", () => {
    const dir = project();
    lint(dir, ['--cache']);
    markCache(path.join(dir, '.fazhi-lintcache'));
    const [changed, ...others] = readdirSync(path.join(dir, 'reports')).sort();
    writeFileSync(path.join(dir, 'reports', changed!), '2023年,我县……\n');
    const results = JSON.parse(lint(dir, ['--cache']).stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>;
    for (const r of results) {
      const marked = r.messages.some((m) => m.ruleId === MARK);
      expect(marked).toBe(path.basename(r.filePath) !== changed);
    }
    expect(others.length).toBeGreaterThan(0);
    const fresh = results.find((r) => path.basename(r.filePath) === changed)!;
    expect(fresh.messages.some((m) => m.ruleId === 'require-title')).toBe(true);
  });

  it('is invalidated by a change of config (rules, options, locale)', () => {
    const dir = project();
    lint(dir, ['--cache']);
    const cacheFile = path.join(dir, '.fazhi-lintcache');
    for (const change of [['--rule', 'require-title: off'], ['--rule', 'require-problems-and-causes: ["error", {"minLength": 5}]'], ['--locale', 'en']]) {
      markCache(cacheFile);
      const run = lint(dir, ['--cache', ...change]);
      expect(run.stdout).not.toContain(MARK);
      expect(run.stdout).toBe(lint(dir, change).stdout);
      lint(dir, ['--cache']); // back to the first config, for the next change
    }
  });

  it('is invalidated by a config file edit', () => {
    const dir = project();
    writeFileSync(path.join(dir, '.linterrc.json'), JSON.stringify({ rules: { 'require-title': 'warn' } }));
    const args = ['--format', 'json', '--cache', 'reports'];
    runCli(args, { cwd: dir });
    markCache(path.join(dir, '.fazhi-lintcache'));
    expect(runCli(args, { cwd: dir }).stdout).toContain(MARK);
    writeFileSync(path.join(dir, '.linterrc.json'), JSON.stringify({ rules: { 'require-title': 'off' } }));
    const run = runCli(args, { cwd: dir });
    expect(run.stdout).not.toContain(MARK);
    expect(run.stdout).not.toContain('require-title');
  });

  it('is invalidated by another tool version', () => {
    const dir = project();
    lint(dir, ['--cache']);
    markCache(path.join(dir, '.fazhi-lintcache'), (data) => (data.toolVersion = '0.0.0-other'));
    expect(lint(dir, ['--cache']).stdout).not.toContain(MARK);
  });

  it('is not reused from format 2, whose messages held their legal basis in their text', () => {
    const dir = project();
    lint(dir, ['--cache']);
    markCache(path.join(dir, '.fazhi-lintcache'));
    expect(lint(dir, ['--cache']).stdout).toContain(MARK);
    markCache(path.join(dir, '.fazhi-lintcache'), (data) => (data.fazhiLintCache = 2));
    expect(lint(dir, ['--cache']).stdout).not.toContain(MARK);
  });

  it('ignores a corrupt cache file (or one of the earlier format, or an empty file) and replaces it', () => {
    const dir = project();
    const plain = lint(dir);
    const cacheFile = path.join(dir, '.fazhi-lintcache');
    for (const garbage of [
      '{"fazhiLintCache":2,"toolVer',
      '{"fazhiLintCache":2,"toolVersion":"0.1.0","entries":null}',
      '{"format":1,"toolVersion":"0.1.0","entries":{"x":{"contentHash":1}}}',
      '',
    ]) {
      writeFileSync(cacheFile, garbage);
      const run = lint(dir, ['--cache']);
      expect(run.code).toBe(plain.code);
      expect(run.stdout).toBe(plain.stdout);
      expect(() => JSON.parse(readFileSync(cacheFile, 'utf8'))).not.toThrow();
    }
  });

  it('never writes over a file that is not a fazhi-lint cache: exit 2 naming it, the file kept, nothing linted', () => {
    const dir = project();
    const [report] = readdirSync(path.join(dir, 'reports')).sort();
    const reportPath = path.join('reports', report!);
    const original = readFileSync(path.join(dir, reportPath));
    writeFileSync(path.join(dir, 'notes.json'), 'null');
    writeFileSync(path.join(dir, 'blob.bin'), '\u0000\u0001binary');
    mkdirSync(path.join(dir, 'folder'));
    writeFileSync(path.join(dir, 'folder', '.fazhi-lintcache'), '# my notes\n');
    execFileSync('mkfifo', [path.join(dir, 'pipe')]); // opening it to look would wait for a writer
    for (const location of [reportPath, 'notes.json', 'blob.bin', 'folder', 'pipe']) {
      const contents = () => (location === 'pipe' ? Buffer.from('') : readFileSync(path.join(dir, location === 'folder' ? 'folder/.fazhi-lintcache' : location)));
      const before = contents();
      // Bounded: a run that opened the pipe would wait for ever.
      const run = spawnSync(process.execPath, [BIN, '--no-config-lookup', '--cache', '--cache-location', location, 'reports'], { cwd: dir, encoding: 'utf8', timeout: 15000 });
      expect(run.status, location).toBe(2);
      expect(run.stderr, location).toMatch(/不是 fazhi-lint 的缓存文件,不会覆盖它/);
      expect(run.stderr, location).toContain(path.join(dir, location));
      expect(run.stdout, location).toBe('');
      expect(contents().equals(before), location).toBe(true);
    }
    expect(readFileSync(path.join(dir, reportPath)).equals(original)).toBe(true);
    const en = runCli(['--no-config-lookup', '--locale', 'en', '--cache', '--cache-location', reportPath, 'reports'], { cwd: dir });
    expect(en.stderr).toMatch(/is not a fazhi-lint cache; it is not overwritten/);
    expect(en.stderr).not.toMatch(/\n\s+at /);
  });

  it('drops a stored result with bad fields and lints the file again', () => {
    const dir = project();
    const plain = lint(dir);
    expect(plain.code).toBe(1); // the real reports have errors: a cache must not hide them
    const cacheFile = path.join(dir, '.fazhi-lintcache');
    const damages: Array<[string, (report: string, entry: any) => void]> = [
      ['a null message', (report, entry) => ((entry.result.messages = [null]), sign(report, entry))],
      ['missing counts', (report, entry) => {
        delete entry.result.errorCount;
        delete entry.result.warningCount;
        sign(report, entry);
      }],
      ['counts that disagree with the messages', (report, entry) => ((entry.result.errorCount = 0), sign(report, entry))],
      ['a message with a string line', (report, entry) => ((entry.result.messages[0].line = '1'), resign(report, entry))],
      ['an outline without sections', (report, entry) => ((entry.result.outline = { title: null }), resign(report, entry))],
      ['another file path', (report, entry) => ((entry.result.filePath = `${report}.other`), resign(report, entry))],
    ];
    lint(dir, ['--cache']);
    const pristine = readFileSync(cacheFile);
    for (const [damage, edit] of damages) {
      writeFileSync(cacheFile, pristine);
      editEntries(cacheFile, edit);
      const run = lint(dir, ['--cache']);
      expect(run.code, damage).toBe(plain.code);
      expect(run.stdout, damage).toBe(plain.stdout);
    }
    // The bad entries were replaced by good ones: the next run reuses them.
    markCache(cacheFile);
    expect(lint(dir, ['--cache']).stdout).toContain(MARK);
  });

  it('drops a result that no longer matches its digest: an entry emptied by hand, or moved from another file', () => {
    const dir = project();
    const plain = lint(dir);
    const cacheFile = path.join(dir, '.fazhi-lintcache');
    const emptied = (_report: string, entry: any) => {
      entry.result.messages = [];
      Object.assign(entry.result, countMessages([]));
    };
    lint(dir, ['--cache']);
    editEntries(cacheFile, emptied);
    expect(lint(dir, ['--cache']).stdout).toBe(plain.stdout);

    // A clean file's result put in every entry, each keeping its own hashes.
    writeFileSync(path.join(dir, 'reports', 'clean.txt'), '正文。\n');
    const config = ['--rule', 'require-title: off', '--rule', 'require-achievements: off', '--rule', 'require-problems-and-causes: off', '--rule', 'require-responsible-person: off', '--rule', 'require-next-year-plan: off', '--rule', 'require-three-systems: off', '--rule', 'require-signature: off'];
    const plainWithClean = lint(dir, config);
    lint(dir, ['--cache', ...config]);
    const data = JSON.parse(readFileSync(cacheFile, 'utf8'));
    const clean = data.entries[path.join(dir, 'reports', 'clean.txt')];
    expect(clean.result.messages).toEqual([]);
    for (const [report, entry] of Object.entries<any>(data.entries)) {
      entry.result = { ...clean.result, filePath: report };
      entry.digest = clean.digest;
    }
    writeFileSync(cacheFile, JSON.stringify(data));
    const run = lint(dir, ['--cache', ...config]);
    expect(run.stdout).toBe(plainWithClean.stdout);
    expect(run.code).toBe(plainWithClean.code);
  });

  it('refuses a file over the size limit from its size, as a plain run does, without reading it', () => {
    const dir = project();
    // Sparse: 200 MB that take no disk, and would take 200 MB of memory if read.
    execFileSync('truncate', ['-s', '200M', path.join(dir, 'reports', 'huge.txt')]);
    const recorder = path.join(dir, 'rss.mjs');
    writeFileSync(recorder, "import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(process.env.FAZHI_TEST_RSS, String(process.resourceUsage().maxRSS)));\n");
    const peak = (flags: string[]) => {
      const log = path.join(dir, 'rss.log');
      const run = runCli(['--no-config-lookup', '--format', 'json', ...flags, 'reports'], {
        cwd: dir,
        env: { FAZHI_TEST_RSS: log, NODE_OPTIONS: `--import ${pathToFileURL(recorder).href}` },
      });
      return { run, kilobytes: Number(readFileSync(log, 'utf8')) };
    };
    const plain = peak([]);
    const cached = peak(['--cache']);
    expect(cached.run.stdout).toBe(plain.run.stdout);
    expect(plain.run.stdout).toMatch(/文件过大/);
    // Read whole, the file alone would more than double the peak of a plain run (about 60 MB).
    expect(cached.kilobytes / plain.kilobytes).toBeLessThan(1.5);
  });

  it('forgets the files that no longer exist when it is saved', () => {
    const dir = project();
    lint(dir, ['--cache']);
    const cacheFile = path.join(dir, '.fazhi-lintcache');
    const stored = () => Object.keys(JSON.parse(readFileSync(cacheFile, 'utf8')).entries).map((f) => path.basename(f)).sort();
    const [gone, ...kept] = readdirSync(path.join(dir, 'reports')).sort();
    expect(stored()).toEqual([gone, ...kept]);
    rmSync(path.join(dir, 'reports', gone!));
    lint(dir, ['--cache']);
    expect(stored()).toEqual(kept);
  });

  it('--cache-location: a file, or a folder to put the cache in', () => {
    const dir = project();
    lint(dir, ['--cache', '--cache-location', 'build/lint.cache']);
    expect(existsSync(path.join(dir, 'build/lint.cache'))).toBe(true);
    mkdirSync(path.join(dir, 'cachedir'));
    lint(dir, ['--cache', '--cache-location', 'cachedir']);
    expect(existsSync(path.join(dir, 'cachedir', '.fazhi-lintcache'))).toBe(true);
    expect(existsSync(path.join(dir, '.fazhi-lintcache'))).toBe(false);
  });

  it('.fazhi-lintcache is ignored by git', () => {
    expect(readFileSync(path.join(ROOT, '.gitignore'), 'utf8').split('\n')).toContain('.fazhi-lintcache');
  });
});

describe('LintCache.save', () => {
  afterEach(() => {
    vi.doUnmock('node:fs/promises');
    vi.resetModules();
  });

  it('leaves the old cache whole when writing the new one fails midway', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fazhi-lint-cache-unit-'));
    const file = path.join(dir, 'cache.json');
    // Reports that exist: the cache forgets the entries of missing files when it saves.
    const [a, b] = ['a.txt', 'b.txt'].map((name) => path.join(dir, name));
    for (const report of [a!, b!]) writeFileSync(report, '报告');
    vi.resetModules();
    const { LintCache } = await import('../../src/api/cache.js');
    const first = await LintCache.load(file, '1.0.0');
    const result = { filePath: a!, messages: [], suppressedMessages: [], errorCount: 0, fatalErrorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, usedDeprecatedRules: [] as never[] };
    first.set(a!, 'h1', 'c1', result);
    await first.save();
    const before = readFileSync(file, 'utf8');

    // A write that dies after half the bytes, as a crash or a full disk would leave it.
    vi.resetModules();
    vi.doMock('node:fs/promises', async (importOriginal) => {
      const actual = await importOriginal<typeof import('node:fs/promises')>();
      return {
        ...actual,
        writeFile: async (target: string, data: string) => {
          await actual.writeFile(target, data.slice(0, data.length / 2));
          throw new Error('ENOSPC: no space left on device');
        },
      };
    });
    const { LintCache: Crashing } = await import('../../src/api/cache.js');
    const second = await Crashing.load(file, '1.0.0');
    expect(second.get(a!, 'h1', 'c1')).toEqual(result);
    second.set(b!, 'h2', 'c2', { ...result, filePath: b! });
    await expect(second.save()).rejects.toThrow(/ENOSPC/);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'b.txt', 'cache.json']);
  });
});
