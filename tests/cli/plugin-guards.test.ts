// Plugins are the user's code, run in the linter's process: one that ends the process early
// must not pass a run silently, and one that loops must not hang it (--rule-timeout).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/results.js';
import { BIN } from '../helpers/cli.js';
import { tree } from '../config/helpers.js';

/** A plugin "p" whose one rule, p/bad, runs `body` in the place given. */
function plugin(where: 'create' | 'visitor', body: string): string {
  const code = where === 'create' ? `create() { ${body}; return {}; }` : `create() { return { paragraph() { ${body}; } }; }`;
  return `export default { rules: { bad: { meta: { type: 'custom', docs: { description: { zh: '坏', en: 'bad' }, recommended: false }, messages: { m: { zh: 'm', en: 'm' } } }, ${code} } } };\n`;
}

const REPORT = '某县人民政府2023年法治政府建设年度报告\n一、主要成效\n办理案件5件,成效明显。\n';

/** The CLI in a folder with that plugin configured; bounded, so a hang fails the test instead of stalling it. */
function run(pluginCode: string, args: string[]) {
  const root = tree({ 'p.mjs': pluginCode, '.linterrc': 'plugins: [./p.mjs]\nrules:\n  p/bad: error\n', 'r1.txt': REPORT, 'r2.txt': REPORT });
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: root, encoding: 'utf8', timeout: 15000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, root };
}

describe('a plugin that calls process.exit', () => {
  it('before the results are written: the run fails (exit 2) and says why', () => {
    const exited = run(plugin('create', 'process.exit(0)'), ['r1.txt']);
    expect(exited.code).toBe(2);
    expect(exited.stdout).toBe('');
    expect(exited.stderr).toBe('fazhi-lint: 错误: 配置文件或插件在结果写出之前结束了进程(process.exit),本次检查没有结果\n');
    const en = run(plugin('create', 'process.exit(0)'), ['--locale', 'en', 'r1.txt']);
    expect(en.stderr).toContain('a config file or plugin ended the process (process.exit) before the results were written');
  });

  it('after the results are written: the run keeps its own exit code', () => {
    // The report has errors (exit 1); the plugin's timer ends the process with 0 a while later.
    const late = run(plugin('create', 'setTimeout(() => process.exit(0), 1500)'), ['-f', 'json', 'r1.txt']);
    expect((JSON.parse(late.stdout) as LintResult[])[0]!.errorCount).toBeGreaterThan(0);
    expect(late.code).toBe(1);
  });

  it('in a worker thread (--concurrency): the run fails, it does not pass', () => {
    const exited = run(plugin('create', 'process.exit(0)'), ['--concurrency', '2', 'r1.txt', 'r2.txt']);
    expect(exited.code).toBe(2);
    expect(exited.stderr).not.toBe('');
  });
});

describe('a plugin rule that loops forever', () => {
  for (const where of ['create', 'visitor'] as const) {
    it(`in ${where}: stopped after --rule-timeout, named, and the other rules' results kept`, { timeout: 40000 }, () => {
      const looped = run(plugin(where, 'for (;;) {}'), ['--rule-timeout', '0.5', '-f', 'json', 'r1.txt', 'r2.txt']);
      expect(looped.code).toBe(1);
      const results = JSON.parse(looped.stdout) as LintResult[];
      expect(results).toHaveLength(2);
      for (const result of results) {
        const stopped = result.messages.find((m) => m.ruleId === 'p/bad')!;
        expect(stopped).toMatchObject({ fatal: true, severity: 2 });
        expect(stopped.message).toBe('规则 p/bad 在本文件上运行超过 0.5 秒,已停止并跳过(可用 --rule-timeout 调整)');
        expect(result.messages.map((m) => m.ruleId)).toContain('require-three-systems');
      }
    });
  }

  it('in worker threads and with --fix: the same, and the other rules still fix', { timeout: 40000 }, () => {
    const looped = run(plugin('visitor', 'for (;;) {}'), ['--rule-timeout', '0.5', '--fix', '--concurrency', '2', '-f', 'json', 'r1.txt', 'r2.txt']);
    const results = JSON.parse(looped.stdout) as LintResult[];
    for (const result of results) {
      expect(result.messages.find((m) => m.ruleId === 'p/bad')?.fatal).toBe(true);
      expect(result.output).toContain('5件，成效明显');
    }
  });

  it('refuses a --rule-timeout that is not a positive number of seconds', () => {
    const root = tree({ 'r.txt': REPORT });
    for (const bad of ['0', '-1', 'soon']) {
      const result = spawnSync(process.execPath, [BIN, '--rule-timeout', bad, path.join(root, 'r.txt')], { encoding: 'utf8', timeout: 15000 });
      expect(result.status, bad).toBe(2);
      expect(result.stderr, bad).toContain('--rule-timeout');
    }
  });
});

