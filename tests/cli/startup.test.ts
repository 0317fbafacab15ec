// Start-up cost: a plain run loads only what it uses. The CLI runs with a preloaded recorder (a
// module-loader hook plus require.cache at exit) that lists every file loaded: a plain run reads
// the one bundle and requires none of the CommonJS packages kept out of it (config loader,
// .docx and encoding support, ReDoS checker, the options validator). Then the code cache (src/cli/start.ts): written
// once, reused, rebuilt when unusable, never in the way. Also checks that the fs-only pre-check
// which spares cosmiconfig keeps cosmiconfig's lookup rules.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { clearConfigCache, resolveConfigFor } from '../../src/config/resolve.js';
import { ROOT, runCli } from '../helpers/cli.js';

const REPORT = '某县司法局2023年法治政府建设年度报告\n\n一、主要举措和成效\n\n办理行政复议案件24件。\n\n二、存在的不足和原因\n\n执法力量不足,主要原因是编制有限。\n';

// Runs in the hooks thread (load) and the main thread (exit): appends one URL or path a line.
const RECORDER = `
import { register, createRequire } from 'node:module';
import { appendFileSync } from 'node:fs';
const out = process.env.FAZHI_TEST_MODULE_LOG;
register('data:text/javascript,' + encodeURIComponent(
  "import { appendFileSync } from 'node:fs';" +
  "export async function load(url, context, next) { appendFileSync(" + JSON.stringify(out) + ", url + '\\\\n'); return next(url, context); }"
));
const require = createRequire(import.meta.url);
process.on('exit', () => appendFileSync(out, Object.keys(require.cache).map((file) => 'cjs:' + file + '\\n').join('')));
`;

const temporary: string[] = [];
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
  clearConfigCache();
});

/** A temp folder whose package.json (no "linter" key) ends the config search there. */
function folder(files: Record<string, string>): string {
  const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'fazhi-startup-')));
  temporary.push(root);
  writeFileSync(path.join(root, 'package.json'), '{"name": "reports", "private": true}\n');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

/** The CLI's exit code and every file it loaded, as paths relative to the project ("dist/…", "node_modules/…"). */
function loadedFiles(args: string[], cwd: string): { code: number; stdout: string; files: string[] } {
  const recorder = path.join(cwd, 'recorder.mjs');
  const log = path.join(cwd, 'modules.log');
  writeFileSync(recorder, RECORDER);
  writeFileSync(log, '');
  const run = runCli(args, {
    cwd,
    env: { FAZHI_TEST_MODULE_LOG: log, NODE_OPTIONS: `--import ${pathToFileURL(recorder).href}` },
  });
  expect(run.stderr).toBe('');
  const files = readFileSync(log, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('file:') || line.startsWith('cjs:'))
    .map((line) => (line.startsWith('file:') ? new URL(line).pathname : line.slice(4)))
    .map((file) => path.relative(ROOT, file).split(path.sep).join('/'))
    .filter((file) => !file.startsWith('..')); // the recorder itself
  return { code: run.code, stdout: run.stdout, files: [...new Set(files)] };
}

/** The modules of a plain run of a .txt or .md report: the launcher and the start-up code, which reads the bundle itself. */
const PLAIN_RUN = ['bin/fazhi-lint.js', 'dist/src/cli/start.js'];

describe('start-up: what a plain run loads', () => {
  // .md too: remark and micromark are inside the bundle.
  it.each(['report.txt', 'report.md'])('%s with no config nearby loads the bundle and no other module', (name) => {
    const root = folder({ [name]: REPORT });
    const { code, stdout, files } = loadedFiles([name], root);
    expect(code).toBeLessThan(2);
    expect(stdout).toContain(name);
    expect(files.sort()).toEqual([...PLAIN_RUN].sort());
  });

  it('a config file nearby does load the config loader (the checks above can fail)', () => {
    const root = folder({ '.linterrc.json': '{ "rules": { "require-title": "off" } }', 'report.txt': REPORT });
    const { files } = loadedFiles(['report.txt'], root);
    expect(files.some((file) => file.startsWith('node_modules/cosmiconfig/'))).toBe(true);
  });

  it('ajv is loaded only when a config gives a rule options', () => {
    const without = folder({ '.linterrc.json': '{ "rules": { "require-title": "warn" } }', 'report.txt': REPORT });
    expect(loadedFiles(['report.txt'], without).files.some((file) => file.startsWith('node_modules/ajv/'))).toBe(false);
    const options = folder({ '.linterrc.json': '{ "rules": { "require-achievements": ["warn", { "minFigures": 2 }] } }', 'report.txt': REPORT });
    expect(loadedFiles(['report.txt'], options).files.some((file) => file.startsWith('node_modules/ajv/'))).toBe(true);
  });

  it('--concurrency starts the worker bundle, and the workers lint as the main thread does', () => {
    const reports = Object.fromEntries(Array.from({ length: 4 }, (_, i) => [`r${i}.txt`, REPORT]));
    const root = folder(reports);
    const serial = runCli(['--format', 'json', '.'], { cwd: root });
    const { files, stdout } = loadedFiles(['--format', 'json', '--concurrency', '2', '.'], root);
    expect(files).toContain('dist/bundle/lint-worker.js');
    expect(stdout).toBe(serial.stdout);
  });
});

describe('start-up: the code cache', () => {
  /** Runs the CLI on a report with XDG_CACHE_HOME in a temp folder; returns the run and the cache files. */
  function run(root: string, env: Record<string, string> = {}) {
    const cacheHome = path.join(root, 'cache');
    const result = runCli(['report.txt'], { cwd: root, env: { XDG_CACHE_HOME: cacheHome, ...env } });
    const dir = path.join(cacheHome, 'fazhi-lint', 'code-cache');
    const files = existsSync(dir) ? readdirSync(dir).map((name) => path.join(dir, name)) : [];
    return { result, files };
  }

  it('the first run writes a cache named by the bundle hash and the Node version; the next uses it and writes nothing', () => {
    const root = folder({ 'report.txt': REPORT });
    const first = run(root);
    const hash = /^\/\/ fazhi-lint bundle ([0-9a-f]+)\n/.exec(readFileSync(path.join(ROOT, 'dist/bundle/cli.cjs'), 'utf8'))![1];
    expect(first.files.map((file) => path.basename(file))).toEqual([`cli-${hash}-node${process.version}-${process.arch}.bin`]);
    const written = statSync(first.files[0]!).mtimeMs;
    const second = run(root);
    expect(second.result).toEqual(first.result);
    expect(statSync(second.files[0]!).mtimeMs).toBe(written);
  });

  it('a corrupt cache is rejected by V8, the run is unchanged, and the cache is rewritten', () => {
    const root = folder({ 'report.txt': REPORT });
    const first = run(root);
    writeFileSync(first.files[0]!, 'not a code cache');
    const second = run(root);
    expect(second.result).toEqual(first.result);
    expect(readFileSync(second.files[0]!, 'utf8')).not.toBe('not a code cache');
  });

  it('a cache folder that cannot be written and FAZHI_LINT_NO_CODE_CACHE=1 change nothing but the cache', () => {
    const root = folder({ 'report.txt': REPORT });
    const expected = run(root, { FAZHI_LINT_NO_CODE_CACHE: '1' });
    expect(expected.files).toEqual([]);
    writeFileSync(path.join(root, 'blocked'), 'a file where the cache folder would be');
    const blocked = runCli(['report.txt'], { cwd: root, env: { XDG_CACHE_HOME: path.join(root, 'blocked') } });
    expect(blocked).toEqual(expected.result);
    expect(expected.result.stderr).toBe('');
  });
});

describe('start-up: the pre-check that spares cosmiconfig keeps its lookup rules', () => {
  it('a package.json without a "linter" key ends the search: the config above it is not used', async () => {
    const root = folder({ '.linterrc': 'locale: en\n', 'project/package.json': '{"name": "inner"}\n', 'project/a/report.txt': REPORT });
    const config = await resolveConfigFor(path.join(root, 'project/a/report.txt'), {});
    expect(config.filePath).toBeNull();
    expect(config.locale).toBe('zh');
  });

  it('a package.json with a "linter" key is used, and one that is not JSON is reported', async () => {
    const root = folder({ 'a/package.json': '{"linter": {"locale": "en"}}\n', 'b/package.json': '{"name": \n', 'a/r.txt': REPORT, 'b/r.txt': REPORT });
    const a = await resolveConfigFor(path.join(root, 'a/r.txt'), {});
    expect(a.filePath).toBe(path.join(root, 'a/package.json'));
    expect(a.locale).toBe('en');
    await expect(resolveConfigFor(path.join(root, 'b/r.txt'), {})).rejects.toThrow(path.join(root, 'b/package.json'));
  });

  it('a config written after a lookup is found once the cache is cleared (as a long-running server does)', async () => {
    const root = folder({ 'r.txt': REPORT });
    expect((await resolveConfigFor(path.join(root, 'r.txt'), {})).filePath).toBeNull();
    writeFileSync(path.join(root, '.linterrc.yml'), 'locale: en\n');
    clearConfigCache();
    expect((await resolveConfigFor(path.join(root, 'r.txt'), {})).filePath).toBe(path.join(root, '.linterrc.yml'));
  });
});
