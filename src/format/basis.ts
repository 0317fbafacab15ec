// A message as the line-per-finding formats print it (stylish, github, junit, sarif, the html
// report's text): the message, then its legal basis, which travels as its own field.
import type { LintMessage } from '../results.js';
import { uiText } from '../i18n/ui-text.js';

export function withBasis(message: LintMessage, locale: 'zh' | 'en'): string {
  if (!message.basis) return message.message;
  return uiText(locale, 'format.withBasis', { message: message.message, basis: message.basis });
}
