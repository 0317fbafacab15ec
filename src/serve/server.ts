// The local web page's server: node:http, a fixed set of static files, two JSON endpoints and
// the reviewed Word document (POST /api/annotate). Uploads stay in memory (never written to
// disk) and are linted, or reviewed, by the CLI's engine in checker processes (upload-pool.ts),
// so the server answers while they run.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locale } from '../rule-api.js';
import type { FazhiLintOptions } from '../api/fazhi-lint.js';
import { uiText } from '../i18n/ui-text.js';
import type { PageConfig } from './analyze.js';
import { DEFAULT_UPLOAD_LIMITS, UploadFailure, UploadPool, type UploadLimits } from './upload-pool.js';
import { DOCX_TYPE } from './review.js';

/** Reports are tens of kilobytes, a .docx with pictures a few megabytes. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export const DEFAULT_HOST = '127.0.0.1';

export interface ServeOptions {
  /** The Node API's options from the flags (cwd: where `serve` started); each checker process lints with them. */
  lintOptions: FazhiLintOptions;
  /** The config file and the rules the page shows (pageConfigOf(lintOptions)). */
  page: PageConfig;
  maxUploadBytes?: number;
  /**
   * Host names the page may be reached by. Bound to loopback, only loopback names: a web page
   * elsewhere cannot rename our address by DNS (rebinding) and read the answers. Null: any.
   */
  allowedHosts?: ReadonlySet<string> | null;
  /** Processes, time, memory and admission for uploads (DEFAULT_UPLOAD_LIMITS where unset). */
  uploadLimits?: Partial<UploadLimits>;
  /** The checker script; tests running the TypeScript sources point it at the compiled one. */
  uploadChecker?: URL;
  /** A request's whole time, body included: a trickling upload is cut off (HTTP 408) and frees its place. */
  requestTimeoutMs?: number;
}

export const DEFAULT_REQUEST_TIMEOUT_MS = 120_000;

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

class TooLarge extends Error {}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), ...SECURITY_HEADERS });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

/**
 * The request body, refused past `limit` bytes (by Content-Length up front, else while reading).
 * Settles when the request is cut off too (a client gone, the request timeout), so its place is freed.
 */
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
    req.on('close', () => {
      if (!req.complete) reject(new Error('the upload was cut off'));
    });
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

/** The page itself, which a link on another site may open (a navigation reads nothing back). */
const PAGE_PATHS = new Set(['/', '/index.html']);

/**
 * Whether a browser says the request was made by another site's page: an Origin that is not
 * this page's own ("null" included: sandboxed frames, files), or Sec-Fetch-Site other than
 * same-origin or none (typed or bookmarked). A page the user visits can send a "simple" POST
 * here without asking; refusing it before the body is read is what keeps it from running lints.
 * Only a top-level navigation to the page is let through. Requests without these headers are
 * not a browser's (curl, scripts), which the Host check already limits to this computer.
 */
export function fromAnotherSite(req: IncomingMessage, pathname: string): boolean {
  const origin = req.headers.origin;
  if (origin !== undefined && origin.toLowerCase() !== `http://${(req.headers.host ?? '').toLowerCase()}`) return true;
  const site = req.headers['sec-fetch-site'];
  if (site === undefined || site === 'same-origin' || site === 'none') return false;
  const navigation = req.headers['sec-fetch-mode'] === 'navigate' && (req.method === 'GET' || req.method === 'HEAD');
  return !(navigation && PAGE_PATHS.has(pathname));
}

export function createServeServer(options: ServeOptions): Server {
  const limit = options.maxUploadBytes ?? MAX_UPLOAD_BYTES;
  const uploadLimits = { ...DEFAULT_UPLOAD_LIMITS, ...options.uploadLimits };
  const pool = new UploadPool({ options: options.lintOptions }, uploadLimits, options.uploadChecker);

  /** What the page shows when an upload got no report, with its HTTP status. */
  function failureAnswer(failure: UploadFailure, name: string, locale: Locale): [number, string] {
    switch (failure.kind) {
      case 'unreadable':
        return [422, failure.message];
      case 'timeout':
        return [422, `${name}: ${uiText(locale, 'serve.timeout', { seconds: uploadLimits.timeoutMs / 1000 })}`];
      case 'memory':
        return [422, `${name}: ${uiText(locale, 'serve.memory', { mb: uploadLimits.memoryMb })}`];
      case 'crashed':
        process.stderr.write(`fazhi-lint serve: ${name}: ${failure.message}\n`);
        return [500, uiText(locale, 'serve.internal')];
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const locale = localeOf(url, options.page.locale);
    const allowed = options.allowedHosts === undefined ? LOOPBACK_HOSTS : options.allowedHosts;
    const hostName = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    if (allowed && !allowed.has(hostName)) {
      req.resume();
      send(res, 403, 'text/plain; charset=utf-8', `403 ${uiText(locale, 'serve.badHost')}\n`);
      return;
    }
    if (fromAnotherSite(req, url.pathname)) {
      req.resume();
      res.setHeader('connection', 'close'); // the refused body is not worth reading to the end
      send(res, 403, 'text/plain; charset=utf-8', `403 ${uiText(locale, 'serve.crossOrigin')}\n`);
      return;
    }

    if (url.pathname === '/api/lint' || url.pathname === '/api/annotate') {
      if (req.method !== 'POST') {
        res.setHeader('allow', 'POST');
        sendJson(res, 405, { error: uiText(locale, 'serve.method') });
        return;
      }
      const name = uploadName(url.searchParams.get('name'));
      if (!name) {
        req.resume();
        sendJson(res, 400, { error: uiText(locale, 'serve.noName') });
        return;
      }
      // Admitted before the body is read: the uploads held in memory are bounded too.
      const release = pool.admit();
      if (!release) {
        // Read to the end and dropped: closing mid-upload would show the page a network error, not this.
        req.resume();
        sendJson(res, 503, { error: uiText(locale, 'serve.busy') });
        return;
      }
      try {
        let bytes: Buffer;
        try {
          bytes = await readBody(req, limit);
        } catch (error) {
          if (!(error instanceof TooLarge)) {
            res.destroy(); // cut off: nobody is left to answer
            return;
          }
          // Say so at once and close; the rest of the upload is read and dropped, never kept.
          res.setHeader('connection', 'close');
          sendJson(res, 413, { error: uiText(locale, 'serve.tooLarge', { mb: Math.round(limit / 1024 / 1024) }) });
          req.resume();
          return;
        }
        try {
          if (url.pathname === '/api/annotate') {
            // The reviewed .docx as a download, made in memory like every answer here.
            const { name: reviewedName, docx } = await pool.annotate(bytes, name, locale);
            res.setHeader('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(reviewedName)}`);
            send(res, 200, DOCX_TYPE, Buffer.from(docx));
          } else {
            sendJson(res, 200, await pool.lint(bytes, name, locale));
          }
        } catch (error) {
          if (!(error instanceof UploadFailure)) throw error;
          const [status, message] = failureAnswer(error, name, locale);
          sendJson(res, status, { error: message });
        }
      } finally {
        release();
      }
      return;
    }

    if (url.pathname === '/api/config') {
      if (req.method !== 'GET') {
        res.setHeader('allow', 'GET');
        sendJson(res, 405, { error: uiText(locale, 'serve.method') });
        return;
      }
      sendJson(res, 200, {
        locale: options.page.locale,
        configFile: options.page.configFile,
        maxUploadBytes: limit,
        rules: options.page.rules[locale],
      });
      return;
    }

    const asset = ASSETS[url.pathname];
    if (!asset || (req.method !== 'GET' && req.method !== 'HEAD')) {
      send(res, 404, 'text/plain; charset=utf-8', `404 ${uiText(locale, 'serve.notFound')}\n`);
      return;
    }
    send(res, 200, asset.type, await readFile(new URL(asset.file, PAGE_DIR)));
  }

  const requestTimeout = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const server = createServer(
    {
      requestTimeout,
      headersTimeout: Math.min(60_000, requestTimeout),
      // How often Node looks for requests past their time: a tenth of it, at most every 30 s.
      connectionsCheckingInterval: Math.min(30_000, Math.max(50, requestTimeout / 10)),
    },
    (req, res) => {
      handle(req, res).catch((error: unknown) => {
        // A bug must not take the page down: log it for the developer, answer the writer plainly.
        process.stderr.write(`fazhi-lint serve: ${error instanceof Error ? error.message : String(error)}\n`);
        if (!res.headersSent) sendJson(res, 500, { error: uiText(options.page.locale, 'serve.internal') });
        else res.destroy();
      });
    },
  );
  server.on('close', () => pool.close());
  return server;
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
