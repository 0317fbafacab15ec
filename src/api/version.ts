// This package's version, from the first package.json above this module (dist/src/api or
// dist/bundle); read once.
import { existsSync, readFileSync } from 'node:fs';

let version: string | undefined;

export function packageVersion(): string {
  if (version !== undefined) return version;
  for (let dir = new URL('./', import.meta.url); ; dir = new URL('../', dir)) {
    const file = new URL('package.json', dir);
    if (existsSync(file)) return (version = (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version);
    if (dir.pathname === '/') throw new Error('fazhi-lint: package.json not found above ' + import.meta.url);
  }
}
