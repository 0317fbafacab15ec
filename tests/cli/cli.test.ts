// The CLI end to end: exit codes, JSON shape, bad paths, empty files, outline printing.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const DONGHU = 'fixtures/real/real-2022-nanchang-donghu.txt';
const LIUYIN = 'fixtures/real/real-2024-chongqing-liuyin.txt';

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'fazhi-lint-'));
}

describe('fazhi-lint CLI', () => {
  it('prints ESLint-shaped JSON and exits 1 on errors', () => {
    const run = runCli(['--no-config-lookup', '--format', 'json', DONGHU]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout);
    expect(results).toHaveLength(1);
    const [result] = results;
    expect(Object.keys(result).sort()).toEqual(
      ['errorCount', 'fatalErrorCount', 'filePath', 'fixableErrorCount', 'fixableWarningCount', 'messages', 'source', 'suppressedMessages', 'usedDeprecatedRules', 'warningCount'].sort(),
    );
    expect(result.filePath).toBe(path.resolve(DONGHU));
    const title = result.messages.find((m: { ruleId: string }) => m.ruleId === 'require-title');
    expect(title).toMatchObject({ messageId: 'missing', severity: 2, line: 1, column: 1 });
    // ESLint's shape plus the legal basis, a field of its own; the message is the message alone.
    expect(title.message).toBe('缺少标题:应在正文前写明“××(单位)××年法治政府建设年度报告”');
    expect(title.basis).toMatch(/^省级法治政府建设年度报告工作指引/);
    expect(Object.keys(title)).toEqual(['ruleId', 'messageId', 'severity', 'message', 'basis', 'line', 'column']);
  });

  it('stylish output names the file, the place, the rule; plain without a TTY', () => {
    const run = runCli(['--no-config-lookup', DONGHU]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('fixtures/real/real-2022-nanchang-donghu.txt');
    expect(run.stdout).toMatch(/1:1\s+error\s+缺少标题.*require-title/);
    expect(run.stdout).not.toMatch(/\u001b\[/);
    expect(run.stdout).toMatch(/✖ \d+ 个问题/);
  });

  it('--locale en gives English messages', () => {
    const run = runCli(['--no-config-lookup', '--locale', 'en', DONGHU]);
    expect(run.stdout).toMatch(/No title/);
    expect(run.stdout).toMatch(/\d+ problems? \(/);
  });

  it('--rule turns a rule off; a clean run exits 0 with no output', () => {
    const dir = tempDir();
    const file = path.join(dir, 'ok.txt');
    writeFileSync(file, '某县人民政府2023年法治政府建设年度报告\n\n2023年,我县……\n');
    const run = runCli(['--no-config-lookup', '--rule', 'require-title: off', DONGHU, file]);
    expect(run.stdout.includes('require-title')).toBe(false);
  });

  it('--max-warnings turns warnings into a failing exit', () => {
    // Every recommended rule as a warning, so the only question is the count.
    const config = JSON.parse(runCli(['--no-config-lookup', '--print-config', DONGHU]).stdout);
    const ids = Object.keys(config.rules);
    const asWarnings = ids.flatMap((id) => ['--rule', `${id}: warn`]);
    const run = runCli(['--no-config-lookup', ...asWarnings, '--format', 'json', DONGHU]);
    const [result] = JSON.parse(run.stdout);
    expect(result.errorCount).toBe(0);
    const warnings = result.warningCount;
    expect(warnings).toBeGreaterThanOrEqual(3);
    expect(run.code).toBe(0);
    expect(runCli(['--no-config-lookup', ...asWarnings, '--max-warnings', String(warnings), DONGHU]).code).toBe(0);
    const over = runCli(['--no-config-lookup', ...asWarnings, '--max-warnings', String(warnings - 1), DONGHU]);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('警告过多');
  });

  it("with a config's locale: en, what the command says around the results is English too", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, '.linterrc.yml'), 'locale: en\nextends: []\nrules:\n  require-title: warn\n');
    writeFileSync(path.join(dir, 'a.txt'), '我县推进依法行政。\n');
    const run = runCli(['--max-warnings', '0', path.join(dir, 'a.txt')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('fazhi-lint found too many warnings (maximum: 0).');
    expect(run.stdout).toContain("✖ 1 problem (0 errors, 1 warning)");
    const annotated = runCli(['--annotate', path.join(dir, 'a.txt')]);
    expect(annotated.stderr).toMatch(/fazhi-lint: wrote .*a\.reviewed\.docx \(\d+ comment\(s\), 0 tracked change\(s\)\)/);
    // --locale still wins.
    expect(runCli(['--locale', 'zh', '--max-warnings', '0', path.join(dir, 'a.txt')]).stderr).toContain('警告过多');
  });

  it('--quiet hides warnings', () => {
    const run = runCli(['--no-config-lookup', '--rule', 'require-title: warn', '--quiet', '--format', 'json', DONGHU]);
    const [result] = JSON.parse(run.stdout);
    expect(result.messages.every((m: { severity: number }) => m.severity === 2)).toBe(true);
  });

  it('exits 2 when a path does not exist, naming it', () => {
    const run = runCli(['--no-config-lookup', 'no/such/report.txt']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no/such/report.txt');
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('reports a missing path as fatal but still lints the others', () => {
    const run = runCli(['--no-config-lookup', '--format', 'json', 'no/such/report.txt', LIUYIN]);
    const results = JSON.parse(run.stdout);
    expect(results).toHaveLength(2);
    expect(results[0].messages[0]).toMatchObject({ fatal: true, ruleId: null });
    expect(results[0].messages[0].message).toContain('文件不存在');
  });

  it('an empty file is one fatal message, exit 2 when nothing else could be linted', () => {
    const dir = tempDir();
    const file = path.join(dir, 'empty.txt');
    writeFileSync(file, '  \n\n');
    const run = runCli(['--no-config-lookup', '--format', 'json', file]);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)[0].messages[0]).toMatchObject({ fatal: true, message: '文件为空' });
  });

  it('walks directories for reports, skipping dot-folders and node_modules', () => {
    const dir = tempDir();
    for (const sub of ['a', '.git', 'node_modules']) {
      const folder = path.join(dir, sub);
      mkdirSync(folder, { recursive: true });
      writeFileSync(path.join(folder, 'r.txt'), '2022年,我局……\n');
    }
    writeFileSync(path.join(dir, 'notes.pdf'), 'x');
    const run = runCli(['--no-config-lookup', '--format', 'json', dir]);
    const files = JSON.parse(run.stdout).map((r: { filePath: string }) => path.relative(dir, r.filePath));
    expect(files).toEqual([path.join('a', 'r.txt')]);
  });

  it('matches globs', () => {
    const run = runCli(['--no-config-lookup', '--format', 'json', 'fixtures/real/*2022*.txt']);
    const files = JSON.parse(run.stdout).map((r: { filePath: string }) => path.basename(r.filePath)).sort();
    expect(files).toEqual(['real-2022-guangzhou-tanbu.txt', 'real-2022-nanchang-donghu.txt']);
  });

  it('a directory with no reports is a fatal problem (exit 2)', () => {
    const run = runCli(['--no-config-lookup', tempDir()]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no report files/);
  });

  it('rejects bad arguments with exit 2 and no stack trace', () => {
    for (const args of [['--bogus', DONGHU], ['--locale', 'fr', DONGHU], ['--max-warnings', 'x', DONGHU], ['--rule', 'no-such-rule: error', DONGHU], ['--rule', 'require-title: loud', DONGHU], ['--format', 'nope', DONGHU], []]) {
      const run = runCli(['--no-config-lookup', ...args]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/^fazhi-lint: /);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('--print-outline prints the outline as JSON', () => {
    const run = runCli(['--print-outline', LIUYIN]);
    expect(run.code).toBe(0);
    const outline = JSON.parse(run.stdout);
    expect(outline.year).toBe(2024);
    expect(outline.title.text).toContain('柳荫镇');
    expect(outline.sections.filter((s: { level: number; inline: boolean }) => s.level === 1 && !s.inline).map((s: { kind: string }) => s.kind)).toEqual(['achievements', 'responsibility', 'problems', 'plans']);
  });

  it('--version and --help', () => {
    expect(runCli(['--version']).stdout).toMatch(/^v\d+\.\d+\.\d+\n$/);
    const help = runCli(['--help']);
    expect(help.code).toBe(0);
    for (const flag of ['--format', '--rule', '--no-config-lookup', '--quiet', '--max-warnings', '--locale', '--print-outline', '--explain', 'require-title']) {
      expect(help.stdout).toContain(flag);
    }
  });

  it('--explain prints a rule page with examples', () => {
    const run = runCli(['--explain', 'require-title']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('# require-title');
    expect(run.stdout).toContain('依据');
    expect(run.stdout).toContain('报错的例子');
  });
});

