// The report-quality rules on the three real reports: exactly what a careful reader finds.
// Each expected message was checked against the text (line numbers are the files' own):
// - 炭步镇 2022, line 7: the opening "2022以来" lacks 年. Signed and dated 2023年1月19日 (lines
//   40-44), in time; all punctuation half-width (a scraped, NFKC-normalised page), not reported.
// - 东湖区 2022: no 落款, only the metadata table's 生成日期 2023-01-17; reported at the end (33).
//   Its 文号 洪司字〔2022〕92号 (line 21) is well formed.
// - 柳荫镇 2024, line 4: "中发〔202133号" for 中发〔2021〕33号; line 22: "1+3+N”模式" closes a quote
//   never opened; line 34: 《信访条例》, replaced by 《信访工作条例》 on 1 May 2022, publicised as
//   current in 2024; no 落款, only 日期:2025-02-27 (reported at the last line of the body, 58).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { verify, type ResolvedRule } from '../../src/engine/lint.js';

const QUALITY_RULES = [
  'year-consistency',
  'require-signature',
  'publish-deadline',
  'heading-sequence',
  'paired-punctuation',
  'fullwidth-punctuation',
  'document-number',
  'no-outdated-reference',
  'no-private-info',
];

function resolved(): ResolvedRule[] {
  return QUALITY_RULES.map((id) => {
    const rule = builtinRules.get(id)!;
    const defaults = Object.fromEntries(
      Object.entries(rule.meta.schema?.properties ?? {})
        .filter(([, p]) => p.default !== undefined)
        .map(([name, p]) => [name, p.default]),
    );
    return { id, rule, severity: 1 as const, options: defaults };
  });
}

async function qualityMessages(file: string): Promise<string[]> {
  const text = readFileSync(new URL(`../../fixtures/real/${file}`, import.meta.url), 'utf8');
  const { messages } = await verify(text, { rules: resolved(), settings: {}, locale: 'zh', format: 'text' });
  expect(messages.filter((m) => m.fatal)).toEqual([]);
  return messages.map((m) => `${m.ruleId}:${m.messageId}@${m.line}`);
}

describe('report-quality rules on the real reports', () => {
  it('every quality rule is registered and recommended', () => {
    for (const id of QUALITY_RULES) {
      const rule = builtinRules.get(id);
      expect(rule, id).toBeDefined();
      expect(rule!.meta.docs.recommended).toBe(true);
      expect(rule!.meta.type).not.toBe('checklist');
    }
  });

  it('炭步镇 2022: only the "2022以来" typo', async () => {
    expect(await qualityMessages('real-2022-guangzhou-tanbu.txt')).toEqual(['year-consistency:missing-nian@7']);
  });

  it('东湖区 2022: only the missing 落款', async () => {
    expect(await qualityMessages('real-2022-nanchang-donghu.txt')).toEqual(['require-signature:weak-published-date-only@33']);
  });

  it('柳荫镇 2024: the 文号, the stray quotation mark, 《信访条例》 and the missing 落款', async () => {
    expect(await qualityMessages('real-2024-chongqing-liuyin.txt')).toEqual([
      'document-number:malformed@4',
      'paired-punctuation:unopened@22',
      'no-outdated-reference:outdated@34',
      'require-signature:weak-published-date-only@58',
    ]);
  });
});
