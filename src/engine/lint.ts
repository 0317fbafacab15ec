// Linting one text: parse, outline, one walk for all rules, then (with --fix) the fix loop.
import type { Html, Root } from 'mdast';
import type { CheckedItem, Fix, InputFormat, Locale, Outline, ReportDescriptor, RuleContext, LoadedRule, RuleVisitors, SourcePoint } from '../rule-api.js';
import type { LintMessage } from '../results.js';
import { buildOutline, type OutlineSettings } from '../outline/index.js';
import { LineIndex } from '../read/positions.js';
import { readText } from '../read/text-reader.js';
import { promoteHeadings } from '../read/paragraphs.js';
import { pathologicalShape, type MarkdownShape } from '../read/markdown-shapes.js';
import { simplifiedView } from '../read/script.js';
import { HandlerTable, type Handler } from './walk.js';
import { basisText, formatMessage } from './messages.js';
import { interpolate } from '../i18n/fill.js';
import { uiText } from '../i18n/ui-text.js';
import { fixOf, rangeOf } from './fixer.js';
import { RuleMisuse } from './rule-misuse.js';
import { applyDirectives, DIRECTIVE_FIX_TYPE, type SuppressedMessage } from './directives.js';
import { EditTrail, type Edit } from './edits.js';
import { TimeBudgetSpent, withinTimeBudget } from './time-budget.js';

export type SourceFormat = 'markdown' | 'text';

export interface ResolvedRule {
  id: string;
  rule: LoadedRule;
  severity: 1 | 2;
  options: Record<string, unknown>;
  /**
   * A built-in rule: tested to run in linear time, so it runs outside the time budget. Code
   * under node:vm's watchdog runs about a third slower (npm run bench), a tax only a plugin's
   * rules need to pay.
   */
  builtin?: boolean;
}

export interface LintOptions {
  rules: ResolvedRule[];
  settings: Record<string, unknown>;
  locale: Locale;
  /** How the text is parsed. */
  format: SourceFormat;
  /** What the text was read from, for the rules' context (a .docx or .html is parsed as text); `format` when unset. */
  inputFormat?: InputFormat;
  /** The linted file's path, for the rules' context; `<text>` when unset. */
  filename?: string;
  /** Every rule id that exists, on or off: a disable comment naming another is reported. */
  knownRuleIds?: Pick<ReadonlySet<string>, 'has'>;
  /** Severity of disable comments that suppress nothing (--report-unused-disable-directives); 0: not reported. */
  reportUnusedDisableDirectives?: 0 | 1 | 2;
  /**
   * For text made from a .docx or .html (one paragraph a line): lines the source styles as
   * headings (Word Heading n, <hn>) → depth. See src/read/paragraphs.ts.
   */
  headingLines?: ReadonlyMap<number, number>;
  /** How long the rules may run on the text, per pass (--rule-timeout); DEFAULT_RULE_TIMEOUT_MS when unset. */
  ruleTimeoutMs?: number;
}

/** A 20 MB report, the largest read, takes about 1 s from reading to messages with the built-in rules (src/read/limits.ts). */
export const DEFAULT_RULE_TIMEOUT_MS = 60_000;

export interface Verification {
  messages: LintMessage[];
  /** Messages a disable comment covers (ESLint's suppressedMessages). */
  suppressedMessages: SuppressedMessage[];
  outline: Outline;
  tree: Root;
  /** Per rule id, the items it declared (RuleContext.checkedItem); empty when none did. */
  checkedItems: Record<string, CheckedItem[]>;
}

export async function parseSource(text: string, format: SourceFormat, headingLines?: ReadonlyMap<number, number>): Promise<Root> {
  if (format === 'markdown') {
    // A shape remark reads in more than linear time is read as plain text (a message says so).
    const shape = pathologicalShape(text);
    if (shape) {
      const tree = readText(text);
      tree.data = { ...tree.data, readAsText: shape };
      return tree;
    }
    // remark is loaded only when a Markdown file is linted: start-up is product.
    const { readMarkdown } = await import('../read/markdown-reader.js');
    return readMarkdown(text);
  }
  const tree = readText(text);
  return headingLines ? promoteHeadings(tree, headingLines) : tree;
}

/** A Markdown file read as plain text: its findings hold, its Markdown structure was not read. */
function readAsTextMessage(shape: MarkdownShape, locale: Locale): LintMessage {
  return {
    ruleId: null,
    severity: 1,
    message: uiText(locale, 'engine.readAsText', { shape: uiText(locale, `engine.shape.${shape}`) }),
    line: 1,
    column: 1,
  };
}

/** A rule stopped on this file: one fatal message at its start, the rule's id on it. */
function ruleStopped(id: string, message: string): LintMessage {
  return { ruleId: id, fatal: true, severity: 2, message, line: 1, column: 1 };
}

function ruleCrash(id: string, error: unknown, locale: Locale): LintMessage {
  const reason = error instanceof RuleMisuse ? error.textIn(locale) : error instanceof Error ? error.message : String(error);
  return ruleStopped(id, uiText(locale, 'engine.ruleCrashed', { rule: id, reason }));
}

function ruleTimedOut(id: string, seconds: number, locale: Locale): LintMessage {
  return ruleStopped(id, uiText(locale, 'engine.ruleTimedOut', { rule: id, seconds }));
}

/** What the rules see of one text, and where their messages go. */
interface RuleRun {
  text: string;
  tree: Root;
  outline: Outline;
  lines: LineIndex;
  /** Restores a fix's text to the written (traditional) characters, for a text read simplified. */
  restore?: (text: string) => string;
  /** Set to the rule whose code is running, so a timeout can name it. */
  running: { id: string | null };
}

/** What `create` returned, when it is what the walk can run: node types to handlers. */
function checkedVisitors(visitors: unknown): RuleVisitors {
  const handlers = typeof visitors === 'object' && visitors !== null && !Array.isArray(visitors) ? Object.values(visitors) : null;
  if (!handlers || !handlers.every((handler) => handler === undefined || typeof handler === 'function')) {
    throw new RuleMisuse((locale) => uiText(locale, 'misuse.visitors'));
  }
  return visitors as RuleVisitors;
}

/** Every rule's visitors over one walk of the tree, then the whole-document checks: the rules' messages. */
function runRules(
  rules: ResolvedRule[],
  run: RuleRun,
  options: LintOptions,
): { messages: LintMessage[]; reportCounts: Map<string, number>; checkedItems: Record<string, CheckedItem[]>; htmlNodes: Html[] } {
  const { text, tree, outline, lines, restore, running } = run;
  const messages: LintMessage[] = [];
  const reportCounts = new Map<string, number>();
  const handlers = new HandlerTable();
  const crashed = new Set<string>();
  const exitHandlers: Array<{ id: string; run: () => void }> = [];
  const checkedItems: Record<string, CheckedItem[]> = {};

  for (const { id, rule, severity, options: ruleOptions } of rules) {
    const report = (descriptor: ReportDescriptor) => {
      const count = (reportCounts.get(id) ?? 0) + 1;
      reportCounts.set(id, count);
      // A pathological file (a 5 MB line of "(") must not yield millions of messages.
      if (count <= MAX_MESSAGES_PER_RULE) {
        const message = toMessage(id, rule, severity, descriptor, options.locale, text);
        if (message.fix && restore) message.fix = { range: message.fix.range, text: restore(message.fix.text) };
        messages.push(message);
      }
    };
    const inputFormat = options.inputFormat ?? options.format;
    const context: RuleContext = {
      id,
      options: ruleOptions,
      settings: options.settings,
      filename: options.filename ?? '<text>',
      format: inputFormat,
      locationUnit: inputFormat === 'docx' || inputFormat === 'html' ? 'paragraph' : 'line',
      sourceText: text,
      tree,
      outline,
      locale: options.locale,
      getText: (node) => (node ? text.slice(...rangeOf(node)) : text),
      positionAt: (offset) => lines.positionAt(offset),
      report,
      checkedItem: (item) => {
        // A rule run once per severity (config splits its items) declares into the same list.
        const items = (checkedItems[id] ??= []);
        if (!items.some((known) => known.id === item.id)) items.push({ id: item.id, name: item.name });
      },
    };
    let visitors: RuleVisitors;
    try {
      running.id = id;
      visitors = checkedVisitors(rule.create(context));
    } catch (error) {
      messages.push(ruleCrash(id, error, options.locale));
      continue;
    }
    for (const [selector, handler] of Object.entries(visitors)) {
      if (!handler) continue;
      const guarded: Handler = (node, parent) => {
        if (crashed.has(id)) return;
        try {
          running.id = id;
          handler(node, parent);
        } catch (error) {
          crashed.add(id);
          messages.push(ruleCrash(id, error, options.locale));
        }
      };
      // Whole-document checks run after the walk, once the outline and all nodes are seen.
      if (selector === 'root:exit') exitHandlers.push({ id, run: () => guarded(tree, undefined) });
      else handlers.add(selector, guarded);
    }
  }

  // The same walk gathers Markdown's HTML comments, where disable comments are (directives.ts).
  const htmlNodes: Html[] = [];
  handlers.add('html', (node) => void htmlNodes.push(node as Html));
  handlers.walk(tree);
  for (const exit of exitHandlers) exit.run();
  running.id = null;
  return { messages, reportCounts, checkedItems, htmlNodes };
}

/**
 * Lints one text. Unless every rule is built in, the rules run under a time budget
 * (`ruleTimeoutMs`): a rule still running when it is spent is stopped, reported as a fatal message, and the walk is run again without
 * it, so the other rules' messages stand. `timedOut` carries such rules from one fix pass to the
 * next: a looping rule costs the budget once per file, not once per pass.
 */
export async function verify(written: string, options: LintOptions, timedOut: Set<string> = new Set()): Promise<Verification> {
  // A page in traditional characters is read, matched and judged as its simplified original
  // (same length: every position holds); fixes are written back in its own characters.
  const simplified = await simplifiedView(written);
  const text = simplified?.text ?? written;
  const tree = await parseSource(text, options.format, options.headingLines);
  const outline = buildOutline(tree, options.settings as OutlineSettings, { matched: text, written });
  const lines = new LineIndex(text);
  const run: RuleRun = { text, tree, outline, lines, restore: simplified?.restore, running: { id: null } };
  const budget = options.ruleTimeoutMs ?? DEFAULT_RULE_TIMEOUT_MS;

  let outcome: ReturnType<typeof runRules>;
  for (;;) {
    try {
      const rules = options.rules.filter((r) => !timedOut.has(r.id));
      outcome = rules.every((r) => r.builtin) ? runRules(rules, run, options) : withinTimeBudget(budget, () => runRules(rules, run, options));
      break;
    } catch (error) {
      const id = run.running.id;
      // Only a rule is stopped; a timeout in the walk itself (no rule running) is a bug to surface.
      if (!(error instanceof TimeBudgetSpent) || id === null) throw error;
      timedOut.add(id);
    }
  }
  // A rule stopped by the budget is run no more: the items it declared went with that walk.
  const { messages, reportCounts, checkedItems, htmlNodes } = outcome;
  for (const id of timedOut) messages.push(ruleTimedOut(id, budget / 1000, options.locale));
  for (const { id, severity } of options.rules) {
    const over = (reportCounts.get(id) ?? 0) - MAX_MESSAGES_PER_RULE;
    if (over > 0) messages.push(omittedMessage(id, severity, over, options.locale, lines.positionAt(text.length)));
  }
  if (tree.data?.readAsText) messages.push(readAsTextMessage(tree.data.readAsText, options.locale));
  messages.sort((a, b) => a.line - b.line || a.column - b.column);
  // Disable comments act before fixes are chosen: a suppressed message is never fixed.
  const directed = applyDirectives(messages, text, lines, tree, htmlNodes, options.format, {
    locale: options.locale,
    knownRuleIds: options.knownRuleIds,
    reportUnused: options.reportUnusedDisableDirectives,
  });
  return { ...directed, outline, tree, checkedItems };
}

/** Per rule and file; past it a rule's further messages are counted, not listed. */
export const MAX_MESSAGES_PER_RULE = 500;

function omittedMessage(id: string, severity: 1 | 2, count: number, locale: Locale, end: SourcePoint): LintMessage {
  return {
    ruleId: id,
    severity,
    message: uiText(locale, 'engine.moreProblems', { rule: id, count, max: MAX_MESSAGES_PER_RULE }),
    line: end.line,
    column: end.column,
  };
}

/** A report's text: its messageId's template, or ESLint's plain `message`, with data filled in. */
function messageText(rule: LoadedRule, descriptor: ReportDescriptor, locale: Locale): string {
  if (descriptor.messageId !== undefined) return formatMessage(rule.meta, descriptor.messageId, descriptor.data, locale);
  if (typeof descriptor.message === 'string') return interpolate(descriptor.message, descriptor.data);
  throw new RuleMisuse((locale) => uiText(locale, 'misuse.noMessage'));
}

function toMessage(id: string, rule: LoadedRule, severity: 1 | 2, descriptor: ReportDescriptor, locale: Locale, source: string): LintMessage {
  // A message's own basis (require-topics: its topic's), else its rule's.
  const basis = basisText(descriptor.basis ?? rule.meta.docs.basis, locale);
  const message: LintMessage = {
    ruleId: id,
    ...(descriptor.messageId !== undefined && { messageId: descriptor.messageId }),
    severity,
    message: messageText(rule, descriptor, locale),
    ...(basis && { basis }),
    line: 1,
    column: 1,
  };
  if (descriptor.item !== undefined) message.item = descriptor.item;
  const position = descriptor.node?.position;
  if (descriptor.loc) {
    Object.assign(message, descriptor.loc);
  } else if (position) {
    message.line = position.start.line;
    message.column = position.start.column;
    message.endLine = position.end.line;
    message.endColumn = position.end.column;
  }
  const fix = fixOf(descriptor.fix, source);
  if (fix && !rule.meta.fixable) {
    // ESLint throws here too: a fix silently dropped would leave its author guessing.
    throw new RuleMisuse((locale) => uiText(locale, 'misuse.notFixable'));
  }
  if (fix) message.fix = fix;
  return message;
}

/** Applies non-overlapping fixes in one sweep; overlapping ones wait for the next pass. */
export function applyFixes(text: string, fixes: Fix[]): { output: string; applied: Fix[] } {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = '';
  let cursor = 0;
  const applied: Fix[] = [];
  for (const fix of sorted) {
    if (fix.range[0] < cursor) continue;
    output += text.slice(cursor, fix.range[0]) + fix.text;
    cursor = fix.range[1];
    applied.push(fix);
  }
  return { output: output + text.slice(cursor), applied };
}

export const MAX_FIX_PASSES = 10;

export interface FixOutcome extends Verification {
  output: string;
  fixed: boolean;
  /**
   * `output` as edits of the original text (in order, not overlapping): what a writer re-encodes
   * (src/write/splice.ts) or marks as tracked changes (src/write/docx-review.ts).
   */
  edits: Edit[];
}

/**
 * Whether original characters [start, end) may be replaced by `text`: a writer that can only
 * change some of the text (a .docx, where a number Word generates is not text) says which.
 */
export type EditCheck = (start: number, end: number, text: string) => boolean;

/**
 * ESLint's loop: lint, apply what does not overlap, re-lint, up to 10 passes. Rules allowed to
 * fix are those in `fixRules` (all when undefined; DIRECTIVE_FIX_TYPE for unused directives),
 * and only where `canEdit` allows. The messages returned are those of the final text.
 */
export async function verifyAndFix(
  text: string,
  options: LintOptions,
  fixRules?: ReadonlySet<string>,
  canEdit?: EditCheck,
): Promise<FixOutcome> {
  let current = text;
  const trail = new EditTrail(text);
  const timedOut = new Set<string>();
  const done = (result: Verification): FixOutcome => ({ ...result, output: current, fixed: current !== text, edits: trail.edits() });
  // A fix is asked about in the original's offsets: the text it replaces may be a pass old.
  const allowed = (fix: Fix, check: EditCheck) => {
    const start = trail.toOriginal(fix.range[0], 'start');
    return check(start, Math.max(start, trail.toOriginal(fix.range[1], 'end')), fix.text);
  };
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const result = await verify(current, options, timedOut);
    // A message without a rule carrying a fix is an unused directive's (directives.ts).
    const fixes = result.messages
      .filter((m) => m.fix && (!fixRules || fixRules.has(m.ruleId ?? DIRECTIVE_FIX_TYPE)))
      .map((m) => m.fix!)
      .filter((fix) => !canEdit || allowed(fix, canEdit));
    const { output, applied } = applyFixes(current, fixes);
    if (applied.length === 0 || output === current) return done(result);
    trail.apply(applied);
    current = output;
  }
  return done(await verify(current, options, timedOut));
}

