// ESLint's RuleTester idea: a rule's valid/invalid examples (beside the rule, also its docs)
// are run as tests. A fix example must change the text, and the fix must be stable.
import { expect, it, describe } from 'vitest';
import type { RuleExamples, LoadedRule } from '../../src/rule-api.js';
import { applyFixes, verify, type LintOptions } from '../../src/engine/lint.js';

function optionsFor(rule: LoadedRule, example: { ext?: string; options?: Record<string, unknown>; settings?: Record<string, unknown> }): LintOptions {
  const defaults = Object.fromEntries(
    Object.entries(rule.meta.schema?.properties ?? {})
      .filter(([, p]) => p.default !== undefined)
      .map(([name, p]) => [name, p.default]),
  );
  return {
    rules: [{ id: rule.meta.id, rule, severity: 2, options: { ...defaults, ...example.options } }],
    settings: example.settings ?? {},
    locale: 'zh',
    format: example.ext === '.md' ? 'markdown' : 'text',
  };
}

export function runRuleExamples(rule: LoadedRule, examples: RuleExamples): void {
  describe(rule.meta.id, () => {
    it('has at least one valid and one invalid example', () => {
      expect(examples.valid.length).toBeGreaterThan(0);
      expect(examples.invalid.length).toBeGreaterThan(0);
    });

    for (const example of examples.valid) {
      it(`valid: ${example.name}`, async () => {
        const { messages } = await verify(example.text, optionsFor(rule, example));
        expect(messages.map((m) => `${m.line}:${m.column} ${m.messageId} ${m.message}`)).toEqual([]);
      });
    }

    for (const example of examples.invalid) {
      it(`invalid: ${example.name}`, async () => {
        const options = optionsFor(rule, example);
        const { messages } = await verify(example.text, options);
        expect(messages.filter((m) => m.fatal)).toEqual([]);
        expect(messages.map((m) => m.messageId)).toEqual(example.errors.map((e) => e.messageId));
        example.errors.forEach((error, i) => {
          if (error.line !== undefined) expect(messages[i]!.line, `line of error ${i}`).toBe(error.line);
          if (error.column !== undefined) expect(messages[i]!.column, `column of error ${i}`).toBe(error.column);
          expect(messages[i]!.message).not.toMatch(/\{\{/);
        });
        if (example.output !== undefined) {
          const fixes = messages.filter((m) => m.fix).map((m) => m.fix!);
          const { output } = applyFixes(example.text, fixes);
          expect(output, 'a fix example must change the text').not.toBe(example.text);
          expect(output).toBe(example.output);
        } else {
          expect(messages.filter((m) => m.fix), 'fixes without an expected output').toEqual([]);
        }
      });
    }
  });
}
