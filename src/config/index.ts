// Config: the shape of a config file, and how rule settings become the resolved rule list the
// engine runs. Every value is checked (rule options against the rule's JSON Schema,
// src/config/options.ts); a mistake fails loudly with the file, the key and what was expected.
import type { Locale, LoadedRule } from '../rule-api.js';
import type { ResolvedRule } from '../engine/lint.js';
import { builtinRules } from '../../rules/index.js';
import { ConfigError, describeValue } from './errors.js';
import { checkOptions, expectedKind } from './options.js';

export { ConfigError } from './errors.js';
export { PRESETS } from './presets.js';

export type SeverityName = 'off' | 'warn' | 'error';
export type SeverityValue = SeverityName | 0 | 1 | 2;
export type RuleSetting = SeverityValue | [SeverityValue, Record<string, unknown>?];

export interface OverrideData {
  /** Globs relative to the config file's folder. */
  files: string | string[];
  rules?: Record<string, RuleSetting>;
  settings?: Record<string, unknown>;
  locale?: Locale;
}

export interface ConfigData {
  extends?: string | string[];
  rules?: Record<string, RuleSetting>;
  overrides?: OverrideData[];
  ignores?: string[];
  locale?: Locale;
  settings?: Record<string, unknown>;
  /** Module paths or package names; an object gives each plugin its own name. */
  plugins?: string[] | Record<string, string>;
}

export const CONFIG_KEYS = ['extends', 'rules', 'overrides', 'ignores', 'locale', 'settings', 'plugins'] as const;
const OVERRIDE_KEYS = ['files', 'rules', 'settings', 'locale'];
const SEVERITY_NAMES: SeverityName[] = ['off', 'warn', 'error'];

/**
 * The shape of a config's own keys, checked on every run without loading ajv (rule options,
 * which need JSON Schema, are checked by src/config/options.ts).
 */
interface Shape {
  type: 'string' | 'array' | 'object';
  enum?: readonly string[];
  items?: Shape;
  minItems?: number;
  properties?: Record<string, Shape>;
  additionalProperties?: false;
}

const STRINGS: Shape = { type: 'array', items: { type: 'string' } };

/** The settings fazhi-lint itself reads; other keys are left to plugins. */
const SETTINGS_SCHEMA: Shape = {
  type: 'object',
  properties: {
    sectionPhrasings: {
      type: 'object',
      additionalProperties: false,
      properties: { problems: STRINGS, responsibility: STRINGS, plans: STRINGS, other: STRINGS },
    },
    inlinePhrasings: { type: 'object', additionalProperties: false, properties: { problems: STRINGS, plans: STRINGS } },
    deadline: { type: 'string' },
  },
};

export function parseSeverity(value: unknown, file: string, key: string): 0 | 1 | 2 {
  switch (value) {
    case 'off':
    case 0:
      return 0;
    case 'warn':
    case 1:
      return 1;
    case 'error':
    case 2:
      return 2;
    default:
      throw new ConfigError(file, key, `severity must be "off", "warn" or "error" (or 0, 1, 2), got ${JSON.stringify(value)}`);
  }
}

export function severityName(value: 0 | 1 | 2): SeverityName {
  return SEVERITY_NAMES[value]!;
}

function typeOf(value: unknown): string {
  return Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
}

/** Checks a value of the config's own keys against its shape, naming the exact key (`overrides[0].files`) on failure. */
function checkValue(shape: Shape, value: unknown, file: string, key: string): void {
  if (typeOf(value) !== shape.type) throw new ConfigError(file, key, `expected ${expectedKind(shape)}, got ${describeValue(value)}`);
  if (shape.enum && !shape.enum.includes(value as string)) {
    throw new ConfigError(file, key, `expected one of ${shape.enum.map((v) => JSON.stringify(v)).join(', ')}, got ${JSON.stringify(value)}`);
  }
  if (Array.isArray(value)) {
    if (shape.minItems !== undefined && value.length < shape.minItems) {
      throw new ConfigError(file, key, `needs at least ${shape.minItems} item${shape.minItems > 1 ? 's' : ''}`);
    }
    if (shape.items) value.forEach((item, i) => checkValue(shape.items!, item, file, `${key}[${i}]`));
  }
  if (shape.type === 'object') {
    const properties = shape.properties ?? {};
    for (const [name, item] of Object.entries(value as Record<string, unknown>)) {
      const property = properties[name];
      if (property) checkValue(property, item, file, `${key}.${name}`);
      else if (shape.additionalProperties === false) {
        throw new ConfigError(file, `${key}.${name}`, `unknown key; expected one of ${Object.keys(properties).join(', ')}`);
      }
    }
  }
}

export function defaultOptions(rule: LoadedRule): Record<string, unknown> {
  const properties = rule.meta.schema?.properties ?? {};
  const defaults: Record<string, unknown> = {};
  for (const [name, property] of Object.entries(properties)) {
    if (property.default !== undefined) defaults[name] = property.default;
  }
  return defaults;
}

function validateOptions(rule: LoadedRule, options: unknown, file: string, key: string): Record<string, unknown> {
  if (typeOf(options) !== 'object') throw new ConfigError(file, key, 'rule options must be an object');
  checkOptions(rule, options as Record<string, unknown>, file, key);
  return options as Record<string, unknown>;
}

/** Checks one `rules` entry (id, severity, options) and returns it normalized. */
export function checkRuleSetting(
  id: string,
  setting: unknown,
  registry: ReadonlyMap<string, LoadedRule>,
  file: string,
  key: string,
): { rule: LoadedRule; severity: 0 | 1 | 2; options: Record<string, unknown> | undefined } {
  const rule = registry.get(id);
  if (!rule) {
    const hint = id.includes('/') ? `; is its plugin "${id.split('/').slice(0, -1).join('/')}" listed in plugins?` : ' (see fazhi-lint --help for the rule list)';
    throw new ConfigError(file, key, `unknown rule "${id}"${hint}`);
  }
  if (Array.isArray(setting) && (setting.length === 0 || setting.length > 2)) {
    throw new ConfigError(file, key, 'expected a severity or [severity, { options }]');
  }
  const [severityValue, options] = Array.isArray(setting) ? setting : [setting, undefined];
  const severity = parseSeverity(severityValue, file, key);
  return { rule, severity, options: options === undefined ? undefined : validateOptions(rule, options, file, key) };
}

/** Checks a whole `rules` object. */
export function checkRules(rules: unknown, registry: ReadonlyMap<string, LoadedRule>, file: string, key: string): void {
  if (typeOf(rules) !== 'object') throw new ConfigError(file, key, `expected an object of rule settings, got ${typeOf(rules)}`);
  for (const [id, setting] of Object.entries(rules as Record<string, unknown>)) {
    checkRuleSetting(id, setting, registry, file, `${key}.${id}`);
  }
}

/**
 * The engine gives one severity per rule. A rule kind whose items may carry their own severity
 * (required-terms, forbidden-terms) is run once per severity, each run with its own items, so
 * every message carries its item's severity. An item set to "off" is dropped.
 */
function splitBySeverity(entry: ResolvedRule, file: string, key: string): ResolvedRule[] {
  const items = entry.options.items;
  if (!Array.isArray(items) || !items.some((item) => typeOf(item) === 'object' && 'severity' in item)) return [entry];
  const groups = new Map<1 | 2, unknown[]>();
  items.forEach((item: { severity?: unknown }, i) => {
    const severity = item.severity === undefined ? entry.severity : parseSeverity(item.severity, file, `${key}.items[${i}].severity`);
    if (severity === 0) return;
    groups.set(severity, [...(groups.get(severity) ?? []), item]);
  });
  return [...groups].map(([severity, group]) => ({ ...entry, severity, options: { ...entry.options, items: group } }));
}

/** Turns `rules` settings into the list the engine runs, validating ids, severities and options. */
export function resolveRules(
  settings: Record<string, RuleSetting>,
  registry: ReadonlyMap<string, LoadedRule>,
  file: string,
  /** The file to name for one rule, when settings were merged from several places. */
  fileOf: (id: string) => string = () => file,
): ResolvedRule[] {
  const resolved: ResolvedRule[] = [];
  for (const [id, setting] of Object.entries(settings)) {
    const key = `rules.${id}`;
    const { rule, severity, options } = checkRuleSetting(id, setting, registry, fileOf(id), key);
    if (severity === 0) continue;
    const missing = (rule.meta.schema?.required ?? []).filter((name) => options?.[name] === undefined);
    if (missing.length) {
      throw new ConfigError(fileOf(id), key, `this rule does nothing without options; give ${missing.map((n) => `"${n}"`).join(', ')}, e.g. [error, { ${missing[0]}: … }] (fazhi-lint --explain ${rule.meta.id})`);
    }
    const builtin = builtinRules.get(id) === rule;
    resolved.push(...splitBySeverity({ id, rule, severity, options: { ...defaultOptions(rule), ...options }, builtin }, fileOf(id), key));
  }
  return resolved;
}

function checkGlobs(value: unknown, file: string, key: string): string[] {
  const list = typeof value === 'string' ? [value] : value;
  checkValue({ type: 'array', items: { type: 'string' }, minItems: 1 }, list, file, key);
  return list as string[];
}

/**
 * Checks a config file's shape: known keys and the type of each. Rules are checked later,
 * once the plugins of the whole extends chain are known.
 */
export function checkConfigShape(raw: unknown, file: string): ConfigData {
  if (raw === null || raw === undefined) return {};
  if (typeOf(raw) !== 'object') throw new ConfigError(file, '(root)', `a config must be an object of keys (${CONFIG_KEYS.join(', ')}), got ${typeOf(raw)}`);
  const data = raw as Record<string, unknown>;
  for (const key of Object.keys(data)) {
    if (!(CONFIG_KEYS as readonly string[]).includes(key)) {
      throw new ConfigError(file, key, `unknown key; expected one of ${CONFIG_KEYS.join(', ')}`);
    }
  }
  if (data.extends !== undefined && typeof data.extends !== 'string') checkValue(STRINGS, data.extends, file, 'extends');
  if (data.rules !== undefined && typeOf(data.rules) !== 'object') throw new ConfigError(file, 'rules', `expected an object of rule settings, got ${typeOf(data.rules)}`);
  if (data.ignores !== undefined) checkValue(STRINGS, data.ignores, file, 'ignores');
  if (data.locale !== undefined) checkValue({ type: 'string', enum: ['zh', 'en'] }, data.locale, file, 'locale');
  if (data.settings !== undefined) checkSettings(data.settings, file, 'settings');
  if (data.plugins !== undefined) {
    if (typeOf(data.plugins) === 'object') checkValue({ type: 'object', properties: {} }, data.plugins, file, 'plugins');
    else checkValue(STRINGS, data.plugins, file, 'plugins');
    for (const [name, spec] of Object.entries(data.plugins as object)) {
      if (typeof spec !== 'string') throw new ConfigError(file, `plugins.${name}`, 'expected a module path or package name');
    }
  }
  if (data.overrides !== undefined) {
    checkValue({ type: 'array', items: { type: 'object' } }, data.overrides, file, 'overrides');
    (data.overrides as Array<Record<string, unknown>>).forEach((override, i) => {
      const key = `overrides[${i}]`;
      for (const name of Object.keys(override)) {
        if (!OVERRIDE_KEYS.includes(name)) throw new ConfigError(file, `${key}.${name}`, `unknown key; expected one of ${OVERRIDE_KEYS.join(', ')}`);
      }
      if (override.files === undefined) throw new ConfigError(file, key, 'missing "files" (globs relative to this config file, e.g. ["departments/**"])');
      checkGlobs(override.files, file, `${key}.files`);
      if (override.rules !== undefined && typeOf(override.rules) !== 'object') throw new ConfigError(file, `${key}.rules`, 'expected an object of rule settings');
      if (override.settings !== undefined) checkSettings(override.settings, file, `${key}.settings`);
      if (override.locale !== undefined) checkValue({ type: 'string', enum: ['zh', 'en'] }, override.locale, file, `${key}.locale`);
    });
  }
  return data as ConfigData;
}

function checkSettings(settings: unknown, file: string, key: string): void {
  checkValue(SETTINGS_SCHEMA, settings, file, key);
  const deadline = (settings as Record<string, unknown>).deadline;
  if (typeof deadline === 'string') {
    const [month, day] = /^\d{2}-\d{2}$/.test(deadline) ? deadline.split('-').map(Number) : [0, 0];
    // 2024 is a leap year, so "02-29" is a valid deadline.
    const valid = month! >= 1 && month! <= 12 && day! >= 1 && new Date(Date.UTC(2024, month! - 1, day!)).getUTCMonth() === month! - 1;
    if (!valid) throw new ConfigError(file, `${key}.deadline`, `expected a month and day "MM-DD" such as "03-01", got ${JSON.stringify(deadline)}`);
  }
}

/**
 * Parses a `--rule` value: "id: error" or "id: [\"warn\", {\"minLength\": 20}]".
 */
export function parseRuleFlag(value: string): [string, RuleSetting] {
  const colon = value.indexOf(':');
  if (colon === -1) throw new ConfigError('--rule', value, 'expected "rule-id: severity"');
  const id = value.slice(0, colon).trim();
  const raw = value.slice(colon + 1).trim();
  if (raw.startsWith('[')) {
    try {
      return [id, JSON.parse(raw) as RuleSetting];
    } catch {
      throw new ConfigError('--rule', id, `options are not valid JSON: ${raw}`);
    }
  }
  return [id, /^\d$/.test(raw) ? (Number(raw) as SeverityValue) : (raw as SeverityValue)];
}
