// Filling a rule's message template for the chosen locale.
import type { LocalizedText, Locale, LoadedRuleMeta } from '../rule-api.js';

// Templates are few and messages many: each template is split once, into
// [text, placeholder, name, text, placeholder, name, …, text].
const PLACEHOLDER = /(\{\{\s*(\w+)\s*\}\})/;
const splitTemplates = new Map<string, string[]>();

export function interpolate(template: string, data: Record<string, unknown> | undefined): string {
  if (!data) return template;
  let parts = splitTemplates.get(template);
  if (!parts) splitTemplates.set(template, (parts = template.split(PLACEHOLDER)));
  let text = parts[0]!;
  for (let i = 1; i < parts.length; i += 3) {
    const name = parts[i + 1]!;
    // A name the data lacks stays as written.
    text += (name in data ? String(data[name]) : parts[i]!) + parts[i + 2]!;
  }
  return text;
}

export function localized(text: LocalizedText, locale: Locale): string {
  return text[locale] ?? text.zh;
}

/** The message a reader sees: the rule's text, then its legal basis when it has one. */
export function formatMessage(
  meta: LoadedRuleMeta,
  messageId: string,
  data: Record<string, unknown> | undefined,
  locale: Locale,
): string {
  const template = meta.messages[messageId];
  if (!template) throw new Error(`rule ${meta.id} reported unknown messageId "${messageId}"`);
  const text = interpolate(localized(template, locale), data);
  const basis = meta.docs.basis;
  if (!basis) return text;
  return locale === 'zh' ? `${text}(依据:${basis.zh})` : `${text} (basis: ${basis.en})`;
}
