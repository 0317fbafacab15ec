// nodeText reads a block of one text node directly: it must give what mdast-util-to-string
// gives for every block, one text node or not.
import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { nodeText } from '../../src/rule-utils/text-runs.js';

describe('nodeText', () => {
  it('gives the text mdast-util-to-string gives, without HTML or image descriptions', () => {
    const value = fc.constantFrom('', '法治', ' 政府 ', '<b>', '2023年');
    const { block } = fc.letrec((tie) => ({
      leaf: fc.oneof(
        value.map((v) => ({ type: 'text', value: v })),
        value.map((v) => ({ type: 'html', value: v })),
        value.map((v) => ({ type: 'inlineCode', value: v })),
        value.map((alt) => ({ type: 'image', url: 'a.png', alt })),
      ),
      inline: fc.oneof({ depthSize: 'small' }, tie('leaf'), fc.array(tie('inline'), { maxLength: 3 }).map((children) => ({ type: 'emphasis', children }))),
      block: fc.oneof(
        fc.array(tie('inline'), { maxLength: 3 }).map((children) => ({ type: 'paragraph', children })),
        fc.array(tie('inline'), { maxLength: 3 }).map((children) => ({ type: 'heading', depth: 2, children })),
        tie('leaf'),
      ),
    }));
    fc.assert(
      fc.property(block, (node) => {
        expect(nodeText(node as Nodes)).toBe(toString(node as Nodes, { includeHtml: false, includeImageAlt: false }));
      }),
      { numRuns: 3000 },
    );
  });
});
