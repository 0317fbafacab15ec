// The built-in rules read a report as a plugin's rule can: through the rule API, the public
// rule-utils and the data tables. A rule that reached into src/outline/ or src/read/ would depend
// on what a plugin cannot import, and tie the outline's inner workings to a rule's behaviour.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const RULES_DIR = path.join(ROOT, 'rules');
const ALLOWED = [/^\.\.\/src\/rule-api\.js$/, /^\.\.\/src\/rule-utils\/[\w-]+\.js$/, /^\.\.\/src\/data\/[\w-]+\.js$/, /^mdast$/];

/** Every module a source file imports, by its specifier. */
function importsOf(text: string): string[] {
  return [...text.matchAll(/^(?:import|export)[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]!);
}

describe('built-in rules', () => {
  const files = readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts') && f !== 'index.ts');

  it('import only the rule API, rule-utils, the data tables and mdast types', () => {
    expect(files.length).toBeGreaterThan(15);
    const outside = files.flatMap((file) =>
      importsOf(readFileSync(path.join(RULES_DIR, file), 'utf8'))
        .filter((specifier) => !ALLOWED.some((allowed) => allowed.test(specifier)))
        .map((specifier) => `${file}: ${specifier}`),
    );
    expect(outside).toEqual([]);
  });

  it('the check sees the imports it is about', () => {
    expect(importsOf("import type { LoadedRule } from '../src/rule-api.js';\nimport { nodeText } from '../src/outline/index.js';\n")).toEqual([
      '../src/rule-api.js',
      '../src/outline/index.js',
    ]);
    expect(importsOf("import {\n  a,\n  b,\n} from '../src/read/fold.js';\n")).toEqual(['../src/read/fold.js']);
  });
});
