// A config is small: a few rules, options and phrase lists. A hostile or broken one is not: a
// 535-byte YAML file of nested aliases ("billion laughs") expands to billions of values when it
// is hashed for the cache or printed, a JSON file nested 100,000 deep overflows any recursive
// walk, and a JavaScript config can hold a cycle. Each is refused when loaded, naming the file
// and the key, by one walk that stops at the first bound it passes.
import { ConfigError } from './errors.js';

/** Largest config file read, in bytes. */
export const MAX_CONFIG_BYTES = 1024 * 1024;
/** Most values a config may hold once YAML aliases and shared objects are expanded. */
export const MAX_CONFIG_VALUES = 100_000;
/** Deepest nesting of objects and arrays. */
export const MAX_CONFIG_DEPTH = 64;

/** "settings.phrases[3]" */
function keyOf(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  return out === '' ? '(root)' : out;
}

/** Throws a ConfigError when the loaded config, expanded, passes a bound. Iterative: no depth can overflow it. */
export function checkConfigBounds(config: unknown, file: string): void {
  const stack: Array<{ value: unknown; path: (string | number)[] }> = [{ value: config, path: [] }];
  let values = 0;
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (++values > MAX_CONFIG_VALUES) {
      throw new ConfigError(file, keyOf(path), `the config expands to more than ${MAX_CONFIG_VALUES.toLocaleString('en')} values (YAML aliases repeated inside each other, or a cycle); write the values out`);
    }
    if (value === null || typeof value !== 'object') continue;
    if (path.length >= MAX_CONFIG_DEPTH) {
      throw new ConfigError(file, keyOf(path), `nested more than ${MAX_CONFIG_DEPTH} levels deep`);
    }
    const entries: Array<[string | number, unknown]> = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
    for (let i = entries.length - 1; i >= 0; i--) stack.push({ value: entries[i]![1], path: [...path, entries[i]![0]] });
  }
}
