// Starting the page's server for tests: in-process on 127.0.0.1 port 0, or the compiled CLI's
// `serve` subcommand as a child process. Every wait is bounded.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Server } from 'node:http';
import { resolveConfigFor } from '../../src/config/resolve.js';
import type { ResolvedRule } from '../../src/engine/lint.js';
import type { Locale } from '../../src/rule-api.js';
import type { FazhiLintOptions } from '../../src/api/fazhi-lint.js';
import { pageConfigOf } from '../../src/serve/analyze.js';
import { createServeServer, listen, type ServeOptions } from '../../src/serve/server.js';
import { BIN, ROOT } from '../helpers/cli.js';

export const REAL_DIR = path.join(ROOT, 'fixtures/real');

export interface Expected {
  reports: Record<string, Record<string, string[] | number>>;
}

/** The labeled statuses of the real reports: ok / weak / missing per checklist rule. */
export function expectedStatuses(): Record<string, Record<string, string>> {
  const expected = JSON.parse(readFileSync(path.join(REAL_DIR, 'expected.json'), 'utf8')) as Expected;
  const out: Record<string, Record<string, string>> = {};
  for (const [file, labels] of Object.entries(expected.reports)) {
    out[file] = Object.fromEntries(
      Object.entries(labels)
        .filter(([, value]) => Array.isArray(value))
        .map(([rule, value]) => [rule, (value as string[])[0]!]),
    );
  }
  return out;
}

/**
 * A plugin with a fixable test rule, `test/no-double-space` (runs of spaces → one), so fix
 * tests do not depend on the built-in rules. A plugin file, not an object: uploads are linted in
 * checker processes, which load the config themselves.
 */
const DOUBLE_SPACE_PLUGIN = `export default {
  rules: {
    'no-double-space': {
      meta: {
        type: 'typography',
        docs: { description: { zh: '不用连续空格', en: 'no double spaces' }, recommended: false },
        messages: { double: { zh: '连续空格', en: 'double space' } },
        fixable: true,
      },
      create(context) {
        return {
          'root:exit'() {
            for (const match of context.sourceText.matchAll(/ {2,}/g)) {
              const at = context.positionAt(match.index);
              context.report({ messageId: 'double', loc: { line: at.line, column: at.column }, fix: { range: [match.index, match.index + match[0].length], text: ' ' } });
            }
          },
        };
      },
    },
  },
};
`;

/** A config file (JSON) in a temp folder, with the double-space plugin beside it as ./test.mjs. */
export function configFile(config: Record<string, unknown>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'fazhi-serve-config-'));
  writeFileSync(path.join(dir, 'test.mjs'), DOUBLE_SPACE_PLUGIN);
  writeFileSync(path.join(dir, 'config.json'), JSON.stringify(config));
  return path.join(dir, 'config.json');
}

/** Only the double-space rule. */
export const doubleSpaceOnly = () => configFile({ extends: [], plugins: ['./test.mjs'], rules: { 'test/no-double-space': 'warn' } });

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** The compiled upload checker (npm test builds first): the TypeScript sources cannot run in a child process. */
export const UPLOAD_CHECKER = pathToFileURL(path.join(ROOT, 'dist/src/serve/upload-checker.js'));

/** The rules of a run with no config: the built-in recommended ones. */
export async function recommendedRules(): Promise<ResolvedRule[]> {
  return (await resolveConfigFor(path.join(ROOT, 'upload.txt'), { noLookup: true })).rules;
}

export interface TestServerOptions extends Partial<Omit<ServeOptions, 'lintOptions' | 'page'>> {
  /** The config file asked for; default: none (the built-in recommended rules). */
  configFile?: string;
  /** The page's locale when a request asks for none; default zh. */
  locale?: Locale;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<RunningServer> {
  const { configFile, locale, ...serveOptions } = options;
  // As `serve` starts: the Node API's options, and the page's config asked of it.
  const lintOptions: FazhiLintOptions = { cwd: ROOT, overrideConfigFile: configFile ?? true, locale };
  const server: Server = createServeServer({
    uploadChecker: UPLOAD_CHECKER,
    ...serveOptions,
    page: await pageConfigOf(lintOptions),
    lintOptions,
  });
  const url = await listen(server, '127.0.0.1', 0);
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface ServeProcess {
  child: ChildProcess;
  url: string;
  output: string;
  stop(): Promise<number | null>;
}

/** Runs `fazhi-lint serve …` and waits (at most `timeoutMs`) for it to print its address. */
export function spawnServe(args: string[], cwd: string, timeoutMs = 10000, env: Record<string, string> = {}): Promise<ServeProcess> {
  const child = spawn(process.execPath, [BIN, 'serve', ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env } });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    const code = await exited;
    clearTimeout(timer);
    return code;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`serve printed no address within ${timeoutMs} ms; output: ${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /http:\/\/\S+\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[0], get output() { return output; }, stop });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code} before printing an address: ${output}`));
    });
  });
}

/** Awaits `promise` or fails after `ms`: no test waits forever on a socket. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} took more than ${ms} ms`)), ms);
    }),
  ]);
}
