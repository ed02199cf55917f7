/**
 * The web host cannot be crashed and answers only its own names and origin. Requests go
 * through raw sockets (node:net), so malformed request lines reach the server exactly as
 * written, which fetch() would refuse to send.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import net from 'node:net';
import fs from 'node:fs';
import path from 'node:path';
import type { CoreService } from '../../../core/api/node/core-service';
import { startHttpHost, type HttpHost } from '../../../core/api/node/http-server';
import { parseRequestTarget, tokenMatches, checkOrigin, allowedHostHeaders } from '../../../core/api/node/http-guard';
import { testService } from '../../helpers/service';
import { tempDir } from '../../helpers/tmp';

let host: HttpHost;
let api: CoreService;
let tmp: ReturnType<typeof tempDir>;

beforeAll(async () => {
  tmp = tempDir();
  const staticDir = path.join(tmp.dir, 'static');
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>x</title>');
  api = testService(tmp.dir, 'web');
  host = await startHttpHost({ dispatch: api.dispatch, staticDir, maxBodyBytes: 1024 });
});
afterAll(async () => {
  await host.close();
  api.dispose();
  tmp.cleanup();
});

interface RawResponse {
  status: number;
  headers: string;
  body: string;
}

/** Sends `request` byte for byte and reads until the server closes or answers in full. */
function raw(request: string | Buffer): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(host.port, '127.0.0.1');
    let data = '';
    const done = () => {
      const [head = '', ...rest] = data.split('\r\n\r\n');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0);
      resolve({ status, headers: head.toLowerCase(), body: rest.join('\r\n\r\n') });
    };
    socket.setTimeout(5000, () => {
      socket.destroy();
      reject(new Error(`no answer to ${JSON.stringify(request.toString().slice(0, 60))}: ${data}`));
    });
    socket.on('data', (c) => {
      data += c.toString('latin1');
      const length = /content-length: (\d+)/i.exec(data)?.[1];
      const bodyStart = data.indexOf('\r\n\r\n');
      if (length !== undefined && bodyStart >= 0 && data.length - bodyStart - 4 >= Number(length)) {
        socket.destroy();
        done();
      }
    });
    socket.on('error', () => undefined);
    socket.on('close', done);
    socket.write(request);
  });
}

const line = (target: string, extra = '') => `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\n${extra}Connection: close\r\n\r\n`;

const post = (op: string, body: string, headers: Record<string, string> = {}) => {
  const h = { host: `127.0.0.1:${host.port}`, authorization: `Bearer ${host.token}`, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), connection: 'close', ...headers };
  const lines = Object.entries(h).filter(([, v]) => v !== '').map(([k, v]) => `${k}: ${v}`);
  return `POST /api/${op} HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n${body}`;
};

async function stillAlive(): Promise<void> {
  const res = await raw(post('appInfo', '{}'));
  expect(res.status).toBe(200);
  expect(JSON.parse(res.body)).toMatchObject({ ok: true, result: { host: 'web' } });
}

const jsonError = (res: RawResponse) => (JSON.parse(res.body) as { ok: boolean; error: { code: string; message: string } });

describe('the web host survives malformed requests', () => {
  const cases: [string, () => string | Buffer, RegExp][] = [
    ['GET /% (bad percent-encoding)', () => line('/%'), /percent-encoding/],
    ['GET /%00 (NUL once decoded)', () => line('/%00'), /control characters/],
    ['GET /api/%zz', () => line('/api/%zz'), /percent-encoding/],
    ['GET /%E0%A4%A (truncated UTF-8)', () => line('/%E0%A4%A'), /percent-encoding/],
    ['absolute-form URL', () => line(`http://127.0.0.1:1/api/appInfo`), /only a path/],
    ['absolute-form URL with a bad host', () => line('http://[/'), /only a path/],
    ['asterisk-form', () => 'OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', /only a path/],
    ['a target starting with //', () => line('//evil.example/x'), /only a path/],
    ['raw NUL in the request line', () => Buffer.from('GET /\u0000 HTTP/1.1\r\nHost: x\r\n\r\n', 'latin1'), /malformed request/],
    ['garbage instead of HTTP', () => 'HELLO\r\n\r\n', /malformed request/],
  ];
  for (const [name, request, message] of cases) {
    it(`${name} → 400 with a JSON message, then a valid call works`, async () => {
      const res = await raw(request());
      expect(res.status).toBe(400);
      expect(res.headers).toContain('content-type: application/json');
      expect(jsonError(res)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
      expect(jsonError(res).error.message).toMatch(message);
      await stillAlive();
    });
  }

  it('an oversized body → 400 (by its announced length and by what arrives), then a valid call works', async () => {
    const big = JSON.stringify({ name: 'x'.repeat(2000) });
    const announced = await raw(post('appInfo', big));
    expect(announced.status).toBe(400);
    expect(jsonError(announced).error.message).toMatch(/too large/);
    // Chunked: no length announced, the limit trips while reading.
    const chunk = Buffer.from(big).length.toString(16);
    const chunked = await raw(post('appInfo', `${chunk}\r\n${big}\r\n0\r\n\r\n`, { 'content-length': '', 'transfer-encoding': 'chunked' }));
    expect(chunked.status).toBe(400);
    expect(jsonError(chunked).error.message).toMatch(/too large/);
    await stillAlive();
  });
});

describe('the web host answers only its own names and origin', () => {
  it('refuses a foreign or missing Host header (DNS rebinding) even with the token', async () => {
    for (const h of [`evil.example:${host.port}`, '127.0.0.1', `127.0.0.1:${host.port + 1}`, `localhost.evil.example:${host.port}`]) {
      const res = await raw(post('appInfo', '{}', { host: h }));
      expect(res.status, h).toBe(421);
      expect(jsonError(res).error.message).toMatch(/Host/);
    }
    const noHost = await raw('GET / HTTP/1.0\r\n\r\n');
    expect(noHost.status).toBe(421);
    for (const h of [`localhost:${host.port}`, `LOCALHOST:${host.port}`, `[::1]:${host.port}`]) {
      expect((await raw(post('appInfo', '{}', { host: h }))).status, h).toBe(200);
    }
  });

  it('refuses an /api/ call from another origin, even with the right token; no CORS headers', async () => {
    for (const origin of ['http://127.0.0.1:1', 'https://evil.example', 'null', `http://evil.example:${host.port}`]) {
      const res = await raw(post('createProject', JSON.stringify({ path: 'x', name: 'X' }), { origin }));
      expect(res.status, origin).toBe(403);
      expect(res.headers).not.toContain('access-control-');
    }
    expect(fs.existsSync(path.join(tmp.dir, 'x.condivisa'))).toBe(false);
    const same = await raw(post('appInfo', '{}', { origin: `http://127.0.0.1:${host.port}` }));
    expect(same.status).toBe(200);
    expect(same.headers).not.toContain('access-control-');
    const preflight = await raw(`OPTIONS /api/appInfo HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nOrigin: http://127.0.0.1:1\r\nAccess-Control-Request-Method: POST\r\nConnection: close\r\n\r\n`);
    expect(preflight.status).toBe(403);
    expect(preflight.headers).not.toContain('access-control-');
  });

  it('refuses /api/ without the token or with a guessed one', async () => {
    expect((await raw(post('appInfo', '{}', { authorization: '' }))).status).toBe(401);
    // One character off (never the real last character, else the guess is the token).
    const guessed = `${host.token.slice(0, -1)}${host.token.endsWith('A') ? 'B' : 'A'}`;
    expect((await raw(post('appInfo', '{}', { authorization: `Bearer ${guessed}` }))).status).toBe(401);
    expect((await raw(line('/api/listRecentProjects'))).status).toBe(401);
  });
});

describe('request guard functions', () => {
  it('parses origin-form targets and decodes them', () => {
    expect(parseRequestTarget('/a%20b/c?x=%')).toEqual({ path: '/a b/c', rawPath: '/a%20b/c' });
    expect(() => parseRequestTarget(undefined)).toThrow(/only a path/);
  });
  it('compares tokens whatever their lengths', () => {
    expect(tokenMatches('abc', 'abc')).toBe(true);
    expect(tokenMatches('abc', 'abcd')).toBe(false);
    expect(tokenMatches('abc', '')).toBe(false);
    expect(tokenMatches('abc', undefined)).toBe(false);
  });
  it('accepts no Origin (a program) and only the host own origins', () => {
    const allowed = allowedHostHeaders('127.0.0.1', 8080);
    expect(() => checkOrigin(undefined, allowed)).not.toThrow();
    expect(() => checkOrigin('http://localhost:8080', allowed)).not.toThrow();
    expect(() => checkOrigin('https://localhost:8080', allowed)).toThrow(/origin/);
  });
});
