import type { LocalizedText, OptionSchema, LoadedRule, SectionKind } from '../src/rule-api.js';
import { contentLength, primaryPart, sectionLoc } from '../src/rule-utils/parts.js';

// A minimum body length per kind of part, for guidance that asks more than a line on, say,
// the problems or the principal leaders' duty. A missing part is left to the require-* rules.

const SECTION_KINDS: SectionKind[] = ['achievements', 'problems', 'responsibility', 'plans', 'other'];

const KIND_NAMES: Record<SectionKind, LocalizedText> = {
  achievements: { zh: '主要举措和成效', en: 'measures and results' },
  problems: { zh: '存在的不足和原因', en: 'shortcomings and causes' },
  responsibility: { zh: '第一责任人职责', en: "principal leaders' duty" },
  plans: { zh: '下一年度安排', en: "next year's arrangements" },
  other: { zh: '其他情况', en: 'other matters' },
};

const LENGTH: OptionSchema = { type: 'number', minimum: 0 };

const rule: LoadedRule = {
  meta: {
    id: 'section-min-length',
    type: 'custom',
    docs: {
      description: {
        zh: '各部分正文不少于配置的字数',
        en: 'Each kind of part has at least the configured body length',
      },
      rationale: {
        zh: '一句话带过的部分是报告被退回的常见原因。按部分类型(achievements 主要举措和成效、problems 不足和原因、responsibility 第一责任人职责、plans 下一年度安排、other 其他)配置最少字数;字数不计空白和标点。没有的部分不在此报告,由相应的 require-* 规则负责。',
        en: 'A part dismissed in one sentence is a common reason for a report to be sent back. Set a minimum per kind of part (achievements, problems, responsibility, plans, other); white space and punctuation are not counted. A missing part is left to the require-* rules.',
      },
      recommended: false,
    },
    messages: {
      'too-short': {
        zh: '“{{heading}}”({{kind}})正文仅 {{length}} 字,少于要求的 {{min}} 字',
        en: '"{{heading}}" ({{kind}}) has {{length}} characters; at least {{min}} are required',
      },
    },
    schema: {
      type: 'object',
      required: ['minLength'],
      properties: {
        minLength: {
          type: 'object',
          description: 'Minimum characters (white space and punctuation not counted) per kind of part, e.g. { problems: 200, responsibility: 150 }.',
          additionalProperties: false,
          anyOf: SECTION_KINDS.map((kind) => ({ required: [kind] })),
          properties: Object.fromEntries(SECTION_KINDS.map((kind) => [kind, LENGTH])),
        },
      },
      additionalProperties: false,
    },
  },
  create(context) {
    const minimums = context.options.minLength as Partial<Record<SectionKind, number>>;
    return {
      'root:exit'() {
        for (const kind of SECTION_KINDS) {
          const min = minimums[kind];
          const part = min === undefined ? null : primaryPart(context.outline, kind);
          if (!part) continue;
          const length = contentLength(part.text, min!);
          if (length >= min!) continue;
          context.report({
            messageId: 'too-short',
            data: { heading: part.heading, kind: KIND_NAMES[kind][context.locale], length, min: min! },
            loc: sectionLoc(context, part),
          });
        }
      },
    };
  },
};

export default rule;
