// The example plugin (fixtures/example-plugin) as a plugin author has it: fazhi-lint packed with
// `npm pack` and installed from the tarball, the plugin type-checked and built with tsc against
// the installed package's declarations, its RuleTester tests run, then the plugin packed and
// installed beside fazhi-lint in a report repository, and run there by the CLI and the API.
// Needs npm's registry (or its cache) for fazhi-lint's dependencies: without it the test skips
// and says so.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSC = path.join(ROOT, 'node_modules/typescript/bin/tsc');
const NPM_FLAGS = ['--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'];

const REPORT = [
  '# 某县司法局2025年法治政府建设年度报告',
  '',
  '一、主要成效',
  '',
  '2025年,我局持续推进法制政府建设,完成合法性审查20件。',
  '',
  '二、存在的不足和原因',
  '',
  '执法人员培训不足,原因是经费有限。',
  '',
  '三、2026年工作计划',
  '',
  '2026年,我局将开展执法培训4次。',
  '',
].join('\n');

let work = '';
let project = '';
let skipped: string | null = null;

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
}

/** `npm pack` into `dest`, returning the tarball's path. */
function pack(dir: string, dest: string): string {
  const out = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dest], dir);
  return path.join(dest, (JSON.parse(out) as Array<{ filename: string }>)[0]!.filename);
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'fazhi-lint-pack-'));
  const fazhiTarball = pack(ROOT, work);
  // The plugin's own checkout: fazhi-lint as its dev dependency, from the tarball.
  const plugin = path.join(work, 'plugin');
  cpSync(path.join(ROOT, 'fixtures/example-plugin'), plugin, { recursive: true });
  const install = spawnSync('npm', ['install', '--no-save', ...NPM_FLAGS, fazhiTarball], { cwd: plugin, encoding: 'utf8' });
  if (install.status !== 0) {
    skipped = `npm could not install the packed package (no registry or cache?): ${install.stderr.trim().split('\n').at(-1)}`;
    return;
  }
  // Type-checks the plugin against the installed declarations (skipLibCheck off: they must hold too).
  run(process.execPath, [TSC, '-p', 'tsconfig.json'], plugin);
  const pluginTarball = pack(plugin, work);
  project = path.join(work, 'reports');
  mkdirSync(project);
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'reports', private: true, type: 'module' }));
  run('npm', ['install', ...NPM_FLAGS, fazhiTarball, pluginTarball], project);
  writeFileSync(path.join(project, '.linterrc.yml'), 'plugins: [fazhi-lint-plugin-example]\nrules:\n  example/legal-adviser: warn\n  example/no-fazhi-typo: error\n');
  writeFileSync(path.join(project, 'report.md'), REPORT);
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the example plugin, packed and installed', () => {
  it('type-checks and passes its own RuleTester tests against the packed package', (context) => {
    if (skipped) return context.skip(skipped);
    const out = run(process.execPath, ['dist/tests/rules.test.js'], path.join(work, 'plugin'));
    expect(out).toContain('all rule tests passed');
  });

  it('runs through the installed CLI and the API with the same messages', (context) => {
    if (skipped) return context.skip(skipped);
    const cli = spawnSync(path.join(project, 'node_modules/.bin/fazhi-lint'), ['-f', 'json', 'report.md'], { cwd: project, encoding: 'utf8' });
    expect(cli.stderr).toBe('');
    expect(cli.status).toBe(1);
    const [fromCli] = JSON.parse(cli.stdout) as Array<{ messages: Array<{ ruleId: string; line: number; message: string }> }>;
    const typo = fromCli!.messages.find((m) => m.ruleId === 'example/no-fazhi-typo');
    expect(typo).toMatchObject({ line: 5, message: expect.stringContaining('“法制政府”应为“法治政府”') });
    expect(fromCli!.messages.some((m) => m.ruleId === 'example/legal-adviser')).toBe(true);

    // The same through `import { FazhiLint } from 'fazhi-lint'`, as a review portal would.
    writeFileSync(
      path.join(project, 'api.mjs'),
      "import { FazhiLint } from 'fazhi-lint';\nconst results = await new FazhiLint().lintFiles(['report.md']);\nprocess.stdout.write(JSON.stringify(results));\n",
    );
    const fromApi = JSON.parse(run(process.execPath, ['api.mjs'], project)) as typeof fromCli[];
    const strip = (messages: Array<Record<string, unknown>>) => messages.map(({ ruleId, line, column, message, severity }) => ({ ruleId, line, column, message, severity }));
    expect(strip(fromApi[0]!.messages)).toEqual(strip(fromCli!.messages));
  });

  it('fixes through the API and writes with outputFixes', (context) => {
    if (skipped) return context.skip(skipped);
    writeFileSync(
      path.join(project, 'fix.mjs'),
      [
        "import { FazhiLint } from 'fazhi-lint';",
        "const lint = new FazhiLint({ fix: true, fixTypes: ['example/no-fazhi-typo'] });",
        "await FazhiLint.outputFixes(await lint.lintFiles('report.md'));",
      ].join('\n'),
    );
    run(process.execPath, ['fix.mjs'], project);
    expect(readFileSync(path.join(project, 'report.md'), 'utf8')).toBe(REPORT.replace('法制政府', '法治政府'));
  });

  it('a program using the API type-checks against the declarations', (context) => {
    if (skipped) return context.skip(skipped);
    writeFileSync(
      path.join(project, 'portal.ts'),
      [
        "import { FazhiLint, type LintResult, type Outline } from 'fazhi-lint';",
        "import { RuleTester } from 'fazhi-lint/rule-tester';",
        "import { textRuns } from 'fazhi-lint/rule-utils';",
        'export async function review(text: string): Promise<{ outline: Outline | null; results: LintResult[] }> {',
        "  const lint = new FazhiLint({ locale: 'en', overrideConfig: { rules: { 'require-title': 'off' } } });",
        "  const formatter = await lint.loadFormatter('checklist');",
        "  const results = await lint.lintText(text, { filePath: 'draft.md' });",
        '  await formatter.format(results);',
        '  return { outline: await lint.outline(text), results };',
        '}',
        'export const tester: RuleTester = new RuleTester({ locale: "zh" });',
        'export const runs: typeof textRuns = textRuns;',
      ].join('\n'),
    );
    writeFileSync(
      path.join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, skipLibCheck: false, types: [] }, files: ['portal.ts'] }),
    );
    const result = spawnSync(process.execPath, [TSC, '-p', 'tsconfig.json'], { cwd: project, encoding: 'utf8' });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
