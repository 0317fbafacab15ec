// The types a rule sees. Nothing here imports the engine, readers or formatters.
import type { Root, Nodes } from 'mdast';

export type Locale = 'zh' | 'en';

/** A message text in each supported locale. `{{name}}` placeholders are filled from `data`. */
export interface LocalizedText {
  zh: string;
  en: string;
}

export type SectionKind = 'achievements' | 'problems' | 'responsibility' | 'plans' | 'other';

/** Numbering recovered from a heading such as "一、" "(一)" "1." "(1)". */
export interface HeadingNumbering {
  /** 0 for 第一部分, 1 for 一、, 2 for (一), 3 for 1. / 1、, 4 for (1). */
  level: number;
  /** The numeral's value: 一 → 1, 十二 → 12. */
  value: number;
  /** The marker exactly as written, e.g. "(一)" or "1．". */
  marker: string;
  /** A stable name of the style, e.g. "chinese-dun" for 一、 or "paren-chinese-half" for (一). */
  style: string;
}

export interface SourcePoint {
  line: number;
  column: number;
  offset: number;
}

export interface Span {
  start: SourcePoint;
  end: SourcePoint;
}

export interface OutlineTitle {
  text: string;
  line: number;
  /** The title block's node, for precise reports. */
  span: Span;
}

export interface OutlineDate {
  text: string;
  /** YYYY-MM-DD */
  iso: string;
  line: number;
  span: Span;
  /** signature: the 落款 at the end; published: a page's 发布日期 / 日期 / 生成日期 line. */
  source: 'signature' | 'published';
}

export interface OutlineSection {
  kind: SectionKind;
  /** The heading text (for an inline part: the paragraph's first sentence). */
  heading: string;
  /** Heading level: 1 for 一、, 2 for (一) …; inline parts take the level of their block's section + 1. */
  level: number;
  line: number;
  /** Last line of the section's content (inclusive). */
  endLine: number;
  /** True when the part is a paragraph without a heading ("下一步,我镇将…"). */
  inline: boolean;
  /**
   * How the part shows itself: `heading`, a heading line; `run-in`, an item inside a paragraph
   * ("二是压实主体责任。…"); `paragraph`, a paragraph's wording (its lead: the sub-heading right
   * above it, or its first sentence).
   */
  form: 'heading' | 'run-in' | 'paragraph';
  /** For a part found in the text: the sentence that names it, when that is not the lead. */
  mention?: string;
  /** Offsets into the source: heading start to the end of the section's last block. */
  startOffset: number;
  endOffset: number;
  /** The section's body text (heading excluded), blocks joined by "\n". */
  text: string;
  /** Index of the enclosing section in `sections`, or null at top level. */
  parent: number | null;
}

export interface Outline {
  title: OutlineTitle | null;
  /** The year reported on. */
  year: number | null;
  /**
   * Where the year came from, for explaining: the title, the opening sentence (or its
   * announcement "现将2023年度…报告如下"), the first part's heading, the signature's or the page's
   * publication date (signed in November–December of Y: Y; earlier: Y−1), or a year the body states.
   */
  yearSource: 'title' | 'opening' | 'heading' | 'signature' | 'published' | 'body' | null;
  /** The reporting body, as written (joint issuers whole: "中共××县委、××县人民政府"). */
  issuer: string | null;
  /** Where the issuer was read: the title, the opening sentence, the page's metadata (发布机构), the signature. */
  issuerSource: 'title' | 'opening' | 'metadata' | 'signature' | null;
  /** What kind of body the issuer's name shows: a place's government (or Party committee), a department, a township, a street office. */
  issuerKind: 'government' | 'department' | 'township' | 'street' | null;
  date: OutlineDate | null;
  sections: OutlineSection[];
}

/** Text replacement over absolute offsets of the original source. */
export interface Fix {
  range: [number, number];
  text: string;
}

/**
 * ESLint's fixer, handed to a `fix` function: each method returns a Fix. A node's range is its
 * position's offsets; a range is `[start, end]` in offsets of `sourceText`.
 */
export interface RuleFixer {
  insertTextAfter(node: Nodes, text: string): Fix;
  insertTextAfterRange(range: [number, number], text: string): Fix;
  insertTextBefore(node: Nodes, text: string): Fix;
  insertTextBeforeRange(range: [number, number], text: string): Fix;
  remove(node: Nodes): Fix;
  removeRange(range: [number, number]): Fix;
  replaceText(node: Nodes, text: string): Fix;
  replaceTextRange(range: [number, number], text: string): Fix;
}

/** A fix function, as ESLint's: one fix, several (merged into one, as ESLint does; they must not overlap), or none. */
export type FixFunction = (fixer: RuleFixer) => Fix | Iterable<Fix> | null | undefined;

export interface ReportLocation {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export interface ReportDescriptor {
  /** A key of `meta.messages`. */
  messageId?: string;
  /** ESLint's plain message, instead of a messageId: the same text in every locale. */
  message?: string;
  /** Fills the message's `{{name}}` placeholders. */
  data?: Record<string, unknown>;
  /** A node (its position is used) or an explicit location (1-based lines and columns). Defaults to 1:1. */
  node?: Nodes;
  loc?: ReportLocation;
  /** Only from a rule with `meta.fixable`: from any other it is an error, as in ESLint. */
  fix?: Fix | FixFunction | null;
  /** The legal basis of this message when it is not the rule's own (require-topics: each topic's). */
  basis?: RuleText | LegalBasis;
  /** For a rule that checks several items (require-topics: one per topic): the item this message is about (its id). */
  item?: string;
}

/**
 * One of the items a rule checks on a report (require-topics: a topic), so reviewer formats can
 * show ✓ for an item the rule said nothing about, as `checkedRules` does for whole rules.
 */
export interface CheckedItem {
  /** Stable across reports, so a folder's matrix gives each item one column ("administrative-reconsideration"). */
  id: string;
  /** A short name in the report's locale, for a column or a row ("行政复议"). */
  name: string;
}

/** The format a report was read from: a .docx or .html is linted as its paragraphs, one a line. */
export type InputFormat = 'markdown' | 'text' | 'docx' | 'html';

export interface RuleContext {
  readonly id: string;
  /** The rule's options object (defaults merged in). */
  readonly options: Record<string, unknown>;
  /** Shared settings from config (deadline, extra heading phrasings …). */
  readonly settings: Record<string, unknown>;
  /** The linted file's path (`<text>` for text without one). */
  readonly filename: string;
  /** What the report was read from. */
  readonly format: InputFormat;
  /** What `line` counts: lines of the file, or paragraphs of a .docx or .html (which have no lines). */
  readonly locationUnit: 'line' | 'paragraph';
  readonly sourceText: string;
  readonly tree: Root;
  readonly outline: Outline;
  readonly locale: Locale;
  /** The source text of a node, or the whole text without one. */
  getText(node?: Nodes): string;
  /** Offset → line/column in the original file. */
  positionAt(offset: number): SourcePoint;
  report(descriptor: ReportDescriptor): void;
  /** Declares an item this rule checked on this report (see CheckedItem); messages about it give `item`. */
  checkedItem(item: CheckedItem): void;
}

/** Node-type handlers, as ESLint's: "paragraph", "heading", "text" …, plus "root:exit". */
export type RuleVisitors = {
  [nodeType: string]: ((node: any, parent: Nodes | undefined) => void) | undefined;
};

export interface RuleExample {
  /** A short description shown in the docs. */
  name: string;
  text: string;
  /** .md or .txt: decides the reader. Default .txt. */
  ext?: '.md' | '.txt';
  options?: Record<string, unknown>;
  settings?: Record<string, unknown>;
}

export interface InvalidRuleExample extends RuleExample {
  errors: Array<{ messageId: string; line?: number; column?: number }>;
  /** The text after one fix pass, for fixable rules. */
  output?: string;
}

export interface RuleExamples {
  valid: RuleExample[];
  invalid: InvalidRuleExample[];
}

export interface LegalBasis {
  /** Short citation shown with each message, e.g. 《法治政府建设与责任落实督察工作规定》. */
  zh: string;
  en: string;
  /** Where the basis was seen, for the docs. */
  source?: string;
}

type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object' | 'null';

/**
 * JSON Schema (draft-07, as ajv reads it) for a rule's options. The keywords named here are the
 * ones config explains in its own words; any other keyword of JSON Schema works too.
 */
export interface OptionSchema {
  type?: JsonType | JsonType[];
  description?: string;
  default?: unknown;
  enum?: readonly unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  /** A regular expression the string must match (ajv compiles it with the `u` flag). */
  pattern?: string;
  /** 'regex': the string is a pattern, checked to compile with `u` and to run in linear time (recheck). */
  format?: string;
  items?: OptionSchema;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, OptionSchema>;
  required?: readonly string[];
  additionalProperties?: boolean | OptionSchema;
  anyOf?: readonly OptionSchema[];
  oneOf?: readonly OptionSchema[];
  allOf?: readonly OptionSchema[];
  [keyword: string]: unknown;
}

/**
 * The schema of a rule's options object. Options not in `properties` are refused unless
 * `additionalProperties` says otherwise; `required` options must be given whenever the rule is on.
 */
export interface RuleOptionSchema extends OptionSchema {
  type: 'object';
}

/** A text in each supported locale, or ESLint's plain string: the same text in both. */
export type RuleText = string | LocalizedText;

/** Our kinds of rule: --fix-type takes them, reviewer formats table the checklist rules. */
export type RuleType = 'checklist' | 'quality' | 'typography' | 'custom';

/** ESLint's rule types, accepted from plugins: `layout` is typography here, the others custom. */
export type EslintRuleType = 'problem' | 'suggestion' | 'layout';

/**
 * A rule's meta as its author writes it: ours, or ESLint's shape (plain-string messages and
 * description, ESLint's `type`, `fixable: 'code' | 'whitespace'`, `schema` as an array of one
 * options object). A plugin's rule is checked against it when loaded (src/config/plugin-rules.ts).
 */
export interface RuleMeta {
  /** A plugin's rule is named by its plugin and key ("henan/needs-signature"), whatever this says. */
  id?: string;
  /** Default 'custom'. */
  type?: RuleType | EslintRuleType;
  docs?: {
    /** Default: the rule's id. */
    description?: RuleText;
    rationale?: RuleText;
    /** The legal basis cited with each message (`basis` of a message). */
    basis?: RuleText | LegalBasis;
    url?: string;
    recommended?: boolean;
    label?: RuleText;
    details?: string;
  };
  messages?: Record<string, RuleText>;
  schema?: RuleOptionSchema | OptionSchema[];
  fixable?: boolean | 'code' | 'whitespace';
}

/** A rule as its author writes it: `meta`, and `create(context)` returning node-type visitors. */
export interface RuleModule {
  meta?: RuleMeta;
  create(context: RuleContext): RuleVisitors;
}

/**
 * A rule's meta in the one shape fazhi-lint reads: every text in both locales, one of our
 * kinds, `fixable` a boolean, the id set. The built-in rules are written in it; a plugin's rule
 * is brought to it when its plugin is loaded.
 */
export interface LoadedRuleMeta {
  id: string;
  type: RuleType;
  docs: {
    description: LocalizedText;
    /** Why the rule exists, a paragraph for the docs page. */
    rationale?: LocalizedText;
    basis?: LegalBasis;
    url?: string;
    recommended: boolean;
    /** A short name for tables and a reviewer's matrix columns, a few characters ("标题", "三项制度"). */
    label?: LocalizedText;
    /** More of the docs page, in Markdown, after the options (require-topics: each list's topics and sources). */
    details?: string;
  };
  messages: Record<string, LocalizedText>;
  schema?: RuleOptionSchema;
  fixable?: boolean;
}

/** A rule as config, the engine and the formatters read it (see LoadedRuleMeta). */
export interface LoadedRule {
  meta: LoadedRuleMeta;
  create(context: RuleContext): RuleVisitors;
}
