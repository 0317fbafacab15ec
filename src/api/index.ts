// The package's entry (`import { FazhiLint } from 'fazhi-lint'`): the Node API, the rule tester
// and the types a plugin, a formatter or a program built on fazhi-lint needs. Nothing else of
// src/ is public; `fazhi-lint/rule-utils` has the helpers rules read text with.
export { FazhiLint, NoFilesFoundError, AllFilesIgnoredError, type FazhiLintOptions, type BufferOptions, type LoadedFormatter } from './fazhi-lint.js';
export { ConfigError } from '../config/errors.js';
export { RuleTester, type RuleTesterConfig, type ValidTestCase, type InvalidTestCase, type TestCaseError } from './rule-tester.js';
export type {
  Locale,
  LocalizedText,
  LegalBasis,
  RuleModule,
  RuleMeta,
  RuleText,
  RuleType,
  EslintRuleType,
  RuleContext,
  RuleVisitors,
  InputFormat,
  ReportDescriptor,
  ReportLocation,
  Fix,
  FixFunction,
  RuleFixer,
  CheckedItem,
  OptionSchema,
  RuleOptionSchema,
  Outline,
  OutlineSection,
  OutlineTitle,
  OutlineDate,
  SectionKind,
  HeadingNumbering,
  SourcePoint,
  Span,
} from '../rule-api.js';
export type { LintResult, LintMessage, Formatter, FormatterContext, RulesMeta } from '../results.js';
export type { ConfigData, RuleSetting, SeverityName, SeverityValue } from '../config/index.js';
export type { CalculatedConfig } from '../config/resolve.js';
