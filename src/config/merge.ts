// Merging: a config's layers (its extends chain, base first) made into one config, its plugins'
// rules known and each layer's rules checked; later layers win for rules, settings and locale,
// and overrides and ignores are kept as globs to match each linted file against. An override is
// merged in later, for the files it matches, by the same mergeRules and mergeSettings: how one
// setting wins over another is decided here only.
import { createRequire } from 'node:module';
import path from 'node:path';
import type picomatchType from 'picomatch';
import type { Locale, LoadedRule } from '../rule-api.js';
import type { Layer } from './extends.js';
import { checkRules, type RuleSetting } from './index.js';
import { loadPlugins } from './plugins.js';

const requireHere = createRequire(import.meta.url);

interface Matcher {
  source: string;
  pattern: string;
  match: (file: string) => boolean;
}

export interface Override extends Matcher {
  index: number;
  rules: Record<string, RuleSetting>;
  settings: Record<string, unknown>;
  locale?: Locale;
}

/** One config file with its extends chain and plugins loaded and checked. */
export interface BuiltConfig {
  filePath: string | null;
  sources: string[];
  registry: ReadonlyMap<string, LoadedRule>;
  plugins: string[];
  rules: Record<string, RuleSetting>;
  settings: Record<string, unknown>;
  locale?: Locale;
  overrides: Override[];
  ignores: Matcher[];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Later wins; nested objects (sectionPhrasings) are merged key by key, arrays replaced. */
export function mergeSettings(base: Record<string, unknown>, over: Record<string, unknown> | undefined): Record<string, unknown> {
  const merged = { ...base };
  for (const [key, value] of Object.entries(over ?? {})) {
    merged[key] = isPlainObject(value) && isPlainObject(merged[key]) ? mergeSettings(merged[key], value) : value;
  }
  return merged;
}

/** Later wins; a severity alone keeps the options set earlier, as ESLint does. */
export function mergeRules(base: Record<string, RuleSetting>, over: Record<string, RuleSetting> | undefined): Record<string, RuleSetting> {
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

/** A config's layers, base first, merged into one, each layer's rules checked once its plugins are known. */
export async function buildConfig(filePath: string | null, layers: Layer[]): Promise<BuiltConfig> {
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
  };
}
