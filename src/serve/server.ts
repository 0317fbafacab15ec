// The local web page's server: node:http, a fixed set of static files, two JSON endpoints and
// the reviewed Word document (POST /api/annotate).
// Uploads stay in memory (never written to disk) and are linted by the CLI's engine.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locale, RuleModule } from '../rule-api.js';
import { activeRules, analyzeUpload, UploadError, type EngineSetup } from './analyze.js';
import { DOCX_TYPE, reviewUpload } from './review.js';

/** Reports are tens of kilobytes, a .docx with pictures a few megabytes. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export const DEFAULT_HOST = '127.0.0.1';

export interface ServeOptions extends EngineSetup {
  registry: ReadonlyMap<string, RuleModule>;
  /** The locale when the page asks for none (config's `locale`, or --locale). */
  locale: Locale;
  /** The config file in use, shown on the page. */
  configFile: string | null;
  maxUploadBytes?: number;
  /**
   * Host names the page may be reached by. Bound to loopback, only loopback names: a web page
   * elsewhere cannot rename our address by DNS (rebinding) and read the answers. Null: any.
   */
  allowedHosts?: ReadonlySet<string> | null;
}

export const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The allowed Host names for a listening address: loopback names when it is loopback, else any. */
export function allowedHostsFor(host: string): ReadonlySet<string> | null {
  return host === '127.0.0.1' || host === 'localhost' || host === '::1' ? LOOPBACK_HOSTS : null;
}

// The only files served: a fixed table, so no request path ever reaches the file system.
const PAGE_DIR = new URL('./page/', import.meta.url);
const ASSETS: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/index.html': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
  '/style.css': { file: 'style.css', type: 'text/css; charset=utf-8' },
};

// Everything from this origin only: the page works offline and no injected markup could run.
const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

const TEXTS = {
  tooLarge: {
    zh: (limit: number) => `文件过大:上限为 ${Math.round(limit / 1024 / 1024)} MB`,
    en: (limit: number) => `The file is too large: the limit is ${Math.round(limit / 1024 / 1024)} MB`,
  },
  notFound: { zh: '找不到该页面', en: 'Not found' },
  method: { zh: '不支持该请求方法', en: 'Method not allowed' },
  noName: { zh: '缺少文件名(name 参数)', en: 'Missing the file name (name parameter)' },
  internal: { zh: '服务器内部错误', en: 'Internal server error' },
  badHost: { zh: '请用 http://127.0.0.1 或 http://localhost 打开本页', en: 'Open this page at http://127.0.0.1 or http://localhost' },
};

class TooLarge extends Error {}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), ...SECURITY_HEADERS });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

/** The request body, refused past `limit` bytes (by Content-Length up front, else while reading). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      reject(new TooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > limit) {
        refused = true;
        chunks.length = 0;
        reject(new TooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!refused) resolve(Buffer.concat(chunks));
    });
    req.on('error', reject);
  });
}

function localeOf(url: URL, fallback: Locale): Locale {
  const asked = url.searchParams.get('locale');
  return asked === 'zh' || asked === 'en' ? asked : fallback;
}

/** Only the file's own name: its extension picks the reader, any folder part is dropped. */
export function uploadName(raw: string | null): string | null {
  if (!raw) return null;
  const base = path.basename(raw.replace(/\\/g, '/')).replace(/[\u0000-\u001f]/g, '').slice(-200);
  return base === '' || base === '.' || base === '..' ? null : base;
}

export function createServeServer(options: ServeOptions): Server {
  const limit = options.maxUploadBytes ?? MAX_UPLOAD_BYTES;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const locale = localeOf(url, options.locale);
    const allowed = options.allowedHosts === undefined ? LOOPBACK_HOSTS : options.allowedHosts;
    const hostName = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    if (allowed && !allowed.has(hostName)) {
      req.resume();
      send(res, 403, 'text/plain; charset=utf-8', `403 ${TEXTS.badHost[locale]}\n`);
      return;
    }

    if (url.pathname === '/api/lint' || url.pathname === '/api/annotate') {
      if (req.method !== 'POST') {
        res.setHeader('allow', 'POST');
        sendJson(res, 405, { error: TEXTS.method[locale] });
        return;
      }
      const name = uploadName(url.searchParams.get('name'));
      if (!name) {
        req.resume();
        sendJson(res, 400, { error: TEXTS.noName[locale] });
        return;
      }
      let bytes: Buffer;
      try {
        bytes = await readBody(req, limit);
      } catch (error) {
        if (!(error instanceof TooLarge)) throw error;
        // Say so at once and close; the rest of the upload is read and dropped, never kept.
        res.setHeader('connection', 'close');
        sendJson(res, 413, { error: TEXTS.tooLarge[locale](limit) });
        req.resume();
        return;
      }
      try {
        if (url.pathname === '/api/annotate') {
          // The reviewed .docx as a download; made in memory like every answer here.
          const { name: reviewedName, docx } = await reviewUpload(bytes, name, options, locale);
          res.setHeader('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(reviewedName)}`);
          send(res, 200, DOCX_TYPE, Buffer.from(docx));
        } else {
          sendJson(res, 200, await analyzeUpload(bytes, name, options, locale));
        }
      } catch (error) {
        if (error instanceof UploadError) sendJson(res, 422, { error: error.message });
        else throw error;
      }
      return;
    }

    if (url.pathname === '/api/config') {
      if (req.method !== 'GET') {
        res.setHeader('allow', 'GET');
        sendJson(res, 405, { error: TEXTS.method[locale] });
        return;
      }
      sendJson(res, 200, {
        locale: options.locale,
        configFile: options.configFile,
        maxUploadBytes: limit,
        rules: activeRules(options.registry, options.rules, locale),
      });
      return;
    }

    const asset = ASSETS[url.pathname];
    if (!asset || (req.method !== 'GET' && req.method !== 'HEAD')) {
      send(res, 404, 'text/plain; charset=utf-8', `404 ${TEXTS.notFound[locale]}\n`);
      return;
    }
    send(res, 200, asset.type, await readFile(new URL(asset.file, PAGE_DIR)));
  }

  return createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // A bug must not take the page down: log it for the developer, answer the writer plainly.
      process.stderr.write(`fazhi-lint serve: ${error instanceof Error ? error.message : String(error)}\n`);
      if (!res.headersSent) sendJson(res, 500, { error: TEXTS.internal[options.locale] });
      else res.destroy();
    });
  });
}

/** Listens and resolves with the real address (port 0 picks any free port). */
export function listen(server: Server, host: string, port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      if (address === null || typeof address === 'string') {
        resolve(String(address));
        return;
      }
      const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve(`http://${shown}:${address.port}/`);
    });
  });
}
