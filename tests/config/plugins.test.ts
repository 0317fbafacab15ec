// Plugins: local modules or npm packages exporting { rules }, namespaced plugin-name/rule-id.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfigFor } from '../../src/config/load.js';
import { verify } from '../../src/engine/lint.js';
import { REPORT, tree } from './helpers.js';

// A plugin rule as a user would write it, in plain JavaScript.
const PLUGIN = `export default {
  rules: {
    'needs-signature': {
      meta: {
        type: 'custom',
        docs: { description: { zh: '须有落款日期', en: 'needs a dated signature' }, recommended: false },
        messages: { missing: { zh: '缺少落款日期', en: 'No dated signature' } },
        schema: { type: 'object', properties: { where: { type: 'string', description: 'x' } } },
      },
      create(context) {
        return { 'root:exit'() { if (!context.outline.date) context.report({ messageId: 'missing', data: {} }); } };
      },
    },
  },
};
`;

describe('plugins', () => {
  it('loads a rule from a local file, namespaced by the file name, and the engine runs it', async () => {
    const root = tree({
      'plugins/fazhi-lint-plugin-henan.mjs': PLUGIN,
      '.linterrc': 'plugins: [./plugins/fazhi-lint-plugin-henan.mjs]\nrules:\n  henan/needs-signature: [warn, { where: end }]\n',
      'r.txt': REPORT,
    });
    const config = await resolveConfigFor(path.join(root, 'r.txt'), {});
    expect(config.plugins).toEqual(['henan']);
    const rule = config.rules.find((r) => r.id === 'henan/needs-signature');
    expect(rule).toMatchObject({ severity: 1, options: { where: 'end' } });
    const { messages } = await verify(REPORT, { rules: config.rules, settings: config.settings, locale: 'zh', format: 'text' });
    const message = messages.find((m) => m.ruleId === 'henan/needs-signature');
    expect(message).toMatchObject({ severity: 1, message: '缺少落款日期' });
  });

  it('an object names plugins; an npm package is found beside the config', async () => {
    const root = tree({
      'node_modules/fazhi-lint-plugin-xinyang/package.json': '{ "name": "fazhi-lint-plugin-xinyang", "type": "module", "main": "index.js" }',
      'node_modules/fazhi-lint-plugin-xinyang/index.js': PLUGIN,
      '.linterrc': 'plugins:\n  xy: fazhi-lint-plugin-xinyang\nrules:\n  xy/needs-signature: error\n',
      'r.txt': REPORT,
    });
    const config = await resolveConfigFor(path.join(root, 'r.txt'), {});
    expect(config.rules.find((r) => r.id === 'xy/needs-signature')?.severity).toBe(2);
  });

  it('plugin rule options are checked against the plugin rule\'s schema', async () => {
    const root = tree({
      'p.mjs': PLUGIN,
      '.linterrc': 'plugins: [./p.mjs]\nrules:\n  p/needs-signature: [warn, { where: 3 }]\n',
      'r.txt': REPORT,
    });
    await expect(resolveConfigFor(path.join(root, 'r.txt'), {})).rejects.toThrow(/rules\.p\/needs-signature\.where: expected a string, got number 3/);
  });
});
