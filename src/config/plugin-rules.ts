// A plugin's rule as its author wrote it (ours or ESLint's shape, src/rule-api.ts RuleMeta),
// checked when its plugin is loaded and brought to the one shape the engine and the formatters
// read (LoadedRule). A mistake is found here, once, with the field that is wrong, instead of
// as `undefined` in every message of every file.
import type { LegalBasis, LoadedRule, LoadedRuleMeta, LocalizedText, RuleOptionSchema, RuleType } from '../rule-api.js';
import { describeValue } from './errors.js';

/** What is wrong with a rule, starting with the field: "meta.messages.missing: expected …". */
export class RuleShapeError extends Error {}

const RULE_TYPES: readonly RuleType[] = ['checklist', 'quality', 'typography', 'custom'];

/** ESLint's `layout` rules are about how text is set out, our typography; `problem` and `suggestion` have no kind of ours. */
const ESLINT_TYPES: Record<string, RuleType> = { problem: 'custom', suggestion: 'custom', layout: 'typography' };

const FIXABLE = [true, false, 'code', 'whitespace'];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(field: string, expected: string, value: unknown): never {
  throw new RuleShapeError(`${field}: expected ${expected}, got ${describeValue(value)}`);
}

/** A string is the text in every locale (ESLint's messages); an object gives each. */
function text(value: unknown, field: string): LocalizedText {
  if (typeof value === 'string') return { zh: value, en: value };
  if (isObject(value) && typeof value.zh === 'string' && typeof value.en === 'string') return { zh: value.zh, en: value.en };
  return fail(field, 'a string, or { zh, en } with both texts', value);
}

function optionalText(value: unknown, field: string): LocalizedText | undefined {
  return value === undefined ? undefined : text(value, field);
}

function basis(value: unknown, field: string): LegalBasis | undefined {
  if (value === undefined) return undefined;
  const source = isObject(value) ? value.source : undefined;
  if (source !== undefined && typeof source !== 'string') fail(`${field}.source`, 'a string', source);
  return { ...text(value, field), ...(source === undefined ? {} : { source }) };
}

function optional<T>(value: unknown, type: 'string' | 'boolean', field: string): T | undefined {
  if (value !== undefined && typeof value !== type) fail(field, `a ${type}`, value);
  return value as T | undefined;
}

function ruleType(value: unknown): RuleType {
  if (value === undefined) return 'custom';
  if ((RULE_TYPES as readonly unknown[]).includes(value)) return value as RuleType;
  if (typeof value === 'string' && Object.hasOwn(ESLINT_TYPES, value)) return ESLINT_TYPES[value]!;
  return fail('meta.type', `one of ${[...RULE_TYPES, ...Object.keys(ESLINT_TYPES)].map((t) => JSON.stringify(t)).join(', ')}`, value);
}

/** The options object's schema: ours, or ESLint's array holding one (fazhi-lint rules take one options object). */
function schema(value: unknown): RuleOptionSchema | undefined {
  const expected = "an options schema { type: 'object', properties: { … } }, or ESLint's [ { type: 'object', … } ]";
  if (value === undefined) return undefined;
  if (Array.isArray(value)) {
    if (value.length > 1) {
      throw new RuleShapeError(`meta.schema: a fazhi-lint rule takes one options object ([severity, { … }]), so ESLint's schema array may hold one schema, not ${value.length}`);
    }
    if (value.length === 0) return undefined;
    return schema(value[0]);
  }
  if (!isObject(value) || value.type !== 'object') return fail('meta.schema', expected, value);
  return value as RuleOptionSchema;
}

function messages(value: unknown): Record<string, LocalizedText> {
  if (value === undefined) return {};
  if (!isObject(value)) return fail('meta.messages', 'an object of messageId: text', value);
  return Object.fromEntries(Object.entries(value).map(([id, message]) => [id, text(message, `meta.messages.${id}`)]));
}

function docs(value: unknown, id: string): LoadedRuleMeta['docs'] {
  if (value === undefined) return { description: { zh: id, en: id }, recommended: false };
  if (!isObject(value)) return fail('meta.docs', 'an object', value);
  const loaded: LoadedRuleMeta['docs'] = {
    description: optionalText(value.description, 'meta.docs.description') ?? { zh: id, en: id },
    recommended: optional<boolean>(value.recommended, 'boolean', 'meta.docs.recommended') ?? false,
  };
  const rationale = optionalText(value.rationale, 'meta.docs.rationale');
  const label = optionalText(value.label, 'meta.docs.label');
  const legalBasis = basis(value.basis, 'meta.docs.basis');
  const url = optional<string>(value.url, 'string', 'meta.docs.url');
  const details = optional<string>(value.details, 'string', 'meta.docs.details');
  return {
    ...loaded,
    ...(rationale && { rationale }),
    ...(label && { label }),
    ...(legalBasis && { basis: legalBasis }),
    ...(url !== undefined && { url }),
    ...(details !== undefined && { details }),
  };
}

/**
 * Checks a rule module and returns it as the engine reads it, named `id`. Throws
 * RuleShapeError naming the first field that is wrong.
 */
export function loadRule(id: string, module: unknown): LoadedRule {
  if (!isObject(module)) return fail('(rule)', 'an object { meta, create(context) }', module);
  if (typeof module.create !== 'function') return fail('create', 'a function create(context) returning node-type handlers', module.create);
  const meta = module.meta ?? {};
  if (!isObject(meta)) return fail('meta', 'an object', meta);
  if (!FIXABLE.includes(meta.fixable as string) && meta.fixable !== undefined) return fail('meta.fixable', '"code", "whitespace", true or false', meta.fixable);
  const optionsSchema = schema(meta.schema);
  const loaded: LoadedRuleMeta = {
    id,
    type: ruleType(meta.type),
    docs: docs(meta.docs, id),
    messages: messages(meta.messages),
    fixable: meta.fixable !== undefined && meta.fixable !== false,
    ...(optionsSchema && { schema: optionsSchema }),
  };
  return { meta: loaded, create: module.create as LoadedRule['create'] };
}
