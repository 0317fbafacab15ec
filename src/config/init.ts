// `fazhi-lint --init`: a starter .linterrc in the current folder. It never overwrites one.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from './errors.js';

export const STARTER_CONFIG = `# fazhi-lint 配置 / configuration (YAML). Every option: .linterrc.example in fazhi-lint's package.
extends: fazhi-lint:recommended   # or fazhi-lint:strict, fazhi-lint:department (…:outline-2021, …:township),
                                  # a file (./province.yml) or a package
locale: zh                        # zh or en

rules: {}
  # require-topics: [error, { topics: auto }]   # the areas each report covers, by its kind of issuer
  # require-three-systems: warn
  # require-problems-and-causes: [error, { minLength: 60 }]
  # required-terms:
  #   - error
  #   - items:
  #       - terms: [重大行政决策]
  #       - terms: [合法性审查]
  #         section: achievements

settings: {}
  # deadline: "03-01"

overrides: []
  # - files: ["departments/**"]
  #   settings: { deadline: "03-01" }

ignores: []
  # - drafts/
`;

/** Writes the starter config; returns its path. */
export async function writeStarterConfig(cwd: string): Promise<string> {
  const file = path.join(cwd, '.linterrc');
  try {
    await writeFile(file, STARTER_CONFIG, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new ConfigError(file, '(file)', 'already exists; --init does not overwrite it (edit it, or remove it first)');
    }
    throw new ConfigError(file, '(file)', `cannot be written: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return file;
}
