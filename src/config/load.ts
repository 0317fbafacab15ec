// Finding and reading config files, then resolving them (with presets) for one linted file.
import path from 'node:path';
import type { Locale } from '../rule-api.js';
import type { ResolvedRule } from '../engine/lint.js';
import { builtinRules } from '../../rules/index.js';
import { ConfigError, PRESETS, resolveRules, type ConfigData, type RuleSetting } from './index.js';

export const MODULE_NAME = 'linter';

export const SEARCH_PLACES = [
  'package.json',
  `.${MODULE_NAME}rc`,
  `.${MODULE_NAME}rc.json`,
  `.${MODULE_NAME}rc.yaml`,
  `.${MODULE_NAME}rc.yml`,
  `.${MODULE_NAME}rc.js`,
  `.${MODULE_NAME}rc.cjs`,
  `${MODULE_NAME}.config.js`,
  `${MODULE_NAME}.config.mjs`,
];

export interface ConfigRequest {
  /** --config FILE: use this file only. */
  configFile?: string;
  /** --no-config-lookup */
  noLookup?: boolean;
  /** --rule flags, applied last. */
  cliRules?: Record<string, RuleSetting>;
  /** --locale, wins over config. */
  locale?: Locale;
}

export interface ResolvedConfig {
  rules: ResolvedRule[];
  settings: Record<string, unknown>;
  locale: Locale;
  /** The config file used, if any. */
  filePath: string | null;
}

type Explorer = { search(from: string): Promise<{ config: unknown; filepath: string } | null>; load(file: string): Promise<{ config: unknown; filepath: string } | null> };
let explorer: Explorer | null = null;

async function getExplorer(): Promise<Explorer> {
  if (!explorer) {
    // cosmiconfig (and its YAML parser) is loaded only when a config is looked up.
    const { cosmiconfig } = await import('cosmiconfig');
    explorer = cosmiconfig(MODULE_NAME, { searchPlaces: SEARCH_PLACES, searchStrategy: 'project' });
  }
  return explorer;
}

function asConfigData(raw: unknown, file: string): ConfigData {
  if (raw === null || raw === undefined) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigError(file, '(root)', 'a config must be an object');
  return raw as ConfigData;
}

async function readConfigFile(file: string): Promise<ConfigData> {
  try {
    const result = await (await getExplorer()).load(file);
    return asConfigData(result?.config, file);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ConfigError(file, '(file)', `cannot be read: ${reason}`);
  }
}

function expandExtends(data: ConfigData, file: string): ConfigData {
  const bases = data.extends === undefined ? [] : Array.isArray(data.extends) ? data.extends : [data.extends];
  let merged: ConfigData = {};
  for (const name of bases) {
    const preset = PRESETS[name];
    if (!preset) throw new ConfigError(file, 'extends', `unknown preset "${name}"; expected one of ${Object.keys(PRESETS).join(', ')}`);
    merged = mergeConfig(merged, preset());
  }
  return mergeConfig(merged, { ...data, extends: undefined });
}

export function mergeConfig(base: ConfigData, over: ConfigData): ConfigData {
  return {
    rules: { ...base.rules, ...over.rules },
    settings: { ...base.settings, ...over.settings },
    locale: over.locale ?? base.locale,
  };
}

export async function resolveConfigFor(lintedFile: string, request: ConfigRequest): Promise<ResolvedConfig> {
  let data: ConfigData = PRESETS['fazhi-lint:recommended']!();
  let filePath: string | null = null;
  if (request.configFile) {
    filePath = path.resolve(request.configFile);
    data = expandExtends(await readConfigFile(filePath), filePath);
  } else if (!request.noLookup) {
    let found;
    try {
      found = await (await getExplorer()).search(path.dirname(path.resolve(lintedFile)));
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new ConfigError(lintedFile, '(config lookup)', reason ?? 'failed');
    }
    if (found) {
      filePath = found.filepath;
      // A found config without `extends` builds on the recommended set, as users expect.
      const own = asConfigData(found.config, filePath);
      data = own.extends === undefined ? mergeConfig(data, own) : expandExtends(own, filePath);
    }
  }
  const rules = { ...data.rules, ...request.cliRules };
  return {
    rules: resolveRules(rules, builtinRules, filePath ?? (request.cliRules ? '--rule' : '(defaults)')),
    settings: data.settings ?? {},
    locale: request.locale ?? data.locale ?? 'zh',
    filePath,
  };
}
