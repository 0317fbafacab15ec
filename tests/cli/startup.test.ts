// Start-up cost: a plain run loads only what it uses. The compiled CLI runs with a preloaded
// recorder (a module-loader hook plus require.cache at exit) that lists every module loaded;
// the lists are checked for what a plain .txt / .md run must not load. Also checks that the
// fs-only pre-check which spares cosmiconfig keeps cosmiconfig's lookup rules.
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { clearConfigCache, resolveConfigFor } from '../../src/config/load.js';
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

/** The CLI's exit code and every module it loaded, as paths relative to the project ("dist/…", "node_modules/…"). */
function loadedModules(args: string[], cwd: string): { code: number; stdout: string; modules: Set<string> } {
  const recorder = path.join(cwd, 'recorder.mjs');
  const log = path.join(cwd, 'modules.log');
  writeFileSync(recorder, RECORDER);
  writeFileSync(log, '');
  const run = runCli(args, {
    cwd,
    env: { FAZHI_TEST_MODULE_LOG: log, NODE_OPTIONS: `--import ${pathToFileURL(recorder).href}` },
  });
  expect(run.stderr).toBe('');
  const modules = new Set(
    readFileSync(log, 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('file:') || line.startsWith('cjs:'))
      .map((line) => (line.startsWith('file:') ? new URL(line).pathname : line.slice(4)))
      .map((file) => path.relative(ROOT, file).split(path.sep).join('/')),
  );
  return { code: run.code, stdout: run.stdout, modules };
}

/** Modules a plain stylish run of a .txt or .md report never needs. */
const NEVER_IN_A_PLAIN_RUN = [
  /^node_modules\/(cosmiconfig|js-yaml|parse-json|@babel|import-fresh|env-paths)\//,
  /^node_modules\/(mammoth|rehype-parse|hast-util-to-text|iconv-lite|fflate|recheck)\//,
  /^dist\/src\/format\/(?!stylish|index|width)[^/]+\.js$/,
  /^dist\/src\/read\/(docx|html)-reader\.js$/,
  /^dist\/src\/cli\/(lint-worker|write|help|stdin)\.js$/,
  /^dist\/src\/config\/init\.js$/,
  /^dist\/src\/serve\//,
  /^dist\/src\/docs\//,
  /\.examples\.js$/,
];

function unwanted(modules: Set<string>, extra: RegExp[] = []): string[] {
  return [...modules].filter((file) => [...NEVER_IN_A_PLAIN_RUN, ...extra].some((pattern) => pattern.test(file)));
}

describe('start-up: what a plain run loads', () => {
  it('a .txt report with no config nearby loads no config loader, other formatter, reader or worker code', () => {
    const root = folder({ 'report.txt': REPORT });
    const { code, stdout, modules } = loadedModules(['report.txt'], root);
    expect(code).toBeLessThan(2);
    expect(stdout).toContain('report.txt');
    // The recorder saw the run: the chosen formatter and the rules were loaded.
    expect(modules).toContain('dist/src/format/stylish.js');
    expect(modules).toContain('dist/rules/index.js');
    expect(unwanted(modules, [/^node_modules\/(remark-parse|micromark|unified)\//, /^dist\/src\/read\/markdown-reader\.js$/])).toEqual([]);
  });

  it('a .md report loads unified and remark-parse and nothing else of the unified family', () => {
    const root = folder({ 'report.md': REPORT });
    const { code, modules } = loadedModules(['report.md'], root);
    expect(code).toBeLessThan(2);
    expect(modules).toContain('node_modules/remark-parse/lib/index.js');
    expect(modules).toContain('node_modules/unified/lib/index.js');
    const packages = new Set([...modules].map((file) => /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file)?.[1]).filter(Boolean));
    // remark-parse's own dependency tree: micromark and the mdast/unist/vfile helpers it imports.
    const foreign = [...packages].filter(
      (name) => !/^(unified|remark-parse|bail|devlop|extend|is-plain-obj|trough|vfile.*|unist-.*|mdast-util-(from-markdown|to-string)|micromark.*|decode-named-character-reference|character-entities|picomatch|chalk)$/.test(name!),
    );
    expect(foreign).toEqual([]);
    expect(unwanted(modules)).toEqual([]);
  });

  it('a config file nearby does load the config loader (the check above can fail)', () => {
    const root = folder({ '.linterrc.json': '{ "rules": { "require-title": "off" } }', 'report.txt': REPORT });
    const { modules } = loadedModules(['report.txt'], root);
    expect(unwanted(modules).some((file) => file.startsWith('node_modules/cosmiconfig/'))).toBe(true);
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
