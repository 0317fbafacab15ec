// The shape of lint results, shared by the engine (which makes them) and the formatters
// (which print them). It follows ESLint's LintResult so ESLint tooling can read our JSON.
import type { CheckedItem, Fix, Outline } from './rule-api.js';

export interface LintMessage {
  ruleId: string | null;
  messageId?: string;
  /** 1 warning, 2 error. */
  severity: 1 | 2;
  /** The message alone; its legal basis is `basis`. */
  message: string;
  /** Not ESLint's: the legal basis the message rests on, in the run's locale (formats show it beside the message). */
  basis?: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  fix?: Fix;
  /** A problem that stopped the file or a rule from being checked. */
  fatal?: boolean;
  /** Not ESLint's: the item of a rule that checks several (require-topics: the topic's id). */
  item?: string;
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  suppressedMessages: LintMessage[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  usedDeprecatedRules: never[];
  /** The fixed text, present when fixes were applied. */
  output?: string;
  /** The source text, present when there are messages and no output (as ESLint). */
  source?: string;
  /** Not part of ESLint's shape: the outline, for reviewer formats. Not printed by `json`. */
  outline?: Outline;
  /** Not ESLint's: the linted text when `source` is absent (a clean file), for formats that show the report. */
  text?: string;
  /** Not ESLint's: the ids of the rules run on this file, so a checklist can tell "passed" from "not checked". */
  checkedRules?: string[];
  /**
   * Not ESLint's: per rule id, the items that rule checked on this file (require-topics: its
   * topics), so a matrix can tell ✓ from "not checked" per item. Absent when no rule declared any.
   */
  checkedItems?: Record<string, CheckedItem[]>;
  /**
   * Not ESLint's: what `line` counts. Absent for .txt/.md (lines of the file); 'paragraph' for a
   * .docx or .html, which have no lines: line N is the document's N-th non-empty paragraph
   * (`source` is then the paragraph text, one a line). Formatters print "第N段" / "paragraph N".
   */
  locationUnit?: 'paragraph';
  /** Not ESLint's: with --annotate, the reviewed Word document written and what it holds. */
  reviewed?: { path: string; comments: number; changes: number };
}

/** Metadata a formatter may show (rule descriptions, docs links), keyed by rule id. */
export interface RulesMeta {
  [ruleId: string]: {
    description: string;
    url?: string;
    basis?: string;
    /** The rule's kind: 'checklist' rules are the required parts a reviewer checks. */
    type?: 'checklist' | 'quality' | 'typography' | 'custom';
    /** The rule's documentation page inside the package, e.g. docs/rules/require-title.md. */
    docsPath?: string;
    /** messageId → message template in the run's locale. */
    messages?: Record<string, string>;
    /** Whether the rule is in fazhi-lint:recommended: a checklist rule that is not, and was not run, is no row of a checklist. */
    recommended?: boolean;
    /** Whether the rule's messages may carry a fix. */
    fixable?: boolean;
    /** A short name for matrix columns ("标题", "三项制度"), in the run's locale. */
    label?: string;
  };
}

export interface FormatterContext {
  cwd: string;
  locale: 'zh' | 'en';
  rulesMeta: RulesMeta;
  /** Colour output (stylish only). */
  color: boolean;
  /** fazhi-lint's version, for formats that name the tool (SARIF). */
  toolVersion?: string;
}

export type Formatter = (results: LintResult[], context: FormatterContext) => string;

export function countMessages(messages: LintMessage[]): Pick<
  LintResult,
  'errorCount' | 'fatalErrorCount' | 'warningCount' | 'fixableErrorCount' | 'fixableWarningCount'
> {
  let errorCount = 0;
  let fatalErrorCount = 0;
  let warningCount = 0;
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  for (const m of messages) {
    if (m.severity === 2) {
      errorCount++;
      if (m.fatal) fatalErrorCount++;
      if (m.fix) fixableErrorCount++;
    } else {
      warningCount++;
      if (m.fix) fixableWarningCount++;
    }
  }
  return { errorCount, fatalErrorCount, warningCount, fixableErrorCount, fixableWarningCount };
}
