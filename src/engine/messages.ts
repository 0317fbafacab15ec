// Filling a rule's message template for the chosen locale.
import type { LocalizedText, Locale, RuleMeta } from '../rule-api.js';

export function interpolate(template: string, data: Record<string, string | number> | undefined): string {
  if (!data) return template;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in data ? String(data[name]) : whole,
  );
}

export function localized(text: LocalizedText, locale: Locale): string {
  return text[locale] ?? text.zh;
}

/** The message a reader sees: the rule's text, then its legal basis when it has one. */
export function formatMessage(
  meta: RuleMeta,
  messageId: string,
  data: Record<string, string | number> | undefined,
  locale: Locale,
): string {
  const template = meta.messages[messageId];
  if (!template) throw new Error(`rule ${meta.id} reported unknown messageId "${messageId}"`);
  const text = interpolate(localized(template, locale), data);
  const basis = meta.docs.basis;
  if (!basis) return text;
  return locale === 'zh' ? `${text}(依据:${basis.zh})` : `${text} (basis: ${basis.en})`;
}
