// Finding and reading config files, following their extends chains and plugins, then resolving
// them (overrides, ignores, --rule flags) for each linted file. What is read is cached: a folder
// of 1000 reports finds, reads and checks its config once.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { access } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type picomatchType from 'picomatch';
import type { Locale, LoadedRule } from '../rule-api.js';
import type { ResolvedRule } from '../engine/lint.js';
import { builtinRules } from '../../rules/index.js';
import { checkConfigBounds, MAX_CONFIG_BYTES } from './bounds.js';
import { ConfigError, firstLine } from './errors.js';
import { importModule } from '../import-module.js';
import { uiText } from '../i18n/ui-text.js';
import {
  checkConfigShape,
  checkRules,
  checkRuleSetting,
  defaultOptions,
  resolveRules,
  severityName,
  type ConfigData,
  type RuleSetting,
  type SeverityName,
} from './index.js';
import { loadRule, RuleShapeError } from './plugin-rules.js';
import { PRESETS, PRESET_PREFIX } from './presets.js';

export const MODULE_NAME = 'linter';

/** Looked for in each folder in this order, from the linted file's folder upward. */
export const SEARCH_PLACES = [
  `.${MODULE_NAME}rc`,
  `.${MODULE_NAME}rc.json`,
  `.${MODULE_NAME}rc.yaml`,
  `.${MODULE_NAME}rc.yml`,
  `.${MODULE_NAME}rc.js`,
  `.${MODULE_NAME}rc.cjs`,
  `${MODULE_NAME}.config.js`,
  `${MODULE_NAME}.config.mjs`,
  'package.json',
];

const RECOMMENDED = 'fazhi-lint:recommended';
const requireHere = createRequire(import.meta.url);
const PLUGIN_PREFIX = 'fazhi-lint-plugin-';

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

interface Layer {
  /** A config file's path, or a preset's name. */
  source: string;
  data: ConfigData;
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

type Explorer = {
  search(from: string): Promise<{ config: unknown; filepath: string } | null>;
  load(file: string): Promise<{ config: unknown; filepath: string } | null>;
  clearCaches(): void;
};
let explorer: Explorer | null = null;
const byFile = new Map<string, Promise<BuiltConfig>>();
const byDirectory = new Map<string, Promise<BuiltConfig>>();

async function getExplorer(): Promise<Explorer> {
  if (!explorer) {
    // cosmiconfig (and its YAML and JSON parsers) is loaded only when a config file is named or may exist.
    const { cosmiconfig, defaultLoaders } = await import('cosmiconfig');
    // JS configs are imported directly: cosmiconfig's require() fallback hides the real error.
    const loadJs = async (file: string) => ((await importModule(pathToFileURL(file).href)) as { default?: unknown }).default;
    explorer = cosmiconfig(MODULE_NAME, {
      searchPlaces: SEARCH_PLACES,
      searchStrategy: 'project',
      // Any other name given to --config (".linterrc.example") is read as YAML, which takes JSON too.
      loaders: { '.js': loadJs, '.cjs': loadJs, '.mjs': loadJs, default: defaultLoaders['.yaml'] },
    });
  }
  return explorer;
}

/** Forgets every config read, for a long-running server whose config files may change. */
export function clearConfigCache(): void {
  explorer?.clearCaches();
  candidateIn.clear();
  byFile.clear();
  byDirectory.clear();
}

/** The parser's reason with its line and column, without cosmiconfig's wrapping and code frame. */
function parseReason(error: unknown, file: string): string {
  const yaml = error as { reason?: string; mark?: { line: number; column: number } };
  if (yaml.reason && yaml.mark) return `${yaml.reason} (line ${yaml.mark.line + 1}, column ${yaml.mark.column + 1})`;
  // Parsers add a code frame, coloured when CI=true makes supports-color say yes: strip colours.
  const message = (error instanceof Error ? error.message : String(error)).replace(/\u001b\[[0-9;]*m/g, '');
  const lines = message.split('\n').map((line) => line.trim());
  const reason = lines.find((line) => line !== '' && !/^[>|^]|^\d+ \||Error in /.test(line))?.replace(/ while parsing .*$/, '') ?? firstLine(error);
  const position = /at position (\d+)/.exec(reason);
  if (!position) return reason;
  try {
    const before = readFileSync(file, 'utf8').slice(0, Number(position[1])).split('\n');
    return `${reason} (line ${before.length}, column ${before.at(-1)!.length + 1})`;
  } catch {
    return reason;
  }
}

function parseProblem(error: unknown, fallbackFile: string): ConfigError {
  const file = (error as { filepath?: string }).filepath ?? fallbackFile;
  const format = /\.json$/.test(file) ? 'JSON' : /\.[cm]?js$/.test(file) ? 'JavaScript' : 'YAML or JSON';
  return new ConfigError(file, '(syntax)', `cannot be parsed as ${format}: ${parseReason(error, file)}`);
}

async function readConfigFile(file: string): Promise<ConfigData> {
  let result;
  try {
    // The size first: a config is a few kilobytes, and a huge one is not read at all.
    if (statSync(file).size > MAX_CONFIG_BYTES) {
      throw new ConfigError(file, '(file)', `the config file is larger than ${MAX_CONFIG_BYTES / 1024 / 1024} MB; a config holds rules, options and phrase lists, a few kilobytes`);
    }
    result = await (await getExplorer()).load(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR') throw new ConfigError(file, '(file)', 'no such config file');
    if (error instanceof ConfigError) throw error;
    throw parseProblem(error, file);
  }
  checkConfigBounds(result?.config, file);
  return checkConfigShape(result?.config, file);
}

function isPath(specifier: string): boolean {
  return specifier.startsWith('.') || path.isAbsolute(specifier);
}

/** A path relative to the config file, or an npm package installed where the config file is. */
async function resolveModule(specifier: string, fromFile: string, key: string, what: string): Promise<string> {
  if (isPath(specifier)) {
    const target = path.resolve(path.dirname(fromFile), specifier);
    try {
      await access(target);
    } catch {
      throw new ConfigError(fromFile, key, `cannot find ${what} "${specifier}" (no file ${target})`);
    }
    return target;
  }
  try {
    return createRequire(fromFile).resolve(specifier);
  } catch {
    throw new ConfigError(
      fromFile,
      key,
      `cannot find ${what} "${specifier}": no npm package of that name is installed (a file path must start with ./ or ../)`,
    );
  }
}

function list<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** A config file and what it extends, base first. `stack` holds the files being expanded. */
async function loadChain(file: string, stack: string[]): Promise<Layer[]> {
  if (stack.includes(file)) {
    const cycle = [...stack.slice(stack.indexOf(file)), file];
    throw new ConfigError(stack.at(-1)!, 'extends', `extends cycle: ${cycle.join(' → ')}; remove one of these extends`);
  }
  const data = await readConfigFile(file);
  const layers: Layer[] = [];
  const bases = list(data.extends);
  for (const [i, name] of bases.entries()) {
    const key = Array.isArray(data.extends) ? `extends[${i}]` : 'extends';
    if (name.startsWith(PRESET_PREFIX)) {
      const preset = PRESETS[name];
      if (!preset) throw new ConfigError(file, key, `unknown preset "${name}"; expected one of ${Object.keys(PRESETS).join(', ')}, a file path or a package name`);
      layers.push({ source: name, data: preset() });
      continue;
    }
    layers.push(...(await loadChain(await resolveModule(name, file, key, 'config to extend'), [...stack, file])));
  }
  layers.push({ source: file, data });
  return layers;
}

function pluginName(specifier: string): string {
  if (isPath(specifier)) return path.basename(specifier).replace(/\.[cm]?js$/, '').replace(PLUGIN_PREFIX, '');
  const [, scope = '', name = ''] = /^(@[^/]+\/)?(.*)$/.exec(specifier)!;
  return scope + name.replace(PLUGIN_PREFIX, '');
}

/** Imports a plugin, checks it exports `{ rules: { id: rule } }` and each rule's shape, and names each `name/id`. */
async function importPlugin(target: string, specifier: string, name: string, file: string, key: string): Promise<Map<string, LoadedRule>> {
  let module: { default?: unknown; rules?: unknown };
  try {
    module = (await importModule(pathToFileURL(target).href)) as typeof module;
  } catch (error) {
    throw new ConfigError(file, key, `plugin "${specifier}" failed to load: ${firstLine(error)}`);
  }
  const plugin = (module.default ?? module) as { rules?: unknown };
  const rules = plugin?.rules;
  if (!rules || typeof rules !== 'object' || Object.keys(rules).length === 0) {
    throw new ConfigError(file, key, `plugin "${specifier}" exports no rules; expected { rules: { "rule-id": { meta, create } } }`);
  }
  const loaded = new Map<string, LoadedRule>();
  for (const [id, rule] of Object.entries(rules)) {
    try {
      loaded.set(`${name}/${id}`, loadRule(`${name}/${id}`, rule));
    } catch (error) {
      if (!(error instanceof RuleShapeError)) throw error;
      throw new ConfigError(file, key, `plugin "${specifier}", rule "${id}": ${error.message}`);
    }
  }
  return loaded;
}

async function loadPlugins(layers: Layer[]): Promise<{ registry: Map<string, LoadedRule>; names: string[] }> {
  const registry = new Map(builtinRules);
  const loaded = new Map<string, string>();
  for (const { source, data } of layers) {
    if (!data.plugins) continue;
    const entries = Array.isArray(data.plugins)
      ? data.plugins.map((spec, i) => [pluginName(spec), spec, `plugins[${i}]`] as const)
      : Object.entries(data.plugins).map(([name, spec]) => [name, spec, `plugins.${name}`] as const);
    for (const [name, specifier, key] of entries) {
      const target = await resolveModule(specifier, source, key, 'plugin');
      const earlier = loaded.get(name);
      if (earlier === target) continue;
      if (earlier) throw new ConfigError(source, key, `plugin name "${name}" is already taken by ${earlier}; give one of them another name with plugins: { name: module }`);
      loaded.set(name, target);
      for (const [id, rule] of await importPlugin(target, specifier, name, source, key)) registry.set(id, rule);
    }
  }
  return { registry, names: [...loaded.keys()] };
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
      const files = list(override.files);
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

function recommendedLayer(): Layer {
  return { source: RECOMMENDED, data: PRESETS[RECOMMENDED]!() };
}

/** A config given or found: without `extends` it builds on the recommended rules. */
function topLevelConfig(file: string): Promise<BuiltConfig> {
  let built = byFile.get(file);
  if (!built) {
    built = (async () => {
      const chain = await loadChain(file, []);
      const own = chain.at(-1)!.data;
      return buildConfig(file, own.extends === undefined ? [recommendedLayer(), ...chain] : chain);
    })();
    byFile.set(file, built);
  }
  return built;
}

const candidateIn = new Map<string, boolean>();

/**
 * Whether the search from `dir` could find a config, by the rules cosmiconfig's search follows:
 * each folder's SEARCH_PLACES, package.json only with a "linter" key, and no folder above the
 * first one holding a package.json (or package.yaml). Checked with fs calls alone, so a run
 * with no config nearby never loads cosmiconfig and its ~20 modules.
 */
function mayHoldConfig(dir: string): boolean {
  let answer = candidateIn.get(dir);
  if (answer === undefined) {
    const parent = path.dirname(dir);
    const isProjectRoot = existsSync(path.join(dir, 'package.json')) || existsSync(path.join(dir, 'package.yaml'));
    answer =
      SEARCH_PLACES.some((place) => (place === 'package.json' ? packageHasConfig(path.join(dir, place)) : existsSync(path.join(dir, place)))) ||
      (!isProjectRoot && parent !== dir && mayHoldConfig(parent));
    candidateIn.set(dir, answer);
  }
  return answer;
}

/** True when package.json has a "linter" key, or cannot be read as JSON (cosmiconfig then reports why). */
function packageHasConfig(file: string): boolean {
  if (!existsSync(file)) return false;
  try {
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return typeof pkg !== 'object' || pkg === null || (pkg as Record<string, unknown>)[MODULE_NAME] != null;
  } catch {
    return true;
  }
}

async function searchConfig(dir: string): Promise<BuiltConfig> {
  if (!mayHoldConfig(dir)) return defaultConfig();
  let found;
  try {
    found = await (await getExplorer()).search(dir);
  } catch (error) {
    throw parseProblem(error, dir);
  }
  return found ? topLevelConfig(found.filepath) : defaultConfig();
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
  return uiText(locale, 'config.ignored', { by });
}
