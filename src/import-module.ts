// Imports a user's module (a JS config, a plugin, a format module) by URL. The bundled CLI runs
// as a vm script (src/cli/start.ts), where import() cannot be used: start-up hands in its own.
type Importer = (specifier: string) => Promise<unknown>;

let importer: Importer = (specifier) => import(specifier);

export function setImporter(next: Importer): void {
  importer = next;
}

export function importModule(specifier: string): Promise<unknown> {
  return importer(specifier);
}
