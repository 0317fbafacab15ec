// The extends chain: a config file and everything it extends, as layers, base first, for merging
// (src/config/merge.ts). A base is a built-in preset ("fazhi-lint:strict"), a file path relative
// to the config file, or an npm package installed where the config file is; plugins are found
// the same way (resolveModule). Kept apart from merging so that what a config is built from,
// and every error about a base that is missing or a cycle, is read in one place.
import { access } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { readConfigFile } from './discover.js';
import { ConfigError } from './errors.js';
import type { ConfigData } from './index.js';
import { PRESETS, PRESET_PREFIX } from './presets.js';

const RECOMMENDED = 'fazhi-lint:recommended';

/** One link of the chain. */
export interface Layer {
  /** A config file's path, or a preset's name. */
  source: string;
  data: ConfigData;
}

export function isPath(specifier: string): boolean {
  return specifier.startsWith('.') || path.isAbsolute(specifier);
}

/** A path relative to the config file, or an npm package installed where the config file is. */
export async function resolveModule(specifier: string, fromFile: string, key: string, what: string): Promise<string> {
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

/** The recommended rules: the base of a config without `extends`, and the whole config when there is no file. */
export function recommendedLayer(): Layer {
  return { source: RECOMMENDED, data: PRESETS[RECOMMENDED]!() };
}

/** A config given or found, with its chain: without `extends` it builds on the recommended rules. */
export async function configChain(file: string): Promise<Layer[]> {
  const chain = await loadChain(file, []);
  const own = chain.at(-1)!.data;
  return own.extends === undefined ? [recommendedLayer(), ...chain] : chain;
}
