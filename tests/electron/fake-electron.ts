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
  windows: [] as { options: Record<string, unknown>; url?: string }[],
  schemes: [] as unknown[],
  protocolHandler: null as null | ((req: Request) => Promise<Response>),
  permissionRequest: null as null | ((...a: unknown[]) => unknown),
  permissionCheck: null as null | ((...a: unknown[]) => unknown),
  beforeRequest: null as null | ((...a: unknown[]) => unknown),
  openExternal: [] as string[],
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
  webContents = {};
  entry: { options: Record<string, unknown>; url?: string };
  constructor(options: Record<string, unknown>) {
    this.entry = { options };
    rec.windows.push(this.entry);
    BrowserWindow.all.push(this);
  }
  isMinimized = () => false;
  restore = () => undefined;
  focus = () => rec.calls.push('focus');
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
      webRequest: { onBeforeRequest: (fn: Handler) => (rec.beforeRequest = fn), onHeadersReceived: () => undefined },
    },
  },
  ipcMain: { handle: (channel: string, fn: Handler) => rec.ipc.set(channel, fn) },
  BrowserWindow,
  Menu: { setApplicationMenu: () => undefined, buildFromTemplate: (t: unknown) => t },
  dialog: { showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }) },
  shell: { openExternal: (url: string) => (rec.openExternal.push(url), Promise.resolve()) },
};

export const { app, protocol, session, ipcMain, Menu, dialog, shell } = electron;
export { BrowserWindow };
export default electron;
