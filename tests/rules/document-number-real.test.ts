// No false alarm on real, correct 文号: fixtures/document-numbers/real.tsv holds numbers as
// published (with the page or report each was seen in), quoted in the ways reports quote them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { scanDocumentNumbers } from '../../src/data/document-number.js';
import { verify } from '../../src/engine/lint.js';

const rows = readFileSync(new URL('../../fixtures/document-numbers/real.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .map((line) => line.split('\t') as [string, string]);

describe('document-number on real 文号', () => {
  it('has numbers, each with its source', () => {
    expect(rows.length).toBeGreaterThanOrEqual(110);
    for (const [number, source] of rows) expect(source, number).toMatch(/\S{8,}/);
  });

  it('finds every one as a well-formed number', () => {
    for (const [number] of rows) expect(scanDocumentNumbers(`依据${number}文件。`).map((n) => n.fault), number).toEqual([null]);
  });

  it('reports none of them, however a report quotes them', async () => {
    const rule = builtinRules.get('document-number')!;
    const text = rows.map(([number], i) => ['按照《通知》(' + number + ')要求。', `依据 ${number} 文件,`, `落实${number}、`][i % 3]).join('\n') + '\n';
    const { messages } = await verify(text, { rules: [{ id: 'document-number', rule, severity: 2, options: {} }], settings: {}, locale: 'zh', format: 'text' });
    expect(messages).toEqual([]);
  });
});
