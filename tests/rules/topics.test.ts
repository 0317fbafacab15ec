// require-topics on the labeled reports of fixtures/topics (invented, one set per list) and on
// the three real reports (labeled by hand for every area): every outcome holds, each report is
// held to its own issuer's list, and the topic data is sound (sources, no backtracking patterns).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { verify } from '../../src/engine/lint.js';
import { scoreTopics } from '../../scripts/eval-topics.js';
import { builtinRules } from '../../rules/index.js';
import { topicsFor } from '../../rules/require-topics.js';
import { PRESETS } from '../../src/config/index.js';
import { CORE_TOPICS, DOCUMENT_NUMBER, ITEM_MARKER, MONTH_DATE, NOT_FIGURES, TOPIC_IDS, TOPIC_PRESETS, TOPICS } from '../../src/data/topics.js';
import { COVERAGE_PATTERNS, isConcrete, partAt, sentenceWindow, startOrder } from '../../src/rule-utils/topic-coverage.js';
import { ROOT } from '../helpers/cli.js';

const score = await scoreTopics(ROOT);

describe('require-topics on the labeled reports', () => {
  it('has reports for each list: complete, named only, one area left out', () => {
    const files = new Set(score.cases.map((c) => c.file));
    for (const prefix of ['fixtures/topics/g', 'fixtures/topics/d', 'fixtures/topics/t']) {
      const own = score.cases.filter((c) => c.file.startsWith(prefix));
      expect([...files].filter((f) => f.startsWith(prefix)).length, prefix).toBeGreaterThanOrEqual(3);
      for (const outcome of ['ok', 'weak', 'missing']) expect(own.some((c) => c.expected === outcome), `${prefix} ${outcome}`).toBe(true);
    }
    expect(score.cases.filter((c) => c.real && c.run === 'all')).toHaveLength(3 * TOPICS.length);
  });

  it.each(score.kinds.map((k) => [k.file, k] as const))('%s: the issuer kind is read, and the report is held to that kind’s list only', (_file, kind) => {
    expect(kind.actual).toBe(kind.expected);
    expect(kind.listOk).toBe(true);
  });

  it.each(score.cases.map((c) => [`${c.file} ${c.topic} (${c.run})`, c] as const))('%s', (_name, c) => {
    expect(c.actual).toBe(c.expected);
  });

  it('a department or township report is not held to a county government’s list', () => {
    const county = TOPIC_PRESETS['outline-2021'].topics;
    const held = score.kinds.filter((k) => k.expected === 'department' || k.expected === 'township' || k.expected === 'street');
    expect(held.length).toBeGreaterThanOrEqual(6);
    for (const kind of held) {
      const own = TOPIC_PRESETS[kind.expected === 'department' ? 'department' : 'township'].topics;
      const countyOnly = county.filter((id) => !own.includes(id));
      // Checked and reported on: only its own list, none of the county's other areas.
      expect(kind.checked.filter((id) => countyOnly.includes(id)), kind.file).toEqual([]);
      expect(kind.reported.every((id) => own.includes(id)), kind.file).toBe(true);
      expect([...kind.checked].sort(), kind.file).toEqual([...own].sort());
    }
    // Those lists leave out county areas: a department has no emergency or dispute area.
    expect(TOPIC_PRESETS.department.topics).not.toContain('emergency-response');
    expect(TOPIC_PRESETS.department.topics).not.toContain('dispute-resolution');
    expect(TOPIC_PRESETS.township.topics).not.toContain('administrative-reconsideration');
  });
});

describe('topic lists', () => {
  it('every topic has a name, phrasings, a basis and a source; ids are unique', () => {
    expect(new Set(TOPIC_IDS).size).toBe(TOPICS.length);
    for (const topic of TOPICS) {
      expect(topic.name.zh && topic.name.en, topic.id).toBeTruthy();
      expect(topic.phrasings.length, topic.id).toBeGreaterThan(0);
      expect(topic.basis.zh, topic.id).toMatch(/《/);
      expect(topic.source, topic.id).not.toBe('');
    }
    for (const preset of Object.values(TOPIC_PRESETS)) {
      expect(preset.source).not.toBe('');
      for (const id of preset.topics) expect(TOPIC_IDS).toContain(id);
    }
  });

  it('auto picks by issuer kind; an unknown issuer gets the areas every list has', () => {
    const ids = (kind: Parameters<typeof topicsFor>[1], extra = {}) => topicsFor({ topics: 'auto', ...extra }, kind).map((t) => t.id);
    expect(ids('government').sort()).toEqual([...TOPIC_PRESETS['outline-2021'].topics].sort());
    expect(ids('department').sort()).toEqual([...TOPIC_PRESETS.department.topics].sort());
    expect(ids('street')).toEqual(ids('township'));
    expect(ids(null)).toEqual(CORE_TOPICS);
    expect(CORE_TOPICS).toEqual(['major-decisions', 'law-enforcement']);
    // include, exclude and a config's own topic (replacing a built-in one of the same id).
    const custom = { id: 'legal-publicity', name: '普法责任制', terms: ['普法责任清单'] };
    const list = topicsFor({ topics: 'department', include: ['emergency-response'], exclude: ['normative-documents'], add: [custom] }, null);
    expect(list.map((t) => t.id)).toEqual(['major-decisions', 'law-enforcement', 'emergency-response', 'administrative-reconsideration', 'administrative-litigation', 'legal-publicity']);
    expect(list.at(-1)!.phrasings).toEqual(['普法责任清单']);
  });

  it('the presets are the recommended rules plus require-topics with their list', () => {
    const recommended = PRESETS['fazhi-lint:recommended']!().rules!;
    expect(recommended['require-topics']).toBeUndefined();
    for (const name of ['outline-2021', 'department', 'township']) {
      const rules = PRESETS[`fazhi-lint:${name}`]!().rules!;
      expect(rules['require-topics']).toEqual(['error', { topics: name }]);
      for (const [id, setting] of Object.entries(recommended)) expect(rules[id]).toEqual(setting);
    }
    expect(builtinRules.get('require-topics')!.meta.docs.recommended).toBe(false);
  });
});

describe('what counts as concrete', () => {
  it.each([
    ['全年办理行政复议案件24件。', true],
    ['制定《青川县规范性文件管理办法(试行)》。', true],
    ['根据《关于推进清理工作的通知》(洪司字〔2022〕92号)开展清理。', true],
    ['2022年6月,开展专项活动。', true],
    ['完成炭步大厅“花都政务智慧站”建设。', true],
    ['设立“警调联动”工作室。', true],
    ['认真贯彻《中华人民共和国行政复议法》。', false],
    ['落实“谁执法谁普法”普法责任制。', false],
    ['按照市委六届二次全会部署推进。', false],
    ['召开第二次会议研究部署。', false],
    ['坚持党的二十大精神,落实“十四五”规划。', false],
  ])('%s → %s', (text, concrete) => {
    expect(isConcrete(text)).toBe(concrete);
  });

  it('a mention’s sentence; a short lead takes its item up to the next "X是"', () => {
    const text = '四是认真落实行政应诉相关规定。新收案件30件。五是深化人民调解工作。';
    expect(sentenceWindow(text, 6, 10)).toBe('四是认真落实行政应诉相关规定。新收案件30件。');
    const long = '强化规范性文件管理,严格规范政府行政行为,切实落实各项制度,提升决策法治化水平。全年合同审查6次。';
    expect(sentenceWindow(long, 2, 7)).toBe('强化规范性文件管理,严格规范政府行政行为,切实落实各项制度,提升决策法治化水平。');
    const clause = '坚持依法决策,落实集体研究制度；全年查处案件47起。';
    expect(sentenceWindow(clause, 2, 6)).toBe('坚持依法决策,落实集体研究制度；');
  });

  it('no pattern run on report text can backtrack catastrophically (recheck)', { timeout: 120_000 }, () => {
    const { checkSync } = createRequire(import.meta.url)('recheck') as {
      checkSync: (source: string, flags: string, params: { timeout: number }) => { status: string; complexity?: { type: string; degree?: number } };
    };
    const escape = (p: string) => p.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
    const patterns = [
      ...COVERAGE_PATTERNS,
      DOCUMENT_NUMBER,
      MONTH_DATE,
      ITEM_MARKER,
      ...NOT_FIGURES,
      ...TOPICS.map((t) => new RegExp(t.phrasings.map(escape).join('|'), 'u')),
    ];
    for (const pattern of patterns) {
      const verdict = checkSync(pattern.source, 'u', { timeout: 30_000 });
      const linear = verdict.status === 'safe' || (verdict.complexity?.type === 'polynomial' && verdict.complexity.degree === 1);
      expect(linear, `${pattern.source}: ${JSON.stringify(verdict.complexity)}`).toBe(true);
    }
  });
});

describe('any text', () => {
  it('gets at most one message per area, each about a checked area, placed inside the text', async () => {
    const rule = builtinRules.get('require-topics')!;
    const piece = fc.constantFrom(
      ...TOPICS.flatMap((t) => t.phrasings.slice(0, 3)),
      '一、主要举措和成效\n', '二、存在的不足和原因\n', '三、2024年工作安排\n', '(一)加强行政复议\n', '四是', '。', ',', '\n', '\n\n', '  ',
      '全年办理案件24件', '《青川县管理办法》', '6月', '“智慧站”', '六届二次全会', '# 标题\n', '青川县水务局2023年法治政府建设情况报告\n', '石门镇人民政府2023年法治政府建设年度报告\n',
    );
    const text = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));
    await fc.assert(
      fc.asyncProperty(text, fc.constantFrom('text', 'markdown') as fc.Arbitrary<'text' | 'markdown'>, fc.constantFrom('auto', 'all'), async (t, format, topics) => {
        const options = topics === 'auto' ? { topics: 'auto', include: [], exclude: [], add: [], minFigures: 1 } : { topics: 'none', include: TOPIC_IDS, exclude: [], add: [], minFigures: 1 };
        const { messages, checkedItems } = await verify(t, { rules: [{ id: rule.meta.id, rule, severity: 2, options }], settings: {}, locale: 'zh', format });
        expect(messages.filter((m) => m.fatal)).toEqual([]);
        const checked = (checkedItems['require-topics'] ?? []).map((item) => item.id);
        const items = messages.map((m) => m.item!);
        expect(new Set(items).size).toBe(items.length);
        for (const m of messages) {
          expect(checked).toContain(m.item);
          expect(m.line).toBeGreaterThanOrEqual(1);
          expect(m.line).toBeLessThanOrEqual(t.split('\n').length);
          expect(m.message).not.toMatch(/\{\{/);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the part a mention stands in', () => {
  it('is the innermost part holding it, as a scan of every part finds it', async () => {
    const dirs = ['fixtures/topics', 'fixtures/topics/heldout', 'fixtures/real', 'fixtures/labeled'];
    let checked = 0;
    for (const dir of dirs) {
      for (const name of readdirSync(path.join(ROOT, dir)).filter((f) => /\.(txt|md)$/.test(f))) {
        const text = readFileSync(path.join(ROOT, dir, name), 'utf8');
        const { outline } = await verify(text, { rules: [], settings: {}, locale: 'zh', format: name.endsWith('.md') ? 'markdown' : 'text' });
        const order = startOrder(outline.sections);
        for (let offset = 0; offset < text.length; offset += 5) {
          let naive: (typeof outline.sections)[number] | null = null;
          for (const section of outline.sections) {
            if (section.startOffset <= offset && offset < section.endOffset && (!naive || section.startOffset >= naive.startOffset)) naive = section;
          }
          expect(partAt(outline.sections, order, offset), `${dir}/${name} @${offset}`).toBe(naive);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(10000);
  });
});

