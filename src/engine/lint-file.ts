// Linting one file on disk: bytes → text → verify (or the fix loop) → an ESLint-shaped result.
// A file that cannot be read becomes one fatal message; it never stops the other files.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locale } from '../rule-api.js';
import { countMessages, type LintMessage, type LintResult } from '../results.js';
import { decode } from '../read/decode.js';
import { ReadError } from '../read/errors.js';
import { verify, verifyAndFix, type LintOptions, type SourceFormat } from './lint.js';

export const MARKDOWN_EXTENSIONS = ['.md', '.markdown'];
export const TEXT_EXTENSIONS = ['.txt'];

export function formatOf(filePath: string): SourceFormat {
  return MARKDOWN_EXTENSIONS.includes(path.extname(filePath).toLowerCase()) ? 'markdown' : 'text';
}

const READ_PROBLEMS: Record<string, { zh: string; en: string }> = {
  binary: { zh: '文件含有二进制内容,不是文本报告', en: 'the file has binary content; it is not a text report' },
  encoding: { zh: '无法识别文件编码(既不是 UTF-8 也不是 GB18030/GBK)', en: 'unknown encoding (neither UTF-8 nor GB18030/GBK)' },
  empty: { zh: '文件为空', en: 'the file is empty' },
  'too-large': { zh: '文件过大', en: 'the file is too large' },
  unsupported: { zh: '不支持的文件格式', en: 'unsupported file format' },
  missing: { zh: '文件不存在', en: 'no such file' },
  unreadable: { zh: '无法读取文件', en: 'the file cannot be read' },
};

export function fatalResult(filePath: string, code: string, locale: Locale, detail?: string): LintResult {
  const text = READ_PROBLEMS[code] ?? READ_PROBLEMS.unreadable!;
  const message: LintMessage = {
    ruleId: null,
    fatal: true,
    severity: 2,
    message: text[locale] + (detail ? `: ${detail}` : ''),
    line: 1,
    column: 1,
  };
  return toResult(filePath, [message]);
}

export function toResult(filePath: string, messages: LintMessage[], extra: Partial<LintResult> = {}): LintResult {
  return {
    filePath,
    messages,
    suppressedMessages: [],
    ...countMessages(messages),
    usedDeprecatedRules: [],
    ...extra,
  };
}

export interface FileLintRequest extends Omit<LintOptions, 'format'> {
  fix?: boolean;
  /** --fix-type / rules allowed to fix; all when undefined. */
  fixRules?: ReadonlySet<string>;
}

export async function lintText(text: string, filePath: string, request: FileLintRequest): Promise<LintResult> {
  const options: LintOptions = { ...request, format: formatOf(filePath) };
  if (request.fix) {
    const outcome = await verifyAndFix(text, options, request.fixRules);
    return toResult(filePath, outcome.messages, {
      outline: outcome.outline,
      ...(outcome.fixed ? { output: outcome.output } : outcome.messages.length ? { source: text } : {}),
    });
  }
  const { messages, outline } = await verify(text, options);
  return toResult(filePath, messages, { outline, ...(messages.length ? { source: text } : {}) });
}

export async function lintFile(filePath: string, request: FileLintRequest): Promise<LintResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unreadable';
    return fatalResult(filePath, code, request.locale, (error as NodeJS.ErrnoException).code);
  }
  let text: string;
  try {
    text = decode(bytes).text;
  } catch (error) {
    if (error instanceof ReadError) return fatalResult(filePath, error.code, request.locale);
    throw error;
  }
  if (text.trim() === '') return fatalResult(filePath, 'empty', request.locale);
  return lintText(text, filePath, request);
}
