// A .docx or .html is linted as its paragraphs, one a line: the reviewer formats name a
// position there as a paragraph, as stylish does, and a text file's as a line.
import { describe, expect, it } from 'vitest';
import { toResult } from '../../src/engine/lint-file.js';
import checklist from '../../src/format/checklist.js';
import html from '../../src/format/html.js';
import type { FormatterContext, LintResult } from '../../src/results.js';

const context = (locale: 'zh' | 'en'): FormatterContext => ({
  cwd: '/work',
  locale,
  color: false,
  rulesMeta: { 'require-title': { description: '标题', type: 'checklist' } },
});

function result(filePath: string, locationUnit?: 'paragraph'): LintResult {
  const missing = { ruleId: 'require-title', messageId: 'missing', severity: 2 as const, message: '缺少标题', line: 3, column: 1 };
  return toResult(filePath, [missing], { source: '一\n二\n三', ...(locationUnit ? { locationUnit } : {}) });
}

describe('positions in the reviewer formats', () => {
  it.each([
    ['checklist', checklist],
    ['html', html],
  ])('%s: paragraph N for a Word document, line N for a text file', (_, format) => {
    const word = format([result('/work/报告.docx', 'paragraph')], context('zh'));
    expect(word).toContain('第 3 段:');
    expect(word).not.toContain('第 3 行');
    expect(format([result('/work/报告.txt')], context('zh'))).toContain('第 3 行:');
    expect(format([result('/work/report.docx', 'paragraph')], context('en'))).toContain('paragraph 3: ');
  });
});
