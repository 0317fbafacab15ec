// Formatters are loaded by name when first used: a run pays only for the one it prints.
// A name that is not built in is taken as a module path or package exporting a formatter.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Formatter } from '../results.js';
import { importModule } from '../import-module.js';

export const BUILTIN_FORMATS = ['stylish', 'json', 'checklist', 'summary', 'csv', 'sarif', 'github', 'junit', 'html'] as const;

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
  if ((BUILTIN_FORMATS as readonly string[]).includes(name)) {
    const module = (await import(`./${name}.js`)) as { default: Formatter };
    return module.default;
  }
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
