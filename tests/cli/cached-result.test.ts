// A cached result is used only when well formed: the areas a rule checked (checkedItems) and a
// message's item too, since the reviewer's matrix reads them.
import { describe, expect, it } from 'vitest';
import { isCachedResult } from '../../src/api/cached-result.js';
import type { LintResult } from '../../src/results.js';

function result(extra: Partial<LintResult> = {}, item: unknown = 'administrative-reconsideration'): unknown {
  return {
    filePath: '/r.txt',
    messages: [{ ruleId: 'require-topics', messageId: 'missing', severity: 2, message: '报告没有写到“行政复议”方面的工作', line: 1, column: 1, item }],
    suppressedMessages: [],
    usedDeprecatedRules: [],
    errorCount: 1,
    fatalErrorCount: 0,
    warningCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    checkedRules: ['require-topics'],
    checkedItems: { 'require-topics': [{ id: 'administrative-reconsideration', name: '行政复议' }] },
    ...extra,
  };
}

describe('a cached result with checked items', () => {
  it('is used when its items and message items are well formed', () => {
    expect(isCachedResult(result(), '/r.txt')).toBe(true);
  });

  it('is dropped when they are not', () => {
    expect(isCachedResult(result({ checkedItems: { 'require-topics': [null] } as never }), '/r.txt')).toBe(false);
    expect(isCachedResult(result({ checkedItems: { 'require-topics': [{ id: 'x' }] } as never }), '/r.txt')).toBe(false);
    expect(isCachedResult(result({ checkedItems: [] as never }), '/r.txt')).toBe(false);
    expect(isCachedResult(result({}, 5), '/r.txt')).toBe(false);
  });
});

describe('a cached message\'s legal basis', () => {
  const withBasis = (basis: unknown) => {
    const cached = result() as LintResult;
    return { ...cached, messages: [{ ...cached.messages[0]!, basis }] };
  };

  it('is a string, or the result is dropped', () => {
    expect(isCachedResult(withBasis('《法治政府建设实施纲要(2021—2025年)》'), '/r.txt')).toBe(true);
    expect(isCachedResult(withBasis(['纲要']), '/r.txt')).toBe(false);
  });
});
