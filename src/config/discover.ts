// Finding and reading config files: which file applies to a folder (cosmiconfig's search, from
// the folder upward), and one file read, parsed and checked for size, bounds and shape. Its own
// module because of what it costs: cosmiconfig and its parsers are ~20 modules, loaded only when
// a config is named or may exist, and an fs-only pre-check spares a run with no config nearby
// from loading them at all. What is found and read is cached until clearDiscoveryCache.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkConfigBounds, MAX_CONFIG_BYTES } from './bounds.js';
import { ConfigError, firstLine } from './errors.js';
import { importModule } from '../import-module.js';
import { checkConfigShape, type ConfigData } from './index.js';

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

type Explorer = {
  search(from: string): Promise<{ config: unknown; filepath: string } | null>;
  load(file: string): Promise<{ config: unknown; filepath: string } | null>;
  clearCaches(): void;
};
let explorer: Explorer | null = null;

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

/** Forgets every search and every file read, for a long-running server whose config files may change. */
export function clearDiscoveryCache(): void {
  explorer?.clearCaches();
  candidateIn.clear();
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

export async function readConfigFile(file: string): Promise<ConfigData> {
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

/** The config file that applies to files in `dir`, or null when there is none. */
export async function findConfigFile(dir: string): Promise<string | null> {
  if (!mayHoldConfig(dir)) return null;
  let found;
  try {
    found = await (await getExplorer()).search(dir);
  } catch (error) {
    throw parseProblem(error, dir);
  }
  return found ? found.filepath : null;
}
