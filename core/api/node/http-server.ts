/**
 * The HTTP binding of CoreApi for the web host and the end-to-end tests. It listens on
 * loopback only and cannot be crashed by a request: every request passes the guard
 * (./http-guard: request target, Host, Origin) inside a try, and every failure becomes a
 * JSON error response. `/api/` needs the per-launch token; everything else is the built
 * renderer, served with a strict CSP. No CORS headers are ever sent, so a page from
 * another origin cannot read an answer.
 */
import http from 'node:http';
import type { Socket } from 'node:net';
import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { ApiError, badRequest, notFound, toApiError } from '../common/errors';
import { HTTP_STATUS, type Envelope } from '../common/envelope';
import type { Dispatch } from './dispatch';
import { serveStatic } from './http-static';
import {
  RequestRefused,
  allowedHostHeaders,
  checkHost,
  checkOrigin,
  isLoopbackHost,
  parseRequestTarget,
  refuse,
  requestToken,
  tokenMatches,
} from './http-guard';

export { CONTENT_SECURITY_POLICY } from './content-security-policy';
export { isLoopbackHost } from './http-guard';

/** Largest request body: a 48 MB upload as base64 plus its JSON. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

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
  /** Largest request body in bytes (tests use a small one). */
  maxBodyBytes?: number;
}

export interface HttpHost {
  url: string;
  /** URL to open in a browser: carries the token for the renderer to pick up. */
  appUrl: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

const JSON_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'cross-origin-resource-policy': 'same-origin',
};

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...JSON_HEADERS, 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function sendError(res: http.ServerResponse, status: number, error: ApiError): void {
  send(res, status, { ok: false, error: error.toData() });
}

/** Refuses an over-long body by its announced length, before reading a byte of it. */
function checkDeclaredLength(req: http.IncomingMessage, max: number): void {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > max) throw tooLarge();
}

const tooLarge = () => refuse(400, { code: 'api.http.body-too-large' });

function readBody(req: http.IncomingMessage, max: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > max) {
        // Stop buffering; the connection is closed once the refusal is sent.
        req.removeAllListeners('data');
        req.pause();
        reject(tooLarge());
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function parseJsonBody(req: http.IncomingMessage, max: number): Promise<unknown> {
  const body = await readBody(req, max);
  if (body.trim() === '') return {};
  try {
    return JSON.parse(body);
  } catch {
    throw refuse(400, { code: 'api.http.body-not-json' });
  }
}

interface ApiRequest {
  dispatch: Dispatch;
  token: string;
  allowedHosts: Set<string>;
  maxBodyBytes: number;
}

async function handleApi(ctx: ApiRequest, req: http.IncomingMessage, res: http.ServerResponse, rawPath: string): Promise<void> {
  checkOrigin(req.headers.origin, ctx.allowedHosts);
  if (!tokenMatches(ctx.token, requestToken(req.headers.authorization, req.headers['x-condivisa-token']))) {
    throw new RequestRefused(401, badRequest({ code: 'api.http.bad-token' }));
  }
  const match = /^\/api\/([A-Za-z]+)$/.exec(rawPath);
  if (!match) throw new RequestRefused(404, notFound({ code: 'api.http.unknown-path' }));
  if (req.method !== 'POST') {
    res.setHeader('allow', 'POST');
    throw refuse(405, { code: 'api.http.use-post' });
  }
  checkDeclaredLength(req, ctx.maxBodyBytes);
  const args = await parseJsonBody(req, ctx.maxBodyBytes);
  const envelope: Envelope = await ctx.dispatch(match[1]!, args);
  send(res, envelope.ok ? 200 : HTTP_STATUS[envelope.error.code], envelope);
}

/** Answers a request that failed anywhere; an unread body means the connection must close. */
function answerFailure(req: http.IncomingMessage, res: http.ServerResponse, e: unknown): void {
  if (!(e instanceof RequestRefused)) console.error('[condivisa] request failed:', e);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (!req.complete) res.setHeader('connection', 'close');
  if (e instanceof RequestRefused) sendError(res, e.status, e.error);
  else sendError(res, 500, toApiError(e));
}

/**
 * What Node's own parser rejects (a raw NUL or space in the request line, a malformed
 * header) never reaches the request handler: answer it here, in the same JSON shape.
 */
function answerClientError(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const body = JSON.stringify({ ok: false, error: badRequest({ code: 'api.http.malformed' }).toData() });
  socket.end(
    `HTTP/1.1 400 Bad Request\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}

export async function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopbackHost(host)) {
    throw badRequest({ code: 'api.http.loopback-only', params: { host: String(host) } });
  }
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  // The Host values are known once the port is: filled in right after listen().
  const api: ApiRequest = { dispatch: options.dispatch, token, allowedHosts: new Set(), maxBodyBytes: options.maxBodyBytes ?? MAX_BODY_BYTES };

  const server = http.createServer((req, res) => {
    // The guard: nothing a request carries may throw past this point.
    try {
      const target = parseRequestTarget(req.url);
      checkHost(req.headers.host, api.allowedHosts);
      if (target.rawPath === '/api' || target.rawPath.startsWith('/api/')) {
        handleApi(api, req, res, target.rawPath).catch((e: unknown) => answerFailure(req, res, e));
      } else if (options.staticDir) {
        serveStatic(options.staticDir, target.path, req, res);
      } else {
        throw new RequestRefused(404, notFound({ code: 'api.http.not-found' }));
      }
    } catch (e) {
      answerFailure(req, res, e);
    }
  });
  server.on('clientError', answerClientError);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  api.allowedHosts = allowedHostHeaders(host, port);
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
