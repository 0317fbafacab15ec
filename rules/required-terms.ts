import type { LocalizedText, LoadedRule, SectionKind } from '../src/rule-api.js';
import { nodeText } from '../src/rule-utils/text-runs.js';
import { partsOf, placeFor, primaryPart, sectionLoc } from '../src/rule-utils/parts.js';

// Vale's "existence" check turned round: house rules as data. Each item is a group of
// alternatives of which one must appear, in the whole report or in one kind of part.

interface Item {
  terms?: string[];
  patterns?: string[];
  section?: SectionKind;
  message?: string;
}

const SECTION_KINDS: SectionKind[] = ['achievements', 'problems', 'responsibility', 'plans', 'other'];

const KIND_NAMES: Record<SectionKind, LocalizedText> = {
  achievements: { zh: '主要举措和成效', en: 'measures and results' },
  problems: { zh: '存在的不足和原因', en: 'shortcomings and causes' },
  responsibility: { zh: '党政主要负责人履行第一责任人职责情况', en: "principal leaders' duty as first responsible persons" },
  plans: { zh: '下一年度主要安排', en: "next year's arrangements" },
  other: { zh: '其他需要报告的情况', en: 'other matters' },
};

/** Between the terms of an item, in its message: “甲”或“乙” / "A" or "B". */
const TERMS_OR: LocalizedText = { zh: '”或“', en: '" or "' };

/** Line wrapping puts breaks inside Chinese words: terms are compared without white space. */
function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

const rule: LoadedRule = {
  meta: {
    id: 'required-terms',
    type: 'custom',
    docs: {
      description: {
        zh: '报告须写到配置列出的内容(每项为一组可互相替代的说法,可限定在某一部分)',
        en: 'The report mentions each configured topic (each item a group of alternatives, optionally within one kind of part)',
      },
      rationale: {
        zh: '省、市的工作指引常在国家规定的五项内容之外另列必写事项,如重大行政决策的合法性审查、负责人出庭应诉率、“谁执法谁普法”。用配置列出这些事项,无须编写代码。词语按普通子串匹配(中文没有单词边界),忽略换行和空格;patterns 为正则表达式,加载配置时检查其是否可能灾难性回溯。',
        en: 'Provincial and city guidance often adds required topics to the five national items. List them in config, no code needed. Terms match as plain substrings (Chinese has no word boundaries), ignoring line breaks and spaces; patterns are regular expressions, checked for catastrophic backtracking when the config is loaded.',
      },
      recommended: false,
    },
    messages: {
      missing: { zh: '报告未写到“{{terms}}”', en: 'The report does not mention "{{terms}}"' },
      'missing-in-section': {
        zh: '“{{section}}”部分未写到“{{terms}}”',
        en: 'The part on {{section}} does not mention "{{terms}}"',
      },
      custom: { zh: '{{message}}', en: '{{message}}' },
    },
    schema: {
      type: 'object',
      required: ['items'],
      properties: {
        items: {
          type: 'array',
          minItems: 1,
          description:
            'What must appear. Each item: terms (alternatives: one suffices) and/or patterns (regular expressions), optional section (achievements, problems, responsibility, plans, other), message, severity (off, warn, error).',
          items: {
            type: 'object',
            additionalProperties: false,
            anyOf: [{ required: ['terms'] }, { required: ['patterns'] }],
            properties: {
              terms: { type: 'array', minItems: 1, items: { type: 'string' } },
              patterns: { type: 'array', minItems: 1, items: { type: 'string', format: 'regex' } },
              section: { type: 'string', enum: SECTION_KINDS },
              message: { type: 'string' },
              severity: { type: 'string', enum: ['off', 'warn', 'error'] },
            },
          },
        },
      },
      additionalProperties: false,
    },
  },
  create(context) {
    const items = context.options.items as Item[];
    return {
      'root:exit'() {
        const { outline, locale } = context;
        // Blocks one per line: patterns run a paragraph at a time, bounding their run time.
        const wholeText = context.tree.children.map((block) => nodeText(block)).join('\n');
        for (const item of items) {
          const scope = item.section
            ? partsOf(outline, item.section).map((part) => `${part.heading}\n${part.text}`).join('\n')
            : wholeText;
          const compacted = compact(scope);
          const found =
            (item.terms ?? []).some((term) => compacted.includes(compact(term))) ||
            (item.patterns ?? []).some((pattern) => {
              const re = new RegExp(pattern, 'u');
              return scope.split('\n').some((paragraph) => re.test(paragraph));
            });
          if (found) continue;
          const terms = [...(item.terms ?? []), ...(item.patterns ?? []).map((p) => `/${p}/`)].join(TERMS_OR[locale]);
          const part = item.section ? primaryPart(outline, item.section) : null;
          const loc = item.section
            ? part
              ? sectionLoc(context, part)
              : placeFor(context, item.section)
            : { line: outline.title?.line ?? 1, column: 1 };
          if (item.message) context.report({ messageId: 'custom', data: { message: item.message.replace(/\{\{\s*terms\s*\}\}/g, () => terms) }, loc });
          else if (item.section) context.report({ messageId: 'missing-in-section', data: { terms, section: KIND_NAMES[item.section][locale] }, loc });
          else context.report({ messageId: 'missing', data: { terms }, loc });
        }
      },
    };
  },
};

export default rule;
