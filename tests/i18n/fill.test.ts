// Message templates: {{name}} filled from the report's data, a missing name left as written,
// whatever else the template holds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { interpolate } from '../../src/i18n/fill.js';

/** What interpolate must do, written the obvious way. */
const reference = (template: string, data: Record<string, string | number>) =>
  template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));

describe('interpolate', () => {
  it('fills names, keeps unknown placeholders and text as written', () => {
    expect(interpolate('{{ found }}已被{{replacement}}取代({{year}}年)', { found: '《信访条例》', replacement: '《信访工作条例》', year: 2024 })).toBe(
      '《信访条例》已被《信访工作条例》取代(2024年)',
    );
    expect(interpolate('缺少{{ absent }}', {})).toBe('缺少{{ absent }}');
    expect(interpolate('{{a}}{{a}}', { a: '$&' })).toBe('$&$&');
    expect(interpolate('{{a}}', undefined)).toBe('{{a}}');
  });

  it('agrees with a regular-expression replace on any template', () => {
    const piece = fc.constantFrom('{{', '}}', '{', '}', ' ', 'name', 'year', 'x', '年', '$&', '{{name}}', '{{ year }}');
    const template = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));
    const data = fc.dictionary(fc.constantFrom('name', 'year', 'other'), fc.oneof(fc.string(), fc.integer()));
    fc.assert(
      fc.property(template, data, (t, d) => {
        expect(interpolate(t, d)).toBe(reference(t, d));
        // A second call is served from the split cache and must agree too.
        expect(interpolate(t, d)).toBe(reference(t, d));
      }),
      { numRuns: 2000 },
    );
  });
});
