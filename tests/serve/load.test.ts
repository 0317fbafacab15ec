// The page's server under load and attack: uploads are linted in worker threads, so a slow or
// hostile upload neither stalls nor kills the server; each upload has a time and a memory
// budget, and only so many are admitted at once. Foreign Host and Origin are refused, a
// trickling upload is cut off, and nothing is written to disk. Timings are ratios: how long
// another request waits, against how long the slow lint takes.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import type { ServeReport } from '../../src/serve/analyze.js';
import { ROOT } from '../helpers/cli.js';
import { buildDocx } from '../read/build-docx.js';
import { configFile, REAL_DIR, spawnServe, startTestServer, within, type RunningServer } from './helpers.js';

const DONGHU = readFileSync(path.join(REAL_DIR, 'real-2022-nanchang-donghu.txt'));

function post(url: string, name: string, body: BodyInit, locale = 'zh'): Promise<Response> {
  return fetch(`${url}api/lint?name=${encodeURIComponent(name)}&locale=${locale}`, { method: 'POST', body, signal: AbortSignal.timeout(60000) });
}

/** How long GET /api/config takes to answer, in ms. */
async function configLatency(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${url}api/config`, { signal: AbortSignal.timeout(60000) });
  expect(response.status).toBe(200);
  await response.arrayBuffer();
  return performance.now() - started;
}

/** Markdown that remark must parse (quotes, emphasis, links): 1 MB of synchronous work for seconds. */
function slowMarkdown(): Buffer {
  const blocks = DONGHU.toString('utf8').split('\n').map((line) => `> **${line}** *x* [a](b)`);
  return Buffer.from(blocks.join('\n\n').repeat(80));
}

/** A .docx of many short numbered paragraphs: a few kilobytes that take seconds to lint. */
function slowDocx(paragraphs = 25000): Uint8Array {
  return buildDocx(Array.from({ length: paragraphs }, (_, i) => ({ text: `(${i % 9 + 1})工作,成效“明显` })));
}

/** A 2 KB .docx whose automatic numbers ("A." from 2,000,000,000 on) run to hundreds of megabytes of text. */
function numberingBomb(): Uint8Array {
  const numbering =
    '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="2000000000"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>' +
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';
  return buildDocx(Array.from({ length: 3 }, () => ({ text: '正文', numbering: { numId: 1, level: 0 } })), { numbering });
}

let servers: RunningServer[] = [];
async function server(options: Parameters<typeof startTestServer>[0] = {}): Promise<RunningServer> {
  const started = await startTestServer(options);
  servers.push(started);
  return started;
}
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

describe('uploads are linted off the server’s thread', () => {
  it('a slow lint does not hold up other requests', { timeout: 60000 }, async () => {
    // The compiled server in its own process: asked from this one, its stalls are its own.
    const serve = await spawnServe(['--port', '0', '--no-config-lookup'], ROOT);
    onTestFinished(async () => void (await serve.stop()));
    const { url } = serve;
    await configLatency(url); // warm
    const started = performance.now();
    let done = false;
    const slow = post(url, 'slow.md', slowMarkdown()).finally(() => (done = true));
    // Asks every 100 ms for as long as the lint runs.
    const latencies: number[] = [];
    while (!done) {
      latencies.push(await configLatency(url));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const response = await slow;
    const lint = performance.now() - started;
    expect(response.status).toBe(200);
    expect(((await response.json()) as ServeReport).findings.length).toBeGreaterThan(0);
    expect(lint).toBeGreaterThan(1000); // the upload really is slow here
    const worst = Math.max(...latencies);
    console.log(`serve load: a ${Math.round(lint)} ms lint; ${latencies.length} other requests meanwhile, the slowest ${Math.round(worst)} ms (slowest/lint ${(worst / lint).toFixed(3)})`);
    expect(worst / lint).toBeLessThan(0.1);
  });

  it('a hostile .docx gets an error naming it, and the server lives on', { timeout: 60000 }, async () => {
    const { url } = await server({ uploadLimits: { memoryMb: 256, timeoutMs: 20000 } });
    const hostile = post(url, 'bomb.docx', numberingBomb());
    await new Promise((resolve) => setTimeout(resolve, 300));
    const latency = await configLatency(url);
    const response = await hostile;
    expect(response.status).toBe(422);
    const { error } = (await response.json()) as { error: string };
    expect(error).toMatch(/^bomb\.docx: (检查所需内存超过上限\(256 MB\)|检查超过 20 秒仍未完成)/);
    expect(latency).toBeLessThan(1000);
    expect((await post(url, 'after.txt', DONGHU)).status).toBe(200);
  });

  it('an upload past its time is stopped with a message, and the next upload is linted', { timeout: 60000 }, async () => {
    const { url } = await server({ uploadLimits: { timeoutMs: 500 } });
    const started = performance.now();
    const response = await post(url, 'slow.docx', slowDocx(), 'en');
    const took = performance.now() - started;
    expect(response.status).toBe(422);
    expect(((await response.json()) as { error: string }).error).toBe('slow.docx: checking took longer than 0.5 s and was stopped');
    // Stopped at its budget, not when it would have finished (seconds): within a few budgets.
    expect(took / 500).toBeLessThan(6);
    const next = await post(url, 'next.txt', DONGHU);
    expect(next.status).toBe(200);
  });

  it('a plugin that ends its process fails that upload (500), not the server', { timeout: 30000 }, async () => {
    const config = configFile({ plugins: ['./exit.mjs'], rules: { 'exit/quit': 'error' } });
    const dir = path.dirname(config);
    writeFileSync(
      path.join(dir, 'exit.mjs'),
      "export default { rules: { quit: { meta: { type: 'custom', docs: { description: { zh: 'q', en: 'q' }, recommended: false }, messages: { m: { zh: 'm', en: 'm' } } }, create(context) { if (context.sourceText.includes('EXIT')) process.exit(0); return {}; } } } };\n",
    );
    const { url } = await server({ configFile: config });
    const response = await post(url, 'exit.txt', '一、主要成效\nEXIT\n');
    expect(response.status).toBe(500);
    expect(((await response.json()) as { error: string }).error).toBe('服务器内部错误');
    expect((await post(url, 'fine.txt', DONGHU)).status).toBe(200);
  });

  it('admits only so many uploads at once: the rest hear "busy" (503), the page stays responsive, and places are freed', { timeout: 60000 }, async () => {
    const { url } = await server({ uploadLimits: { processes: 2, waiting: 2 } });
    const uploads = Array.from({ length: 16 }, (_, i) => post(url, `r${i}.docx`, slowDocx(1000)));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const latency = await configLatency(url);
    const responses = await Promise.all(uploads);
    const statuses = responses.map((r) => r.status);
    expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(4);
    expect(statuses.filter((s) => s === 503).length).toBeGreaterThan(0);
    const busy = responses.find((r) => r.status === 503)!;
    expect(((await busy.json()) as { error: string }).error).toBe('正在检查的文件过多,请稍后再试');
    expect(latency).toBeLessThan(1000);
    // Every place was given back.
    const again = await Promise.all(Array.from({ length: 4 }, (_, i) => post(url, `again${i}.txt`, DONGHU)));
    expect(again.map((r) => r.status)).toEqual([200, 200, 200, 200]);
  });

  it('a trickling upload does not hold up others, and is cut off after the request timeout, freeing its place', { timeout: 30000 }, async () => {
    const { url } = await server({ uploadLimits: { processes: 1, waiting: 0 }, requestTimeoutMs: 1500 });
    const port = Number(new URL(url).port);
    // Sends the headers and a first byte, then nothing: it holds the only place.
    const trickle = request({ host: '127.0.0.1', port, method: 'POST', path: '/api/lint?name=slow.txt', headers: { 'content-length': '1000' } });
    const status = new Promise<number>((resolve) => {
      trickle.on('response', (res) => (res.resume(), resolve(res.statusCode ?? 0)));
      trickle.on('error', () => resolve(0));
    });
    trickle.write('一');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await configLatency(url)).toBeLessThan(1000);
    expect((await post(url, 'meanwhile.txt', DONGHU)).status).toBe(503);
    expect([0, 408]).toContain(await within(status, 10000, 'the trickling upload being cut off'));
    expect((await post(url, 'after.txt', DONGHU)).status).toBe(200);
  });
});

/** Every file below `dir`, with its size and modification time. */
function listing(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const file = path.join(entry.parentPath ?? entry.path, entry.name);
    const info = statSync(file);
    out.push(`${path.relative(dir, file)} ${info.isDirectory() ? 'dir' : info.size} ${info.mtimeMs}`);
  }
  return out.sort();
}

describe('fazhi-lint serve under attack', () => {
  it('refuses foreign Host and Origin, lints the rest, stays up, and writes nothing to disk', { timeout: 60000 }, async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'fazhi-serve-disk-'));
    const [cwd, home, temp] = ['cwd', 'home', 'tmp'].map((name) => path.join(root, name));
    for (const dir of [cwd!, home!, temp!]) mkdirSync(dir);
    const before = listing(root);
    const serve = await spawnServe(['--port', '0', '--no-config-lookup'], cwd!, 10000, {
      HOME: home!,
      TMPDIR: temp!,
      XDG_CACHE_HOME: path.join(home!, '.cache'),
      FAZHI_LINT_NO_CODE_CACHE: '1',
    });
    try {
      const port = new URL(serve.url).port;
      const raw = (headers: Record<string, string>, body: string) =>
        within(
          new Promise<number>((resolve, reject) => {
            const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/api/lint?name=a.txt', headers: { host: `127.0.0.1:${port}`, ...headers } }, (res) => {
              res.resume();
              resolve(res.statusCode ?? 0);
            });
            req.on('error', reject);
            req.end(body);
          }),
          15000,
          'a raw upload',
        );
      // An upload declaring 21 MB: answered from its headers, the body never sent.
      const oversized = within(
        new Promise<number>((resolve, reject) => {
          const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/api/lint?name=huge.txt', headers: { 'content-length': String(21 * 1024 * 1024) } }, (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
            req.destroy();
          });
          req.on('error', reject);
          req.write('x');
        }),
        15000,
        'an oversized upload',
      );
      const attacks = await Promise.all([
        raw({ host: `evil.example:${port}` }, 'x'),
        raw({ origin: 'http://evil.example' }, 'x'),
        raw({ 'sec-fetch-site': 'cross-site' }, 'x'),
        oversized,
      ]);
      expect(attacks).toEqual([403, 403, 403, 413]);
      const uploads = await Promise.all([
        post(serve.url, 'report.txt', DONGHU),
        post(serve.url, 'report.docx', slowDocx(2000)),
        post(serve.url, 'bomb.docx', numberingBomb()),
        post(serve.url, 'binary.txt', new Uint8Array([0, 1, 2, 3])),
      ]);
      expect(uploads.slice(0, 2).map((r) => r.status)).toEqual([200, 200]);
      expect(uploads[3]!.status).toBe(422);
      expect((await fetch(`${serve.url}api/config`, { signal: AbortSignal.timeout(10000) })).status).toBe(200);
    } finally {
      expect(await within(serve.stop(), 15000, 'stopping serve')).toBe(0);
    }
    expect(listing(root)).toEqual(before);
  });
});
