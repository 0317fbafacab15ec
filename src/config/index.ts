// Config: where it comes from (cosmiconfig lookup, --config, presets) and how it becomes the
// resolved rule list the engine runs. Mistakes fail loudly with the file and the key.
import type { Locale, RuleModule } from '../rule-api.js';
import type { ResolvedRule } from '../engine/lint.js';
import { builtinRules } from '../../rules/index.js';

export type SeverityName = 'off' | 'warn' | 'error';
export type SeverityValue = SeverityName | 0 | 1 | 2;
export type RuleSetting = SeverityValue | [SeverityValue, Record<string, unknown>?];

export interface ConfigData {
  extends?: string | string[];
  rules?: Record<string, RuleSetting>;
  settings?: Record<string, unknown>;
  locale?: Locale;
}

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly key: string,
    message: string,
  ) {
    super(`${file}: ${key}: ${message}`);
    this.name = 'ConfigError';
  }
}

export const PRESETS: Record<string, () => ConfigData> = {
  'fazhi-lint:recommended': () => ({
    rules: Object.fromEntries(
      [...builtinRules.values()]
        .filter((rule) => rule.meta.docs.recommended)
        .map((rule) => [rule.meta.id, rule.meta.type === 'checklist' ? 'error' : 'warn']),
    ),
  }),
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

function defaultOptions(rule: RuleModule): Record<string, unknown> {
  const properties = rule.meta.schema?.properties ?? {};
  const defaults: Record<string, unknown> = {};
  for (const [name, property] of Object.entries(properties)) {
    if (property.default !== undefined) defaults[name] = property.default;
  }
  return defaults;
}

function validateOptions(rule: RuleModule, options: unknown, file: string, key: string): Record<string, unknown> {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new ConfigError(file, key, 'rule options must be an object');
  }
  const properties = rule.meta.schema?.properties ?? {};
  for (const [name, value] of Object.entries(options)) {
    const property = properties[name];
    if (!property) {
      const known = Object.keys(properties);
      throw new ConfigError(file, `${key}.${name}`, `unknown option; ${known.length ? `expected one of ${known.join(', ')}` : 'this rule takes no options'}`);
    }
    const actual = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
    if (actual !== property.type) {
      throw new ConfigError(file, `${key}.${name}`, `expected ${property.type}, got ${actual}`);
    }
    if (property.type === 'number' && property.minimum !== undefined && (value as number) < property.minimum) {
      throw new ConfigError(file, `${key}.${name}`, `must be at least ${property.minimum}`);
    }
  }
  return options as Record<string, unknown>;
}

/** Turns `rules` settings into the list the engine runs, validating ids, severities and options. */
export function resolveRules(
  settings: Record<string, RuleSetting>,
  registry: ReadonlyMap<string, RuleModule>,
  file: string,
): ResolvedRule[] {
  const resolved: ResolvedRule[] = [];
  for (const [id, setting] of Object.entries(settings)) {
    const key = `rules.${id}`;
    const rule = registry.get(id);
    if (!rule) throw new ConfigError(file, key, `unknown rule "${id}" (see fazhi-lint --help for the rule list)`);
    const [severityValue, options] = Array.isArray(setting) ? setting : [setting, undefined];
    const severity = parseSeverity(severityValue, file, key);
    const checked = validateOptions(rule, options, file, key);
    if (severity === 0) continue;
    resolved.push({ id, rule, severity, options: { ...defaultOptions(rule), ...checked } });
  }
  return resolved;
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
