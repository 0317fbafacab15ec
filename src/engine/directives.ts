// Disable comments, as ESLint's eslint-disable: after the rules run and before fixes are chosen,
// messages covered by a directive move to `suppressedMessages`. The syntax is the same in
// Markdown and plain text, an HTML comment (docs/use/disable-comments.md):
//   <!-- fazhi-lint-disable rule-a, rule-b -->   from here on (no list: every rule)
//   <!-- fazhi-lint-enable rule-a -->            back on (no list: every rule)
//   <!-- fazhi-lint-disable-line rule -->        this line (the comment ends the line)
//   <!-- fazhi-lint-disable-next-line rule -->   the next line with text
// In Markdown the comments are remark's `html` nodes, so a comment inside a code block is not a
// directive; in plain text the reader leaves them out of the body (directiveCommentStart).
import type { Html, Root } from 'mdast';
import type { Fix, Locale } from '../rule-api.js';
import type { LintMessage } from '../results.js';
import type { LineIndex } from '../read/positions.js';
import { directiveCommentStart } from '../read/text-reader.js';
import { trimRange } from '../read/whitespace.js';
import { holdsAt } from '../rule-utils/text-runs.js';
import type { SourceFormat } from './lint.js';
import { uiText } from '../i18n/ui-text.js';

export const DIRECTIVE_KINDS = ['disable', 'enable', 'disable-line', 'disable-next-line'] as const;
export type DirectiveKind = (typeof DIRECTIVE_KINDS)[number];

export interface Directive {
  kind: DirectiveKind;
  /** The rules named; null for every rule. */
  rules: string[] | null;
  line: number;
  column: number;
  /**
   * Source offsets of the whole comment and of its list of names (from the first name to the
   * last), for the fixes of unused directives; absent where the source does not hold the
   * comment as read (a comment inside a Markdown list item or quote).
   */
  range?: [number, number];
  list?: [number, number];
}

/** What --fix-type calls the fixes of unused directives (ESLint's name); no rule has this id. */
export const DIRECTIVE_FIX_TYPE = 'directive';

/** A suppressed message carries why, as ESLint's. */
export interface SuppressedMessage extends LintMessage {
  suppressions: Array<{ kind: 'directive'; justification: string }>;
}

export interface DirectiveOptions {
  locale: Locale;
  /** Every rule id that exists (on or off); without it, unknown names cannot be told from rules that are off. */
  knownRuleIds?: Pick<ReadonlySet<string>, 'has'>;
  /** Severity of "unused directive" messages; 0 or undefined: not reported. */
  reportUnused?: 0 | 1 | 2;
}

// Commas as rule separators, including the Chinese ones an input method types.
const RULE_SEPARATORS = /[\s,\uff0c\u3001]+/;
const SEPARATOR = /[\s,\uff0c\u3001]/;
const DIRECTIVE_OPENING = /^<!--\s*fazhi-lint-([A-Za-z-]*)/;

/**
 * "<!-- fazhi-lint-disable a, b -->" → its kind and rule list. Found with indexOf, not one
 * pattern over the whole comment: "(?:(?!-->)[^])*-->$" backtracks quadratically on a crafted line.
 */
function parseComment(text: string): { kind: string; list: string } | null {
  if (!text.endsWith('-->') || text.indexOf('-->') !== text.length - 3) return null;
  const opening = DIRECTIVE_OPENING.exec(text);
  if (!opening || opening[0].length > text.length - 3) return null;
  return { kind: opening[1]!, list: text.slice(opening[0].length, text.length - 3) };
}

/** How many separators `list` starts (or, with `fromEnd`, ends) with. */
function separatorRun(list: string, fromEnd = false): number {
  let count = 0;
  while (count < list.length && SEPARATOR.test(list[fromEnd ? list.length - 1 - count : count]!)) count++;
  return count;
}

function directiveMessage(directive: { line: number; column: number }, severity: 1 | 2, message: string, fix?: Fix): LintMessage {
  return { ruleId: null, severity, message, line: directive.line, column: directive.column, ...(fix ? { fix } : {}) };
}

function startOfLine(text: string, offset: number): number {
  let at = offset;
  while (at > 0 && text[at - 1] !== '\n' && text[at - 1] !== '\r') at--;
  return at;
}

function endOfLine(text: string, offset: number): number {
  let at = offset;
  while (at < text.length && text[at] !== '\n' && text[at] !== '\r') at++;
  return at;
}

const isBlank = (text: string, from: number, to: number) => text.slice(from, to).trim() === '';

/**
 * Takes an unused directive out, as ESLint does: the whole line when the comment stands alone
 * on it, else the comment and the white space on one side of it. In Markdown a line between two
 * lines of text is left blank instead, or the two would run together into one paragraph.
 */
function removalFix(text: string, [start, end]: [number, number], format: SourceFormat): Fix {
  const lineStart = startOfLine(text, start);
  const lineEnd = endOfLine(text, end);
  const before = text.slice(lineStart, start);
  const after = text.slice(end, lineEnd);
  if (before.trim() === '' && after.trim() === '') {
    const next = lineEnd === text.length ? lineEnd : lineEnd + (text.startsWith('\r\n', lineEnd) ? 2 : 1);
    if (format === 'markdown' && lineStart > 0 && next < text.length) {
      const previousEnd = lineStart - (text.startsWith('\r\n', lineStart - 2) ? 2 : 1);
      const textAround = !isBlank(text, startOfLine(text, previousEnd), previousEnd) && !isBlank(text, next, endOfLine(text, next));
      if (textAround) return { range: [lineStart, lineEnd], text: '' };
    }
    return { range: [lineStart, next], text: '' };
  }
  if (after.trim() === '') return { range: [lineStart + before.trimEnd().length, lineEnd], text: '' };
  return { range: [start, end + after.length - after.trimStart().length], text: '' };
}

/** Takes the unused names out of a directive's list, keeping its separator. */
function listFix(text: string, [from, to]: [number, number], names: string[], unused: ReadonlySet<string>): Fix {
  const separator = RULE_SEPARATORS.exec(text.slice(from, to))?.[0] ?? ', ';
  return { range: [from, to], text: names.filter((name) => !unused.has(name)).join(separator) };
}

/**
 * The directive comments of a text, in source order, with messages for malformed ones. In
 * Markdown they are HTML comments: `htmlNodes`, gathered by the engine's walk (no walk of its own).
 */
export function collectDirectives(
  text: string,
  lines: LineIndex,
  htmlNodes: readonly Html[],
  format: SourceFormat,
  locale: Locale,
): { directives: Directive[]; problems: LintMessage[] } {
  const comments: Array<{ text: string; line: number; column: number; offset: number | null }> = [];
  if (format === 'markdown') {
    for (const node of htmlNodes) {
      if (!node.position || !node.value.includes('fazhi-lint-')) continue;
      const comment = node.value.trim();
      const offset = (node.position.start.offset ?? 0) + node.value.indexOf(comment);
      const exact = holdsAt(text, comment, offset);
      comments.push({ text: comment, line: node.position.start.line, column: node.position.start.column, offset: exact ? offset : null });
    }
  } else {
    for (let line = 1; line <= lines.lineCount; line++) {
      const [start, end] = trimRange(text, lines.lineStart(line), lines.lineEnd(line));
      const at = directiveCommentStart(text, start, end);
      if (at !== -1) comments.push({ text: text.slice(at, end), line, column: at - lines.lineStart(line) + 1, offset: at });
    }
  }

  const directives: Directive[] = [];
  const problems: LintMessage[] = [];
  for (const comment of comments) {
    const parsed = parseComment(comment.text);
    if (!parsed) continue; // an HTML comment that only mentions fazhi-lint
    const kind = parsed.kind as DirectiveKind;
    if (!DIRECTIVE_KINDS.includes(kind)) {
      problems.push(directiveMessage(comment, 2, uiText(locale, 'directive.unknownKind', { text: comment.text })));
      continue;
    }
    const { list } = parsed;
    const names = list.split(RULE_SEPARATORS).filter((name) => name !== '');
    const directive: Directive = { kind, rules: names.length > 0 ? names : null, line: comment.line, column: comment.column };
    if (comment.offset !== null) {
      directive.range = [comment.offset, comment.offset + comment.text.length];
      // The list ends just before "-->"; its names run from the first to the last non-separator.
      const listEnd = directive.range[1] - '-->'.length;
      const leading = separatorRun(list);
      const trailing = separatorRun(list, true);
      if (names.length > 0) directive.list = [listEnd - list.length + leading, listEnd - trailing];
    }
    directives.push(directive);
  }
  return { directives, problems };
}

function before(a: { line: number; column: number }, b: { line: number; column: number }): boolean {
  return a.line < b.line || (a.line === b.line && a.column <= b.column);
}

function names(directive: Directive, rule: string): boolean {
  return directive.rules === null || directive.rules.includes(rule);
}

/**
 * Splits messages into those kept and those a directive suppresses, and adds the directives'
 * own messages: malformed comments, unknown rule names, and (when asked) unused directives.
 * Messages without a rule (unreadable file, crashed rule) are never suppressed.
 */
export function applyDirectives(
  messages: LintMessage[],
  text: string,
  lines: LineIndex,
  tree: Root,
  htmlNodes: readonly Html[],
  format: SourceFormat,
  options: DirectiveOptions,
): { messages: LintMessage[]; suppressedMessages: SuppressedMessage[] } {
  const { directives, problems } = collectDirectives(text, lines, htmlNodes, format, options.locale);
  if (directives.length === 0 && problems.length === 0) return { messages, suppressedMessages: [] };

  const directiveLines = new Set(directives.map((d) => d.line));
  // The line a disable-next-line covers: the next one with text that is not itself a directive.
  const targetLine = (from: number): number => {
    for (let line = from + 1; line <= lines.lineCount; line++) {
      const [start, end] = trimRange(text, lines.lineStart(line), lines.lineEnd(line));
      if (start < end && !(directiveLines.has(line) && isOnlyDirective(text, start, end, format))) return line;
    }
    return -1;
  };
  // A disable before the report's first block covers the whole file, 1:1 included.
  const firstContentLine = tree.children.find((node) => node.type !== 'html')?.position?.start.line ?? Infinity;
  const effective = directives.map((d) => ({
    directive: d,
    line: d.kind === 'disable' && d.line < firstContentLine ? 0 : d.line,
    column: d.column,
    target: d.kind === 'disable-line' ? d.line : d.kind === 'disable-next-line' ? targetLine(d.line) : -1,
  }));
  const blocks = effective.filter((e) => e.directive.kind === 'disable' || e.directive.kind === 'enable');

  /** The disable directive in force for `rule` after the given disable/enable comments. */
  const inForce = (rule: string, seen: typeof blocks): Directive | null => {
    let by: Directive | null = null;
    for (const block of seen) {
      if (names(block.directive, rule)) by = block.directive.kind === 'disable' ? block.directive : null;
    }
    return by;
  };
  const disabledBy = (rule: string, point: { line: number; column: number }) =>
    inForce(rule, blocks.filter((block) => before(block, point)));

  const used = new Map<Directive, Set<string>>();
  const kept: LintMessage[] = [];
  const suppressedMessages: SuppressedMessage[] = [];
  for (const message of messages) {
    const rule = message.ruleId;
    let by: Directive | null = null;
    if (rule !== null && !message.fatal) {
      by =
        effective.find((e) => e.target === message.line && names(e.directive, rule))?.directive ??
        disabledBy(rule, message);
    }
    if (by && rule !== null) {
      if (!used.has(by)) used.set(by, new Set());
      used.get(by)!.add(rule);
      suppressedMessages.push({ ...message, suppressions: [{ kind: 'directive', justification: '' }] });
    } else {
      kept.push(message);
    }
  }

  const added = [...problems];
  const known = options.knownRuleIds;
  for (const directive of directives) {
    for (const rule of directive.rules ?? []) {
      if (known && !known.has(rule)) added.push(directiveMessage(directive, 2, uiText(options.locale, 'directive.unknownRule', { rule })));
    }
  }
  const severity = options.reportUnused;
  if (severity) {
    // Each unused directive's message carries its fix (--fix-type directive), where the source holds it.
    const removal = (directive: Directive) => directive.range && removalFix(text, directive.range, format);
    for (const directive of directives) {
      if (directive.kind === 'enable') {
        // Used when it ends a disable still in force for one of its rules ("*": a rule no list names).
        const earlier = blocks.slice(0, blocks.findIndex((b) => b.directive === directive));
        const candidates = directive.rules ?? [...new Set(earlier.flatMap((b) => b.directive.rules ?? ['*']))];
        const ends = candidates.some((rule) => inForce(rule, earlier) !== null);
        if (!ends) added.push(directiveMessage(directive, severity, uiText(options.locale, 'directive.unusedEnable'), removal(directive)));
        continue;
      }
      const suppressed = used.get(directive) ?? new Set<string>();
      if (directive.rules === null) {
        if (suppressed.size === 0) added.push(directiveMessage(directive, severity, uiText(options.locale, 'directive.unusedAll'), removal(directive)));
        continue;
      }
      // Unknown names are already reported; an unused list names the rest.
      const unused = directive.rules.filter((rule) => !suppressed.has(rule) && (!known || known.has(rule)));
      if (unused.length > 0) {
        const fix =
          unused.length === directive.rules.length
            ? removal(directive)
            : directive.list && listFix(text, directive.list, directive.rules, new Set(unused));
        added.push(directiveMessage(directive, severity, uiText(options.locale, 'directive.unusedRules', { rules: unused.map((r) => `“${r}”`).join('、') }), fix));
      }
    }
  }
  const all = [...kept, ...added].sort((a, b) => a.line - b.line || a.column - b.column);
  return { messages: all, suppressedMessages };
}

function isOnlyDirective(text: string, start: number, end: number, format: SourceFormat): boolean {
  if (format === 'text') return directiveCommentStart(text, start, end) === start;
  return parseComment(text.slice(start, end)) !== null;
}
