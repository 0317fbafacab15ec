// Plugins: local modules or npm packages exporting { rules }, namespaced plugin-name/rule-id.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfigFor } from '../../src/config/resolve.js';
import { verify } from '../../src/engine/lint.js';
import { REPORT, tree } from './helpers.js';
import { runCli } from '../helpers/cli.js';

// A plugin rule as a user would write it, in plain JavaScript.
const PLUGIN = `export default {
  rules: {
    'needs-signature': {
      meta: {
        type: 'custom',
        docs: { description: { zh: '须有落款日期', en: 'needs a dated signature' }, recommended: false },
        messages: { missing: { zh: '缺少落款日期', en: 'No dated signature' } },
        schema: { type: 'object', properties: { where: { type: 'string', description: 'x' } } },
      },
      create(context) {
        return { 'root:exit'() { if (!context.outline.date) context.report({ messageId: 'missing', data: {} }); } };
      },
    },
  },
};
`;

describe('plugins', () => {
  it('loads a rule from a local file, namespaced by the file name, and the engine runs it', async () => {
    const root = tree({
      'plugins/fazhi-lint-plugin-henan.mjs': PLUGIN,
      '.linterrc': 'plugins: [./plugins/fazhi-lint-plugin-henan.mjs]\nrules:\n  henan/needs-signature: [warn, { where: end }]\n',
      'r.txt': REPORT,
    });
    const config = await resolveConfigFor(path.join(root, 'r.txt'), {});
    expect(config.plugins).toEqual(['henan']);
    const rule = config.rules.find((r) => r.id === 'henan/needs-signature');
    expect(rule).toMatchObject({ severity: 1, options: { where: 'end' } });
    const { messages } = await verify(REPORT, { rules: config.rules, settings: config.settings, locale: 'zh', format: 'text' });
    const message = messages.find((m) => m.ruleId === 'henan/needs-signature');
    expect(message).toMatchObject({ severity: 1, message: '缺少落款日期' });
  });

  it('an object names plugins; an npm package is found beside the config', async () => {
    const root = tree({
      'node_modules/fazhi-lint-plugin-xinyang/package.json': '{ "name": "fazhi-lint-plugin-xinyang", "type": "module", "main": "index.js" }',
      'node_modules/fazhi-lint-plugin-xinyang/index.js': PLUGIN,
      '.linterrc': 'plugins:\n  xy: fazhi-lint-plugin-xinyang\nrules:\n  xy/needs-signature: error\n',
      'r.txt': REPORT,
    });
    const config = await resolveConfigFor(path.join(root, 'r.txt'), {});
    expect(config.rules.find((r) => r.id === 'xy/needs-signature')?.severity).toBe(2);
  });

  it('plugin rule options are checked against the plugin rule\'s schema', async () => {
    const root = tree({
      'p.mjs': PLUGIN,
      '.linterrc': 'plugins: [./p.mjs]\nrules:\n  p/needs-signature: [warn, { where: 3 }]\n',
      'r.txt': REPORT,
    });
    await expect(resolveConfigFor(path.join(root, 'r.txt'), {})).rejects.toThrow(/rules\.p\/needs-signature\.where: expected a string, got number 3/);
  });
});

describe('plugin rules in a run of the CLI', () => {
  const files = (report: string) => ({
    'p.mjs': PLUGIN,
    '.linterrc': 'plugins: [./p.mjs]\nrules:\n  p/needs-signature: warn\n',
    'r.txt': report,
  });

  it('a disable comment may name a plugin rule: it silences the rule and is not an unknown rule', () => {
    const root = tree(files(`<!-- fazhi-lint-disable p/needs-signature -->\n${REPORT}`));
    for (const args of [['--concurrency', '1', 'r.txt'], ['--stdin', '--stdin-filename', 'r.txt']]) {
      const run = runCli([...args, '-f', 'json', '--locale', 'en'], { cwd: root, input: readFileSync(path.join(root, 'r.txt'), 'utf8') });
      const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string | null; message: string }>; suppressedMessages: Array<{ ruleId: string }> }>;
      expect(result!.messages.filter((m) => m.message.includes('p/needs-signature'))).toEqual([]);
      expect(result!.suppressedMessages.map((m) => m.ruleId)).toContain('p/needs-signature');
    }
  });

  it('a disable comment naming a rule no config knows is still reported', () => {
    const root = tree(files(`<!-- fazhi-lint-disable q/needs-signature -->\n${REPORT}`));
    const run = runCli(['-f', 'json', '--locale', 'en', 'r.txt'], { cwd: root });
    const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ message: string }> }>;
    expect(result!.messages.some((m) => m.message.includes('q/needs-signature'))).toBe(true);
  });

  it('the formats know a plugin rule: its description in summary, a rule entry in SARIF', () => {
    const root = tree(files(REPORT));
    expect(runCli(['-f', 'summary', 'r.txt'], { cwd: root }).stdout).toMatch(/p\/needs-signature\s.*须有落款日期/);
    const sarif = JSON.parse(runCli(['-f', 'sarif', 'r.txt'], { cwd: root }).stdout) as { runs: Array<{ tool: { driver: { rules: Array<{ id: string; shortDescription?: { text: string } }> } } }> };
    const rule = sarif.runs[0]!.tool.driver.rules.find((r) => r.id === 'p/needs-signature');
    expect(rule?.shortDescription?.text).toBe('须有落款日期');
  });
});

describe('--fix-type and plugin rules', () => {
  // A fixable plugin rule: "法制政府" is an old wording for "法治政府".
  const FIXER = `export default {
  rules: {
    'fazhi-wording': {
      meta: {
        type: 'custom',
        fixable: true,
        docs: { description: { zh: '用“法治政府”', en: 'write 法治政府' }, recommended: false },
        messages: { old: { zh: '应为“法治政府”', en: 'Write 法治政府' } },
      },
      create(context) {
        return {
          'root:exit'() {
            const at = context.sourceText.indexOf('法制政府');
            if (at !== -1) context.report({ messageId: 'old', loc: context.positionAt(at), fix: { range: [at, at + 4], text: '法治政府' } });
          },
        };
      },
    },
  },
};
`;
  const files = () => ({ 'w.mjs': FIXER, '.linterrc': 'plugins: [./w.mjs]\nrules:\n  w/fazhi-wording: warn\n', 'r.txt': REPORT.replace('法治政府', '法制政府') });

  it('names a plugin rule by its id or its type, and fixes only with it', () => {
    const root = tree(files());
    for (const wanted of ['w/fazhi-wording', 'custom']) {
      const run = runCli(['--fix-dry-run', '--fix-type', wanted, '-f', 'json', 'r.txt'], { cwd: root });
      expect(run.stderr).toBe('');
      expect((JSON.parse(run.stdout) as Array<{ output?: string }>)[0]!.output).toContain('法治政府建设');
    }
    const other = runCli(['--fix-dry-run', '--fix-type', 'typography', '-f', 'json', 'r.txt'], { cwd: root });
    expect((JSON.parse(other.stdout) as Array<{ output?: string }>)[0]!.output ?? '').not.toContain('法治政府建设');
  });

  it('a --fix-type no config knows is still a usage error', () => {
    const run = runCli(['--fix-dry-run', '--fix-type', 'w/no-such-rule', 'r.txt'], { cwd: tree(files()) });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('w/no-such-rule');
  });
});
