// Issue 4's acceptance: `npx fazhi-lint` reproduces every expected outcome of the real reports
// (fixtures/real/expected.json, a careful reviewer's conclusions).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

interface Expected {
  reports: Record<string, Record<string, unknown>>;
}

const expected = JSON.parse(readFileSync(new URL('../../fixtures/real/expected.json', import.meta.url), 'utf8')) as Expected;

describe('real reports: the CLI reaches the reviewer’s conclusions', () => {
  for (const [file, outcomes] of Object.entries(expected.reports)) {
    it(file, () => {
      const run = runCli(['--no-config-lookup', '--format', 'json', `fixtures/real/${file}`]);
      const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string; messageId: string }> }>;
      for (const [rule, wanted] of Object.entries(outcomes)) {
        if (!Array.isArray(wanted)) continue;
        const ids = result!.messages.filter((m) => m.ruleId === rule).map((m) => m.messageId);
        const outcome = ids.length === 0 ? 'ok' : ids[0]!.startsWith('weak') ? 'weak' : ids[0];
        expect(outcome, `${file} ${rule}`).toBe(wanted[0]);
      }
    });
  }
});
