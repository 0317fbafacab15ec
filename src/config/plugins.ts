// Plugins: the plugins a config's layers name, each imported once and its rules checked
// (src/config/plugin-rules.ts), gathered with the built-in rules into one registry where a
// plugin's rule is "plugin/rule". Its own module because it runs code a config names: a plugin
// that fails to load, exports no rules or takes a name already taken is a config error naming
// the config file and key, and each of those checks is here.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoadedRule } from '../rule-api.js';
import { builtinRules } from '../../rules/index.js';
import { ConfigError, firstLine } from './errors.js';
import { isPath, resolveModule, type Layer } from './extends.js';
import { importModule } from '../import-module.js';
import { loadRule, RuleShapeError } from './plugin-rules.js';

const PLUGIN_PREFIX = 'fazhi-lint-plugin-';

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

/** One registry of the built-in rules and the rules of every plugin the layers name; the plugins' names, first named first. */
export async function loadPlugins(layers: Layer[]): Promise<{ registry: Map<string, LoadedRule>; names: string[] }> {
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
