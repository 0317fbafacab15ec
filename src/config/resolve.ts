// The config for one linted file, as the Node API (and so the CLI and `serve`) asks for it: which
// config applies (--config, --no-config-lookup or the nearest one found, src/config/discover.ts),
// built once (src/config/extends.ts, plugins.ts, merge.ts), then the overrides that match the
// file, the --rule flags and --locale applied and every rule setting checked. Also which files
// `ignores` skips, and what --print-config shows. What is built is cached by config file and
// by folder, and what is resolved by what applies to the file, so a folder of 1000 reports
// finds, reads and checks its config once; clearConfigCache forgets it all.
import path from 'node:path';
import type { Locale, LoadedRule } from '../rule-api.js';
import type { ResolvedRule } from '../engine/lint.js';
import { clearDiscoveryCache, findConfigFile } from './discover.js';
import { ConfigError } from './errors.js';
import { configChain, recommendedLayer } from './extends.js';
import { checkRuleSetting, defaultOptions, resolveRules, severityName, type RuleSetting, type SeverityName } from './index.js';
import { buildConfig, mergeRules, mergeSettings, type BuiltConfig, type Override } from './merge.js';
import { uiText } from '../i18n/ui-text.js';

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
  /** Presets and files it was built from, base first. */
  sources: string[];
  plugins: string[];
  /** Every rule this config knows, on or off: the built-in ones and its plugins'. */
  registry: ReadonlyMap<string, LoadedRule>;
  /** Every rule's setting after extends, overrides and --rule, options with defaults: for --print-config. */
  ruleSettings: Record<string, [SeverityName, Record<string, unknown>]>;
  /** The `ignores` pattern that matches the linted file, or null when it is linted. */
  ignoredBy: string | null;
}

const byFile = new Map<string, Promise<BuiltConfig>>();
const byDirectory = new Map<string, Promise<BuiltConfig>>();
/** Resolved configs by the overrides and flags that apply, per built config: most files share one. */
const resolvedBy = new WeakMap<BuiltConfig, Map<string, ResolvedConfig>>();

/** Forgets every config read, for a long-running server whose config files may change. */
export function clearConfigCache(): void {
  clearDiscoveryCache();
  byFile.clear();
  byDirectory.clear();
}

/** A config given or found, built once. */
function topLevelConfig(file: string): Promise<BuiltConfig> {
  let built = byFile.get(file);
  if (!built) {
    built = configChain(file).then((layers) => buildConfig(file, layers));
    byFile.set(file, built);
  }
  return built;
}

async function searchConfig(dir: string): Promise<BuiltConfig> {
  const file = await findConfigFile(dir);
  return file ? topLevelConfig(file) : defaultConfig();
}

function defaultConfig(): Promise<BuiltConfig> {
  let built = byFile.get('');
  if (!built) {
    built = buildConfig(null, [recommendedLayer()]);
    byFile.set('', built);
  }
  return built;
}

function builtConfigFor(lintedFile: string, request: ConfigRequest): Promise<BuiltConfig> {
  if (request.configFile) return topLevelConfig(path.resolve(request.configFile));
  if (request.noLookup) return defaultConfig();
  const dir = path.dirname(path.resolve(lintedFile));
  let built = byDirectory.get(dir);
  if (!built) {
    built = searchConfig(dir);
    byDirectory.set(dir, built);
  }
  return built;
}

function resolve(built: BuiltConfig, lintedFile: string, overrides: Override[], ignoredBy: string | null, request: ConfigRequest): ResolvedConfig {
  const configName = built.filePath ?? '(defaults)';
  let rules = built.rules;
  let settings = built.settings;
  let locale = built.locale;
  for (const override of overrides) {
    rules = mergeRules(rules, override.rules);
    settings = mergeSettings(settings, override.settings);
    locale = override.locale ?? locale;
  }
  const cliRules = request.cliRules ?? {};
  for (const [id, setting] of Object.entries(cliRules)) checkRuleSetting(id, setting, built.registry, '--rule', id);
  rules = mergeRules(rules, cliRules);

  const ruleSettings: ResolvedConfig['ruleSettings'] = {};
  for (const [id, setting] of Object.entries(rules)) {
    const { rule, severity, options } = checkRuleSetting(id, setting, built.registry, configName, `rules.${id}`);
    ruleSettings[id] = [severityName(severity), { ...defaultOptions(rule), ...options }];
  }
  const resolved = ignoredBy ? [] : resolveRules(rules, built.registry, configName, (id) => (id in cliRules ? '--rule' : configName));
  if (!ignoredBy && resolved.length === 0) {
    throw new ConfigError(
      Object.keys(cliRules).length && !built.filePath ? '--rule' : configName,
      'rules',
      `every rule is off for ${lintedFile}, so nothing would be checked; turn a rule on, or list the file in "ignores" to skip it on purpose`,
    );
  }
  return {
    rules: resolved,
    settings,
    locale: request.locale ?? locale ?? 'zh',
    filePath: built.filePath,
    sources: built.sources,
    plugins: built.plugins,
    registry: built.registry,
    ruleSettings,
    ignoredBy,
  };
}

export async function resolveConfigFor(lintedFile: string, request: ConfigRequest): Promise<ResolvedConfig> {
  const built = await builtConfigFor(lintedFile, request);
  const file = path.resolve(lintedFile);
  const ignore = built.ignores.find((glob) => glob.match(file));
  const ignoredBy = ignore ? `${ignore.pattern} (${ignore.source})` : null;
  const overrides = built.overrides.filter((override) => override.match(file));
  const key = JSON.stringify([ignoredBy, overrides.map((o) => o.index), request.cliRules ?? {}, request.locale ?? null]);
  let cache = resolvedBy.get(built);
  if (!cache) resolvedBy.set(built, (cache = new Map()));
  let resolved = cache.get(key);
  if (!resolved) {
    resolved = resolve(built, file, overrides, ignoredBy, request);
    cache.set(key, resolved);
  }
  return resolved;
}

/** What --print-config shows: the config that applies to one file, as JSON. */
/** The config a file gets, as `--print-config` prints it and `calculateConfigForFile` returns it. */
export interface CalculatedConfig {
  /** The config file used, or null for the built-in recommended rules. */
  configFile: string | null;
  /** Presets and files it extends, base first. */
  extends: string[];
  /** The `ignores` pattern that leaves the file out, or null. */
  ignored: string | null;
  locale: Locale;
  plugins: string[];
  /** Every configured rule's severity and options (defaults filled in). */
  rules: Record<string, [SeverityName, Record<string, unknown>]>;
  settings: Record<string, unknown>;
}

export function printableConfig(config: ResolvedConfig): CalculatedConfig {
  return {
    configFile: config.filePath,
    extends: config.sources.filter((source) => source !== config.filePath),
    ignored: config.ignoredBy,
    locale: config.locale,
    plugins: config.plugins,
    rules: config.ruleSettings,
    settings: config.settings,
  };
}

/**
 * Drops the files a config's `ignores` match, as ESLint does. Files named on the command line
 * are reported with a warning instead, so a user who asked for them learns why nothing was said.
 */
export async function splitIgnored(
  files: string[],
  request: ConfigRequest,
): Promise<{ lintable: string[]; ignored: Array<{ file: string; by: string }> }> {
  const lintable: string[] = [];
  const ignored: Array<{ file: string; by: string }> = [];
  for (const file of files) {
    const built = await builtConfigFor(file, request);
    const glob = built.ignores.find((g) => g.match(path.resolve(file)));
    if (glob) ignored.push({ file, by: `${glob.pattern} (${glob.source})` });
    else lintable.push(file);
  }
  return { lintable, ignored };
}

export function ignoredMessage(by: string, locale: Locale): string {
  return uiText(locale, 'config.ignored', { by });
}
