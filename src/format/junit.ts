// JUnit XML for CI dashboards (GitLab, Jenkins): a test suite per file, a test case per rule
// run on it. A rule's messages make its case a <failure>; a file that could not be read, or a
// rule that crashed, makes an <error>.
import type { Formatter, FormatterContext, LintMessage, LintResult } from '../results.js';
import { withBasis } from './basis.js';
import { escapeXml } from '../xml.js';
import { displayPath } from './checklist.js';

interface Case {
  name: string;
  messages: LintMessage[];
}

function casesOf(result: LintResult): Case[] {
  const names = [...(result.checkedRules ?? [])];
  for (const m of result.messages) {
    const name = m.ruleId ?? 'fazhi-lint';
    if (!names.includes(name)) names.push(name);
  }
  return names.map((name) => ({ name, messages: result.messages.filter((m) => (m.ruleId ?? 'fazhi-lint') === name) }));
}

function testcase(file: string, c: Case, locale: FormatterContext['locale']): string {
  const open = `    <testcase classname="${escapeXml(file)}" name="${escapeXml(c.name)}" time="0">`;
  if (c.messages.length === 0) return `${open}</testcase>`;
  const fatal = c.messages.some((m) => m.fatal);
  const element = fatal ? 'error' : 'failure';
  const type = fatal || c.messages.some((m) => m.severity === 2) ? 'error' : 'warning';
  const body = c.messages.map((m) => `${file}:${m.line}:${m.column}: ${withBasis(m, locale)}`).join('\n');
  return `${open}\n      <${element} message="${escapeXml(withBasis(c.messages[0]!, locale))}" type="${type}">${escapeXml(body)}</${element}>\n    </testcase>`;
}

const junit: Formatter = (results, context) => {
  let tests = 0;
  let failures = 0;
  let errors = 0;
  const suites = results.map((result) => {
    const file = displayPath(result.filePath, context.cwd);
    const cases = casesOf(result);
    const suiteErrors = cases.filter((c) => c.messages.some((m) => m.fatal)).length;
    const suiteFailures = cases.filter((c) => c.messages.length > 0).length - suiteErrors;
    tests += cases.length;
    failures += suiteFailures;
    errors += suiteErrors;
    return [
      `  <testsuite name="${escapeXml(file)}" tests="${cases.length}" failures="${suiteFailures}" errors="${suiteErrors}" skipped="0" time="0">`,
      ...cases.map((c) => testcase(file, c, context.locale)),
      '  </testsuite>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="fazhi-lint" tests="${tests}" failures="${failures}" errors="${errors}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};

export default junit;
