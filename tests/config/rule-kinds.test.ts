// The rule kinds configured by data, as a province would configure them in YAML.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfigFor, type ResolvedConfig } from '../../src/config/resolve.js';
import { verify, verifyAndFix } from '../../src/engine/lint.js';
import { tree } from './helpers.js';

async function configFrom(yaml: string): Promise<ResolvedConfig> {
  const root = tree({ '.linterrc': `extends: []\n${yaml}`, 'r.txt': 'x' });
  return resolveConfigFor(path.join(root, 'r.txt'), {});
}

async function lint(yaml: string, text: string) {
  const config = await configFrom(yaml);
  return verify(text, { rules: config.rules, settings: config.settings, locale: config.locale, format: 'text' });
}

const REPORT = [
  '某市司法局2023年法治政府建设年度报告',
  '',
  '一、主要举措和成效',
  '',
  '严格落实重大行政决策程序,全年重大行政决策5项。落实“谁执法谁普法”普法责任制。加快建设法制政府。',
  '',
  '二、存在的不足和原因',
  '',
  '个别重大行政决策未经合法性审查,原因是程序意识不强。',
  '',
].join('\n');

describe('required-terms', () => {
  const yaml = `rules:
  required-terms:
    - error
    - items:
        - terms: [重大行政决策]
        - terms: [合法性审查, 合法性审核]
          section: achievements
          message: 主要举措部分应写明重大行政决策的合法性审查
        - terms: [负责人出庭应诉率]
          severity: warn
        - terms: [谁执法谁普法]
        - terms: [行政复议]
          severity: "off"
`;

  it('checks each group within its section scope, with its own message and severity', async () => {
    const { messages } = await lint(yaml, REPORT);
    const found = messages.filter((m) => m.ruleId === 'required-terms').map((m) => [m.severity, m.message, m.line]);
    // 合法性审查 appears, but only under the problems: the achievements lack it.
    expect(found).toContainEqual([2, '主要举措部分应写明重大行政决策的合法性审查', 3]);
    expect(found).toContainEqual([1, '报告未写到“负责人出庭应诉率”', 1]);
    // 重大行政决策 and 谁执法谁普法 are there; 行政复议 is switched off.
    expect(found).toHaveLength(2);
  });

  it('runs once per item severity, so each message carries its item\'s severity', async () => {
    const config = await configFrom(yaml);
    const runs = config.rules.filter((r) => r.id === 'required-terms');
    expect(runs.map((r) => [r.severity, (r.options.items as unknown[]).length])).toEqual([
      [2, 3],
      [1, 1],
    ]);
  });

  it('puts the terms into a custom message as written, "$&" included', async () => {
    const { messages } = await lint('rules:\n  required-terms: [error, { items: [{ terms: ["A$&B"], message: "应写明{{terms}}" }] }]\n', '正文。\n');
    expect(messages.map((m) => m.message)).toEqual(['应写明A$&B']);
  });

  it('matches Chinese as plain substrings, across a line break', async () => {
    const { messages } = await lint(
      'rules:\n  required-terms: [error, { items: [{ terms: [依法行政] }] }]\n',
      '推进全面依法\n行政工作。\n',
    );
    expect(messages).toEqual([]);
  });
});

describe('forbidden-terms', () => {
  const yaml = `rules:
  forbidden-terms:
    - warn
    - items:
        - terms: [法制政府]
          replacement: 法治政府
        - terms: [依法治市]
          replacement: 全面依法治市
        - patterns: ["稳中有进[,,]?进中向好"]
          message: "“{{found}}”不宜用于法治政府建设年度报告"
          severity: error
`;

  it('reports each use; a replacement makes it fixable, and the fix is stable', async () => {
    const text = '加快建设法制政府,深入推进依法治市和全面依法治市,稳中有进、进中向好,形势稳中有进,进中向好。\n';
    const config = await configFrom(yaml);
    const options = { rules: config.rules, settings: config.settings, locale: config.locale, format: 'text' as const };
    const { messages } = await verify(text, options);
    expect(messages.map((m) => [m.severity, m.message, Boolean(m.fix)])).toEqual([
      [1, '不应使用“法制政府”,应改为“法治政府”', true],
      [1, '不应使用“依法治市”,应改为“全面依法治市”', true],
      [2, '“稳中有进,进中向好”不宜用于法治政府建设年度报告', false],
    ]);
    const fixed = await verifyAndFix(text, options);
    expect(fixed.output).toBe('加快建设法治政府,深入推进全面依法治市和全面依法治市,稳中有进、进中向好,形势稳中有进,进中向好。\n');
    const again = await verifyAndFix(fixed.output, options);
    expect(again.fixed).toBe(false);
    expect(again.messages.filter((m) => m.fix)).toEqual([]);
  });

  it('puts the found text into a message as written: "$&" and "$\'" are not replacement patterns, "{{…}}" is not a placeholder', async () => {
    const yaml = `rules:
  forbidden-terms:
    - error
    - items:
        - terms: ["法$&制", "甲$'乙"]
          replacement: 法治
          message: "“{{found}}”应改为“{{replacement}}”"
        - patterns: ["\\\\{\\\\{[a-z]+\\\\}\\\\}"]
          message: "删去“{{found}}”"
`;
    const { messages } = await lint(yaml, '推进法$&制建设,甲$\'乙。模板残留{{replacement}}。\n');
    expect(messages.map((m) => m.message)).toEqual(['“法$&制”应改为“法治”', '“甲$\'乙”应改为“法治”', '删去“{{replacement}}”']);
  });

  it('can be limited to one kind of part', async () => {
    const { messages } = await lint('rules:\n  forbidden-terms: [error, { items: [{ terms: [重大行政决策], section: problems }] }]\n', REPORT);
    expect(messages.map((m) => m.line)).toEqual([9]);
  });
});

describe('section-min-length', () => {
  it('reports a part shorter than its kind\'s minimum, and leaves missing parts alone', async () => {
    const { messages } = await lint('rules:\n  section-min-length: [error, { minLength: { problems: 40, achievements: 10, plans: 100 } }]\n', REPORT);
    expect(messages.map((m) => [m.ruleId, m.line])).toEqual([['section-min-length', 7]]);
    expect(messages[0]!.message).toMatch(/“二、存在的不足和原因”\(存在的不足和原因\)正文仅 \d+ 字,少于要求的 40 字/);
  });

  it('needs at least one kind', async () => {
    await expect(configFrom('rules:\n  section-min-length: [error, { minLength: {} }]\n')).rejects.toThrow(/minLength: needs "achievements" or "problems"/);
  });
});
