// One upload → what the page shows. The Node API does all the linting (FazhiLint#lintBuffer, as
// `--stdin --stdin-filename` lints a file's bytes); this module only reshapes its result for the page: a checklist
// per required part, findings with offsets into the text, the fixed text, the active rules.
import type { Locale, LoadedRule } from '../rule-api.js';
import type { LintMessage, LintResult, RulesMeta } from '../results.js';
import path from 'node:path';
import { FazhiLint, type FazhiLintOptions } from '../api/fazhi-lint.js';
import { toResult } from '../engine/lint-file.js';
import { LineIndex } from '../read/positions.js';

/** ok: nothing reported; weak: the part is there but falls short; missing: it is absent. */
export type ChecklistStatus = 'ok' | 'weak' | 'missing';

export interface ChecklistItem {
  ruleId: string;
  description: string;
  status: ChecklistStatus;
  /** The messages' text (the basis is shown on its own). */
  reasons: string[];
  basis: string | null;
  /** Index into `findings` of the first finding of this rule, for jumping to it. */
  firstFinding: number | null;
}

export interface Finding {
  ruleId: string | null;
  messageId: string | null;
  severity: 1 | 2;
  reason: string;
  basis: string | null;
  line: number;
  column: number;
  /** Offsets into `text`; start === end for a point (e.g. where a missing part belongs). */
  start: number;
  end: number;
  fixable: boolean;
}

export interface ActiveRule {
  id: string;
  type: LoadedRule['meta']['type'];
  description: string;
  severity: 'off' | 'warn' | 'error';
  options: Record<string, unknown>;
  fixable: boolean;
  basis: string | null;
}

export interface ServeReport {
  fileName: string;
  locale: Locale;
  /** The text the findings point into (for a .docx or .html: its paragraphs, one a line). */
  text: string | null;
  /** 'paragraph' when `line` counts a .docx's or .html's paragraphs. */
  locationUnit: 'line' | 'paragraph';
  checklist: ChecklistItem[];
  findings: Finding[];
  errorCount: number;
  warningCount: number;
  fixableCount: number;
  /** The text after the engine's fix loop; null when nothing could be fixed (or the format is not written: .docx, .html). */
  fixedText: string | null;
}

/** A file that could not be read (binary, empty, bad encoding …): the engine's own message. */
export class UploadError extends Error {}

/** What the page says of the config: the file in use and its rules, in each locale. */
export interface PageConfig {
  /** The locale when the page asks for none (--locale, else the config's). */
  locale: Locale;
  configFile: string | null;
  rules: Record<Locale, ActiveRule[]>;
}

/**
 * The config a report uploaded to `serve` gets (a file in the folder it started from) and every
 * rule it knows, on or off, in the order of --print-config's registry: asked of the Node API, as
 * the checkers lint with the same options.
 */
export async function pageConfigOf(options: FazhiLintOptions): Promise<PageConfig> {
  const upload = path.join(path.resolve(options.cwd ?? process.cwd()), 'upload.txt');
  const config = await new FazhiLint(options).calculateConfigForFile(upload);
  const rulesIn = async (locale: Locale): Promise<ActiveRule[]> => {
    const meta = await new FazhiLint({ ...options, locale }).getRulesMetaForResults([toResult(upload, [])]);
    return Object.entries(meta).map(([id, rule]) => {
      const [severity, options] = config.rules[id] ?? ['off', {}];
      return {
        id,
        type: rule.type ?? 'custom',
        description: rule.description,
        severity,
        options: severity === 'off' ? {} : options,
        fixable: rule.fixable === true,
        basis: rule.basis ?? null,
      };
    });
  };
  return { locale: config.locale, configFile: config.configFile, rules: { zh: await rulesIn('zh'), en: await rulesIn('en') } };
}

function toFinding(message: LintMessage, lines: LineIndex | null): Finding {
  const start = lines ? lines.offsetAt(message.line, message.column) : 0;
  const end = lines && message.endLine !== undefined ? Math.max(start, lines.offsetAt(message.endLine, message.endColumn ?? 1)) : start;
  return {
    ruleId: message.ruleId,
    messageId: message.messageId ?? null,
    severity: message.severity,
    reason: message.message,
    basis: message.basis ?? null,
    line: message.line,
    column: message.column,
    start,
    end,
    fixable: message.fix !== undefined,
  };
}

/** A row per checklist rule that ran on the upload, in the config's order. */
function checklistOf(checked: readonly string[], meta: RulesMeta, findings: Finding[]): ChecklistItem[] {
  return checked
    .filter((id) => meta[id]?.type === 'checklist')
    .map((id) => {
      const own = findings.filter((f) => f.ruleId === id);
      // As fixtures/real/expected.json reads results: messageId "missing" = absent, any other = weak.
      const status: ChecklistStatus = own.length === 0 ? 'ok' : own.some((f) => f.messageId === 'missing') ? 'missing' : 'weak';
      const first = findings.findIndex((f) => f.ruleId === id);
      return {
        ruleId: id,
        description: meta[id]!.description,
        status,
        reasons: own.map((f) => f.reason),
        basis: meta[id]!.basis ?? null,
        firstFinding: first === -1 ? null : first,
      };
    });
}

function unreadable(result: LintResult): string | null {
  const fatal = result.messages.find((m) => m.fatal && m.ruleId === null);
  return fatal ? fatal.message : null;
}

/** The linters of one language: as configured, and with fixes for the fixed text. */
export interface Linters {
  lint: FazhiLint;
  fixing: FazhiLint;
}

/** Lints an upload by name and bytes, as a file of that name in `serve`'s folder; nothing is written to disk. */
export async function analyzeUpload(bytes: Uint8Array, fileName: string, linters: Linters, locale: Locale): Promise<ServeReport> {
  const filePath = path.basename(fileName);
  const [result] = (await linters.lint.lintBuffer(bytes, { filePath })) as [LintResult];
  const problem = unreadable(result);
  if (problem) throw new UploadError(`${fileName}: ${problem}`);

  const text = result.source ?? result.text ?? null;
  const lines = text === null ? null : new LineIndex(text);
  const findings = result.messages.map((m) => toFinding(m, lines));
  const fixableCount = findings.filter((f) => f.fixable).length;
  // The fixed text comes from the engine's own fix loop (the CLI's --fix), run on the same bytes.
  let fixedText: string | null = null;
  if (fixableCount > 0) {
    const [fixed] = await linters.fixing.lintBuffer(bytes, { filePath });
    fixedText = fixed!.output ?? null;
  }
  return {
    fileName,
    locale,
    text,
    locationUnit: result.locationUnit ?? 'line',
    checklist: checklistOf(result.checkedRules ?? [], await linters.lint.getRulesMetaForResults([result]), findings),
    findings,
    errorCount: result.errorCount,
    warningCount: result.warningCount,
    fixableCount,
    fixedText,
  };
}
