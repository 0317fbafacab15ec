// A report's fix in either shape, ours ({ range, text }) or ESLint's (a function of a fixer,
// returning one fix or several), made into one checked Fix over the rule's source text.
import type { Nodes } from 'mdast';
import type { Fix, FixFunction, RuleFixer } from '../rule-api.js';
import { uiText } from '../i18n/ui-text.js';
import { RuleMisuse } from './rule-misuse.js';

/** A node's [start, end) offsets in the source, from its position. */
export function rangeOf(node: Nodes): [number, number] {
  const start = node?.position?.start.offset;
  const end = node?.position?.end.offset;
  if (start === undefined || end === undefined) {
    throw new RuleMisuse((locale) => uiText(locale, 'misuse.noPosition', { type: String(node?.type) }));
  }
  return [start, end];
}

const fixer: RuleFixer = {
  insertTextAfter: (node, text) => fixer.insertTextAfterRange(rangeOf(node), text),
  insertTextAfterRange: (range, text) => ({ range: [range[1], range[1]], text }),
  insertTextBefore: (node, text) => fixer.insertTextBeforeRange(rangeOf(node), text),
  insertTextBeforeRange: (range, text) => ({ range: [range[0], range[0]], text }),
  remove: (node) => fixer.removeRange(rangeOf(node)),
  removeRange: (range) => ({ range: [range[0], range[1]], text: '' }),
  replaceText: (node, text) => fixer.replaceTextRange(rangeOf(node), text),
  replaceTextRange: (range, text) => ({ range: [range[0], range[1]], text }),
};

function checked(fix: unknown, sourceLength: number): Fix {
  const { range, text } = (fix ?? {}) as Partial<Fix>;
  const bounded = Array.isArray(range) && range.length === 2 && range.every(Number.isInteger) && 0 <= range[0] && range[0] <= range[1] && range[1] <= sourceLength;
  if (!bounded || typeof text !== 'string') {
    const shown = JSON.stringify(fix) ?? String(fix);
    throw new RuleMisuse((locale) => uiText(locale, 'misuse.badFix', { fix: shown, length: sourceLength }));
  }
  return fix as Fix;
}

/** Several fixes of one report become one, the text between them kept, as ESLint merges them. */
function merged(fixes: Fix[], source: string): Fix | null {
  if (fixes.length <= 1) return fixes[0] ?? null;
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const start = sorted[0]!.range[0];
  let text = '';
  let cursor = start;
  for (const fix of sorted) {
    if (fix.range[0] < cursor) {
      throw new RuleMisuse((locale) => uiText(locale, 'misuse.overlappingFixes'));
    }
    text += source.slice(cursor, fix.range[0]) + fix.text;
    cursor = fix.range[1];
  }
  return { range: [start, cursor], text };
}

/** The one fix a report carries, or null; throws RuleMisuse for a fix that is not one. */
export function fixOf(fix: Fix | FixFunction | null | undefined, source: string): Fix | null {
  if (fix === null || fix === undefined) return null;
  if (typeof fix !== 'function') return checked(fix, source.length);
  const made = fix(fixer);
  if (made === null || made === undefined) return null;
  const list = typeof made === 'object' && Symbol.iterator in made ? [...made] : [made];
  return merged(list.map((one) => checked(one, source.length)), source);
}
