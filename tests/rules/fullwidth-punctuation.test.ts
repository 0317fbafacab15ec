// fullwidth-punctuation in a text NFKC converted (no full-width form at all) scans only the marks
// NFKC does not make. What it reports there must be what a scan of every mark reports once the
// marks NFKC makes are left out: the ASCII quotes and the full stops.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { verify, type LintOptions } from '../../src/engine/lint.js';
import rule from '../../rules/fullwidth-punctuation.js';

const optionsFor = (checkUniformHalfwidth: boolean): LintOptions => ({
  rules: [{ id: rule.meta.id, rule, severity: 2, options: { checkUniformHalfwidth } }],
  settings: {},
  locale: 'zh',
  format: 'text',
});

const where = (m: { messageId?: string; line: number; column: number; endLine?: number; endColumn?: number }) => `${m.messageId} ${m.line}:${m.column}-${m.endLine}:${m.endColumn}`;

describe('fullwidth-punctuation in a text without full-width forms', () => {
  it('reports the quotes and full stops a scan of every mark reports', async () => {
    // The opening makes the text uniformly half-width (three commas between Han characters).
    const opening = '法治,政府,建设,年度。\n';
    const piece = fc.constantFrom('法', '治', '中文', '一', ',', '.', '...', ';', ':', '?', '!', '(', ')', '"', "'", ' ', '1', '2', 'a', 'B', '。', '“', '”', '\n');
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 40 }), async (pieces) => {
        const text = opening + pieces.join('');
        const lines = text.split('\n');
        const charAt = (line: number, column: number) => lines[line - 1]![column - 1];
        const scanned = (await verify(text, optionsFor(false))).messages;
        const everyMark = (await verify(text, optionsFor(true))).messages;
        const expected = everyMark.filter((m) => m.messageId === 'halfwidth-quotes' || (m.messageId === 'halfwidth' && charAt(m.line, m.column) === '.'));
        expect(scanned.map(where)).toEqual(expected.map(where));
      }),
      { numRuns: 1000 },
    );
  });
});
