// Runs every built-in rule's examples: the examples are both the docs and the tests.
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import type { RuleExamples } from '../../src/rule-api.js';
import { runRuleExamples } from '../helpers/rule-tester.js';

const modules = import.meta.glob<{ default: RuleExamples }>('../../rules/*.examples.ts', { eager: true });

describe('every rule has examples and complete meta', () => {
  for (const [id, rule] of builtinRules) {
    it(id, () => {
      expect(modules[`../../rules/${id}.examples.ts`], `rules/${id}.examples.ts`).toBeDefined();
      expect(rule.meta.id).toBe(id);
      expect(rule.meta.docs.description.zh).not.toBe('');
      expect(rule.meta.docs.description.en).not.toBe('');
      for (const text of Object.values(rule.meta.messages)) {
        expect(text.zh).not.toBe('');
        expect(text.en).not.toBe('');
      }
    });
  }
});

for (const [id, rule] of builtinRules) {
  const examples = modules[`../../rules/${id}.examples.ts`]?.default;
  if (examples) runRuleExamples(rule, examples);
}
