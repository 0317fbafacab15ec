// Filling a rule's message template for the chosen locale.
import type { LegalBasis, LocalizedText, Locale, LoadedRuleMeta, RuleText } from '../rule-api.js';
import { interpolate } from '../i18n/fill.js';
import { uiText } from '../i18n/ui-text.js';
import { RuleMisuse } from './rule-misuse.js';

export function localized(text: LocalizedText, locale: Locale): string {
  return text[locale] ?? text.zh;
}

/** A rule's message for the chosen locale, its placeholders filled. Its legal basis is a field of its own (basisText). */
export function formatMessage(
  meta: LoadedRuleMeta,
  messageId: string,
  data: Record<string, unknown> | undefined,
  locale: Locale,
): string {
  const template = meta.messages[messageId];
  if (!template) {
    throw new RuleMisuse((locale) => uiText(locale, 'misuse.unknownMessageId', { messageId }));
  }
  return interpolate(localized(template, locale), data);
}

/** A legal basis in the chosen locale: ESLint-style plain text is the same in every locale. */
export function basisText(basis: RuleText | LegalBasis | undefined, locale: Locale): string | undefined {
  return typeof basis === 'string' ? basis : basis && localized(basis, locale);
}
