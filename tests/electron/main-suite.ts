/**
 * The desktop host's security settings, checked without Electron: the main process (as
 * `load` brings it: source or built bundle) runs against ./fake-electron, which records
 * what it is asked to do. Each test file calls this once, with `vi.mock('electron')`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../helpers/tmp';
import { rec, type Handler } from './fake-electron';

export function mainSecuritySuite(load: () => Promise<unknown>): void {
  /** A fake WebContents recording its handlers. */
  function fakeContents() {
    const handlers = new Map<string, Handler>();
    let openHandler: Handler = () => undefined;
    return {
      handlers,
      open: (url: string) => openHandler({ url }),
      setWindowOpenHandler: (fn: Handler) => (openHandler = fn),
      on: (event: string, fn: Handler) => handlers.set(event, fn),
    };
  }

  const prevented = (fn: Handler | undefined, ...args: unknown[]) => {
    let stopped = false;
    fn?.({ preventDefault: () => (stopped = true) }, ...args);
    return stopped;
  };

  beforeAll(async () => {
    rec.tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'condivisa-electron-'));
    // A stale upload folder from a crashed run, and a fresh one that may belong to a live host.
    const stale = fs.mkdtempSync(path.join(os.tmpdir(), 'condivisa-upload-'));
    fs.utimesSync(stale, new Date(Date.now() - 2 * 86_400_000), new Date(Date.now() - 2 * 86_400_000));
    const fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'condivisa-upload-'));
    Object.assign(rec, { stale, fresh });
    // The last run crashed with a project open, in a window placed at (100, 50).
    const userData = path.join(rec.tmp, 'userData');
    fs.mkdirSync(userData, { recursive: true });
    fs.writeFileSync(path.join(rec.tmp, 'crashed.condivisa'), '');
    fs.writeFileSync(path.join(userData, 'running.json'), JSON.stringify({ pid: 1, startedAt: '2026-01-01T00:00:00Z', projects: [path.join(rec.tmp, 'crashed.condivisa'), path.join(rec.tmp, 'deleted-since.condivisa')] }));
    fs.writeFileSync(path.join(userData, 'window-state.json'), JSON.stringify({ x: 100, y: 50, width: 1200, height: 800, maximized: false }));
    await load();
    expect(rec.windows).toHaveLength(0);
    // Files the OS opens the app with can arrive before ready: they must be waited for.
    for (const fn of rec.appEvents.get('open-file') ?? []) fn({ preventDefault: () => undefined }, path.join(rec.tmp, 'early.condivisa'));
    rec.readyResolve();
    await new Promise((r) => setTimeout(r, 50));
    // Loading the main process (and better-sqlite3) takes seconds while the whole suite runs in parallel.
  }, 60_000);
  afterAll(() => {
    fs.rmSync(rec.tmp, { recursive: true, force: true });
    fs.rmSync((rec as unknown as { fresh: string }).fresh, { recursive: true, force: true });
  });

  describe('Electron main process', () => {
    it('registers the app:// scheme, the single-instance lock and open-file before ready', () => {
      expect(rec.calls).toEqual(expect.arrayContaining(['registerSchemesAsPrivileged (before ready)', 'requestSingleInstanceLock (before ready)', 'app.on:open-file (before ready)', 'app.on:second-instance (before ready)']));
      expect(rec.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    });

    it('creates windows isolated, sandboxed, without Node, with web security, on app://', () => {
      expect(rec.windows.length).toBeGreaterThanOrEqual(2);
      for (const w of rec.windows) {
        expect(w.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
        expect(w.url).toMatch(/^app:\/\/condivisa\/index\.html/);
      }
      // The file that arrived before ready was opened once ready.
      expect(rec.windows.some((w) => w.url?.includes(encodeURIComponent(path.join(rec.tmp, 'early.condivisa'))))).toBe(true);
    });

    it('denies every permission request and check', () => {
      let granted: boolean | undefined;
      rec.permissionRequest!({}, 'media', (ok: boolean) => (granted = ok));
      expect(granted).toBe(false);
      for (const p of ['geolocation', 'notifications', 'clipboard-read', 'media']) expect(rec.permissionCheck!({}, p, 'app://condivisa')).toBe(false);
    });

    it('refuses requests for anything but the app and devtools', () => {
      const cancel = (url: string) => {
        let out: unknown;
        rec.beforeRequest!({ url }, (r: { cancel: boolean }) => (out = r.cancel));
        return out;
      };
      expect(cancel('app://condivisa/assets/x.js')).toBe(false);
      expect(cancel('https://evil.example/x.js')).toBe(true);
      expect(cancel('file:///etc/passwd')).toBe(true);
      expect(cancel('app://other/x')).toBe(true);
    });

    it('puts the CSP on every response the session receives', () => {
      let headers: Record<string, string[]> = {};
      rec.headersReceived!({ url: 'app://condivisa/index.html', responseHeaders: { 'content-type': ['text/html'] } }, (r: { responseHeaders: Record<string, string[]> }) => (headers = r.responseHeaders));
      expect(headers['content-type']).toEqual(['text/html']);
      const csp = headers['Content-Security-Policy']![0]!;
      for (const directive of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'"]) expect(csp).toContain(directive);
      expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    });

    it('lets only the app own top frame call the core over IPC', async () => {
      const appInfo = rec.ipc.get('condivisa:appInfo') ?? [...rec.ipc.entries()].find(([k]) => k.endsWith('appInfo'))?.[1];
      expect(appInfo).toBeDefined();
      const ok = (await appInfo!({ senderFrame: { url: 'app://condivisa/index.html#/', parent: null } }, {})) as { ok: boolean; result?: { host: string } };
      expect(ok).toMatchObject({ ok: true, result: { host: 'electron' } });
      for (const senderFrame of [
        { url: 'https://evil.example/', parent: null },
        { url: 'file:///tmp/x.html', parent: null },
        { url: 'app://condivisa/index.html', parent: {} },
        null,
      ]) {
        expect(await appInfo!({ senderFrame }, {}), JSON.stringify(senderFrame)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
      }
    });

    it('blocks navigation and new windows; opens only allow-listed https links outside', () => {
      const contents = fakeContents();
      for (const fn of rec.appEvents.get('web-contents-created') ?? []) fn({}, contents);
      expect(prevented(contents.handlers.get('will-navigate'), 'https://evil.example/')).toBe(true);
      expect(prevented(contents.handlers.get('will-navigate'), 'file:///etc/passwd')).toBe(true);
      expect(prevented(contents.handlers.get('will-navigate'), 'app://condivisa/index.html#/x')).toBe(false);
      expect(prevented(contents.handlers.get('will-attach-webview'))).toBe(true);
      for (const url of ['https://www.gse.it/servizi', 'https://evil.example/', 'http://www.gse.it/', 'https://user:pw@www.gse.it/', 'file:///etc/passwd', 'javascript:alert(1)']) {
        expect(contents.open(url)).toEqual({ action: 'deny' });
      }
      expect(rec.openExternal).toEqual(['https://www.gse.it/servizi']);
    });

    it('serves only the renderer folder on app://, with the CSP', async () => {
      const index = await rec.protocolHandler!(new Request('app://condivisa/index.html'));
      expect(index.status).toBe(200);
      expect(index.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
      for (const url of ['app://condivisa/../package.json', 'app://condivisa/%2e%2e/package.json', 'app://condivisa/%', 'app://other/index.html']) {
        expect((await rec.protocolHandler!(new Request(url))).status, url).not.toBe(200);
      }
    });

    it('a second launch hands its project file to the first (granted, opened), or just focuses it', async () => {
      const file = path.join(rec.tmp, 'second.condivisa');
      const before = rec.windows.length;
      for (const fn of rec.appEvents.get('second-instance') ?? []) fn({}, ['/opt/Condivisa/condivisa', '--flag', file], rec.tmp);
      expect(rec.windows).toHaveLength(before + 1);
      expect(rec.windows.at(-1)!.url).toContain(encodeURIComponent(file));
      for (const fn of rec.appEvents.get('second-instance') ?? []) fn({}, ['/opt/Condivisa/condivisa'], rec.tmp);
      expect(rec.windows).toHaveLength(before + 1);
      expect(rec.calls).toContain('focus');
      // The handed-over file is now an allowed path: a project can be created there.
      const create = rec.ipc.get('condivisa:createProject')!;
      const made = (await create({ senderFrame: { url: 'app://condivisa/index.html', parent: null } }, { path: file, name: 'Seconda', type: 'CER' })) as { ok: boolean };
      expect(made.ok).toBe(true);
      const elsewhere = (await create({ senderFrame: { url: 'app://condivisa/index.html', parent: null } }, { path: path.join(rec.tmp, 'other.condivisa'), name: 'X', type: 'CER' })) as { ok: boolean; error?: { message: string } };
      expect(elsewhere).toMatchObject({ ok: false, error: { message: expect.stringMatching(/outside the workspace.*file dialog/) } });
    });

    it('removes upload folders older than a day at start-up, and only those', () => {
      const { stale, fresh } = rec as unknown as { stale: string; fresh: string };
      expect(fs.existsSync(stale)).toBe(false);
      expect(fs.existsSync(fresh)).toBe(true);
    });
  });

  describe('desktop shell', () => {
    const userData = () => path.join(rec.tmp, 'userData');
    type Item = { label?: string; role?: string; accelerator?: string; enabled?: boolean; submenu?: Item[]; click?: () => void };
    const menu = () => rec.menu as Item[];
    const find = (label: string): Item | undefined => {
      const walk = (items: Item[]): Item | undefined => {
        for (const i of items) {
          if (i.label === label) return i;
          const inner = i.submenu && walk(i.submenu);
          if (inner) return inner;
        }
        return undefined;
      };
      return walk(menu());
    };
    const trusted = { url: 'app://condivisa/index.html', parent: null };
    const tick = () => new Promise((r) => setTimeout(r, 20));

    it('reopens the projects of a run that did not quit normally, the first window in its saved place', () => {
      const first = rec.windows[0]!;
      expect(first.url).toContain(encodeURIComponent(path.join(rec.tmp, 'crashed.condivisa')));
      expect(first.options).toMatchObject({ x: 100, y: 50, width: 1200, height: 800 });
      // A file deleted since is not reopened.
      expect(rec.windows.some((w) => w.url?.includes('deleted-since'))).toBe(false);
      const marker = JSON.parse(fs.readFileSync(path.join(userData(), 'running.json'), 'utf8')) as { projects: string[] };
      expect(marker.projects).toEqual(expect.arrayContaining([path.join(rec.tmp, 'crashed.condivisa'), path.join(rec.tmp, 'early.condivisa')]));
    });

    it('has an Italian menu with Open, Recent, Save as, Print, Presentation, Guide; English when the renderer switches', async () => {
      expect(menu().map((m) => m.label)).toEqual(['File', 'Modifica', 'Visualizza', 'Aiuto']);
      for (const label of ['Apri progetto…', 'Progetti recenti', 'Salva come…', 'Stampa la relazione tecnica', 'Modalità presentazione', 'Guida']) expect(find(label), label).toBeDefined();
      // A stray frame cannot change it; the app's own can.
      rec.ipcOn.get('condivisa-shell:language')!({ senderFrame: { url: 'https://evil.example/', parent: null } }, 'en');
      await tick();
      expect(find('Apri progetto…')).toBeDefined();
      rec.ipcOn.get('condivisa-shell:language')!({ senderFrame: trusted }, 'en');
      await tick();
      expect(find('Open project…')).toBeDefined();
      expect(find('Presentation mode')).toBeDefined();
      rec.ipcOn.get('condivisa-shell:language')!({ senderFrame: trusted }, 'it');
      await tick();
    });

    it('sends presentation, undo, redo and guide to the focused window', () => {
      const focused = rec.windows.at(-1)!;
      const before = focused.sent.length;
      for (const label of ['Modalità presentazione', 'Annulla', 'Ripeti', 'Guida']) find(label)!.click!();
      expect(focused.sent.slice(before)).toEqual(
        ['presentation-toggle', 'undo', 'redo', 'guide'].map((action) => ({ channel: 'condivisa-shell:menu', message: { action } })),
      );
    });

    it('Save as: the native dialog chooses the file, which the core may then write and the renderer receives', async () => {
      const target = path.join(rec.tmp, 'copia');
      rec.saveDialogPath = target;
      const focused = rec.windows.at(-1)!;
      find('Salva come…')!.click!();
      await tick();
      expect(rec.saveDialogs).toHaveLength(1);
      expect(focused.sent.at(-1)).toEqual({ channel: 'condivisa-shell:menu', message: { action: 'save-as', path: `${target}.condivisa` } });
      const made = (await rec.ipc.get('condivisa:createProject')!({ senderFrame: trusted }, { path: `${target}.condivisa`, name: 'Copia', type: 'CER' })) as { ok: boolean };
      expect(made.ok).toBe(true);
    });

    it('Print: the report PDF the user saves next opens in the system viewer', () => {
      find('Stampa la relazione tecnica')!.click!();
      expect(rec.windows.at(-1)!.sent.at(-1)).toEqual({ channel: 'condivisa-shell:menu', message: { action: 'print-report' } });
      let done: Handler = () => undefined;
      const item = {
        getFilename: () => 'relazione-tecnica.pdf',
        getSavePath: () => '/home/u/Documenti/relazione-tecnica.pdf',
        setSaveDialogOptions: (o: { defaultPath: string }) => expect(o.defaultPath).toBe(path.join(rec.tmp, 'documents', 'relazione-tecnica.pdf')),
        once: (_e: string, fn: Handler) => (done = fn),
      };
      rec.sessionEvents.get('will-download')!({}, item);
      done({}, 'completed');
      expect(rec.openedPaths).toEqual(['/home/u/Documenti/relazione-tecnica.pdf']);
    });

    it('a project opened in a window joins the marker and the recent menu; closing saves the place; a normal quit removes the marker', async () => {
      const entry = rec.windows.at(-1)!;
      const win = entry.win as { webContents: unknown; close(): void };
      // A relative path: the workspace folder (documents/Condivisa).
      const file = path.join(rec.tmp, 'documents', 'Condivisa', 'nuovo.condivisa');
      const created = (await rec.ipc.get('condivisa:createProject')!({ senderFrame: trusted, sender: win.webContents }, { path: 'nuovo', name: 'Nuovo progetto', type: 'CER' })) as { ok: boolean };
      expect(created.ok).toBe(true);
      await tick();
      expect(JSON.parse(fs.readFileSync(path.join(userData(), 'running.json'), 'utf8')).projects).toContain(file);
      expect(find('Progetti recenti')!.submenu!.map((i) => i.label)).toContain('Nuovo progetto');
      expect(rec.recentDocuments).toContain(file);
      win.close();
      expect(JSON.parse(fs.readFileSync(path.join(userData(), 'running.json'), 'utf8')).projects).not.toContain(file);
      expect(JSON.parse(fs.readFileSync(path.join(userData(), 'window-state.json'), 'utf8'))).toEqual({ x: 10, y: 20, width: 1200, height: 800, maximized: false });
      for (const fn of rec.appEvents.get('will-quit') ?? []) fn({});
      expect(fs.existsSync(path.join(userData(), 'running.json'))).toBe(false);
    });
  });

  describe('packaging', () => {
    it('sets the Electron fuses in electron-builder.yml', () => {
      const yml = fs.readFileSync(path.join(REPO_ROOT, 'electron-builder.yml'), 'utf8');
      const block = /^electronFuses:\n((?: {2}.+\n)+)/m.exec(yml)?.[1] ?? '';
      const fuses = Object.fromEntries(block.trim().split('\n').map((l) => l.trim().split(/:\s*/)));
      expect(fuses).toEqual({
        runAsNode: 'false',
        enableNodeOptionsEnvironmentVariable: 'false',
        enableNodeCliInspectArguments: 'false',
        enableEmbeddedAsarIntegrityValidation: 'true',
        onlyLoadAppFromAsar: 'true',
        enableCookieEncryption: 'true',
        grantFileProtocolExtraPrivileges: 'false',
      });
    });
  });
}
