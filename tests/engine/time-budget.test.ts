// The rules' time budget: a rule that never returns is stopped, named in a fatal message, and
// the other rules' messages and fixes stand; in the fix loop it costs the budget once, not once
// per pass. Budgets are short here; what is measured is a ratio to the budget.
import { describe, expect, it } from 'vitest';
import { verify, verifyAndFix } from '../../src/engine/lint.js';
import type { LoadedRule } from '../../src/rule-api.js';
import { collapseRule, commaRule, lintOptions, resolved, wordRule } from './test-rules.js';

/**
 * A rule that busies itself for 2 s: ten times the budgets below, so it stands for one that
 * never returns, yet a run without a budget ends (and the test fails instead of hanging).
 */
function looping(id: string, where: 'create' | 'visitor' | 'root:exit'): LoadedRule {
  const forever = () => {
    const until = performance.now() + 2000;
    while (performance.now() < until) {
      // spinning, as a rule stuck in a loop does
    }
  };
  return {
    meta: { ...commaRule.meta, id, fixable: false },
    create() {
      if (where === 'create') forever();
      return where === 'visitor' ? { paragraph: forever } : { 'root:exit': forever };
    },
  };
}

describe('a rule that does not return in time', () => {
  it.each(['create', 'visitor', 'root:exit'] as const)('in %s: stopped, reported, and the other rules still report', async (where) => {
    const options = lintOptions('text', [resolved(wordRule('test-word')), resolved(looping('test-loop', where))], { ruleTimeoutMs: 200, locale: 'en' });
    const { messages } = await verify('甲方\n乙方\n', options);
    expect(messages.map((m) => [m.ruleId, m.fatal ?? false])).toEqual([
      ['test-word', false],
      ['test-loop', true],
    ]);
    expect(messages[1]!.message).toBe('Rule test-loop ran longer than 0.2 s on this file; it was stopped and skipped (see --rule-timeout)');
  });

  it('costs the budget once in the fix loop, however many passes the other rules need', async () => {
    const budget = 300;
    const options = lintOptions('text', [resolved(collapseRule), resolved(looping('test-loop', 'root:exit'))], { ruleTimeoutMs: budget });
    const started = performance.now();
    const outcome = await verifyAndFix('AAAAAAAA', options); // AAAAAAAA → BBBB → CC: three passes and a last look
    const elapsed = performance.now() - started;
    expect(outcome.output).toBe('CC');
    expect(outcome.messages.map((m) => m.ruleId)).toEqual(['test-loop']);
    expect(elapsed / budget).toBeLessThan(2);
  });
});
