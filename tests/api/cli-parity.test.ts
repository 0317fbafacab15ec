// The API and the command line give the same results on every report under fixtures/: the CLI
// run once over all of them (-f json), the API once, then compared file by file, every field the
// json format prints (messages with rule, place, severity, text and fix; the counts; source and
// output). Once plainly and once fixing (--fix-dry-run against `fix: true`). Config lookup is on
// in both, as a user runs them: a fixture folder's config would apply to both alike.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/results.js';
import { BIN, ROOT } from '../helpers/cli.js';
import { api, jsonView } from './helpers.js';

const FIXTURES = path.join(ROOT, 'fixtures');
const REPORT = /\.(md|markdown|txt|docx|html|htm)$/i;

/** Every report file under fixtures/, at any depth, sorted. */
function fixtureReports(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return fixtureReports(full);
      return entry.isFile() && REPORT.test(entry.name) ? [full] : [];
    })
    .sort();
}

const FILES = fixtureReports(FIXTURES);
const relative = (file: string) => path.relative(ROOT, file);

function cliResults(flags: string[]): { results: Array<Record<string, unknown>>; stdout: string } {
  const run = spawnSync(process.execPath, [BIN, '-f', 'json', ...flags, ...FILES.map(relative)], {
    cwd: ROOT,
    encoding: 'utf8',
    // Every file's source or output, in one document.
    maxBuffer: 1024 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (run.error) throw run.error;
  // 1: some report has errors; 2 would be a failure to run at all.
  expect(run.stderr).toBe('');
  expect([0, 1]).toContain(run.status);
  return { results: JSON.parse(run.stdout) as Array<Record<string, unknown>>, stdout: run.stdout };
}

/** The messages of two results side by side, for a failure's message: which rule, where. */
function messageDiff(apiResult: Record<string, unknown> | undefined, cliResult: Record<string, unknown> | undefined): string {
  type Shown = { ruleId: string | null; severity: number; line: number; column: number; message: string; fix?: unknown };
  const lines = (result: Record<string, unknown> | undefined) =>
    ((result?.messages ?? []) as Shown[]).map((m) => `${m.line}:${m.column} ${m.severity === 2 ? 'error' : 'warn'} ${m.ruleId} ${m.message}${m.fix ? ` fix ${JSON.stringify(m.fix)}` : ''}`);
  const [a, c] = [lines(apiResult), lines(cliResult)];
  return [...a.filter((l) => !c.includes(l)).map((l) => `  api only: ${l}`), ...c.filter((l) => !a.includes(l)).map((l) => `  cli only: ${l}`)].join('\n');
}

function compareAll(name: string, flags: string[], options: ConstructorParameters<typeof api.FazhiLint>[0]): void {
  describe(name, () => {
    let fromCli: Map<string, Record<string, unknown>>;
    let fromApi: Map<string, Record<string, unknown>>;
    let cliOrder: string[];
    let apiResults: LintResult[];
    let cliStdout: string;

    beforeAll(async () => {
      const cli = cliResults(flags);
      cliStdout = cli.stdout;
      cliOrder = cli.results.map((r) => r.filePath as string);
      fromCli = new Map(cli.results.map((r) => [r.filePath as string, r]));
      apiResults = await new api.FazhiLint({ cwd: ROOT, ...options }).lintFiles(FILES.map(relative));
      fromApi = new Map(apiResults.map((r) => [r.filePath, jsonView(r)]));
    }, 120_000);

    it(`covers every report fixture (${FILES.length}), in the same order`, () => {
      expect(FILES.length).toBeGreaterThan(150);
      expect(cliOrder).toEqual(FILES);
      expect(apiResults.map((r) => r.filePath)).toEqual(FILES);
      // Something to compare: messages with places and fixes (and, fixing, fixed texts), not empty results.
      expect(apiResults.filter((r) => r.messages.length > 0).length).toBeGreaterThan(FILES.length / 2);
      expect(apiResults.some((r) => r.messages.some((m) => m.fix) || r.output !== undefined)).toBe(true);
      if (options?.fix) expect(apiResults.filter((r) => r.output !== undefined).length).toBeGreaterThan(0);
    });

    it('the json format of the API results is the CLI output, byte for byte', async () => {
      const formatted = await (await new api.FazhiLint({ cwd: ROOT, ...options }).loadFormatter('json')).format(apiResults);
      expect(formatted + '\n' === cliStdout).toBe(true);
    });

    for (const file of FILES) {
      it(relative(file), () => {
        const [a, c] = [fromApi.get(file), fromCli.get(file)];
        expect(c, 'the CLI has a result for the file').toBeDefined();
        expect(a, 'the API has a result for the file').toBeDefined();
        expect(a, `${relative(file)}: the API and the CLI differ\n${messageDiff(a, c)}`).toEqual(c);
      });
    }
  });
}

compareAll('lintFiles equals the CLI -f json', [], {});
compareAll('lintFiles with fix: true equals the CLI --fix-dry-run -f json', ['--fix-dry-run'], { fix: true });

