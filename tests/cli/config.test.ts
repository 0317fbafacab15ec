// Config end to end through the compiled CLI: errors exit 2 without a stack trace,
// --print-config, --init, ignores, overrides and the rule kinds, in temp folders.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const REPORT = '某县司法局2023年法治政府建设年度报告\n\n一、主要举措和成效\n\n加快建设法制政府,办理行政复议案件24件。\n\n二、存在的不足和原因\n\n执法力量不足,主要原因是编制有限。\n';

function folder(files: Record<string, string>): string {
  const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'fazhi-cli-config-')));
  writeFileSync(path.join(root, 'package.json'), '{"name": "reports", "private": true}\n');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

function json(stdout: string): Array<{ filePath: string; messages: Array<{ ruleId: string | null; severity: number; message: string; fix?: unknown }>; warningCount: number }> {
  return JSON.parse(stdout);
}

describe('config through the CLI', () => {
  it('a config mistake exits 2 with one line naming the file and key, no stack trace', () => {
    const root = folder({ '.linterrc': 'rules:\n  require-title: eror\n', 'r.txt': REPORT });
    const run = runCli(['r.txt'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(`${path.join(root, '.linterrc')}: rules.require-title: severity must be`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('a refused pattern exits 2 naming the pattern', () => {
    const root = folder({ '.linterrc': 'rules:\n  forbidden-terms: [error, { items: [{ patterns: ["(a+)+$"] }] }]\n', 'r.txt': REPORT });
    const run = runCli(['r.txt'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('rules.forbidden-terms.items[0].patterns[0]: pattern "(a+)+$" is refused');
  }, 60_000);

  it('--print-config prints the resolved config of a file as JSON', () => {
    const root = folder({
      '.linterrc': 'extends: fazhi-lint:strict\noverrides:\n  - files: ["departments/**"]\n    settings: { deadline: "03-01" }\n',
      'departments/justice.txt': REPORT,
    });
    const run = runCli(['--print-config', 'departments/justice.txt'], { cwd: root });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const config = JSON.parse(run.stdout);
    expect(config.configFile).toBe(path.join(root, '.linterrc'));
    expect(config.extends).toEqual(['fazhi-lint:strict']);
    expect(config.settings).toEqual({ deadline: '03-01' });
    expect(config.rules['require-problems-and-causes']).toEqual(['error', { minLength: 80, causalPhrases: [] }]);
  });

  it('--init writes a starter .linterrc that lints, and refuses to overwrite it', () => {
    const root = folder({ 'r.txt': REPORT });
    const first = runCli(['--init'], { cwd: root });
    expect(first.code).toBe(0);
    const file = path.join(root, '.linterrc');
    expect(existsSync(file)).toBe(true);
    const written = readFileSync(file, 'utf8');
    expect(written).toMatch(/^extends: fazhi-lint:recommended/m);
    const lint = runCli(['--print-config', 'r.txt'], { cwd: root });
    expect(JSON.parse(lint.stdout).configFile).toBe(file);

    writeFileSync(file, 'locale: en\n');
    const second = runCli(['--init'], { cwd: root });
    expect(second.code).toBe(2);
    expect(second.stderr).toContain(`${file}: (file): already exists`);
    expect(readFileSync(file, 'utf8')).toBe('locale: en\n');
  });

  it('ignores: skipped in a folder, a warning when named, an error when nothing is left', () => {
    const root = folder({ '.linterrc': 'ignores: [drafts/]\n', 'drafts/old.txt': REPORT, 'r.txt': REPORT });
    const walked = runCli(['--format', 'json', '.'], { cwd: root });
    expect(json(walked.stdout).map((r) => path.relative(root, r.filePath))).toEqual(['r.txt']);

    const named = runCli(['--format', 'json', 'drafts/old.txt'], { cwd: root });
    expect(named.code).toBe(0);
    const [result] = json(named.stdout);
    expect(result!.warningCount).toBe(1);
    expect(result!.messages[0]).toMatchObject({ ruleId: null, severity: 1 });
    expect(result!.messages[0]!.message).toContain('drafts/');

    const none = runCli(['drafts'], { cwd: root });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('ignored by the config');
  });

  it('overrides: departments and townships get their own rules', () => {
    const root = folder({
      '.linterrc': 'overrides:\n  - files: ["departments/**"]\n    rules:\n      require-three-systems: warn\n',
      'departments/a.txt': REPORT,
      'townships/b.txt': REPORT,
    });
    const run = runCli(['--format', 'json', '.'], { cwd: root });
    const severity = (name: string) =>
      json(run.stdout)
        .find((r) => r.filePath.endsWith(name))!
        .messages.find((m) => m.ruleId === 'require-three-systems')?.severity;
    expect(severity('a.txt')).toBe(1);
    expect(severity('b.txt')).toBe(2);
  });

  it('the province example in docs/use/configuration.md is a valid config that reports and fixes', () => {
    const page = readFileSync(path.join(ROOT, 'docs/use/configuration.md'), 'utf8');
    const example = /```yaml\n# province example[^\n]*\n([\s\S]*?)```/.exec(page)?.[1];
    expect(example, 'docs/use/configuration.md has the province example').toBeDefined();
    const root = folder({ '.linterrc': example!, 'departments/a.txt': REPORT });
    const printed = JSON.parse(runCli(['--print-config', 'departments/a.txt'], { cwd: root }).stdout);
    expect(printed.settings.deadline).toBe('03-01');
    const run = runCli(['--format', 'json', 'departments/a.txt'], { cwd: root });
    const messages = json(run.stdout)[0]!.messages;
    expect(messages.find((m) => m.ruleId === 'forbidden-terms')).toMatchObject({ message: '不应使用“法制政府”,应改为“法治政府”' });
    expect(messages.find((m) => m.ruleId === 'forbidden-terms')?.fix).toBeDefined();
    expect(messages.filter((m) => m.ruleId === 'required-terms').map((m) => m.message)).toContain('报告未写到“谁执法谁普法”');
  }, 60_000);

  it('.linterrc.example is a valid config', () => {
    const root = folder({ 'r.txt': REPORT });
    const run = runCli(['--config', path.join(ROOT, '.linterrc.example'), '--print-config', 'r.txt'], { cwd: root });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(Object.keys(JSON.parse(run.stdout).rules)).toEqual(expect.arrayContaining(['required-terms', 'forbidden-terms', 'section-min-length']));
  }, 60_000);
});
