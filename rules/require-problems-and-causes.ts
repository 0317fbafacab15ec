import type { LoadedRule } from '../src/rule-api.js';
import { INSPECTION_RULE } from '../src/data/legal-basis.js';
import { CAUSAL_PATTERNS, CAUSAL_PHRASES, EMPTY_CAUSE_FORMULAS } from '../src/data/causal-language.js';
import { contentLength, placeFor, primaryPart, sectionLoc } from '../src/rule-utils/parts.js';

const rule: LoadedRule = {
  meta: {
    id: 'require-problems-and-causes',
    type: 'checklist',
    docs: {
      description: {
        zh: '报告须写明推进法治政府建设存在的不足,并分析原因',
        en: 'The report states its shortcomings and analyses their causes',
      },
      rationale: {
        zh: '厅字〔2019〕28号要求报告“上一年度推进法治政府建设存在的不足和原因”。只列问题、不讲原因的报告最常被退回;标题写了“不足和原因”但正文没有任何原因分析(原因、由于、导致、根源在于……)同样不合格。',
        en: 'Tingzi [2019] No. 28 requires the shortcomings and their causes. A list of problems with no causal analysis falls short, even under a heading that says 不足和原因.',
      },
      basis: INSPECTION_RULE,
      label: { zh: '不足原因', en: 'shortcomings' },
      recommended: true,
    },
    messages: {
      missing: {
        zh: '缺少“上一年度推进法治政府建设存在的不足和原因”部分',
        en: 'Missing the part on shortcomings and their causes',
      },
      'weak-no-causes': {
        zh: '“{{heading}}”只列举了问题,没有分析原因(如“主要原因是……”“由于……”“究其原因……”)',
        en: '"{{heading}}" lists problems without analysing their causes',
      },
      'weak-thin': {
        zh: '“{{heading}}”过于笼统(正文仅 {{length}} 字),应具体写明存在的不足及其原因',
        en: '"{{heading}}" is too vague ({{length}} characters); state the shortcomings and causes concretely',
      },
    },
    schema: {
      type: 'object',
      properties: {
        minLength: { type: 'number', minimum: 0, default: 40, description: 'Fewer characters than this (punctuation and spaces not counted) make the part thin.' },
        causalPhrases: { type: 'array', default: [], description: 'Extra words that count as causal analysis, added to the built-in list.' },
      },
      additionalProperties: false,
    },
  },
  create(context) {
    const minLength = context.options.minLength as number;
    const phrases = [...CAUSAL_PHRASES, ...((context.options.causalPhrases as string[]) ?? [])];
    return {
      'root:exit'() {
        const part = primaryPart(context.outline, 'problems');
        if (!part) {
          context.report({ messageId: 'missing', loc: placeFor(context, 'problems') });
          return;
        }
        // The heading's own words ("不足和原因") are a promise, not an analysis: judge the body.
        const body = part.text;
        const loc = sectionLoc(context, part);
        const length = contentLength(body, minLength);
        if (length < minLength) {
          context.report({ messageId: 'weak-thin', data: { heading: part.heading, length }, loc });
          return;
        }
        const analysis = EMPTY_CAUSE_FORMULAS.reduce((text, formula) => text.replace(formula, ''), body);
        const causal = phrases.some((p) => analysis.includes(p)) || CAUSAL_PATTERNS.some((re) => re.test(analysis));
        if (!causal) context.report({ messageId: 'weak-no-causes', data: { heading: part.heading }, loc });
      },
    };
  },
};

export default rule;
