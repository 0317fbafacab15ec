// Merging a config's layers, then resolving it (overrides, ignores, --rule flags) for each
// linted file; finding and reading the files is src/config/discover.ts, following their extends
// chains src/config/extends.ts, loading their plugins src/config/plugins.ts.
// What is read is cached: a folder of 1000 reports finds, reads and checks its config once.
import { createRequire } from 'node:module';
import path from 'node:path';
import type picomatchType from 'picomatch';
import type { Locale, LoadedRule } from '../rule-api.js';
import type { ResolvedRule } from '../engine/lint.js';
import { clearDiscoveryCache, findConfigFile } from './discover.js';
import { ConfigError } from './errors.js';
import { configChain, recommendedLayer, type Layer } from './extends.js';
import {
  checkRules,
  checkRuleSetting,
  defaultOptions,
  resolveRules,
  severityName,
  type RuleSetting,
  type SeverityName,
} from './index.js';
import { loadPlugins } from './plugins.js';

const requireHere = createRequire(import.meta.url);

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

interface Matcher {
  source: string;
  pattern: string;
  match: (file: string) => boolean;
}

interface Override extends Matcher {
  index: number;
  rules: Record<string, RuleSetting>;
  settings: Record<string, unknown>;
  locale?: Locale;
}

/** One config file with its extends chain and plugins loaded and checked. */
interface BuiltConfig {
  filePath: string | null;
  sources: string[];
  registry: ReadonlyMap<string, LoadedRule>;
  plugins: string[];
  rules: Record<string, RuleSetting>;
  settings: Record<string, unknown>;
  locale?: Locale;
  overrides: Override[];
  ignores: Matcher[];
  /** Resolved configs by the overrides and flags that apply: most files share one. */
  resolved: Map<string, ResolvedConfig>;
}

const byFile = new Map<string, Promise<BuiltConfig>>();
const byDirectory = new Map<string, Promise<BuiltConfig>>();

/** Forgets every config read, for a long-running server whose config files may change. */
export function clearConfigCache(): void {
  clearDiscoveryCache();
  byFile.clear();
  byDirectory.clear();
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Later wins; nested objects (sectionPhrasings) are merged key by key, arrays replaced. */
function mergeSettings(base: Record<string, unknown>, over: Record<string, unknown> | undefined): Record<string, unknown> {
  const merged = { ...base };
  for (const [key, value] of Object.entries(over ?? {})) {
    merged[key] = isPlainObject(value) && isPlainObject(merged[key]) ? mergeSettings(merged[key], value) : value;
  }
  return merged;
}

/** Later wins; a severity alone keeps the options set earlier, as ESLint does. */
function mergeRules(base: Record<string, RuleSetting>, over: Record<string, RuleSetting> | undefined): Record<string, RuleSetting> {
  const merged = { ...base };
  for (const [id, setting] of Object.entries(over ?? {})) {
    const earlier = merged[id];
    merged[id] = !Array.isArray(setting) && Array.isArray(earlier) && earlier[1] ? [setting, earlier[1]] : setting;
  }
  return merged;
}

/** Globs relative to a config file's folder; "drafts/" means everything below drafts. */
function globMatcher(patterns: string[], configFile: string): (file: string) => boolean {
  const dir = path.dirname(configFile);
  // A pattern without a slash ("*.md", "草稿.txt") matches in any folder, as in .eslintrc.
  // picomatch is required here, not imported: only configs with ignores or overrides need it.
  const picomatch = requireHere('picomatch') as typeof picomatchType;
  const isMatch = picomatch(
    patterns.map((p) => (p.endsWith('/') ? `${p}**` : p.includes('/') ? p : `**/${p}`)),
    { dot: true },
  );
  return (file) => {
    const relative = path.relative(dir, file);
    if (relative.startsWith('..') || path.isAbsolute(relative)) return false;
    return isMatch(relative.split(path.sep).join('/'));
  };
}

async function buildConfig(filePath: string | null, layers: Layer[]): Promise<BuiltConfig> {
  const { registry, names } = await loadPlugins(layers);
  let rules: Record<string, RuleSetting> = {};
  let settings: Record<string, unknown> = {};
  let locale: Locale | undefined;
  const overrides: Override[] = [];
  const ignores: Matcher[] = [];
  for (const { source, data } of layers) {
    // Checked layer by layer, once every plugin of the chain is known, so a mistake names its file.
    if (data.rules) checkRules(data.rules, registry, source, 'rules');
    rules = mergeRules(rules, data.rules);
    settings = mergeSettings(settings, data.settings);
    locale = data.locale ?? locale;
    for (const pattern of data.ignores ?? []) ignores.push({ source, pattern, match: globMatcher([pattern], source) });
    data.overrides?.forEach((override, i) => {
      if (override.rules) checkRules(override.rules, registry, source, `overrides[${i}].rules`);
      const files = Array.isArray(override.files) ? override.files : [override.files];
      overrides.push({
        source,
        index: overrides.length,
        pattern: files.join(', '),
        match: globMatcher(files, source),
        rules: override.rules ?? {},
        settings: override.settings ?? {},
        locale: override.locale,
      });
    });
  }
  return {
    filePath,
    sources: layers.map((l) => l.source),
    registry,
    plugins: names,
    rules,
    settings,
    locale,
    overrides,
    ignores,
    resolved: new Map(),
  };
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
  let resolved = built.resolved.get(key);
  if (!resolved) {
    resolved = resolve(built, file, overrides, ignoredBy, request);
    built.resolved.set(key, resolved);
  }
  return resolved;
}

/** What --print-config shows: the config that applies to one file, as JSON. */
export function printableConfig(config: ResolvedConfig): Record<string, unknown> {
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
  return locale === 'zh'
    ? `文件被配置的 ignores 忽略,未检查:${by}`
    : `File ignored because of a matching ignores pattern: ${by}`;
}
