import type { LoadedRule, LocalizedText } from '../src/rule-api.js';
import { THREE_SYSTEMS_OPINION } from '../src/data/legal-basis.js';
import { SLOGAN_WINDOW, SLOGANS, THREE_SYSTEMS } from '../src/data/three-systems.js';
import { placeFor } from '../src/rule-utils/parts.js';
import { firstIndexOfEach, indexOfAny } from '../src/rule-utils/phrases.js';

/** Between the systems' names in a message. */
const LIST_SEPARATOR: LocalizedText = { zh: '、', en: ', ' };

const rule: LoadedRule = {
  meta: {
    id: 'require-three-systems',
    type: 'checklist',
    docs: {
      description: {
        zh: '报告须写明行政执法“三项制度”(行政执法公示、执法全过程记录、重大执法决定法制审核)的落实情况',
        en: 'The report shows how the three law-enforcement systems (publicity, whole-process recording, legal review of major decisions) were carried out',
      },
      rationale: {
        zh: '国办发〔2018〕118号要求全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度,审核人期待每份报告写明落实情况。只写“落实行政执法‘三项制度’”是口号;只写出其中一两项则不完整。“执法信息公示制度”算公示制度;“行政执法公示、重大行政执法决定法制审核、执法全过程记录制度”共用一个“制度”也算三项齐全。',
        en: 'Guobanfa [2018] No. 118 requires the three systems; reviewers expect each report to show them. Naming "the three systems" alone is a slogan; naming one or two is incomplete.',
      },
      basis: THREE_SYSTEMS_OPINION,
      label: { zh: '三项制度', en: 'three systems' },
      recommended: true,
    },
    messages: {
      missing: {
        zh: '未报告行政执法“三项制度”(行政执法公示、执法全过程记录、重大执法决定法制审核)的落实情况',
        en: 'Nothing on the three law-enforcement systems (publicity, whole-process recording, legal review of major decisions)',
      },
      'weak-slogan-only': {
        zh: '只提到“三项制度”,没有写明行政执法公示、执法全过程记录、重大执法决定法制审核各自的落实情况',
        en: 'Only the slogan "three systems"; none of publicity, recording and legal review is spelled out',
      },
      'weak-incomplete': {
        zh: '行政执法“三项制度”只写到{{named}},缺少{{absent}}',
        en: 'Of the three law-enforcement systems only {{named}} appear(s); missing: {{absent}}',
      },
    },
  },
  create(context) {
    return {
      'root:exit'() {
        const text = context.sourceText;
        const sloganAt = firstIndexOfEach(text, SLOGANS)
          .filter((i) => i !== -1)
          .sort((a, b) => a - b);
        const nearSlogan = sloganAt.map((i) => text.slice(i, i + SLOGAN_WINDOW));
        const firstMention: number[] = [];
        const named = THREE_SYSTEMS.filter((system) => {
          const at = [
            indexOfAny(text, system.phrasings),
            ...system.descriptions.map((re) => re.exec(text)?.index ?? -1),
          ].filter((i) => i !== -1);
          if (at.length > 0) firstMention.push(Math.min(...at));
          return at.length > 0 || nearSlogan.some((window) => system.shortForms.some((f) => window.includes(f)));
        });
        const names = (list: typeof THREE_SYSTEMS) => list.map((s) => s.name[context.locale]).join(LIST_SEPARATOR[context.locale]);
        const locAt = (offset: number) => {
          const p = context.positionAt(offset);
          return { line: p.line, column: p.column };
        };
        if (named.length === THREE_SYSTEMS.length) return;
        if (named.length > 0) {
          const absent = THREE_SYSTEMS.filter((s) => !named.includes(s));
          const at = Math.min(...firstMention, ...sloganAt);
          context.report({ messageId: 'weak-incomplete', data: { named: names(named), absent: names(absent) }, loc: locAt(at) });
        } else if (sloganAt.length > 0) {
          context.report({ messageId: 'weak-slogan-only', loc: locAt(sloganAt[0]!) });
        } else {
          // The systems are achievements: the report should show them before the later parts.
          context.report({ messageId: 'missing', loc: placeFor(context, 'achievements') });
        }
      },
    };
  },
};

export default rule;
