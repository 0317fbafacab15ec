// The docs pages are generated from the rules; this keeps them from going stale.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { renderRulePage } from '../src/docs/rule-page.js';
import type { RuleExamples } from '../src/rule-api.js';

const examples = import.meta.glob<{ default: RuleExamples }>('../rules/*.examples.ts', { eager: true });

describe('docs/rules pages are up to date (run `npm run docs`)', () => {
  for (const [id, rule] of builtinRules) {
    it(id, () => {
      const page = readFileSync(new URL(`../docs/rules/${id}.md`, import.meta.url), 'utf8');
      expect(page).toBe(renderRulePage(rule, examples[`../rules/${id}.examples.ts`]!.default) + '\n');
    });
  }
});
