// `fazhi-lint serve`: resolve the config as the CLI would for a file in this folder, start the
// local page's server and print its address. Loaded only for this subcommand.
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Locale } from '../rule-api.js';
import { ConfigError, parseRuleFlag, type RuleSetting } from '../config/index.js';
import type { FazhiLintOptions } from '../api/fazhi-lint.js';
import { pageConfigOf, type PageConfig } from './analyze.js';
import { allowedHostsFor, createServeServer, DEFAULT_HOST, listen } from './server.js';

export const DEFAULT_PORT = 8421;

const OPTIONS = {
  host: { type: 'string', default: DEFAULT_HOST },
  port: { type: 'string', short: 'p', default: String(DEFAULT_PORT) },
  config: { type: 'string', short: 'c' },
  'no-config-lookup': { type: 'boolean', default: false },
  rule: { type: 'string', multiple: true },
  locale: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export const SERVE_HELP = `用法 / Usage: fazhi-lint serve [options]

Starts a local web page: drop or pick a report (.docx/.txt/.md) or paste its text, and read the
checklist, the findings marked in the text, the fixed text and the active rules.
Uploads stay in memory; nothing is written to disk.

Options:
      --host <addr>          address to listen on (default ${DEFAULT_HOST}: this computer only)
  -p, --port <n>             port (default ${DEFAULT_PORT}; 0 = any free port)
  -c, --config <file>        use this config file only
      --no-config-lookup     use no config file (built-in recommended rules)
      --rule '<id>: <sev>'   set a rule, as for linting
      --locale zh|en         default message language (the page has a switch)
  -h, --help                 print this help
`;

function fail(message: string): number {
  process.stderr.write(`fazhi-lint serve: 错误 / error: ${message}\n`);
  return 2;
}

export async function serveCommand(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: false, strict: true }));
  } catch (error) {
    return fail(`${(error as Error).message} (see fazhi-lint serve --help)`);
  }
  if (values.help) {
    process.stdout.write(SERVE_HELP);
    return 0;
  }
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65535) return fail(`--port must be a whole number from 0 to 65535, got "${values.port}"`);
  if (values.locale !== undefined && values.locale !== 'zh' && values.locale !== 'en') {
    return fail(`--locale must be zh or en, got "${values.locale}"`);
  }

  const cwd = process.cwd();
  let lintOptions: FazhiLintOptions;
  let page: PageConfig;
  try {
    const cliRules: Record<string, RuleSetting> = {};
    for (const flag of values.rule ?? []) {
      const [id, setting] = parseRuleFlag(flag);
      cliRules[id] = setting;
    }
    lintOptions = {
      cwd,
      overrideConfigFile: values.config ?? (values['no-config-lookup'] ? true : undefined),
      overrideConfig: { rules: cliRules },
      locale: values.locale as Locale | undefined,
    };
    page = await pageConfigOf(lintOptions);
  } catch (error) {
    if (error instanceof ConfigError) return fail(error.message);
    throw error;
  }

  const server = createServeServer({
    lintOptions,
    page,
    allowedHosts: allowedHostsFor(values.host),
  });
  let address: string;
  try {
    address = await listen(server, values.host, port);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') return fail(`port ${port} is in use; choose another with --port (0 = any free port)`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') return fail(`cannot listen on host "${values.host}" (${code})`);
    if (code === 'EACCES') return fail(`no permission to listen on port ${port}; choose a port above 1023`);
    throw error;
  }
  const used = page.configFile ? path.relative(cwd, page.configFile) || page.configFile : '(内置推荐规则 / built-in recommended rules)';
  process.stdout.write(
    `fazhi-lint 网页已启动 / page running at: ${address}\n` +
      `配置 / config: ${used}\n` +
      `按 Ctrl+C 停止 / press Ctrl+C to stop\n`,
  );

  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      server.close(() => resolve(0));
      server.closeAllConnections();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
