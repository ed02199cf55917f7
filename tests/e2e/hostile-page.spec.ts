/**
 * A hostile page in Chromium tries the web host: a page served from another loopback
 * origin (a tiny server this test starts on another port) fires images, scripts, fetches
 * and form posts at the host, with malformed paths, without a token and with a guessed
 * one. The host must stay up and answering, and no operation may have run.
 */
import { test, expect } from '@playwright/test';
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { startWebHost, type RunningHost } from './web-host';

let root: string;
let host: RunningHost | undefined;
let hostile: http.Server | undefined;

test.beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'condivisa-e2e-hostile-'));
});
test.afterEach(async () => {
  await host?.stop();
  host = undefined;
  await new Promise<void>((done) => (hostile ? hostile.close(() => done()) : done()));
  hostile = undefined;
  fs.rmSync(root, { recursive: true, force: true });
});

/** The attack page: every request a web page can make without the host's cooperation. */
function attackPage(target: string): string {
  const project = (name: string) => JSON.stringify({ path: name, name: 'Pwned', type: 'CER' });
  return `<!doctype html><meta charset="utf-8"><title>hostile</title>
<iframe name="sink"></iframe>
<form id="form" method="POST" action="${target}/api/createProject" enctype="text/plain" target="sink">
  <input name='${project('pwned-form').slice(0, -1)}, "x": "' value='"}'>
</form>
<script>
const target = ${JSON.stringify(target)};
const load = (tag, src) => new Promise((done) => { const el = document.createElement(tag); el.src = src; el.onload = el.onerror = () => done(); document.body.append(el); });
const attempt = (p) => p.then(() => 'sent', (e) => 'blocked: ' + e.message);
window.attack = async () => {
  const results = [];
  for (const p of ['/%', '/%00', '/%E0%A4%A', '/api/listRecentProjects', '/api/%zz']) {
    await load('img', target + p);
    await load('script', target + p);
  }
  results.push(await attempt(fetch(target + '/%', { mode: 'no-cors' })));
  // Simple requests (no preflight): a text/plain POST without a token, then a guessed one in the query.
  results.push(await attempt(fetch(target + '/api/createProject', { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body: ${JSON.stringify(project('pwned-simple'))} })));
  results.push(await attempt(fetch(target + '/api/createProject?token=guessed', { method: 'POST', mode: 'no-cors', body: ${JSON.stringify(project('pwned-query'))} })));
  // A guessed token in a header forces a CORS preflight, which the host refuses.
  results.push(await attempt(fetch(target + '/api/createProject', { method: 'POST', headers: { authorization: 'Bearer guessed', 'content-type': 'application/json' }, body: ${JSON.stringify(project('pwned-bearer'))} })));
  results.push(await attempt(fetch(target + '/api/listRecentProjects', { method: 'POST', headers: { 'x-condivisa-token': 'guessed' } })));
  document.getElementById('form').submit();
  await new Promise((done) => setTimeout(done, 500));
  return results;
};
</script>`;
}

async function startHostileServer(target: string): Promise<string> {
  hostile = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(attackPage(target));
  });
  await new Promise<void>((done) => hostile!.listen(0, '127.0.0.1', () => done()));
  return `http://127.0.0.1:${(hostile.address() as AddressInfo).port}/`;
}

test('a page from another origin cannot crash the host or run an operation', async ({ page }) => {
  const started = Date.now();
  host = await startWebHost(path.join(root, 'workspace'), path.join(root, 'config'));
  const appUrl = new URL(host.appUrl);
  const token = appUrl.searchParams.get('token')!;
  const origin = appUrl.origin;

  // What the host answered to each request the page made (the page itself sees opaque answers).
  const answers: string[] = [];
  page.on('response', (r) => {
    if (r.url().startsWith(origin)) answers.push(`${r.status()} ${r.request().method()} ${r.url().slice(origin.length)}`);
  });
  page.on('requestfailed', (r) => {
    answers.push(`failed ${r.method()} ${r.url()} ${r.failure()?.errorText}`);
  });
  // The same attack aimed at localhost:PORT, the other loopback name the host answers to.
  for (const target of [origin, origin.replace('127.0.0.1', 'localhost')]) {
    const attacker = await startHostileServer(target);
    await page.goto(attacker);
    const results = (await page.evaluate('window.attack()')) as string[];
    // The preflighted calls never leave the browser with their body; the others get an opaque answer.
    expect(results.slice(3)).toEqual([expect.stringMatching(/^blocked/), expect.stringMatching(/^blocked/)]);
    await new Promise<void>((done) => hostile!.close(() => done()));
    hostile = undefined;
  }
  const outcomes = new Map<string, number>();
  for (const a of answers) {
    const key = a.startsWith('failed') ? a.slice(a.lastIndexOf(' ') + 1) : `HTTP ${a.slice(0, 3)}`;
    outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
  }
  console.log(`hostile page: ${answers.length} requests made at the host: ${[...outcomes].map(([k, n]) => `${n}× ${k}`).join(', ')}`);
  // Each request got a refusal, or an answer the browser withheld from the page: the host
  // sends Cross-Origin-Resource-Policy: same-origin (ERR_BLOCKED_BY_RESPONSE), and refuses
  // the CORS preflight of a call carrying a token (ERR_FAILED).
  for (const a of answers) expect(a).toMatch(/^4\d\d |ERR_BLOCKED_BY_RESPONSE\.NotSameOrigin$|ERR_FAILED$/);
  for (const p of ['/%', '/%00', '/api/listRecentProjects', '/api/createProject?token=guessed']) {
    expect(answers.filter((a) => a.includes(`${origin}${p} `)).length, p).toBeGreaterThan(0);
  }
  expect(answers).toContain('403 POST /api/createProject');

  // Still alive and answering the real app.
  expect(host.process.exitCode).toBeNull();
  const call = (op: string) =>
    fetch(`${origin}/api/${op}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{}' });
  const info = await call('appInfo');
  expect(info.status).toBe(200);
  // No operation ran: no project file anywhere, nothing recent.
  expect(await (await call('listWorkspaceProjects')).json()).toEqual({ ok: true, result: [] });
  expect(await (await call('listRecentProjects')).json()).toEqual({ ok: true, result: [] });
  const files = fs.readdirSync(root, { recursive: true }).map(String);
  expect(files.filter((f) => f.includes('pwned'))).toEqual([]);
  await page.goto(host.appUrl);
  await expect(page.getByTestId('new-name')).toBeVisible();
  console.log(`hostile page: host alive after the attack; ${((Date.now() - started) / 1000).toFixed(1)} s`);
});
