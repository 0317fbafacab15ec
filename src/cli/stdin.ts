// `--stdin [--stdin-filename <name>]`: lint what is piped in. The name picks the format (.docx,
// .html, .md, .txt) and the folder where the config lookup starts; the bytes are decoded as a
// file's are. Without a name the text is "<text>" (as ESLint), read as plain text from cwd.
import path from 'node:path';
import { resolveConfigFor, type ConfigRequest } from '../config/load.js';
import { lintBytes, tooLarge, type FileLintRequest } from '../engine/lint-file.js';
import { MAX_INPUT_BYTES } from '../read/limits.js';
import type { LintResult } from '../results.js';

export const STDIN_NAME = '<text>';

/** All of stdin, keeping at most `limit` bytes in memory; `size` counts everything read. */
export async function readStdin(limit: number, input: NodeJS.ReadableStream = process.stdin): Promise<{ bytes: Uint8Array; size: number }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size <= limit) chunks.push(buffer);
  }
  return { bytes: size <= limit ? Buffer.concat(chunks) : new Uint8Array(), size };
}

/** `options`: what the run adds to every file's request (--fix-dry-run, disable-comment checks). */
export async function lintStdin(
  filename: string | undefined,
  config: ConfigRequest,
  cwd: string,
  options: Omit<FileLintRequest, 'rules' | 'settings' | 'locale' | 'knownRuleIds'> = {},
): Promise<LintResult> {
  const filePath = filename === undefined ? STDIN_NAME : path.resolve(cwd, filename);
  const resolved = await resolveConfigFor(filename === undefined ? path.join(cwd, STDIN_NAME) : filePath, config);
  const { bytes, size } = await readStdin(MAX_INPUT_BYTES);
  if (size > MAX_INPUT_BYTES) return tooLarge(filePath, size, resolved.locale);
  return lintBytes(bytes, filePath, { ...options, knownRuleIds: resolved.registry, rules: resolved.rules, settings: resolved.settings, locale: resolved.locale });
}
