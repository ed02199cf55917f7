/**
 * A fake `electron` module for the desktop host's tests: it records what the main process
 * asks of it (handlers, windows, schemes, IPC channels) in `rec`.
 */
import path from 'node:path';

export type Handler = (...args: unknown[]) => unknown;

/** What the fake records. */
export const rec = {
  appEvents: new Map<string, ((...a: unknown[]) => unknown)[]>(),
  readyResolve: (() => undefined) as () => void,
  ready: false,
  calls: [] as string[],
  ipc: new Map<string, (...a: unknown[]) => unknown>(),
  windows: [] as { options: Record<string, unknown>; url?: string; sent: unknown[]; maximized: boolean; win: unknown }[],
  schemes: [] as unknown[],
  protocolHandler: null as null | ((req: Request) => Promise<Response>),
  permissionRequest: null as null | ((...a: unknown[]) => unknown),
  permissionCheck: null as null | ((...a: unknown[]) => unknown),
  beforeRequest: null as null | ((...a: unknown[]) => unknown),
  headersReceived: null as null | ((...a: unknown[]) => unknown),
  openExternal: [] as string[],
  ipcOn: new Map<string, (...a: unknown[]) => unknown>(),
  menu: [] as unknown[],
  displays: [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }] as { workArea: { x: number; y: number; width: number; height: number } }[],
  saveDialogPath: '' as string,
  saveDialogs: [] as unknown[],
  recentDocuments: [] as string[],
  sessionEvents: new Map<string, (...a: unknown[]) => unknown>(),
  openedPaths: [] as string[],
  tmp: '',
};

const on = (event: string, fn: (...a: unknown[]) => unknown) => {
  rec.calls.push(`app.on:${event}${rec.ready ? '' : ' (before ready)'}`);
  rec.appEvents.set(event, [...(rec.appEvents.get(event) ?? []), fn]);
};
const readyPromise = new Promise<void>((r) => (rec.readyResolve = () => ((rec.ready = true), r())));
class BrowserWindow {
  static all: BrowserWindow[] = [];
  static getAllWindows = () => BrowserWindow.all;
  static getFocusedWindow = () => BrowserWindow.all.at(-1) ?? null;
  static fromWebContents = (wc: unknown) => BrowserWindow.all.find((w) => w.webContents === wc) ?? null;
  private static nextId = 1;
  private handlers = new Map<string, (...a: unknown[]) => unknown>();
  webContents: { id: number; send: (channel: string, message: unknown) => void };
  entry: { options: Record<string, unknown>; url?: string; sent: unknown[]; maximized: boolean; win: unknown };
  constructor(options: Record<string, unknown>) {
    this.entry = { options, sent: [], maximized: false, win: this };
    this.webContents = { id: BrowserWindow.nextId++, send: (channel, message) => this.entry.sent.push({ channel, message }) };
    rec.windows.push(this.entry);
    BrowserWindow.all.push(this);
  }
  isMinimized = () => false;
  isDestroyed = () => false;
  restore = () => undefined;
  focus = () => rec.calls.push('focus');
  maximize = () => (this.entry.maximized = true);
  isMaximized = () => this.entry.maximized;
  getBounds = () => ({ x: Number(this.entry.options.x ?? 10), y: Number(this.entry.options.y ?? 20), width: Number(this.entry.options.width), height: Number(this.entry.options.height) });
  getNormalBounds = () => this.getBounds();
  on(event: string, fn: (...a: unknown[]) => unknown) {
    this.handlers.set(event, fn);
    return this;
  }
  /** Closes the window as the user would: 'close', then 'closed'. */
  close() {
    this.handlers.get('close')?.({});
    BrowserWindow.all = BrowserWindow.all.filter((w) => w !== this);
    this.handlers.get('closed')?.();
  }
  loadURL(url: string) {
    this.entry.url = url;
    return Promise.resolve();
  }
}
const electron = {
  app: {
    isPackaged: false,
    getPath: (name: string) => path.join(rec.tmp, name),
    on,
    whenReady: () => readyPromise,
    isReady: () => rec.ready,
    requestSingleInstanceLock: () => (rec.calls.push(`requestSingleInstanceLock${rec.ready ? '' : ' (before ready)'}`), true),
    quit: () => rec.calls.push('quit'),
    addRecentDocument: (p: string) => rec.recentDocuments.push(p),
  },
  protocol: {
    registerSchemesAsPrivileged: (s: unknown[]) => (rec.calls.push(`registerSchemesAsPrivileged${rec.ready ? '' : ' (before ready)'}`), rec.schemes.push(...s)),
    handle: (_scheme: string, fn: (req: Request) => Promise<Response>) => (rec.protocolHandler = fn),
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (fn: Handler) => (rec.permissionRequest = fn),
      setPermissionCheckHandler: (fn: Handler) => (rec.permissionCheck = fn),
      setDevicePermissionHandler: () => undefined,
      on: (event: string, fn: Handler) => rec.sessionEvents.set(event, fn),
      webRequest: { onBeforeRequest: (fn: Handler) => (rec.beforeRequest = fn), onHeadersReceived: (fn: Handler) => (rec.headersReceived = fn) },
    },
  },
  ipcMain: { handle: (channel: string, fn: Handler) => rec.ipc.set(channel, fn), on: (channel: string, fn: Handler) => rec.ipcOn.set(channel, fn) },
  screen: { getAllDisplays: () => rec.displays },
  BrowserWindow,
  Menu: { setApplicationMenu: (m: unknown[]) => (rec.menu = m), buildFromTemplate: (t: unknown) => t },
  dialog: {
    showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
    showSaveDialog: (_win: unknown, options: unknown) => (rec.saveDialogs.push(options), Promise.resolve({ canceled: !rec.saveDialogPath, filePath: rec.saveDialogPath })),
  },
  shell: {
    openExternal: (url: string) => (rec.openExternal.push(url), Promise.resolve()),
    openPath: (p: string) => (rec.openedPaths.push(p), Promise.resolve('')),
  },
};

export const { app, protocol, session, ipcMain, Menu, dialog, shell, screen } = electron;
export { BrowserWindow };
export default electron;
