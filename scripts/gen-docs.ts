// Writes docs/rules/<id>.md from each rule's meta and examples (`npm run docs`).
// tests/docs.test.ts fails when a page is out of date.
import { mkdirSync, writeFileSync } from 'node:fs';
import { builtinRules } from '../rules/index.js';
import { renderRulePage } from '../src/docs/rule-page.js';
import type { RuleExamples } from '../src/rule-api.js';

const docsDir = new URL('../../docs/rules/', import.meta.url);
mkdirSync(docsDir, { recursive: true });
for (const [id, rule] of builtinRules) {
  const examples = ((await import(`../rules/${id}.examples.js`)) as { default: RuleExamples }).default;
  writeFileSync(new URL(`${id}.md`, docsDir), renderRulePage(rule, examples) + '\n');
  console.log(`docs/rules/${id}.md`);
}
