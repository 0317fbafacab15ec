// Every output format over the real reports, end to end through the compiled CLI: a snapshot
// of each, plus structural checks that do not depend on the rules' wording (SARIF validates
// against the 2.1.0 schema, JUnit is well-formed XML with a case per file and rule, GitHub
// commands are well formed, the checklist and HTML carry the outline's facts).
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const require = createRequire(import.meta.url);
const REAL_DIR = 'fixtures/real';
const REAL = readdirSync(path.join(ROOT, REAL_DIR))
  .filter((f) => f.endsWith('.txt') || f.endsWith('.md'))
  .sort()
  .map((f) => `${REAL_DIR}/${f}`);
const CHECKLIST_RULES = ['require-title', 'require-achievements', 'require-problems-and-causes', 'require-responsible-person', 'require-next-year-plan', 'require-three-systems'];

interface JsonResult {
  filePath: string;
  messages: Array<{ ruleId: string | null; messageId?: string; severity: number; message: string; line: number; column: number; endLine?: number; endColumn?: number }>;
  errorCount: number;
  warningCount: number;
}

// The rule set is pinned to the checklist rules (one as a warning), so snapshots change with
// those rules' findings only, not with every new quality rule.
const CONFIG = ['--config', 'tests/format/checklist-rules.json'];

function run(format: string, extra: string[] = []) {
  return runCli([...CONFIG, '--format', format, ...extra, ...REAL]);
}

/** The plain results, to check each format against. */
const results: JsonResult[] = JSON.parse(run('json').stdout);
const outlines: Array<{ filePath: string; outline: { title: { text: string } | null; year: number | null; issuer: string | null; date: { text: string } | null } }> =
  JSON.parse(runCli([...CONFIG, '--print-outline', ...REAL]).stdout);

function expectValidSarif(log: unknown): void {
  // The schema is OASIS's SARIF 2.1.0 (rtm.5, draft-04), as shipped in the npm package
  // @microsoft/jest-sarif@1.0.0-beta.0 (lib/schemas/sarif-2.1.0-rtm.5.json, MIT).
  const schema = JSON.parse(readFileSync(path.join(ROOT, 'tests/format/sarif-schema-2.1.0.json'), 'utf8'));
  const Ajv04 = require('ajv-draft-04');
  const addFormats = require('ajv-formats');
  // unicodeRegExp off: the schema's `language` pattern has a stray "]" a /u regexp rejects.
  const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
}

describe('formats over the real reports', () => {
  it('has real reports with findings to format', () => {
    expect(REAL.length).toBeGreaterThanOrEqual(3);
    expect(results.some((r) => r.messages.length > 0)).toBe(true);
  });

  it('checklist: a table per report with the outline facts and a row per checklist rule', () => {
    const out = run('checklist');
    expect(out.stderr).toBe('');
    expect(out.stdout).toMatchSnapshot();
    const blocks = out.stdout.split(/^## /m).slice(1);
    expect(blocks).toHaveLength(REAL.length);
    blocks.forEach((block, i) => {
      expect(block.startsWith(REAL[i]!)).toBe(true);
      const { outline } = outlines[i]!;
      if (outline.title) expect(block).toContain(outline.title.text);
      if (outline.issuer) expect(block).toContain(outline.issuer);
      if (outline.year) expect(block).toContain(String(outline.year));
      if (outline.date) expect(block).toContain(outline.date.text);
      const rows = block.split('\n').filter((l) => /^\| [✓⚠✗–]/.test(l));
      expect(rows).toHaveLength(CHECKLIST_RULES.length);
      // ✗ exactly where a "missing" message was reported, ⚠ where only weak ones were.
      const messages = results[i]!.messages;
      const missing = CHECKLIST_RULES.filter((id) => messages.some((m) => m.ruleId === id && m.messageId === 'missing'));
      const weak = CHECKLIST_RULES.filter((id) => !missing.includes(id) && messages.some((m) => m.ruleId === id));
      expect(rows.filter((r) => r.startsWith('| ✗')).length).toBe(missing.length);
      expect(rows.filter((r) => r.startsWith('| ⚠')).length).toBe(weak.length);
      expect(block).toContain(`结论:${missing.length} 项缺失,${weak.length} 项不足`);
    });
  });

  it('checklist in English under --locale en', () => {
    const out = run('checklist', ['--locale', 'en']);
    expect(out.stdout).toContain('| Status');
    expect(out.stdout).toMatch(/Verdict: \d+ missing, \d+ weak/);
    expect(out.stdout).not.toMatch(/结论/);
  });

  it('summary: totals and, per rule, how many reports fail it, most first', () => {
    const out = run('summary');
    expect(out.stdout).toMatchSnapshot();
    const failing = results.filter((r) => r.errorCount > 0).length;
    expect(out.stdout).toContain(`共检查 ${REAL.length} 份报告:${failing} 份有错误`);
    const perRule = new Map<string, number>();
    for (const r of results) for (const id of new Set(r.messages.map((m) => m.ruleId!))) perRule.set(id, (perRule.get(id) ?? 0) + 1);
    const ruleLines = out.stdout.split('\n').filter((l) => /^ {2}[\w-]+ +\d+ 份/.test(l));
    expect(ruleLines).toHaveLength(perRule.size);
    const counts = ruleLines.map((l) => Number(/(\d+) 份/.exec(l)![1]));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    for (const line of ruleLines) {
      const id = line.trim().split(/\s+/)[0]!;
      expect(Number(/(\d+) 份/.exec(line)![1])).toBe(perRule.get(id));
    }
    // The worst report is listed first.
    const worst = [...results].sort((a, b) => b.errorCount - a.errorCount)[0]!;
    const worstSection = out.stdout.split('问题最多的报告:')[1]!;
    expect(worstSection.trim().split('\n')[0]).toContain(path.relative(ROOT, worst.filePath));
    // Each listed report is named by its issuer and year, as the outline read them.
    for (const r of results.filter((x) => x.errorCount + x.warningCount > 0)) {
      const line = worstSection.split('\n').find((l) => l.includes(path.relative(ROOT, r.filePath)))!;
      const { outline } = outlines.find((o) => o.filePath === r.filePath)!;
      expect(line).toContain(`${outline.issuer} ${outline.year}年度`);
    }
  });

  it('sarif: valid SARIF 2.1.0 with rule metadata and a located result per message', async () => {
    const out = run('sarif');
    expect(out.stderr).toBe('');
    const log = JSON.parse(out.stdout);
    expectValidSarif(log);

    const run0 = log.runs[0];
    expect(run0.tool.driver.name).toBe('fazhi-lint');
    expect(run0.tool.driver.version).toMatch(/^\d+\.\d+\.\d+/);
    const ruleIds = run0.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ruleIds).toEqual(expect.arrayContaining(CHECKLIST_RULES));
    for (const rule of run0.tool.driver.rules) {
      expect(rule.shortDescription.text.length).toBeGreaterThan(0);
      expect(rule.help.text).toContain(`docs/rules/${rule.id}.md`);
    }
    const all = results.flatMap((r) => r.messages.map((m) => ({ ...m, file: path.relative(ROOT, r.filePath) })));
    expect(run0.results).toHaveLength(all.length);
    run0.results.forEach((res: any, i: number) => {
      const m = all[i]!;
      expect(res.ruleId).toBe(m.ruleId);
      expect(ruleIds[res.ruleIndex]).toBe(m.ruleId);
      expect(res.level).toBe(m.severity === 2 ? 'error' : 'warning');
      const loc = res.locations[0].physicalLocation;
      expect(decodeURIComponent(loc.artifactLocation.uri)).toBe(m.file);
      expect(loc.region.startLine).toBe(m.line);
      expect(loc.region.startColumn).toBe(m.column);
    });
    expect(out.stdout.replace(/"version": "\d+\.\d+\.\d+[^"]*"/g, '"version": "X"').replace(/"semanticVersion": "[^"]*"/, '"semanticVersion": "X"')).toMatchSnapshot();
  });

  it('sarif: a file that cannot be read is a tool notification, and the log stays valid', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fazhi-lint-sarif-'));
    const empty = path.join(dir, '空报告.txt');
    writeFileSync(empty, '');
    const out = runCli([...CONFIG, '--format', 'sarif', REAL[0]!, empty]);
    const log = JSON.parse(out.stdout);
    expectValidSarif(log);
    const notes = log.runs[0].invocations[0].toolExecutionNotifications;
    expect(notes).toHaveLength(1);
    expect(notes[0].locations[0].physicalLocation.artifactLocation.uri).toBe(pathToFileURL(empty).href);
    expect(log.runs[0].results.every((r: { ruleId: string }) => typeof r.ruleId === 'string')).toBe(true);
  });

  it('github: one well-formed workflow command per message', () => {
    const out = run('github');
    expect(out.stdout).toMatchSnapshot();
    const lines = out.stdout.trim().split('\n');
    const count = results.reduce((n, r) => n + r.messages.length, 0);
    expect(lines).toHaveLength(count);
    for (const line of lines) {
      expect(line).toMatch(/^::(error|warning) file=[^,:]+,line=\d+,col=\d+(,endLine=\d+)?(,endColumn=\d+)?,title=[^,:]+::[^\r\n]+$/);
    }
    expect(lines.filter((l) => l.startsWith('::error')).length).toBe(results.reduce((n, r) => n + r.errorCount, 0));
  });

  it('junit: well-formed XML, a test case per file and rule, failures for messages', () => {
    const out = run('junit');
    expect(out.stdout).toMatchSnapshot();
    expect(XMLValidator.validate(out.stdout)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase', 'failure'].includes(name) }).parse(out.stdout);
    const suites = doc.testsuites.testsuite;
    expect(suites).toHaveLength(REAL.length);
    suites.forEach((suite: any, i: number) => {
      expect(suite.name).toBe(REAL[i]);
      expect(suite.testcase.map((c: any) => c.name)).toEqual(CHECKLIST_RULES);
      const failedRules = new Set(results[i]!.messages.map((m) => m.ruleId));
      expect(Number(suite.failures)).toBe(failedRules.size);
      for (const c of suite.testcase) expect(Boolean(c.failure)).toBe(failedRules.has(c.name));
    });
    const failures = results.reduce((n, r) => n + new Set(r.messages.map((m) => m.ruleId)).size, 0);
    expect(Number(doc.testsuites.failures)).toBe(failures);
  });

  it('html: one self-contained page with each report checklist and its text, findings marked', async () => {
    const out = run('html');
    expect(out.stderr).toBe('');
    await expect(out.stdout).toMatchFileSnapshot('./__snapshots__/real-reports.html');
    expect(out.stdout).not.toMatch(/<script|<link|\bsrc=|@import|url\(|href="(?!#)/i);
    expect(out.stdout).toContain("default-src 'none'");
    for (const [i, file] of REAL.entries()) {
      expect(out.stdout).toContain(`<h2>${file}</h2>`);
      const section = out.stdout.split(`<section id="r${i + 1}">`)[1]!.split('</section>')[0]!;
      // The whole text is there, clean report or not: as many text rows as lines.
      const lines = readFileSync(path.join(ROOT, file), 'utf8').split(/\r\n|\r|\n/).length;
      expect(section.match(/<td class="ln">/g)).toHaveLength(lines);
      for (const m of results[i]!.messages) expect(section).toMatch(new RegExp(`<tr id="r${i + 1}-L${m.line}" class="[^"]*hit`));
    }
  });
});

describe('--output-file', () => {
  it.each(['stylish', 'json', 'checklist', 'summary', 'sarif', 'github', 'junit', 'html'])('writes %s to the file, nothing to stdout', (format) => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'fazhi-lint-out-')), `out.${format}`);
    const plain = run(format);
    const written = run(format, ['--output-file', file]);
    expect(written.stdout).toBe('');
    expect(written.code).toBe(plain.code);
    expect(readFileSync(file, 'utf8').trimEnd()).toBe(plain.stdout.trimEnd());
  });
});
