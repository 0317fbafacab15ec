// A rule that breaks the rule API (a fix from a rule without meta.fixable, a report with
// neither messageId nor message …): thrown from the context, it stops that rule on that file,
// as ESLint throws, and becomes the rule's fatal message in the run's language.
import type { Locale } from '../rule-api.js';

export class RuleMisuse extends Error {
  /** `textIn(locale)`: what is wrong, in the run's language (a text of src/i18n/ui-text.ts). */
  constructor(readonly textIn: (locale: Locale) => string) {
    super(textIn('en'));
    this.name = 'RuleMisuse';
  }
}
