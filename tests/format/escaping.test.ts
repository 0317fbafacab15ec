// What a report (or its file name) contains must never break out of a format: HTML markup,
// XML specials and control characters, GitHub's command separators. Also: a formatter given as
// a module path or a package name.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { FormatterContext, LintResult } from '../../src/results.js';
import github, { escapeData, escapeProperty } from '../../src/format/github.js';
import html from '../../src/format/html.js';
import junit from '../../src/format/junit.js';
import { runCli } from '../helpers/cli.js';

const HOSTILE = '<script>alert("x")</script> & <img src=x onerror=alert(1)> 50%,a:b\r\nnext';

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'fazhi-lint-esc-'));
}

const context: FormatterContext = {
  cwd: '/work',
  locale: 'zh',
  color: false,
  rulesMeta: { 'require-title': { description: '标题 <b>', type: 'checklist', basis: '依据' } },
};

function hostileResult(): LintResult {
  const message = { ruleId: 'require-title', messageId: 'missing', severity: 2 as const, message: HOSTILE, line: 1, column: 1 };
  return {
    filePath: '/work/<b>x,y:z</b>.txt',
    messages: [message],
    suppressedMessages: [],
    errorCount: 1,
    fatalErrorCount: 0,
    warningCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    usedDeprecatedRules: [],
    source: `${HOSTILE}\n</pre></td></tr></table><script>alert(2)</script>\u0001`,
    checkedRules: ['require-title'],
  };
}

describe('html escaping', () => {
  it('escapes every string from the report, its messages and its file name', () => {
    const page = html([hostileResult()], context);
    expect(page).not.toMatch(/<script|<img|<b>|onerror=alert\(1\)>/i);
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(page).toContain('&lt;/pre&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;');
    expect(page).toContain('&lt;b&gt;x,y:z&lt;/b&gt;.txt');
  });

  it('a report containing <script> does not carry a script into the page (end to end)', () => {
    const dir = tempDir();
    const file = path.join(dir, '<script>alert(0).txt');
    writeFileSync(path.join(dir, 'report.txt'), `某县2023年法治政府建设年度报告\n\n<script>alert(document.cookie)</script>\n<style>body{display:none}</style>\n`);
    const names = [path.join(dir, 'report.txt')];
    try {
      writeFileSync(file, '<script>alert(1)</script>\n');
      names.push(file);
    } catch {
      // A file system that refuses "<" in names: the report's content is still tested.
    }
    const run = runCli(['--no-config-lookup', '--format', 'html', ...names]);
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toMatch(/<script/i);
    expect(run.stdout.match(/<style>/g)).toHaveLength(1); // ours, in <head>
    expect(run.stdout).toContain('&lt;script&gt;alert(document.cookie)&lt;/script&gt;');
  });
});

describe('github escaping', () => {
  it("escapes data as @actions/core does (%, CR, LF) and properties also (',' and ':')", () => {
    expect(escapeData('50% a\r\nb')).toBe('50%25 a%0D%0Ab');
    expect(escapeProperty('a,b:c%\n')).toBe('a%2Cb%3Ac%25%0A');
  });

  it('keeps one command per line whatever the message and file name hold', () => {
    const out = github([hostileResult()], context);
    expect(out.split('\n')).toHaveLength(1);
    expect(out).toMatch(/^::error file=<b>x%2Cy%3Az<\/b>\.txt,line=1,col=1,title=require-title::/);
    expect(out).toContain('50%25,a:b%0D%0Anext'); // in the message, only %, CR and LF are escaped
  });
});

describe('junit escaping', () => {
  it('stays well-formed XML with markup, quotes and control characters in messages', () => {
    const result = hostileResult();
    result.messages[0]!.message += '\u0000\u001b\ud800';
    const xml = junit([result], context);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
    expect(doc.testsuites.testsuite.name).toBe('<b>x,y:z</b>.txt');
    expect(doc.testsuites.testsuite.testcase.failure.message).toContain('<script>alert("x")</script>');
  });
});

describe('formatters from a module path or a package', () => {
  it('loads a formatter file given as a path', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'count.mjs'), 'export default (results, context) => `files=${results.length} locale=${context.locale}`;\n');
    writeFileSync(path.join(dir, 'r.txt'), '某县2023年法治政府建设年度报告\n');
    const run = runCli(['--no-config-lookup', '--format', './count.mjs', 'r.txt'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('files=1 locale=zh');
  });

  it("loads a formatter package from the linted project's node_modules", () => {
    const dir = tempDir();
    const pkg = path.join(dir, 'node_modules', 'fazhi-formatter-count');
    mkdirSync(pkg, { recursive: true });
    writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ name: 'fazhi-formatter-count', type: 'module', main: 'index.js' }));
    writeFileSync(path.join(pkg, 'index.js'), 'export default (results) => `errors=${results.reduce((n, r) => n + r.errorCount, 0)}`;\n');
    writeFileSync(path.join(dir, 'r.txt'), '2023年,我县……\n');
    const run = runCli(['--no-config-lookup', '--format', 'fazhi-formatter-count', 'r.txt'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toMatch(/^errors=[1-9]\d*$/);
  });

  it('names an unknown format clearly (exit 2, no stack trace)', () => {
    const run = runCli(['--no-config-lookup', '--format', 'no-such-format-xyz', 'fixtures/real']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no-such-format-xyz');
    expect(run.stderr).toContain('checklist');
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
  });
});
