// require-topics as a reviewer configures it: the three presets, `topics: auto` on a folder of
// reports from different kinds of issuers, a province's own topics, and mistakes named clearly.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfigFor } from '../../src/config/resolve.js';
import { lintFile } from '../../src/engine/lint-file.js';
import { expectConfigError, tree } from './helpers.js';

const DEPARTMENT = '青川县水务局2023年法治政府建设情况报告\n\n一、主要举措和成效\n\n查处水事违法案件12件。\n';
const COUNTY = '青川县人民政府2023年法治政府建设年度报告\n\n一、主要举措和成效\n\n查处违法案件12件。\n';

async function topicsChecked(root: string, file: string) {
  const config = await resolveConfigFor(path.join(root, file), {});
  const result = await lintFile(path.join(root, file), { rules: config.rules, settings: config.settings, locale: config.locale });
  return { config, result, ids: (result.checkedItems?.['require-topics'] ?? []).map((item) => item.id) };
}

describe('require-topics in config', () => {
  it('extends: fazhi-lint:department is the recommended rules plus the department list', async () => {
    const root = tree({ '.linterrc': 'extends: fazhi-lint:department\n', 'r.txt': COUNTY });
    const { config, ids } = await topicsChecked(root, 'r.txt');
    expect(config.ruleSettings['require-topics']).toEqual(['error', expect.objectContaining({ topics: 'department' })]);
    expect(config.ruleSettings['require-title']![0]).toBe('error');
    // The preset's list holds even for a county's report: the config decides, not the issuer.
    expect(ids).toEqual(['normative-documents', 'major-decisions', 'law-enforcement', 'administrative-reconsideration', 'administrative-litigation', 'legal-publicity']);
  });

  it('topics: auto holds each report of a folder to its own issuer kind’s list', async () => {
    const root = tree({
      '.linterrc': 'rules:\n  require-topics: [error, { topics: auto }]\n',
      'county.txt': COUNTY,
      'department.txt': DEPARTMENT,
    });
    const county = await topicsChecked(root, 'county.txt');
    const department = await topicsChecked(root, 'department.txt');
    expect(county.ids).toContain('emergency-response');
    expect(department.ids).not.toContain('emergency-response');
    expect(department.ids).toContain('legal-publicity');
    // Without extends, the config builds on the recommended rules.
    expect(county.config.ruleSettings['require-achievements']![0]).toBe('error');
  });

  it('a province adds its own topic, with a pattern checked when the config is loaded', async () => {
    const root = tree({
      '.linterrc': [
        'extends: fazhi-lint:department',
        'rules:',
        '  require-topics:',
        '    - error',
        '    - topics: department',
        '      add:',
        '        - id: water-permits',
        '          name: 取水许可',
        '          patterns: ["取水许可(?:证|审批)"]',
        '          basis: 省水利厅工作指引',
        '',
      ].join('\n'),
      'r.txt': DEPARTMENT,
    });
    const { result, ids } = await topicsChecked(root, 'r.txt');
    expect(ids.at(-1)).toBe('water-permits');
    const message = result.messages.find((m) => m.item === 'water-permits')!;
    expect(message.messageId).toBe('missing');
    expect(message.message).toBe('报告没有写到“取水许可”方面的工作');
    expect(message.basis).toBe('省水利厅工作指引');
  });

  it('an unknown topic id, an unknown list or a dangerous pattern is a config error naming the key', async () => {
    const unknownId = tree({ '.linterrc': 'rules:\n  require-topics: [error, { include: [emergency] }]\n', 'r.txt': COUNTY });
    await expectConfigError(resolveConfigFor(path.join(unknownId, 'r.txt'), {}), path.join(unknownId, '.linterrc'), 'rules.require-topics.include[0]', /expected one of "party-leadership"/);
    const unknownList = tree({ '.linterrc': 'rules:\n  require-topics: [error, { topics: county }]\n', 'r.txt': COUNTY });
    await expectConfigError(resolveConfigFor(path.join(unknownList, 'r.txt'), {}), path.join(unknownList, '.linterrc'), 'rules.require-topics.topics', /expected one of "auto", "outline-2021"/);
    const dangerous = tree({ '.linterrc': 'rules:\n  require-topics: [error, { add: [{ id: x, name: x, patterns: ["(a|aa)*b"] }] }]\n', 'r.txt': COUNTY });
    await expectConfigError(resolveConfigFor(path.join(dangerous, 'r.txt'), {}), path.join(dangerous, '.linterrc'), 'rules.require-topics.add[0].patterns[0]', /backtrack/);
  });
});
