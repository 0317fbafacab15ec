// What the report-quality rules' examples do not show: the data tables, options and settings,
// English messages, and fixes that settle after one pass.
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { isIdNumber15, isIdNumber18 } from '../../rules/no-private-info.js';
import { isUniformHalfwidth } from '../../src/data/punctuation.js';
import { OUTDATED_REFERENCES } from '../../src/data/outdated-references.js';
import { verify, verifyAndFix, type LintOptions } from '../../src/engine/lint.js';
import type { RuleExamples } from '../../src/rule-api.js';

function options(id: string, ruleOptions: Record<string, unknown> = {}, settings: Record<string, unknown> = {}, locale: 'zh' | 'en' = 'zh'): LintOptions {
  const rule = builtinRules.get(id)!;
  const defaults = Object.fromEntries(
    Object.entries(rule.meta.schema?.properties ?? {})
      .filter(([, p]) => p.default !== undefined)
      .map(([name, p]) => [name, p.default]),
  );
  return { rules: [{ id, rule, severity: 1, options: { ...defaults, ...ruleOptions } }], settings, locale, format: 'text' };
}

describe('no-private-info: resident ID numbers', () => {
  it('accepts the GB 11643 example and rejects a wrong check character or date', () => {
    expect(isIdNumber18('11010519491231002X')).toBe(true);
    expect(isIdNumber18('110105194912310021')).toBe(false);
    expect(isIdNumber18('110105194913310026')).toBe(false);
  });
  it('takes a 15-digit number only with a real birth date', () => {
    expect(isIdNumber15('110105491231002')).toBe(true);
    expect(isIdNumber15('110105491331002')).toBe(false);
  });
  it('does not take a mobile number out of a longer digit run', async () => {
    const { messages } = await verify('工单编号2023138123456789,联系电话13812345678。\n', options('no-private-info'));
    expect(messages.map((m) => m.messageId)).toEqual(['mobile']);
  });
});

describe('uniform half-width text', () => {
  it('is a text without any full-width form and with ASCII marks in Chinese prose', () => {
    expect(isUniformHalfwidth('全年立案422宗,结案338宗,其中安全生产51宗,办结率100%;')).toBe(true);
    expect(isUniformHalfwidth('全年立案422宗,结案338宗,其中安全生产51宗，办结率100%;')).toBe(false);
    expect(isUniformHalfwidth('没有标点的标题')).toBe(false);
  });
});

describe('no-outdated-reference data', () => {
  for (const entry of OUTDATED_REFERENCES) {
    it(entry.id, () => {
      expect(entry.source.length).toBeGreaterThan(20);
      expect(entry.until).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(entry.flagFrom).toBeGreaterThanOrEqual(Number(entry.until.slice(0, 4)));
      expect(entry.patterns.length).toBeGreaterThan(0);
    });
  }
  it('does not flag a reference in the year it was replaced', async () => {
    const text = '某县人民政府2022年法治政府建设年度报告\n\n2022年,我县宣传《信访条例》。\n';
    expect((await verify(text, options('no-outdated-reference'))).messages).toEqual([]);
  });
});

describe('publish-deadline options', () => {
  const text = '某县司法局2023年法治政府建设年度报告\n\n2023年,我局办理案件24件。\n\n某县司法局\n\n2024年3月15日\n';
  it('the rule option wins over settings.deadline', async () => {
    const { messages } = await verify(text, options('publish-deadline', { deadline: '04-01' }, { deadline: '03-01' }));
    expect(messages).toEqual([]);
  });
  it('a malformed deadline stops the rule with a message naming the option', async () => {
    const { messages } = await verify(text, options('publish-deadline', { deadline: 'April 1' }));
    expect(messages).toHaveLength(1);
    expect(messages[0]!.fatal).toBe(true);
    expect(messages[0]!.message).toContain('deadline');
  });
});

const examples = import.meta.glob<{ default: RuleExamples }>('../../rules/*.examples.ts', { eager: true });
const FIXABLE = ['heading-sequence', 'fullwidth-punctuation', 'document-number'];

describe('fixes settle: the fix loop gives the example output, and fixing it again changes nothing', () => {
  for (const id of FIXABLE) {
    for (const example of examples[`../../rules/${id}.examples.ts`]!.default.invalid.filter((e) => e.output !== undefined)) {
      it(`${id}: ${example.name}`, async () => {
        const lintOptions = { ...options(id, example.options, example.settings), format: example.ext === '.md' ? ('markdown' as const) : ('text' as const) };
        const once = await verifyAndFix(example.text, lintOptions);
        expect(once.output).toBe(example.output);
        const twice = await verifyAndFix(once.output, lintOptions);
        expect(twice.output).toBe(once.output);
        expect(twice.messages.filter((m) => m.fix)).toEqual([]);
      });
    }
  }
});

describe('English messages', () => {
  it('fill every placeholder', async () => {
    const text = '某镇人民政府2024年法治政府建设年度报告\n\n2024以来,按照1+3+N”模式,依据国办发(2018)118号和中发〔202133号,宣传《信访条例》,联系13812345678。\n';
    const rules = ['year-consistency', 'paired-punctuation', 'document-number', 'no-outdated-reference', 'no-private-info', 'require-signature'];
    for (const id of rules) {
      const { messages } = await verify(text, options(id, {}, {}, 'en'));
      expect(messages.length, id).toBeGreaterThan(0);
      for (const m of messages) expect(m.message, id).not.toMatch(/\{\{|[\u4e00-\u9fff]{6}/);
    }
  });
});
