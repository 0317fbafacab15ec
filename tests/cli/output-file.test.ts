// The json format is written as each file is done (src/cli/json-stream.ts); every format can go
// to --output-file, which is replaced whole or not at all.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles, trimResult } from '../../src/api/lint-files.js';
import { JsonResultStream } from '../../src/cli/json-stream.js';
import json from '../../src/format/json.js';
import type { LintResult } from '../../src/results.js';
import { ROOT, runCli } from '../helpers/cli.js';

function reportsFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'fazhi-lint-output-'));
  const reports = path.join(dir, 'reports');
  mkdirSync(reports);
  for (const name of readdirSync(path.join(ROOT, 'fixtures/real')).filter((n) => n.endsWith('.txt'))) {
    copyFileSync(path.join(ROOT, 'fixtures/real', name), path.join(reports, name));
  }
  writeFileSync(path.join(reports, 'empty.txt'), '');
  writeFileSync(path.join(reports, 'draft.md'), '# 某县2023年法治政府建设年度报告\n\n一、主要成效\n\n- 制定计划。\n- 开展培训。\n');
  return dir;
}

describe('--format json, streamed', () => {
  it('prints what the formatter prints for the whole run, serial or threaded, to stdout or a file', () => {
    const dir = reportsFolder();
    const args = ['--no-config-lookup', '--format', 'json', path.join(dir, 'reports'), path.join(dir, 'missing.txt')];
    const printed = runCli(args);
    expect(printed.code).toBe(1);
    expect(printed.stdout.endsWith(']\n')).toBe(true);
    const results = JSON.parse(printed.stdout) as LintResult[];
    // The unreadable path first, then the files in order, as a whole run lists them.
    expect(results.map((r) => path.basename(r.filePath))).toEqual([
      'missing.txt', 'draft.md', 'empty.txt', 'real-2022-guangzhou-tanbu.txt', 'real-2022-nanchang-donghu.txt', 'real-2024-chongqing-liuyin.txt',
    ]);
    // Byte for byte the whole-run formatter's output for those results.
    expect(printed.stdout).toBe(json(results, { cwd: ROOT, locale: 'zh', rulesMeta: {}, color: false, toolVersion: '' }) + '\n');

    for (const extra of [[], ['--concurrency', '2']]) {
      const out = path.join(dir, `out${extra.length}.json`);
      const run = runCli([...args, ...extra, '--output-file', out]);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(readFileSync(out, 'utf8') + '\n').toBe(printed.stdout);
    }
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('--quiet applies to streamed results', () => {
    const dir = reportsFolder();
    const run = runCli(['--no-config-lookup', '--rule', 'require-title: warn', '--quiet', '--format', 'json', path.join(dir, 'reports')]);
    const results = JSON.parse(run.stdout) as LintResult[];
    expect(results.flatMap((r) => r.messages).every((m) => m.severity === 2)).toBe(true);
    expect(results.every((r) => r.warningCount === 0)).toBe(true);
  });

  it('keeps only the counts of a streamed result, not its source', async () => {
    const dir = reportsFolder();
    const files = readdirSync(path.join(dir, 'reports')).map((n) => path.join(dir, 'reports', n)).sort();
    const written: string[] = [];
    const stream = new JsonResultStream((chunk) => written.push(chunk));
    const kept = await lintFiles(
      files,
      { config: { noLookup: true }, keep: ['source'] },
      { concurrency: 1, onResult: (index, result) => (stream.addAt(index, result), trimResult(result, [])) },
    );
    stream.end();
    expect(kept.every((r) => r.source === undefined)).toBe(true);
    const streamed = JSON.parse(written.join('')) as LintResult[];
    expect(streamed.map((r) => r.filePath)).toEqual(files);
    expect(streamed.some((r) => typeof r.source === 'string')).toBe(true);
    expect(kept.map((r) => r.errorCount)).toEqual(streamed.map((r) => r.errorCount));
  });

  it('writes results in the files’ order whatever order they are done in', () => {
    const written: string[] = [];
    const stream = new JsonResultStream((chunk) => written.push(chunk));
    const result = (name: string) => ({ filePath: name, messages: [], suppressedMessages: [], errorCount: 0, fatalErrorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 }) as unknown as LintResult;
    stream.add(result('before'));
    stream.addAt(2, result('c'));
    stream.addAt(0, result('a'));
    expect(JSON.parse(written.join('') + ']').map((r: LintResult) => r.filePath)).toEqual(['before', 'a']);
    stream.addAt(1, result('b'));
    stream.end();
    expect(JSON.parse(written.join('')).map((r: LintResult) => r.filePath)).toEqual(['before', 'a', 'b', 'c']);
  });
});

describe('--output-file', () => {
  it('replaces an existing file whole, in any format', () => {
    const dir = reportsFolder();
    const out = path.join(dir, 'report.txt');
    writeFileSync(out, 'old content');
    const run = runCli(['--no-config-lookup', '--format', 'summary', '--output-file', out, path.join(dir, 'reports')]);
    expect(run.code).toBe(1);
    const written = readFileSync(out, 'utf8');
    expect(written).not.toContain('old content');
    // stdout ends the output with a line break when it has none.
    expect(written.endsWith('\n') ? written : written + '\n').toBe(runCli(['--no-config-lookup', '--format', 'summary', path.join(dir, 'reports')]).stdout);
  });

  it('a path that cannot be written is a usage error naming it, with nothing left behind', () => {
    const dir = reportsFolder();
    for (const format of ['json', 'stylish']) {
      const missing = runCli(['--no-config-lookup', '--format', format, '--output-file', path.join(dir, 'no/such/folder/out.json'), path.join(dir, 'reports')]);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain(`cannot write the output file ${path.join(dir, 'no/such/folder/out.json')}: its folder does not exist`);
      expect(missing.stderr).not.toMatch(/at .*\.js:\d+/);

      const folder = runCli(['--no-config-lookup', '--format', format, '--output-file', path.join(dir, 'reports'), path.join(dir, 'reports')]);
      expect(folder.code).toBe(2);
      expect(folder.stderr).toContain('it is a folder');
    }
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(path.join(dir, 'reports')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(existsSync(path.join(dir, 'no'))).toBe(false);
  });
});
