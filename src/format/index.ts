// Formatters are loaded by name when first used: a run pays only for the one it prints.
// A name that is not built in is taken as a module path or package exporting a formatter.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Formatter } from '../results.js';
import { importModule } from '../import-module.js';

// Each built-in format by name, imported on first use. Written out, not import(`./${name}.js`):
// a bundler and vitest see each module, and nothing else in this folder is a format.
const BUILTIN: Record<string, () => Promise<{ default: Formatter }>> = {
  stylish: () => import('./stylish.js'),
  json: () => import('./json.js'),
  checklist: () => import('./checklist.js'),
  summary: () => import('./summary.js'),
  csv: () => import('./csv.js'),
  sarif: () => import('./sarif.js'),
  github: () => import('./github.js'),
  junit: () => import('./junit.js'),
  html: () => import('./html.js'),
};

export const BUILTIN_FORMATS = Object.keys(BUILTIN);

export class FormatterError extends Error {}

/** A package is looked up from the project being linted (as ESLint does), else beside fazhi-lint. */
function packageSpecifier(name: string, cwd: string): string {
  try {
    return pathToFileURL(createRequire(path.join(cwd, 'package.json')).resolve(name)).href;
  } catch {
    return name;
  }
}

export async function loadFormatter(name: string, cwd: string): Promise<Formatter> {
  const builtin = Object.hasOwn(BUILTIN, name) ? BUILTIN[name] : undefined;
  if (builtin) return (await builtin()).default;
  const looksLikePath = name.startsWith('.') || name.startsWith('/') || /\.[cm]?js$/.test(name);
  const specifier = looksLikePath ? pathToFileURL(path.resolve(cwd, name)).href : packageSpecifier(name, cwd);
  let module: { default?: unknown };
  try {
    module = (await importModule(specifier)) as { default?: unknown };
  } catch {
    throw new FormatterError(`unknown format "${name}": not one of ${BUILTIN_FORMATS.join(', ')}, and no module of that name could be loaded`);
  }
  if (typeof module.default !== 'function') {
    throw new FormatterError(`format module "${name}" has no default export function (results, context) => string`);
  }
  return module.default as Formatter;
}
