// Filling {{name}} placeholders: rules' message templates (src/engine/messages.ts) and the
// tool's own texts (src/i18n/ui-text.ts) alike.

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
