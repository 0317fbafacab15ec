// Results keep only what the run's format reads (src/api/lint-files.ts fieldsFor/trimResult): the
// dropped fields never change an output, and a cached result stays whole for other formats.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldsFor, trimResult } from '../../src/api/lint-files.js';
import { lintText } from '../../src/engine/lint-file.js';
import { resolveConfigFor } from '../../src/config/resolve.js';
import { ROOT, runCli } from '../helpers/cli.js';

const REAL = path.join(ROOT, 'fixtures/real');

async function realResult() {
  const file = path.join(REAL, readdirSync(REAL).filter((f) => f.endsWith('.txt')).sort()[0]!);
  const config = await resolveConfigFor(file, { noLookup: true });
  return lintText(readFileSync(file, 'utf8'), file, { rules: config.rules, settings: config.settings, locale: config.locale });
}

describe('result fields per format', () => {
  it('json keeps ESLint\'s source and drops the reviewer fields; a copy, the original untouched', async () => {
    const result = await realResult();
    expect(result.messages.length).toBeGreaterThan(0);
    expect(result.outline).toBeDefined();
    const trimmed = trimResult(result, fieldsFor('json', false));
    expect(trimmed.source).toBe(result.source);
    expect(trimmed).not.toHaveProperty('outline');
    expect(trimmed).not.toHaveProperty('checkedRules');
    expect(trimmed.messages).toBe(result.messages);
    expect(result.outline).toBeDefined(); // a cached result is not trimmed in place
  });

  it('checklist keeps the outline, --print-outline too; a format module keeps everything', async () => {
    const result = await realResult();
    expect(trimResult(result, fieldsFor('checklist', false)).outline).toEqual(result.outline);
    expect(trimResult(result, fieldsFor('checklist', false))).not.toHaveProperty('source');
    expect(trimResult(result, fieldsFor('stylish', true)).outline).toEqual(result.outline);
    expect(fieldsFor('./my-formatter.js', false)).toBeUndefined();
    expect(trimResult(result, undefined)).toBe(result);
  });

  it('a cache filled by a json run serves a later checklist run as a fresh run would', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fazhi-lint-fields-'));
    mkdirSync(path.join(dir, 'reports'));
    for (const f of readdirSync(REAL).filter((f) => f.endsWith('.txt'))) copyFileSync(path.join(REAL, f), path.join(dir, 'reports', f));
    const fresh = runCli(['--no-config-lookup', '--format', 'checklist', 'reports'], { cwd: dir });
    runCli(['--no-config-lookup', '--format', 'json', '--cache', 'reports'], { cwd: dir });
    const cached = runCli(['--no-config-lookup', '--format', 'checklist', '--cache', 'reports'], { cwd: dir });
    expect(fresh.stdout).toContain('✓');
    expect(cached.stdout).toBe(fresh.stdout);
  });
});
