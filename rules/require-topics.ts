import type { LocalizedText, LoadedRule, SectionKind } from '../src/rule-api.js';
import {
  CORE_TOPICS,
  NAMED_THING_ENDINGS,
  OWN_DOCUMENT_ENDINGS,
  PRESET_BY_ISSUER_KIND,
  TOPIC_IDS,
  TOPIC_PRESETS,
  TOPICS,
  type Topic,
  type TopicPresetName,
} from '../src/data/topics.js';
import { placeFor } from '../src/rule-utils/parts.js';
import { TopicCoverage, type TopicTally } from '../src/rule-utils/topic-coverage.js';

// What the report covers: each topic of the chosen list (the 纲要's areas for a government, a
// department's or a township's own) is mentioned in the year's work, with something concrete.

const SECTION_KINDS: SectionKind[] = ['achievements', 'problems', 'responsibility', 'plans', 'other'];

const KIND_NAMES: Record<SectionKind, LocalizedText> = {
  achievements: { zh: '主要举措和成效', en: 'measures and results' },
  problems: { zh: '存在的不足和原因', en: 'shortcomings and causes' },
  responsibility: { zh: '党政主要负责人履行第一责任人职责情况', en: "principal leaders' duty" },
  plans: { zh: '下一年度主要安排', en: "next year's arrangements" },
  other: { zh: '其他需要报告的情况', en: 'other matters' },
};

/** Where a weak topic's mentions were, for its message's {{where}}: outside its part, or outside the year's work. */
const ELSEWHERE = {
  part: { zh: (part: string) => `“${part}”以外的部分`, en: (part: string) => `parts other than ${part}` },
  work: { zh: '开头的总述、存在的不足或下一年度安排', en: "the opening, the shortcomings or next year's plans" } satisfies LocalizedText,
};

/** A topic as a config writes it (`add`). */
interface ConfiguredTopic {
  id: string;
  name: string;
  terms?: string[];
  patterns?: string[];
  section?: SectionKind;
  minMentions?: number;
  minFigures?: number;
  basis?: string;
}

function fromConfig(item: ConfiguredTopic): Topic {
  return {
    id: item.id,
    name: { zh: item.name, en: item.name },
    phrasings: item.terms ?? [],
    patterns: item.patterns,
    section: item.section,
    minMentions: item.minMentions,
    minFigures: item.minFigures,
    basis: { zh: item.basis ?? '', en: item.basis ?? '' },
    source: 'config',
  };
}

/** The topics this report is held to: the list its options (and, with `auto`, its issuer) pick. */
export function topicsFor(options: Record<string, unknown>, issuerKind: keyof typeof PRESET_BY_ISSUER_KIND | null): Topic[] {
  const choice = options.topics as TopicPresetName | 'auto' | 'none';
  const ids =
    choice === 'none'
      ? []
      : choice === 'auto'
        ? issuerKind
          ? TOPIC_PRESETS[PRESET_BY_ISSUER_KIND[issuerKind]].topics
          : CORE_TOPICS
        : TOPIC_PRESETS[choice].topics;
  const wanted = new Set([...ids, ...((options.include as string[]) ?? [])]);
  for (const id of (options.exclude as string[]) ?? []) wanted.delete(id);
  const added = ((options.add as ConfiguredTopic[]) ?? []).map(fromConfig);
  const replaced = new Set(added.map((t) => t.id));
  // The catalogue's order, so every report's columns line up; a config's own topics last.
  return [...TOPICS.filter((t) => wanted.has(t.id) && !replaced.has(t.id)), ...added];
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The docs page's lists: each preset's topics with their basis and sources, and what `auto` picks. */
function topicDocs(): string {
  const byId = new Map(TOPICS.map((t) => [t.id, t]));
  const lines: string[] = ['## 领域清单 / Topic lists', ''];
  lines.push(
    '三个预设各是推荐规则加上本规则的一个清单 / Each preset is the recommended rules plus this rule with one list:',
    '',
    '```yaml',
    'extends: fazhi-lint:department      # or fazhi-lint:outline-2021, fazhi-lint:township',
    '```',
    '',
    '按报告单位类型自动选择 / Picked by the kind of issuer:',
    '',
    '```yaml',
    'rules:',
    '  require-topics: [error, { topics: auto }]',
    '```',
    '',
  );
  for (const preset of Object.values(TOPIC_PRESETS)) {
    lines.push(`### \`topics: ${preset.name}\` (\`fazhi-lint:${preset.name}\`)`, '', preset.description.zh, '', `*${preset.description.en}*`, '', `来源 / source: ${preset.source}`, '');
    lines.push('| id | 领域 / area | 依据 / basis | 来源 / source |', '|---|---|---|---|');
    for (const id of preset.topics) {
      const topic = byId.get(id)!;
      lines.push(`| \`${id}\` | ${topic.name.zh} / ${topic.name.en} | ${cell(topic.basis.zh)} | ${cell(topic.source)} |`);
    }
    lines.push('');
  }
  lines.push('### `topics: auto`', '', '| 报告单位 / issuer kind (outline) | 清单 / list |', '|---|---|');
  for (const [kind, preset] of Object.entries(PRESET_BY_ISSUER_KIND)) lines.push(`| \`${kind}\` | \`${preset}\` |`);
  lines.push(`| 识别不出 / unknown | ${CORE_TOPICS.map((id) => `\`${id}\``).join(', ')} (各类单位共有的领域 / the areas every list has) |`, '');
  lines.push('### 各领域的说法 / Phrasings', '', '与报告比较时忽略空白 / White space in the report is ignored.', '', '| id | 说法 / phrasings |', '|---|---|');
  for (const topic of TOPICS) lines.push(`| \`${topic.id}\` | ${cell(topic.phrasings.join('、'))} |`);
  lines.push(
    '',
    '### 什么算具体 / What counts as concrete',
    '',
    '提到某一领域的句子(以短句引出的条目到下一个“X是”为止;二级及以下小标题则为其下的内容)中有:数字(src/data/quantities.ts,会议届次除外)、本单位一类的文件(《……》以下列词结尾,或文号〔2022〕92号)、带月份的日期、用引号命名的设施、平台或活动。',
    '',
    "The mention's sentence (a short lead: its item, up to the next \"X是\"; a sub-heading: the part it heads) holds a figure (not a meeting's ordinal), a document of the body's own kind (a 《》 title ending in one of these, or a 文号), a date with a month, or a facility, platform or event named in quotation marks.",
    '',
    `- 文件 / documents: ${OWN_DOCUMENT_ENDINGS.join('、')}`,
    `- 设施、平台、活动 / named things: ${NAMED_THING_ENDINGS.join('、')}`,
  );
  return lines.join('\n');
}

const rule: LoadedRule = {
  meta: {
    id: 'require-topics',
    type: 'checklist',
    docs: {
      description: {
        zh: '报告须写到所列各领域的工作(县级以上政府为纲要各领域,部门、乡镇街道各有其清单),且有具体举措或数据',
        en: "The report covers each listed area (the 纲要's areas for a government; a department's or a township's own list), with something concrete",
      },
      label: { zh: '覆盖领域', en: 'areas' },
      details: topicDocs(),
      rationale: {
        zh: '五个必备部分说明报告怎样写,审核人还要看报告写了什么。《法治政府建设实施纲要(2021—2025年)》列出政府应当推进的各个领域,省、市指引又把它们细化为事项清单(深圳的指引:一级事项8项、二级36项、三级135项),指出报告“易出现遗漏、泛化”。一份县级报告通篇不提行政复议或规范性文件,与缺少问题部分一样不完整。本规则按清单逐项检查:没有提到为 missing;只在开头的总述、存在的不足或下一步安排中提到,或只提名称而旁边(所在的句子;短句引出的条目到下一个“X是”为止;以它为题的小标题下的内容)没有数字、本单位的文件(《……办法》、文号)、具体日期或用引号命名的设施、平台、活动,为 weak。每个领域的依据(纲要的哪一部分,或其他文件)写在消息里,并列在下表。清单按报告单位的类型选择:政府用纲要各领域,部门只报本部门的执法、决策、规范性文件、复议应诉和普法,乡镇街道另有清单;topics: auto 按大纲识别的报告单位类型自动选择,识别不出类型时只查各类单位共有的领域。',
        en: "The five required parts say how a report is built; reviewers also ask what it covers. The 纲要 lists the areas a government works on, and provincial and city guides turn them into item lists (Shenzhen's: 8 first-level, 36 second-level, 135 third-level items), because reports \"easily leave things out or stay general\". Each listed area is checked: not mentioned is missing; mentioned only in the opening, the problems or the plans, or named with nothing concrete beside it (its sentence; a short lead's item up to the next \"X是\"; the part a sub-heading naming it heads: a figure, a document of the body's own in 《》 or by its number, a date, a facility, platform or event named in quotation marks) is weak. Each area's basis (the 纲要's part, or another document) is given in its messages and in the tables below. The list depends on who reports: a government is held to the 纲要's areas, a department to its own enforcement, decisions, documents, reconsideration and litigation and legal publicity, a township or street office to its own list; topics: auto picks by the issuer kind the outline reads, and checks only the areas every kind reports on when it cannot tell.",
      },
      recommended: false,
    },
    messages: {
      missing: {
        zh: '报告没有写到“{{topic}}”方面的工作',
        en: 'Nothing on {{topic}}',
      },
      'weak-elsewhere': {
        zh: '“{{topic}}”只在{{where}}中提到(“{{found}}”),没有报告本年度的做法和成效',
        en: '{{topic}} appears only in {{where}} ("{{found}}"), not as the year\'s work',
      },
      'weak-no-figures': {
        zh: '只提到“{{topic}}”(“{{found}}”),旁边没有数字、本单位的文件或具体日期说明做了什么',
        en: 'Only names {{topic}} ("{{found}}"), with no figure, document of its own or date beside it to show what was done',
      },
      'weak-few-mentions': {
        zh: '“{{topic}}”只提到 {{count}} 处,少于要求的 {{min}} 处',
        en: '{{topic}} is mentioned {{count}} time(s), fewer than the {{min}} asked',
      },
    },
    schema: {
      type: 'object',
      properties: {
        topics: {
          type: 'string',
          enum: ['auto', ...(Object.keys(TOPIC_PRESETS) as TopicPresetName[]), 'none'],
          default: 'auto',
          description:
            'The list a report is held to: outline-2021 (a government, county level and up), department, township (乡镇 and 街道), auto (by the issuer kind the outline reads; the areas common to all three when it cannot tell), none (only `add`).',
        },
        include: {
          type: 'array',
          items: { type: 'string', enum: TOPIC_IDS },
          default: [],
          description: `Built-in topics added to the list, e.g. ["emergency-response"] for a department with emergency duties. Ids: ${TOPIC_IDS.join(', ')}.`,
        },
        exclude: {
          type: 'array',
          items: { type: 'string', enum: TOPIC_IDS },
          default: [],
          description: 'Built-in topic ids taken off the list.',
        },
        add: {
          type: 'array',
          default: [],
          description:
            "A config's own topics (a province's or city's guide): id, name, terms (alternatives, white space ignored) and/or patterns (regular expressions), optional section (only that kind of part counts), minMentions, minFigures, basis (cited in the messages). An id of a built-in topic replaces it.",
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['id', 'name'],
            anyOf: [{ required: ['terms'] }, { required: ['patterns'] }],
            properties: {
              id: { type: 'string' },
              name: { type: 'string' },
              terms: { type: 'array', minItems: 1, items: { type: 'string' } },
              patterns: { type: 'array', minItems: 1, items: { type: 'string', format: 'regex' } },
              section: { type: 'string', enum: SECTION_KINDS },
              minMentions: { type: 'number', minimum: 1 },
              minFigures: { type: 'number', minimum: 0 },
              basis: { type: 'string' },
            },
          },
        },
        minFigures: {
          type: 'number',
          minimum: 0,
          default: 1,
          description: 'For topics that set none: how many mentions need a figure, a document of its own or a date beside them (0: naming the area is enough).',
        },
      },
      additionalProperties: false,
    },
  },
  create(context) {
    const topics = topicsFor(context.options, context.outline.issuerKind);
    const coverage = new TopicCoverage(topics, context.outline, context.sourceText, (context.options.minFigures as number) ?? 1);
    const read = (node: Parameters<TopicCoverage['read']>[0]) => coverage.read(node);
    return {
      paragraph: read,
      heading: read,
      'root:exit'() {
        const { locale } = context;
        for (const tally of coverage.tallies) {
          const { topic } = tally;
          context.checkedItem({ id: topic.id, name: topic.name[locale] });
          const data = { topic: topic.name[locale] };
          // Each message cites its topic's basis (a config's own topic may give none).
          const basis = topic.basis.zh ? topic.basis : undefined;
          const at = (offset: number) => {
            const p = context.positionAt(offset);
            return { line: p.line, column: p.column };
          };
          const problem = judge(tally, (context.options.minFigures as number) ?? 1);
          if (problem === null) continue;
          if (problem === 'missing') {
            const loc = placeFor(context, topic.section ?? 'achievements');
            context.report({ messageId: 'missing', data, loc, basis, item: topic.id });
          } else if (problem === 'weak-elsewhere') {
            const where = topic.section ? ELSEWHERE.part[locale](KIND_NAMES[topic.section][locale]) : ELSEWHERE.work[locale];
            const first = tally.firstElsewhere!;
            context.report({ messageId: problem, data: { ...data, where, found: first.found }, loc: at(first.offset), basis, item: topic.id });
          } else {
            const first = tally.firstCounted!;
            const extra = { found: first.found, count: tally.counted, min: topic.minMentions ?? 1 };
            context.report({ messageId: problem, data: { ...data, ...extra }, loc: at(first.offset), basis, item: topic.id });
          }
        }
      },
    };
  },
};

/** The topic's outcome: null when covered, else the messageId. */
function judge(tally: TopicTally, defaultMinFigures: number): 'missing' | 'weak-elsewhere' | 'weak-few-mentions' | 'weak-no-figures' | null {
  const { topic } = tally;
  if (tally.counted === 0) return tally.elsewhere === 0 ? 'missing' : 'weak-elsewhere';
  if (tally.counted < (topic.minMentions ?? 1)) return 'weak-few-mentions';
  if (tally.concrete < (topic.minFigures ?? defaultMinFigures)) return 'weak-no-figures';
  return null;
}

export default rule;
