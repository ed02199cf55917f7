/**
 * The HTTP binding of CoreApi for the web host and the end-to-end tests. It listens on
 * loopback only, requires a per-launch token on every `/api/` request, and serves the
 * built renderer with a strict Content-Security-Policy. It never lets a request crash
 * the process: every failure becomes a JSON error response.
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { ApiError, toApiError } from '../common/errors';
import { HTTP_STATUS, type Envelope } from '../common/envelope';
import type { Dispatch } from './dispatch';

/** The renderer's CSP: same-origin only, no inline or eval'd scripts, no remote content. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Vue and Leaflet set element styles at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);
const MAX_BODY_BYTES = 64 * 1024 * 1024;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.geojson': 'application/geo+json',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface HttpHostOptions {
  /** The core's dispatch (core-service): every /api/<operation> request goes through it. */
  dispatch: Dispatch;
  host?: string;
  /** 0 (default) picks a random free port. */
  port?: number;
  /** Folder of the built renderer (index.html and assets); omitted: API only. */
  staticDir?: string;
  /** Fixed token for tests; a random one per launch otherwise. */
  token?: string;
}

export interface HttpHost {
  url: string;
  /** URL to open in a browser: carries the token for the renderer to pick up. */
  appUrl: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(text);
}

function sendError(res: http.ServerResponse, status: number, error: ApiError): void {
  send(res, status, { ok: false, error: error.toData() });
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        reject(new ApiError('bad-request', 'request body too large', 'richiesta troppo grande'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function tokenMatches(expected: string, given: string | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

async function handleApi(
  dispatch: Dispatch,
  token: string,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  op: string,
): Promise<void> {
  const auth = req.headers.authorization;
  const given = auth?.startsWith('Bearer ') ? auth.slice(7) : (req.headers['x-condivisa-token'] as string | undefined);
  if (!tokenMatches(token, given)) {
    sendError(res, 401, new ApiError('bad-request', 'missing or wrong token', 'token mancante o errato'));
    return;
  }
  if (req.method !== 'POST') {
    res.setHeader('allow', 'POST');
    sendError(res, 405, new ApiError('bad-request', 'use POST', 'usare POST'));
    return;
  }
  let args: unknown;
  try {
    const body = await readBody(req);
    args = body.trim() === '' ? {} : JSON.parse(body);
  } catch (e) {
    const err = e instanceof ApiError ? e : new ApiError('bad-request', 'body is not valid JSON', 'il corpo non è JSON valido');
    sendError(res, 400, err);
    return;
  }
  const envelope: Envelope = await dispatch(op, args);
  send(res, envelope.ok ? 200 : HTTP_STATUS[envelope.error.code], envelope);
}

function serveStatic(staticDir: string, req: http.IncomingMessage, res: http.ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405).end();
    return;
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  let rel = decodeURIComponent(url.pathname);
  if (rel === '/' || rel === '') rel = '/index.html';
  const file = path.resolve(staticDir, `.${rel}`);
  // Never serve outside the renderer folder.
  if (!file.startsWith(path.resolve(staticDir) + path.sep)) {
    res.writeHead(403).end();
    return;
  }
  fs.readFile(file, (err, data) => {
    if (err) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': MIME[path.extname(file)] ?? 'application/octet-stream',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': rel === '/index.html' ? 'no-store' : 'max-age=3600',
    });
    res.end(req.method === 'HEAD' ? undefined : data);
  });
}

export async function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopbackHost(host)) {
    throw new ApiError(
      'bad-request',
      `refusing to listen on ${host}: the web host binds to loopback only`,
      `rifiuto di ascoltare su ${host}: il web host accetta solo l'indirizzo locale`,
    );
  }
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const apiMatch = /^\/api\/([A-Za-z]+)$/.exec(url.pathname);
    if (url.pathname.startsWith('/api/')) {
      if (!apiMatch) {
        sendError(res, 404, new ApiError('not-found', 'unknown API path', 'percorso API sconosciuto'));
        return;
      }
      handleApi(options.dispatch, token, req, res, apiMatch[1]!).catch((e: unknown) => {
        console.error('[condivisa] request failed:', e);
        if (!res.headersSent) sendError(res, 500, toApiError(e));
      });
      return;
    }
    if (options.staticDir) serveStatic(options.staticDir, req, res);
    else res.writeHead(404).end();
  });
  server.on('clientError', (_err, socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const hostForUrl = host.includes(':') ? `[${host}]` : host;
  const url = `http://${hostForUrl}:${port}`;
  return {
    url,
    appUrl: `${url}/?token=${token}`,
    token,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

