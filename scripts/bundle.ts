// Build step after tsc: bundles the CLI into one CommonJS file, dist/bundle/cli.cjs, which
// bin/fazhi-lint.js runs through V8's code cache (src/cli/start.ts), the --concurrency
// worker into dist/bundle/lint-worker.js and the web page's upload checker into
// dist/bundle/upload-checker.js. Start-up is part of the product: unbundled, a run on
// one report spent more time resolving and compiling some 200 ES modules (ours, unified's,
// micromark's) than linting. Modules reached by dynamic import() (other formats, the .md,
// .docx and .html readers, the server) stay uninitialised until used. Packages published as
// CommonJS stay external, loaded by require() as before.
// The bundle's first line carries the hash of the rest: the code cache's key.
// dist/bundle/meta.json (esbuild's metafile) lists what each output holds.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = path.join(ROOT, 'dist/bundle');

const COMMONJS_PACKAGES = ['@xmldom/xmldom', 'ajv', 'cosmiconfig', 'iconv-lite', 'opencc-js', 'picomatch', 'recheck'];

const common = {
  absWorkingDir: ROOT,
  bundle: true,
  platform: 'node',
  target: 'node20',
  external: COMMONJS_PACKAGES,
  // Minified names too: on a 20 KB report that was a tenth of the start-up (less source for V8
  // to read and hash). A rule's crash is reported by rule id and message, not by stack.
  minify: true,
  metafile: true,
  logLevel: 'warning',
} as const;

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

const cli = await build({
  ...common,
  entryPoints: ['dist/src/cli/bundle-entry.js'],
  outfile: path.join(OUT, 'cli.cjs'),
  format: 'cjs',
  // A vm script has no import(): a user's module comes through start.ts (src/import-module.ts),
  // and everything else is bundled or required.
  supported: { 'dynamic-import': false },
  // The bundle stands where its sources were for every path they build from their own URL
  // (the worker, the server's page, package.json).
  define: { 'import.meta.url': 'bundleUrl' },
  banner: { js: 'var bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  write: false,
});
const code = cli.outputFiles[0]!.text;
const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
writeFileSync(path.join(OUT, 'cli.cjs'), `// fazhi-lint bundle ${hash}\n${code}`);

const worker = await build({
  ...common,
  entryPoints: ['dist/src/api/lint-worker.js'],
  outfile: path.join(OUT, 'lint-worker.js'),
  format: 'esm',
});

// The page's upload checker (src/serve/upload-pool.ts), a process `serve` starts beside the bundle.
const uploadChecker = await build({
  ...common,
  entryPoints: ['dist/src/serve/upload-checker.js'],
  outfile: path.join(OUT, 'upload-checker.js'),
  format: 'esm',
});

const meta: Metafile = {
  inputs: { ...cli.metafile.inputs, ...worker.metafile.inputs, ...uploadChecker.metafile.inputs },
  outputs: { ...cli.metafile.outputs, ...worker.metafile.outputs, ...uploadChecker.metafile.outputs },
};
writeFileSync(path.join(OUT, 'meta.json'), JSON.stringify(meta));
// The server finds its page beside itself (new URL('./page/', import.meta.url)).
cpSync(path.join(ROOT, 'src/serve/page'), path.join(OUT, 'page'), { recursive: true });
