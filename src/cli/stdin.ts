// `--stdin [--stdin-filename <name>]`: lint what is piped in. The name picks the format (.docx,
// .html, .md, .txt) and the folder where the config lookup starts; the bytes are decoded as a
// file's are. Without a name the text is "<text>" (as ESLint), read as plain text from cwd.
import path from 'node:path';
import type { FazhiLint } from '../api/fazhi-lint.js';
import { STDIN_NAME } from '../api/stdin-name.js';
import { tooLarge } from '../engine/lint-file.js';
import { MAX_INPUT_BYTES } from '../read/limits.js';
import type { Locale } from '../rule-api.js';
import type { LintResult } from '../results.js';

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

export async function lintStdin(lint: FazhiLint, filename: string | undefined, cwd: string, locale: Locale): Promise<LintResult> {
  const { bytes, size } = await readStdin(MAX_INPUT_BYTES);
  if (size > MAX_INPUT_BYTES) return tooLarge(filename === undefined ? STDIN_NAME : path.resolve(cwd, filename), size, locale);
  const [result] = await lint.lintBuffer(bytes, { filePath: filename });
  return result!;
}
