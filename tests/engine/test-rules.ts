// Test-only rules for the engine's directive and fix tests: small, predictable reporters.
import type { Paragraph } from 'mdast';
import type { ResolvedRule, LintOptions, SourceFormat } from '../../src/engine/lint.js';
import type { LoadedRule } from '../../src/rule-api.js';

function meta(id: string, fixable = false): LoadedRule['meta'] {
  return {
    id,
    type: 'custom',
    docs: { description: { zh: id, en: id }, recommended: false },
    messages: { hit: { zh: '{{what}}', en: '{{what}}' } },
    fixable,
  };
}

/** Reports every paragraph whose text contains `word` (default 甲). */
export function wordRule(id: string, word = '甲'): LoadedRule {
  return {
    meta: meta(id),
    create(context) {
      return {
        paragraph(node: Paragraph) {
          const text = context.sourceText.slice(node.position!.start.offset, node.position!.end.offset);
          if (text.includes(word)) context.report({ messageId: 'hit', data: { what: `${id}: ${word}` }, node });
        },
      };
    },
  };
}

/** A whole-document rule: reports once from root:exit at the line given in options (1:1 by default). */
export const documentRule: LoadedRule = {
  meta: meta('document-rule'),
  create(context) {
    return {
      'root:exit'() {
        const line = (context.options.line as number | undefined) ?? 1;
        context.report({ messageId: 'hit', data: { what: 'document' }, loc: { line, column: 1 } });
      },
    };
  },
};

const CJK = /[\u4e00-\u9fff]/;

/** Fixable: a half-width comma between Chinese characters becomes "，". */
export const commaRule: LoadedRule = {
  meta: meta('test-comma', true),
  create(context) {
    return {
      'root:exit'() {
        const text = context.sourceText;
        for (let i = 1; i < text.length - 1; i++) {
          if (text[i] === ',' && CJK.test(text[i - 1]!) && CJK.test(text[i + 1]!)) {
            const at = context.positionAt(i);
            context.report({ messageId: 'hit', data: { what: 'comma' }, loc: { line: at.line, column: at.column }, fix: { range: [i, i + 1], text: '，' } });
          }
        }
      },
    };
  },
};

/**
 * Fixable with overlapping fixes: each "AA" becomes "B" and each "BB" becomes "C", reported at
 * every position, so neighbouring fixes overlap and need several passes ("AAAA" → "BB" → "C").
 */
export const collapseRule: LoadedRule = {
  meta: meta('test-collapse', true),
  create(context) {
    return {
      'root:exit'() {
        const text = context.sourceText;
        for (let i = 0; i < text.length - 1; i++) {
          const pair = text.slice(i, i + 2);
          const to = pair === 'AA' ? 'B' : pair === 'BB' ? 'C' : null;
          if (to) context.report({ messageId: 'hit', data: { what: pair }, loc: { line: 1, column: i + 1 }, fix: { range: [i, i + 2], text: to } });
        }
      },
    };
  },
};

export function resolved(rule: LoadedRule, options: Record<string, unknown> = {}, severity: 1 | 2 = 2): ResolvedRule {
  return { id: rule.meta.id, rule, severity, options };
}

export function lintOptions(format: SourceFormat, rules: ResolvedRule[], extra: Partial<LintOptions> = {}): LintOptions {
  return { rules, settings: {}, locale: 'zh', format, ...extra };
}
