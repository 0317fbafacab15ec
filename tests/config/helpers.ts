// Temp folders of configs and reports for the config tests.
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { ConfigError } from '../../src/config/index.js';

/** A report the outline reads: title, achievements with a figure, problems with causes. */
export const REPORT = '某县司法局2023年法治政府建设年度报告\n\n一、主要举措和成效\n\n办理行政复议案件24件。\n\n二、存在的不足和原因\n\n执法力量不足,主要原因是编制有限。\n';

/** Writes `files` (path → text) under a new temp folder; returns the folder. */
export function tree(files: Record<string, string>): string {
  // realpath: on some systems the temp folder is a symlink, and cosmiconfig reports real paths.
  const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'fazhi-config-')));
  // A package.json at the root stops the upward search here, away from the real home folder.
  writeFileSync(path.join(root, 'package.json'), '{"name": "reports", "private": true}\n');
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(root, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return root;
}

/** Expects a ConfigError naming the file and key, with a message matching `pattern`. */
export async function expectConfigError(promise: Promise<unknown>, file: string, key: string, pattern: RegExp): Promise<ConfigError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'a ConfigError').toBeInstanceOf(ConfigError);
  const configError = error as ConfigError;
  expect(configError.file).toBe(file);
  expect(configError.key).toBe(key);
  expect(configError.message).toMatch(pattern);
  expect(configError.message.startsWith(`${file}: ${key}: `)).toBe(true);
  return configError;
}
