// Start-up: runs the bundled CLI (dist/bundle/cli.cjs) with V8's code cache, so a run does not
// compile again what the previous run compiled (on a 20 KB report, a sixth of the wall time).
// Node 20 has no module compile cache (module.enableCompileCache came in Node 22), and
// v8-compile-cache keeps only what is compiled before the script runs; this keeps what V8 has
// compiled by the end of a run. The cache is keyed by the hash on the bundle's first line (V8
// itself checks only the source's length) and by the Node version; it is written atomically,
// and any failure to read or write it only means compiling as usual.
// FAZHI_LINT_NO_CODE_CACHE=1 turns it off. Only Node built-ins here: this runs before the bundle.
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

interface BundleExports {
  main(argv: string[]): Promise<number>;
  setImporter(importer: (specifier: string) => Promise<unknown>): void;
}

const BUNDLE = fileURLToPath(new URL('../../bundle/cli.cjs', import.meta.url));
/** scripts/bundle.ts writes this line, with the hash of the rest, at the top of the bundle. */
const HASH_LINE = /^\/\/ fazhi-lint bundle ([0-9a-f]+)\n/;
/** Caches of other builds or Node versions unused this long are removed when one is written. */
const STALE_MS = 30 * 24 * 3600 * 1000;

export function codeCacheDirectory(): string {
  return path.join(process.env.XDG_CACHE_HOME ?? path.join(homedir(), '.cache'), 'fazhi-lint', 'code-cache');
}

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

function writeCache(file: string, data: Buffer): void {
  try {
    const dir = path.dirname(file);
    mkdirSync(dir, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, data);
    renameSync(temporary, file);
    const now = Date.now();
    for (const name of readdirSync(dir)) {
      const other = path.join(dir, name);
      if (other !== file && now - statSync(other).mtimeMs > STALE_MS) unlinkSync(other);
    }
  } catch {
    // A read-only or full disk: the next run compiles as this one did.
  }
}

function loadBundle(): { source: string; hash: string } {
  let source: string;
  try {
    source = readFileSync(BUNDLE, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new Error(`cannot read ${BUNDLE} (${reason}): run "npm run build" first`, { cause: error });
  }
  return { source, hash: HASH_LINE.exec(source)?.[1] ?? 'unhashed' };
}

/**
 * Keeps the exit code the run's own. Config files and plugins are code: one that calls
 * process.exit() before the results are written would end a run that found errors with its own
 * code, 0 included, and print nothing. Such an exit fails (2) with a message; one after the
 * results keeps their code.
 */
function guardExit(argv: string[]): { finished(code: number): void } {
  let runCode: number | undefined;
  const english = argv.some((arg, i) => arg === '--locale=en' || (arg === '--locale' && argv[i + 1] === 'en'));
  process.on('exit', () => {
    if (runCode !== undefined) {
      process.exitCode = runCode;
      return;
    }
    // The catalogue's cli.exitBeforeResults (src/i18n/ui-text.ts) written out, as only Node's
    // built-ins load here; tests/i18n/ui-text.test.ts checks that the two agree.
    process.stderr.write(
      english
        ? 'fazhi-lint: error: a config file or plugin ended the process (process.exit) before the results were written; this run has no result\n'
        : 'fazhi-lint: 错误: 配置文件或插件在结果写出之前结束了进程(process.exit),本次检查没有结果\n',
    );
    process.exitCode = 2;
  });
  return { finished: (code) => (runCode = code) };
}

export async function start(argv: string[]): Promise<number> {
  let bundle: { source: string; hash: string };
  try {
    bundle = loadBundle();
  } catch (error) {
    process.stderr.write(`fazhi-lint: ${(error as Error).message}\n`);
    return 2;
  }
  const useCache = process.env.FAZHI_LINT_NO_CODE_CACHE !== '1' && bundle.hash !== 'unhashed';
  const cacheFile = path.join(codeCacheDirectory(), `cli-${bundle.hash}-node${process.version}-${process.arch}.bin`);
  const cachedData = useCache ? readCache(cacheFile) : undefined;
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${bundle.source}\n})`, {
    filename: BUNDLE,
    cachedData,
  });
  const module = { exports: {} as BundleExports };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, path.dirname(BUNDLE));
  module.exports.setImporter((specifier) => import(specifier));
  const exit = guardExit(argv);
  let code: number;
  try {
    code = await module.exports.main(argv);
  } catch (error) {
    // main() reports every expected failure itself; anything else is a bug, told in one line
    // (an uncaught error would print a line of the minified bundle).
    process.stderr.write(`fazhi-lint: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    exit.finished(2);
    return 2;
  }
  exit.finished(code);
  if (useCache && (!cachedData || script.cachedDataRejected)) writeCache(cacheFile, script.createCachedData());
  return code;
}
