// Filling a rule's message template for the chosen locale.
import type { LegalBasis, LocalizedText, Locale, LoadedRuleMeta, RuleText } from '../rule-api.js';
import { RuleMisuse } from './rule-misuse.js';

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

/** A rule's message for the chosen locale, its placeholders filled. Its legal basis is a field of its own (basisText). */
export function formatMessage(
  meta: LoadedRuleMeta,
  messageId: string,
  data: Record<string, unknown> | undefined,
  locale: Locale,
): string {
  const template = meta.messages[messageId];
  if (!template) {
    throw new RuleMisuse({ zh: `报告的 messageId "${messageId}" 不在 meta.messages 中`, en: `reported the messageId "${messageId}", which meta.messages does not hold` });
  }
  return interpolate(localized(template, locale), data);
}

/** A legal basis in the chosen locale: ESLint-style plain text is the same in every locale. */
export function basisText(basis: RuleText | LegalBasis | undefined, locale: Locale): string | undefined {
  return typeof basis === 'string' ? basis : basis && localized(basis, locale);
}
