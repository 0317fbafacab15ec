// The page's server over real HTTP on 127.0.0.1: the same findings as the CLI, the checklist,
// upload limits, bad uploads, escaping, 404s, and loopback-only binding.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { networkInterfaces, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServeReport } from '../../src/serve/analyze.js';
import { DEFAULT_HOST, MAX_UPLOAD_BYTES, uploadName } from '../../src/serve/server.js';
import { builtinRules } from '../../rules/index.js';
import { FazhiLint } from '../../src/api/fazhi-lint.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { docxFromText } from '../read/build-docx.js';
import { configFile, doubleSpaceOnly, expectedStatuses, REAL_DIR, spawnServe, startTestServer, within, type RunningServer } from './helpers.js';

const DONGHU = 'real-2022-nanchang-donghu.txt';

function post(url: string, name: string, body: BodyInit, locale?: string): Promise<Response> {
  const query = `name=${encodeURIComponent(name)}${locale ? `&locale=${locale}` : ''}`;
  return fetch(`${url}api/lint?${query}`, { method: 'POST', body, signal: AbortSignal.timeout(15000) });
}

function get(url: string): Promise<Response> {
  return fetch(url, { signal: AbortSignal.timeout(10000) });
}

/** A request to the server with exactly these headers (Host defaults to the server's address); its status and body. */
function rawRequest(base: string, method: string, target: string, headers: Record<string, string>, body?: string): Promise<{ status: number; body: string }> {
  const url = new URL(base);
  return within(
    new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: url.port, method, path: target, headers: { host: url.host, ...headers } }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
      req.on('error', reject);
      req.end(body);
    }),
    15000,
    `${method} ${target}`,
  );
}

/** GET /api/config on 127.0.0.1 with the given Host header (fetch does not let one set it). */
function statusWithHost(base: string, host: string): Promise<number> {
  const url = new URL(`${base}api/config`);
  return within(
    new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: url.port, path: url.pathname, headers: { host } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    }),
    10000,
    `a request with Host ${host}`,
  );
}

let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe('POST /api/lint with a real report', () => {
  it.each(Object.keys(expectedStatuses()))('%s: the checklist matches the labels in expected.json', async (file) => {
    const response = await post(server.url, file, readFileSync(path.join(REAL_DIR, file)));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    const report = (await response.json()) as ServeReport;
    const statuses = Object.fromEntries(report.checklist.map((item) => [item.ruleId, item.status]));
    expect(statuses).toEqual(expectedStatuses()[file]);
    for (const item of report.checklist) {
      expect(item.description).not.toBe('');
      expect(item.basis).toMatch(/《|〔/);
      expect(item.reasons.length > 0).toBe(item.status !== 'ok');
    }
  });

  it('gives the same findings as the CLI, each placed at its line and column in the text', async () => {
    const cli = runCli(['--no-config-lookup', '--format', 'json', path.join('fixtures/real', DONGHU)]);
    const [cliResult] = JSON.parse(cli.stdout) as Array<{ messages: Array<{ ruleId: string; line: number; column: number; message: string; basis?: string }> }>;
    const report = (await (await post(server.url, DONGHU, readFileSync(path.join(REAL_DIR, DONGHU)))).json()) as ServeReport;
    expect(report.findings.length).toBe(cliResult!.messages.length);
    expect(report.findings.length).toBeGreaterThan(0);
    report.findings.forEach((finding, i) => {
      const message = cliResult!.messages[i]!;
      expect([finding.ruleId, finding.line, finding.column]).toEqual([message.ruleId, message.line, message.column]);
      // The page shows the basis on its own, as the CLI's JSON gives it.
      expect([finding.reason, finding.basis]).toEqual([message.message, message.basis ?? null]);
      const lines = report.text!.split('\n');
      const lineStart = lines.slice(0, finding.line - 1).reduce((n, l) => n + l.length + 1, 0);
      expect(finding.start).toBe(lineStart + finding.column - 1);
      expect(finding.end).toBeGreaterThanOrEqual(finding.start);
    });
    expect(report.errorCount).toBe(report.findings.filter((f) => f.severity === 2).length);
  });

  it.each(Object.keys(expectedStatuses()))('%s as a .docx: the same checklist, located by paragraph', async (file) => {
    const bytes = docxFromText(readFileSync(path.join(REAL_DIR, file), 'utf8'));
    const response = await post(server.url, file.replace(/\.txt$/, '.docx'), bytes);
    expect(response.status).toBe(200);
    const report = (await response.json()) as ServeReport;
    expect(Object.fromEntries(report.checklist.map((item) => [item.ruleId, item.status]))).toEqual(expectedStatuses()[file]);
    expect(report.locationUnit).toBe('paragraph');
    expect(report.fixedText).toBeNull();
    for (const finding of report.findings) expect(finding.start).toBeLessThanOrEqual(report.text!.length);
  });

  it('answers in English with locale=en', async () => {
    const report = (await (await post(server.url, DONGHU, readFileSync(path.join(REAL_DIR, DONGHU)), 'en')).json()) as ServeReport;
    expect(report.locale).toBe('en');
    const title = report.checklist.find((item) => item.ruleId === 'require-title')!;
    expect(title.reasons[0]).toMatch(/title/i);
    expect(title.reasons[0]).not.toContain('缺少标题');
    expect(title.basis).toMatch(/guidance/i);
  });

  it('picks the reader by the upload’s name, as the CLI does by the file’s', async () => {
    const text = readFileSync(path.join(REAL_DIR, DONGHU), 'utf8');
    const withTitle = `# 东湖区2022年法治政府建设年度报告\n\n${text}`;
    const asText = (await (await post(server.url, 'a.txt', text)).json()) as ServeReport;
    const asMarkdown = (await (await post(server.url, 'a.md', withTitle)).json()) as ServeReport;
    expect(asText.checklist.find((c) => c.ruleId === 'require-title')!.status).toBe('missing');
    expect(asMarkdown.checklist.find((c) => c.ruleId === 'require-title')!.status).toBe('ok');
    expect(asMarkdown.fileName).toBe('a.md');
  });

  it('offers the engine’s fixed text when a rule has fixes', async () => {
    // A stand-in fixable rule, so the test does not depend on which built-in rules fix.
    const local = await startTestServer({ configFile: doubleSpaceOnly() });
    try {
      const report = (await (await post(local.url, 'a.txt', '一、工作  成效\n二、存在   问题\n')).json()) as ServeReport;
      expect(report.fixableCount).toBe(2);
      expect(report.findings.every((f) => f.fixable)).toBe(true);
      expect(report.fixedText).toBe('一、工作 成效\n二、存在 问题\n');
      expect(report.text).toBe('一、工作  成效\n二、存在   问题\n');
    } finally {
      await local.close();
    }
  });

  it("lists the rules as the Node API knows them: a plugin's too, in the page's locale, with its setting and fixability", async () => {
    const file = doubleSpaceOnly();
    const local = await startTestServer({ configFile: file });
    try {
      type PageRule = { id: string; severity: string; description: string; fixable: boolean; options: object; basis: string | null };
      const page = async (locale: string) => ((await (await get(`${local.url}api/config?locale=${locale}`)).json()) as { configFile: string; rules: PageRule[] });
      const [zh, en] = [await page('zh'), await page('en')];
      expect(zh.configFile).toBe(file);
      const lint = new FazhiLint({ cwd: ROOT, overrideConfigFile: file, locale: 'en' });
      const config = await lint.calculateConfigForFile('upload.txt');
      const meta = await lint.getRulesMetaForResults((await lint.lintText('x', { filePath: 'upload.txt' })));
      expect(en.rules.map((r) => r.id)).toEqual(Object.keys(meta));
      expect(zh.rules.map((r) => r.id)).toEqual(Object.keys(meta));
      expect(en.rules.find((r) => r.id === 'test/no-double-space')).toEqual({
        id: 'test/no-double-space', type: 'typography', description: 'no double spaces', severity: 'warn', options: {}, fixable: true, basis: null,
      });
      expect(zh.rules.find((r) => r.id === 'test/no-double-space')!.description).toBe('不用连续空格');
      for (const rule of en.rules) {
        expect(rule.severity, rule.id).toBe(config.rules[rule.id]?.[0] ?? 'off');
        expect(rule.description, rule.id).toBe(meta[rule.id]!.description);
      }
      expect(en.rules.find((r) => r.id === 'fullwidth-punctuation')).toMatchObject({ severity: 'off', fixable: true });
    } finally {
      await local.close();
    }
  });

  it('gives no fixed text when no finding is fixable', async () => {
    const local = await startTestServer({ configFile: configFile({ extends: [], rules: { 'require-title': 'error' } }) });
    try {
      const report = (await (await post(local.url, DONGHU, readFileSync(path.join(REAL_DIR, DONGHU)))).json()) as ServeReport;
      expect(report.findings.map((f) => f.ruleId)).toEqual(['require-title']);
      expect(report.fixableCount).toBe(0);
      expect(report.fixedText).toBeNull();
    } finally {
      await local.close();
    }
  });
});

describe('bad uploads get a clear message naming the file', () => {
  it.each([
    ['binary', 'scan.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /二进制/],
    ['empty', 'empty.txt', new Uint8Array(0), /为空/],
    ['blank', 'blank.md', new TextEncoder().encode(' \n\u3000\n'), /为空/],
    ['bad encoding', 'broken.txt', Uint8Array.from([0xe6, 0xb3, 0x95, 0xff, 0xfe, 0x81, 0x30, 0xff]), /编码/],
  ])('%s → 422', async (_kind, name, bytes, message) => {
    const response = await post(server.url, name, bytes);
    expect(response.status).toBe(422);
    const body = (await response.json()) as { error: string };
    expect(body.error.startsWith(`${name}: `)).toBe(true);
    expect(body.error).toMatch(message);
  });

  it('says it in English with locale=en', async () => {
    const body = (await (await post(server.url, 'scan.txt', Uint8Array.from([1, 0, 2]), 'en')).json()) as { error: string };
    expect(body.error).toMatch(/^scan\.txt: .*binary/);
  });

  it('refuses an upload without a name', async () => {
    const response = await fetch(`${server.url}api/lint`, { method: 'POST', body: 'x', signal: AbortSignal.timeout(10000) });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toContain('name');
  });

  it('keeps only the base name of a path-like name', () => {
    expect(uploadName('../../etc/passwd.txt')).toBe('passwd.txt');
    expect(uploadName('C:\\Users\\me\\报告.docx')).toBe('报告.docx');
    expect(uploadName('..')).toBeNull();
    expect(uploadName('')).toBeNull();
  });
});

describe('upload size limit', () => {
  it(`refuses more than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB with 413 and a clear message`, async () => {
    const response = await post(server.url, 'huge.txt', new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(0x41));
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: string }).error).toMatch(/文件过大.*20 MB/);
  });

  it('also counts a streamed body that declares no length', async () => {
    const local = await startTestServer({ maxUploadBytes: 1000 });
    try {
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          // Bounded: 20 chunks of 100 bytes, twice the limit.
          if (sent >= 20) controller.close();
          else {
            sent++;
            controller.enqueue(new Uint8Array(100).fill(0x41));
          }
        },
      });
      const response = await fetch(`${local.url}api/lint?name=a.txt&locale=en`, {
        method: 'POST',
        body,
        duplex: 'half',
        signal: AbortSignal.timeout(10000),
      } as RequestInit);
      expect(response.status).toBe(413);
      expect(((await response.json()) as { error: string }).error).toMatch(/too large/);
    } finally {
      await local.close();
    }
  });

  it('accepts a body just under the limit', async () => {
    const local = await startTestServer({ maxUploadBytes: 1000 });
    try {
      const text = '一、主要成效\n'.padEnd(300, '好');
      const bytes = new TextEncoder().encode(text);
      expect(bytes.length).toBeLessThan(1000);
      expect((await post(local.url, 'a.txt', bytes)).status).toBe(200);
    } finally {
      await local.close();
    }
  });
});

describe('escaping and the page itself', () => {
  it('returns report text as JSON data, never as markup', async () => {
    const hostile = '<script>alert(1)</script>\n一、主要成效<img src=x onerror=alert(2)>\n';
    const response = await post(server.url, 'x.txt', hostile);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const report = (await response.json()) as ServeReport;
    expect(report.text).toBe(hostile);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves the page with a policy that runs only its own script', async () => {
    const response = await get(server.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'none'");
    const html = await response.text();
    expect(html).toContain('id="checklist"');
    expect(html).toContain('必备内容检查');
  });

  it('loads nothing from the internet: no URL in the page, script or style', async () => {
    for (const asset of ['', 'app.js', 'style.css']) {
      const response = await get(server.url + asset);
      expect(response.status).toBe(200);
      const body = await response.text();
      expect(body).not.toMatch(/(https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}/i);
      expect(body).not.toMatch(/@import|@font-face/);
    }
  });

  it('the page script puts text in with textContent, never innerHTML', async () => {
    const script = await (await get(`${server.url}app.js`)).text();
    expect(script).toContain('textContent');
    expect(script).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });

  it('answers 404 for unknown paths, including attempts to leave the page folder', async () => {
    for (const p of ['nope', 'page/app.js', '..%2F..%2Fpackage.json', 'analyze.ts', 'api/nothing']) {
      const response = await get(server.url + p);
      expect(response.status, p).toBe(404);
    }
    expect((await get(`${server.url}api/lint`)).status).toBe(405);
  });

  it('refuses a Host name other than loopback (DNS rebinding)', async () => {
    const port = new URL(server.url).port;
    expect(await statusWithHost(server.url, `evil.example:${port}`)).toBe(403);
    expect(await statusWithHost(server.url, `localhost:${port}`)).toBe(200);
    expect(await statusWithHost(server.url, `127.0.0.1:${port}`)).toBe(200);
  });

  it('refuses requests from another site’s page (Origin, Sec-Fetch-Site) with 403, before linting', async () => {
    const own = `http://${new URL(server.url).host}`;
    const upload = (headers: Record<string, string>) => rawRequest(server.url, 'POST', '/api/lint?name=a.txt', { 'content-type': 'text/plain', ...headers }, '一、主要成效\n');
    for (const headers of [
      { origin: 'http://evil.example' },
      { origin: 'null' },
      { origin: `http://127.0.0.1:${Number(new URL(server.url).port) + 1}` }, // another local server
      { origin: own.replace('127.0.0.1', 'localhost') }, // not the Host it was sent to
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
      { origin: own, 'sec-fetch-site': 'cross-site' },
    ]) {
      const refused = await upload(headers);
      expect(refused.status, JSON.stringify(headers)).toBe(403);
      expect(refused.body).toContain('拒绝其他网站发来的请求');
    }
    // The page's own requests, and tools that send neither header.
    expect((await upload({ origin: own, 'sec-fetch-site': 'same-origin' })).status).toBe(200);
    expect((await upload({})).status).toBe(200);
    expect((await rawRequest(server.url, 'GET', '/api/config', { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'cors' })).status).toBe(403);
    expect((await rawRequest(server.url, 'GET', '/api/config?locale=en', { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate' })).body).toContain('another web site');
    // A link on another site may open the page itself; a typed address sends "none".
    expect((await rawRequest(server.url, 'GET', '/', { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate' })).status).toBe(200);
    expect((await rawRequest(server.url, 'GET', '/', { 'sec-fetch-site': 'none', 'sec-fetch-mode': 'navigate' })).status).toBe(200);
    expect((await rawRequest(server.url, 'GET', '/app.js', { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'no-cors' })).status).toBe(403);
  });

  it('lists the active rule set', async () => {
    const config = (await (await get(`${server.url}api/config`)).json()) as { rules: Array<{ id: string; severity: string; type: string }> };
    expect(config.rules.map((r) => r.id)).toEqual([...builtinRules.keys()]);
    // The checklist rules of the recommended set are errors; require-topics is opted into by config.
    for (const rule of config.rules.filter((r) => r.type === 'checklist' && r.id !== 'require-topics')) expect(rule.severity).toBe('error');
    expect(config.rules.find((r) => r.id === 'require-topics')!.severity).toBe('off');
  });
});

describe('fazhi-lint serve (the compiled CLI)', () => {
  it('listens on loopback by default, prints the real address and stops on SIGTERM', async () => {
    expect(DEFAULT_HOST).toBe('127.0.0.1');
    const serve = await spawnServe(['--port', '0', '--no-config-lookup'], ROOT);
    try {
      expect(serve.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const port = Number(new URL(serve.url).port);
      expect(port).toBeGreaterThan(0);
      expect((await get(serve.url)).status).toBe(200);
      // Another address of this machine must not answer.
      const outside = Object.values(networkInterfaces())
        .flat()
        .find((a) => a && a.family === 'IPv4' && !a.internal);
      if (outside) {
        await expect(fetch(`http://${outside.address}:${port}/`, { signal: AbortSignal.timeout(3000) })).rejects.toThrow();
      } else {
        console.log('serve test: this machine has no non-loopback IPv4 address; checked the printed address only');
      }
    } finally {
      expect(await within(serve.stop(), 10000, 'stopping serve')).toBe(0);
    }
  });

  it('uses the config found from the folder where it started', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fazhi-serve-'));
    writeFileSync(path.join(dir, '.linterrc.json'), JSON.stringify({ rules: { 'require-title': 'off', 'require-three-systems': 'warn' } }));
    const serve = await spawnServe(['--port', '0'], dir);
    try {
      expect(serve.output).toContain('.linterrc.json');
      const config = (await (await get(`${serve.url}api/config`)).json()) as { configFile: string; rules: Array<{ id: string; severity: string }> };
      expect(config.configFile).toBe(path.join(dir, '.linterrc.json'));
      const severity = Object.fromEntries(config.rules.map((r) => [r.id, r.severity]));
      expect(severity['require-title']).toBe('off');
      expect(severity['require-three-systems']).toBe('warn');
      const report = (await (await post(serve.url, DONGHU, readFileSync(path.join(REAL_DIR, DONGHU)))).json()) as ServeReport;
      expect(report.checklist.map((c) => c.ruleId)).not.toContain('require-title');
      expect(report.findings.map((f) => f.ruleId)).not.toContain('require-title');
    } finally {
      await within(serve.stop(), 10000, 'stopping serve');
    }
  });

  it('fails with exit 2 and a clear message on a bad flag or a taken port', async () => {
    const bad = runCli(['serve', '--port', 'eighty']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--port');
    const first = await spawnServe(['--port', '0', '--no-config-lookup'], ROOT);
    try {
      const taken = runCli(['serve', '--port', new URL(first.url).port, '--no-config-lookup']);
      expect(taken.code).toBe(2);
      expect(taken.stderr).toMatch(/in use/);
      expect(taken.stderr).not.toMatch(/\n\s+at /);
    } finally {
      await within(first.stop(), 10000, 'stopping serve');
    }
  });

  it('is loaded only for the serve subcommand', () => {
    const main = readFileSync(path.join(ROOT, 'src/cli/main.ts'), 'utf8');
    expect(main).not.toMatch(/^import[^;]*from '\.\.\/serve\//m);
    expect(main).toContain("import('../serve/command.js')");
    expect(runCli(['serve', '--help']).stdout).toContain('--port');
  });
});
