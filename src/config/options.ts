// A rule's options, checked against its JSON Schema (meta.schema) by ajv, for the built-in
// rules and plugins' alike: pattern, enum, anyOf and nested objects all hold. ajv is loaded
// only when a config gives options. A mismatch is one ConfigError naming the file and the exact
// key (`rules.x.items[2].terms`), in the words config uses for its own keys.
import { createRequire } from 'node:module';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import type { LoadedRule, OptionSchema } from '../rule-api.js';
import { ConfigError, describeValue, firstLine } from './errors.js';
import { patternProblem } from './patterns.js';

const require = createRequire(import.meta.url);
let ajv: Ajv | null = null;
/** Compiled once per schema: a config is checked per file it applies to. */
const validators = new WeakMap<object, ValidateFunction>();

function validator(rule: LoadedRule, file: string, key: string): ValidateFunction {
  const schema = rule.meta.schema!;
  const known = validators.get(schema);
  if (known) return known;
  if (!ajv) {
    const { Ajv } = require('ajv') as typeof import('ajv');
    // verbose: errors carry the value and the schema, to say what was expected and what was given.
    // allErrors: the error that explains best is chosen (an unknown key before the rest, see firstError).
    // Not strict: a plugin's schema may hold keywords ajv does not know (tests hold ours to strict).
    ajv = new Ajv({ verbose: true, allErrors: true, strict: false });
    // A pattern a config gives must compile and run in linear time (recheck, src/config/patterns.ts).
    ajv.addFormat('regex', { type: 'string', validate: (source: string) => patternProblem(source) === null });
  }
  let validate: ValidateFunction;
  try {
    validate = ajv.compile(closed(schema));
  } catch (error) {
    throw new ConfigError(file, key, `the options schema of rule "${rule.meta.id}" is not valid JSON Schema: ${firstLine(error)}`);
  }
  validators.set(schema, validate);
  return validate;
}

/**
 * The schema ajv checks a config's options against. An option not listed is a typo unless the
 * schema says otherwise; `required` options are asked for when the rule is on (config/index.ts
 * resolveRules), so a rule set to "off" with partial options is no error.
 */
function closed(schema: OptionSchema): OptionSchema {
  const copy = { ...schema };
  delete copy.required;
  if (copy.properties && copy.additionalProperties === undefined) copy.additionalProperties = false;
  return copy;
}

/** Checks `options` (an object) against the rule's schema; throws one ConfigError for the first mismatch. */
export function checkOptions(rule: LoadedRule, options: Record<string, unknown>, file: string, key: string): void {
  const names = Object.keys(options);
  if (!rule.meta.schema) {
    if (names.length) throw new ConfigError(file, `${key}.${names[0]}`, 'unknown option; this rule takes no options');
    return;
  }
  const validate = validator(rule, file, key);
  if (validate(options)) return;
  const errors = validate.errors ?? [];
  const { at, message } = explain(errors, firstError(errors));
  throw new ConfigError(file, key + at, message);
}

/** "/items/2/terms" → ".items[2].terms". */
function keyPath(instancePath: string): string {
  return instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part}`))
    .join('');
}

const article = (word: string) => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);

/** What a schema's `type` asks for: "a string", "an array of strings", "a string or a number". */
export function expectedKind(schema: { type?: OptionSchema['type']; items?: { type?: OptionSchema['type'] } }): string {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  return types
    .map((type) => (type === 'array' && typeof schema.items?.type === 'string' ? `an array of ${schema.items.type}s` : article(String(type))))
    .join(' or ');
}

const quoted = (values: readonly unknown[]) => values.map((value) => JSON.stringify(value)).join(', ');
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The errors of anyOf's (or oneOf's) alternatives, which ajv lists before the anyOf's own. */
function alternativesOf(errors: ErrorObject[], index: number): ErrorObject[] {
  const { schemaPath } = errors[index]!;
  return errors.slice(0, index).filter((e) => e.schemaPath.startsWith(`${schemaPath}/`));
}

/**
 * The error to report: an unknown key first (a misspelt key is why the rest fails: `term` for
 * `terms` is no "needs terms or patterns"), else the first; an alternative's own errors are read
 * through its anyOf.
 */
function firstError(errors: ErrorObject[]): number {
  const inAlternatives = new Set<ErrorObject>();
  errors.forEach((e, i) => {
    if (e.keyword === 'anyOf' || e.keyword === 'oneOf') for (const inner of alternativesOf(errors, i)) inAlternatives.add(inner);
  });
  const candidates = errors.filter((e) => !inAlternatives.has(e));
  return errors.indexOf(candidates.find((e) => e.keyword === 'additionalProperties') ?? candidates[0]!);
}

/** The key (after the rule's) and the message for errors[index]. */
function explain(errors: ErrorObject[], index: number): { at: string; message: string } {
  const error = errors[index]!;
  const at = keyPath(error.instancePath);
  const { params, data } = error;
  const parent = (error.parentSchema ?? {}) as OptionSchema;
  switch (error.keyword) {
    case 'type':
      return { at, message: `expected ${expectedKind(parent)}, got ${describeValue(data)}` };
    case 'enum':
      return { at, message: `expected one of ${quoted(params.allowedValues as unknown[])}, got ${JSON.stringify(data)}` };
    case 'const':
      return { at, message: `expected ${JSON.stringify(params.allowedValue)}, got ${JSON.stringify(data)}` };
    case 'minimum':
      return { at, message: `must be at least ${params.limit}, got ${String(data)}` };
    case 'maximum':
      return { at, message: `must be at most ${params.limit}, got ${String(data)}` };
    case 'minItems':
      return { at, message: `needs at least ${plural(params.limit as number, 'item')}` };
    case 'maxItems':
      return { at, message: `takes at most ${plural(params.limit as number, 'item')}` };
    case 'minLength':
      return { at, message: `needs at least ${plural(params.limit as number, 'character')}` };
    case 'maxLength':
      return { at, message: `takes at most ${plural(params.limit as number, 'character')}` };
    case 'pattern':
      return { at, message: `expected a string matching /${params.pattern as string}/, got ${JSON.stringify(data)}` };
    case 'format':
      if (params.format === 'regex') return { at, message: patternProblem(data as string) ?? 'not a safe regular expression' };
      return { at, message: `expected a string in the format "${params.format as string}", got ${JSON.stringify(data)}` };
    case 'required':
      return { at, message: `missing "${params.missingProperty as string}"` };
    case 'additionalProperties': {
      const known = Object.keys(parent.properties ?? {});
      // At the top the keys are the rule's options; deeper, keys of one of them.
      const what = at === '' ? 'unknown option' : 'unknown key';
      const hint = known.length ? `expected one of ${known.join(', ')}` : at === '' ? 'this rule takes no options' : 'it takes no keys';
      return { at: `${at}.${params.additionalProperty as string}`, message: `${what}; ${hint}` };
    }
    case 'anyOf':
    case 'oneOf':
      return explainAlternatives(errors, index);
  }
  return { at, message: error.message ?? `does not match the rule's options schema (${error.keyword})` };
}

/**
 * None of anyOf's (or oneOf's) alternatives holds. Alternatives that each require a key read
 * "needs "terms" or "patterns""; alternatives of other types, "expected a string or a number";
 * otherwise the alternative that got furthest into the value explains.
 */
function explainAlternatives(errors: ErrorObject[], index: number): { at: string; message: string } {
  const error = errors[index]!;
  const at = keyPath(error.instancePath);
  const branches = alternativesOf(errors, index);
  if (branches.length === 0) return { at, message: error.message ?? 'matches none of the allowed shapes' };
  if (branches.every((e) => e.keyword === 'required' && e.instancePath === error.instancePath)) {
    return { at, message: `needs ${[...new Set(branches.map((e) => `"${e.params.missingProperty as string}"`))].join(' or ')}` };
  }
  // An alternative with a type mismatch at the value itself is for another kind of value: it says nothing more.
  const branchOf = (e: ErrorObject) => e.schemaPath.slice(error.schemaPath.length + 1).split('/')[0];
  const otherKinds = branches.filter((e) => e.keyword === 'type' && e.instancePath === error.instancePath);
  const skipped = new Set(otherKinds.map(branchOf));
  const closer = branches.filter((e) => !skipped.has(branchOf(e)));
  if (closer.length === 0) {
    const kinds = otherKinds.map((e) => expectedKind(e.parentSchema as OptionSchema));
    return { at, message: `expected ${[...new Set(kinds)].join(' or ')}, got ${describeValue(error.data)}` };
  }
  const deepest = closer.reduce((best, e) => (e.instancePath.length > best.instancePath.length ? e : best));
  return explain(errors, errors.indexOf(deepest));
}
