// A rule that breaks the rule API (a fix from a rule without meta.fixable, a report with
// neither messageId nor message …): thrown from the context, it stops that rule on that file,
// as ESLint throws, and becomes the rule's fatal message in the run's language.
import type { LocalizedText } from '../rule-api.js';

export class RuleMisuse extends Error {
  constructor(readonly text: LocalizedText) {
    super(text.en);
    this.name = 'RuleMisuse';
  }
}
