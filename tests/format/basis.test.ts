// A message's legal basis is a field of its own (`basis`), not a suffix of its text: each format
// shows it where it shows a basis, and none cuts anything off `message`. A message whose text
// happens to end the way a basis suffix did is printed whole.
import { describe, expect, it } from 'vitest';
import type { FormatterContext, LintResult } from '../../src/results.js';
import checklist from '../../src/format/checklist.js';
import github from '../../src/format/github.js';
import html from '../../src/format/html.js';
import json from '../../src/format/json.js';
import junit from '../../src/format/junit.js';
import sarif from '../../src/format/sarif.js';
import stylish from '../../src/format/stylish.js';

const BASIS = '《法治政府建设与责任落实督察工作规定》';
// The text a rule wrote: it quotes a basis itself, which no format may take for the suffix.
const TEXT = '缺少“存在的不足”部分(依据:《法治政府建设与责任落实督察工作规定》)';

function context(locale: 'zh' | 'en'): FormatterContext {
  return { cwd: '/work', locale, color: false, rulesMeta: { 'require-problems-and-causes': { description: '不足和原因', type: 'checklist', basis: BASIS } } };
}

const result: LintResult = {
  filePath: '/work/r.txt',
  messages: [{ ruleId: 'require-problems-and-causes', messageId: 'missing', severity: 2, message: TEXT, basis: BASIS, line: 2, column: 1 }],
  suppressedMessages: [],
  errorCount: 1,
  fatalErrorCount: 0,
  warningCount: 0,
  fixableErrorCount: 0,
  fixableWarningCount: 0,
  usedDeprecatedRules: [],
  source: '标题\n正文\n',
  checkedRules: ['require-problems-and-causes'],
};

describe('the legal basis in each format', () => {
  it('json: ESLint\'s message plus `basis`, the text untouched', () => {
    const [message] = (JSON.parse(json([result], context('zh'))) as LintResult[])[0]!.messages;
    expect(message).toEqual(result.messages[0]);
  });

  it('the formats that print a finding per line give the message whole, then its basis', () => {
    const zh = `${TEXT}(依据:${BASIS})`;
    expect(stylish([result], context('zh'))).toContain(`  ${zh}  require-problems-and-causes`);
    expect(github([result], context('zh'))).toMatch(new RegExp(`::${escapeRegExp(zh)}$`));
    expect(junit([result], context('zh'))).toContain(`r.txt:2:1: ${zh}</failure>`);
    expect((JSON.parse(sarif([result], context('zh'))) as { runs: Array<{ results: Array<{ message: { text: string } }> }> }).runs[0]!.results[0]!.message.text).toBe(zh);
    expect(html([result], context('zh'))).toContain(`错误 ${zh}`);
    expect(stylish([result], context('en'))).toContain(`  ${TEXT} (basis: ${BASIS})  require-problems-and-causes`);
  });

  it('checklist and the html checklist: the reason alone, the message whole', () => {
    expect(checklist([result], context('zh'))).toMatch(new RegExp(`\\| 第 2 行:${escapeRegExp(TEXT)} \\|`));
    expect(html([result], context('zh'))).toContain(`第 2 行:</a>${TEXT}</td>`);
  });

  it('a message without a basis is printed as it is', () => {
    const plain: LintResult = { ...result, messages: [{ ...result.messages[0]!, basis: undefined }] };
    expect(stylish([plain], context('zh'))).toContain(`  ${TEXT}  require-problems-and-causes`);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
