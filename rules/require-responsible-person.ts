import type { LoadedRule } from '../src/rule-api.js';
import { INSPECTION_RULE } from '../src/data/legal-basis.js';
import { RESPONSIBILITY_ACTIONS, RESPONSIBILITY_FORMULAS } from '../src/data/responsibility-actions.js';
import { countQuantities, partsOf, placeFor, primaryPart, sectionLoc } from '../src/rule-utils/parts.js';

const rule: LoadedRule = {
  meta: {
    id: 'require-responsible-person',
    type: 'checklist',
    docs: {
      description: {
        zh: '报告须专门写明党政主要负责人履行推进法治建设第一责任人职责的情况,并有具体举措',
        en: 'The report has its own part on how the principal Party and government leaders fulfilled their duty as first responsible persons, with concrete actions',
      },
      rationale: {
        zh: '厅字〔2019〕28号要求报告“上一年度党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况”。这一部分最常缺失,或只在别的部分顺带一句;单列了一部分却只有套话(没有学法、专题研究部署、述法、督察、出庭应诉等具体举措)也不合格。',
        en: 'Item 3 of Tingzi [2019] No. 28. It is the part most often missing or only mentioned in passing; a part of its own with only set phrases and no concrete actions (studying law, meetings that deploy the work, reporting on rule of law, inspections, appearing in court) falls short too.',
      },
      basis: INSPECTION_RULE,
      label: { zh: '第一责任人', en: 'first responsible' },
      recommended: true,
    },
    messages: {
      missing: {
        zh: '缺少党政主要负责人履行推进法治建设第一责任人职责情况',
        en: 'Missing the part on how the principal leaders fulfilled their duty as first responsible persons for rule of law',
      },
      'weak-passing-mention': {
        zh: '党政主要负责人履行第一责任人职责情况只在其他部分顺带提及(“{{mention}}”),应单列一部分具体报告',
        en: 'The principal leaders\' duty is only mentioned in passing ("{{mention}}"); report it in a part of its own',
      },
      'weak-thin': {
        zh: '“{{heading}}”缺少具体举措(如学法、专题研究部署、述法、督察、出庭应诉及其次数),只找到 {{found}} 类',
        en: '"{{heading}}" lacks concrete actions (studying law, deploying meetings, reporting, inspecting, appearing in court, with numbers): found {{found}} kind(s)',
      },
    },
    schema: {
      type: 'object',
      properties: {
        minActions: { type: 'number', minimum: 0, default: 2, description: 'How many kinds of concrete action (study, deploy, report, inspect, court, lead) the part must name.' },
        minFigures: { type: 'number', minimum: 0, default: 0, description: 'How many figures (e.g. "专题研究法治工作3次") the part must give; 0 does not ask for any.' },
      },
      additionalProperties: false,
    },
  },
  create(context) {
    const minActions = context.options.minActions as number;
    const minFigures = context.options.minFigures as number;
    return {
      'root:exit'() {
        const part = primaryPart(context.outline, 'responsibility');
        if (!part) {
          context.report({ messageId: 'missing', loc: placeFor(context, 'responsibility') });
          return;
        }
        if (part.inline) {
          const mention = partsOf(context.outline, 'responsibility')[0]!;
          context.report({ messageId: 'weak-passing-mention', data: { mention: mention.mention ?? mention.heading }, loc: sectionLoc(context, mention) });
          return;
        }
        const text = `${part.heading}\n${part.text}`;
        const acts = RESPONSIBILITY_FORMULAS.reduce((text, formula) => text.replace(formula, ''), part.text);
        const found = RESPONSIBILITY_ACTIONS.filter((action) => action.phrasings.some((p) => acts.includes(p))).length;
        if (found < minActions || countQuantities(text, minFigures) < minFigures) {
          context.report({ messageId: 'weak-thin', data: { heading: part.heading, found }, loc: sectionLoc(context, part) });
        }
      },
    };
  },
};

export default rule;
