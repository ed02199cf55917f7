import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { CoreService } from '../../../core/api/node/core-service';
import { startHttpHost, type HttpHost } from '../../../core/api/node/http-server';
import { CURRENT_SCHEMA_VERSION } from '../../../core/store/migrations';
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
  fs.writeFileSync(path.join(tmp.dir, 'secret.txt'), 'secret');
  api = testService(tmp.dir, 'web');
  host = await startHttpHost({ dispatch: api.dispatch, staticDir });
});
afterAll(async () => {
  await host.close();
  api.dispose();
  tmp.cleanup();
});

const call = (op: string, body: string | object | undefined, token: string | null = host.token) =>
  fetch(`${host.url}/api/${op}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token !== null ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body ?? {}),
  });

describe('HTTP host', () => {
  it('listens on loopback on a random port', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(host.port).toBeGreaterThan(0);
  });

  it('refuses to bind a non-loopback address', async () => {
    await expect(startHttpHost({ dispatch: api.dispatch, host: '0.0.0.0' })).rejects.toThrow(/loopback/);
  });

  it('answers 401 without the token or with a wrong one', async () => {
    expect((await call('appInfo', {}, null)).status).toBe(401);
    expect((await call('appInfo', {}, 'wrong')).status).toBe(401);
    expect((await call('nosuchop', {}, null)).status).toBe(401);
  });

  it('runs an operation with the token', async () => {
    const res = await call('appInfo', {});
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, result: { host: 'web', schemaVersion: CURRENT_SCHEMA_VERSION } });
  });

  it('answers 400 with a clear message to malformed requests and keeps running', async () => {
    const bad = await call('createProject', '{"path": ');
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toMatch(/not valid JSON/);
    const notObject = await call('createProject', '[1,2]');
    expect(notObject.status).toBe(400);
    const invalid = await call('createProject', { path: 'x', name: 'X', type: 'NOPE' });
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).error).toMatchObject({ code: 'bad-request', field: 'type' });
    expect((await call('noSuchOperation', {})).status).toBe(404);
    expect((await fetch(`${host.url}/api/appInfo`, { headers: { authorization: `Bearer ${host.token}` } })).status).toBe(405);
    // Still alive.
    expect((await call('appInfo', {})).status).toBe(200);
  });

  it('serves the renderer with a strict CSP and nothing outside its folder', async () => {
    const res = await fetch(`${host.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect((await fetch(`${host.url}/..%2fsecret.txt`)).status).not.toBe(200);
    expect((await fetch(`${host.url}/../secret.txt`)).status).not.toBe(200);
  });
});
