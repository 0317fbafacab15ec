// --fix, --fix-dry-run, --fix-type and disable comments through the compiled CLI (npm run build
// first). The fix cases come from the fixable built-in rules' examples.
import { mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { verifyAndFix } from '../../src/engine/lint.js';
import type { LintResult } from '../../src/results.js';
import type { InvalidRuleExample, RuleExamples, LoadedRule } from '../../src/rule-api.js';
import { runCli } from '../helpers/cli.js';

const examples = import.meta.glob<{ default: RuleExamples }>('../../rules/*.examples.ts', { eager: true });

interface Case {
  rule: LoadedRule;
  example: InvalidRuleExample;
  /** The text after the whole fix loop, and whether any message remains. */
  fixed: string;
  clean: boolean;
}

function ruleOptions(rule: LoadedRule, example: InvalidRuleExample): Record<string, unknown> {
  const defaults = Object.entries(rule.meta.schema?.properties ?? {}).filter(([, p]) => p.default !== undefined);
  return { ...Object.fromEntries(defaults.map(([name, p]) => [name, p.default])), ...example.options };
}

// A fix example whose fixed text has no message left (the exit code then turns 0), in .txt.
async function findCase(): Promise<Case | undefined> {
  for (const rule of builtinRules.values()) {
    if (!rule.meta.fixable) continue;
    for (const example of examples[`../../rules/${rule.meta.id}.examples.ts`]?.default.invalid ?? []) {
      if (example.output === undefined || example.ext === '.md') continue;
      const outcome = await verifyAndFix(example.text, {
        rules: [{ id: rule.meta.id, rule, severity: 2, options: ruleOptions(rule, example) }],
        settings: example.settings ?? {},
        locale: 'zh',
        format: 'text',
      });
      if (outcome.messages.length === 0) return { rule, example, fixed: outcome.output, clean: true };
    }
  }
  return undefined;
}

const fixCase = await findCase();

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fazhi-cli-fix-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A config running only the case's rule, as an error. */
async function onlyRuleConfig(c: Case): Promise<string> {
  const config = path.join(dir, 'only.json');
  await writeFile(config, JSON.stringify({ extends: [], rules: { [c.rule.meta.id]: ['error', c.example.options ?? {}] }, settings: c.example.settings ?? {} }));
  return config;
}

const json = (stdout: string) => JSON.parse(stdout) as LintResult[];
const PAST = new Date('2020-01-01T00:00:00Z');

describe.skipIf(!fixCase)('fixing through the CLI', () => {
  const c = fixCase!;

  it('--fix-dry-run writes nothing and puts the fixed text in the JSON output', async () => {
    const file = path.join(dir, 'report.txt');
    await writeFile(file, c.example.text);
    await utimes(file, PAST, PAST);
    const run = runCli(['-c', await onlyRuleConfig(c), '--fix-dry-run', '-f', 'json', file]);
    expect(run.stderr).toBe('');
    expect(json(run.stdout)[0]!.output).toBe(c.fixed);
    expect(await readFile(file, 'utf8')).toBe(c.example.text);
    expect((await stat(file)).mtimeMs).toBe(PAST.getTime());
    expect(run.code).toBe(0); // the exit code is that of the fixed text
  });

  it('--fix writes the file, and the exit code reflects what remains', async () => {
    const file = path.join(dir, 'report.txt');
    await writeFile(file, c.example.text);
    const config = await onlyRuleConfig(c);
    expect(runCli(['-c', config, file]).code).toBe(1);
    const run = runCli(['-c', config, '--fix', file]);
    expect(run.code).toBe(0);
    expect(await readFile(file, 'utf8')).toBe(c.fixed);
    // A second --fix finds nothing and does not touch the file.
    await utimes(file, PAST, PAST);
    expect(runCli(['-c', config, '--fix', file]).code).toBe(0);
    expect((await stat(file)).mtimeMs).toBe(PAST.getTime());
  });

  it('--fix keeps a GB18030 file in GB18030', async () => {
    const file = path.join(dir, 'report.txt');
    await writeFile(file, iconv.encode(c.example.text, 'gb18030'));
    const run = runCli(['-c', await onlyRuleConfig(c), '--fix', file]);
    expect(run.code).toBe(0);
    expect((await readFile(file)).equals(iconv.encode(c.fixed, 'gb18030'))).toBe(true);
  });

  it('--stdin --fix-dry-run prints the fixed piped text; --stdin --fix is refused', async () => {
    const config = await onlyRuleConfig(c);
    const dry = runCli(['-c', config, '--stdin', '--fix-dry-run', '-f', 'json'], { input: c.example.text });
    expect(json(dry.stdout)[0]!.output).toBe(c.fixed);
    const fix = runCli(['-c', config, '--stdin', '--fix'], { input: c.example.text });
    expect(fix.code).toBe(2);
    expect(fix.stderr).toContain('--fix-dry-run');
  });

  it('--fix-type keeps the fixes of other rules and rule types out', async () => {
    const file = path.join(dir, 'report.txt');
    await writeFile(file, c.example.text);
    const config = await onlyRuleConfig(c);
    const otherType = ['checklist', 'quality', 'typography', 'custom'].find((type) => type !== c.rule.meta.type)!;
    const other = runCli(['-c', config, '--fix', '--fix-type', `${otherType},require-title`, file]);
    expect(other.code).toBe(1);
    expect(await readFile(file, 'utf8')).toBe(c.example.text);
    for (const wanted of [c.rule.meta.id, c.rule.meta.type]) {
      await writeFile(file, c.example.text);
      const run = runCli(['-c', config, '--fix-dry-run', '--fix-type', wanted, '-f', 'json', file]);
      expect(json(run.stdout)[0]!.output, wanted).toBe(c.fixed);
    }
  });
});

describe('fix flags that do not fit', () => {
  it('refuses --fix with --fix-dry-run, --fix-type without either, and an unknown --fix-type', async () => {
    const file = path.join(dir, 'report.txt');
    await writeFile(file, '正文');
    for (const args of [['--fix', '--fix-dry-run'], ['--fix-type', 'require-title'], ['--fix', '--fix-type', 'no-such-thing']]) {
      const run = runCli(['--no-config-lookup', ...args, file]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(/--fix/);
    }
    expect(runCli(['--no-config-lookup', '--fix', '--fix-type', 'no-such-thing', file]).stderr).toContain('no-such-thing');
  });

  it('refuses a bad --report-unused-disable-directives-severity', async () => {
    const file = path.join(dir, 'report.txt');
    await writeFile(file, '正文');
    const run = runCli(['--no-config-lookup', '--report-unused-disable-directives-severity', 'loud', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('loud');
  });
});

describe('disable comments through the CLI', () => {
  const lint = (file: string, ...flags: string[]) => {
    const run = runCli(['--no-config-lookup', '--rule', 'require-title: warn', '-f', 'json', ...flags, file]);
    return { code: run.code, result: json(run.stdout)[0]!, stderr: run.stderr };
  };
  const ruleIds = (messages: Array<{ ruleId: string | null }>) => messages.map((m) => m.ruleId);

  for (const [ext, text] of [
    ['.txt', '<!-- fazhi-lint-disable require-title -->\n一、主要举措\n正文'],
    ['.md', '<!-- fazhi-lint-disable require-title -->\n\n# 一、主要举措\n\n正文'],
  ] as const) {
    it(`a file-level disable in ${ext} moves the rule's message to suppressedMessages`, async () => {
      const file = path.join(dir, `report${ext}`);
      await writeFile(file, text);
      const { result } = lint(file);
      expect(ruleIds(result.messages)).not.toContain('require-title');
      expect(ruleIds(result.suppressedMessages)).toEqual(['require-title']);
      await writeFile(file, text.replace(/<!--.*-->\n/, ''));
      expect(ruleIds(lint(file).result.messages)).toContain('require-title');
    });
  }

  it('names an unknown rule in a directive, as an error', async () => {
    const file = path.join(dir, 'report.txt');
    await writeFile(file, '<!-- fazhi-lint-disable require-titel -->\n正文');
    const { result, code } = lint(file, '--locale', 'en');
    const unknown = result.messages.find((m) => m.ruleId === null)!;
    expect(unknown.message).toContain('require-titel');
    expect(unknown).toMatchObject({ line: 1, severity: 2 });
    expect(code).toBe(1);
  });

  it('--report-unused-disable-directives warns of a directive that suppressed nothing; the severity flag can make it an error', async () => {
    const file = path.join(dir, 'report.txt');
    // The title is there: require-title reports nothing for the directive to suppress.
    await writeFile(file, '某县人民政府关于2022年法治政府建设情况的报告\n<!-- fazhi-lint-disable-next-line require-title -->\n一、主要举措\n正文');
    const config = path.join(dir, 'title-only.json');
    await writeFile(config, JSON.stringify({ extends: [], rules: { 'require-title': 'error' } }));
    const run = (...flags: string[]) => {
      const cli = runCli(['-c', config, '-f', 'json', ...flags, file]);
      return { code: cli.code, messages: json(cli.stdout)[0]!.messages };
    };
    expect(run()).toEqual({ code: 0, messages: [] });
    const warned = run('--report-unused-disable-directives');
    expect(warned.messages.map((m) => `${m.ruleId} ${m.line} ${m.severity}`)).toEqual(['null 2 1']);
    expect(warned.code).toBe(0);
    const asError = run('--report-unused-disable-directives-severity', 'error');
    expect(asError.messages.map((m) => m.severity)).toEqual([2]);
    expect(asError.code).toBe(1);
  });

  it('--fix takes an unused directive out with --report-unused-disable-directives; --fix-type directive asks for only that', async () => {
    const file = path.join(dir, 'report.txt');
    const text = '某县人民政府关于2022年法治政府建设情况的报告\n<!-- fazhi-lint-disable-next-line require-title -->\n一、主要举措\n正文';
    const withoutDirective = '某县人民政府关于2022年法治政府建设情况的报告\n一、主要举措\n正文';
    const config = path.join(dir, 'title-only.json');
    await writeFile(config, JSON.stringify({ extends: [], rules: { 'require-title': 'error' } }));
    const run = async (...flags: string[]) => {
      await writeFile(file, text);
      const cli = runCli(['-c', config, '--fix', ...flags, file]);
      return { code: cli.code, output: await readFile(file, 'utf8') };
    };
    expect(await run()).toEqual({ code: 0, output: text });
    expect(await run('--report-unused-disable-directives')).toEqual({ code: 0, output: withoutDirective });
    expect(await run('--report-unused-disable-directives', '--fix-type', 'typography')).toEqual({ code: 0, output: text });
    expect(await run('--report-unused-disable-directives', '--fix-type', 'directive')).toEqual({ code: 0, output: withoutDirective });
  });
});
