/**
 * Desktop host: one window per project, the CoreApi bound over IPC, native menus and file
 * dialogs. No business rule lives here. The security settings live in small modules:
 * ./security (windows, session, IPC senders, external links), ./protocol (the renderer on
 * `app://condivisa/`), ./single-instance (one process, files handed over), ./upload-sweep;
 * the shell's state in ./menu (the menu as data), ./window-state, ./run-marker (unclean exit).
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell, type IpcMainInvokeEvent } from 'electron';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHostService } from '../core/api/node/host-setup';
import { OPERATIONS, ipcChannel, type OperationName } from '../core/api/common/operations';
import { errorEnvelope, type Envelope } from '../core/api/common/envelope';
import { badRequest } from '../core/api/common/errors';
import type { RecentProject } from '../core/api/common';
import { APP_INDEX_URL, registerAppScheme, serveRenderer } from './protocol';
import { hardenContents, hardenSession, isTrustedSender, secureWebPreferences } from './security';
import { claimSingleInstance, projectFileInArgs, queueOpenFiles } from './single-instance';
import { sweepStaleUploads } from './upload-sweep';
import { buildMenuTemplate, type MenuLang } from './menu';
import { LANGUAGE_CHANNEL, MENU_CHANNEL, type MenuAction, type MenuMessage } from './menu-actions';
import { fitToDisplays, MIN_SIZE, readWindowState, writeWindowState } from './window-state';
import { readUncleanExit, RunMarkerFile } from './run-marker';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '..', 'renderer');
const resourcesDir = app.isPackaged ? path.join(process.resourcesPath, 'resources') : path.join(here, '..', '..', 'resources');
const userData = () => app.getPath('userData');

// Before `ready`: the scheme's privileges, the lock, and files the OS opens us with.
registerAppScheme(protocol);
const openFiles = queueOpenFiles(app);
const firstInstance = claimSingleInstance(app, (file) => openProjectWindow(file), () => focusOrCreate());

const service = createHostService('electron', {
  resourcesDir,
  workspaceDir: path.join(app.getPath('documents'), 'Condivisa'),
  recentFile: path.join(userData(), 'recent-projects.json'),
});

/** The project each window shows, as the window was opened or as its renderer last opened one. */
const projectOf = new Map<BrowserWindow, string>();
let marker: RunMarkerFile | null = null;
let menuLang: MenuLang = 'it';
/** The next PDF the user saves is the report asked for from File → Print: it opens in the system viewer to print. */
let printPending = false;

/** Operations after which a window shows another project (and the recent list changed). */
const OPENS_PROJECT = new Set<OperationName>(['openProject', 'createProject', 'openDemoProject', 'saveProjectAs']);

function bindCoreApi(): void {
  for (const op of OPERATIONS) {
    ipcMain.handle(ipcChannel(op), async (event, args: unknown) => {
      if (!isTrustedSender(event)) {
        return errorEnvelope(badRequest({ code: 'api.caller-not-app' }).toData());
      }
      const envelope = await service.dispatch(op, args);
      if (OPENS_PROJECT.has(op)) projectOpened(event, envelope);
      return envelope;
    });
  }
  // The renderer's language: the menu follows it.
  ipcMain.on(LANGUAGE_CHANNEL, (event, lang: unknown) => {
    if (!isTrustedSender(event) || (lang !== 'it' && lang !== 'en') || lang === menuLang) return;
    menuLang = lang;
    void buildMenu();
  });
}

function projectOpened(event: IpcMainInvokeEvent, envelope: Envelope): void {
  if (!envelope.ok) return;
  const file = (envelope.result as { path?: unknown } | null)?.path;
  const win = BrowserWindow.fromWebContents?.(event.sender);
  if (typeof file !== 'string' || !win) return;
  projectOf.set(win, file);
  app.addRecentDocument?.(file);
  updateMarker();
  void buildMenu();
}

function updateMarker(): void {
  marker?.setProjects([...projectOf.values()]);
}

function createWindow(projectPath?: string): BrowserWindow {
  const stateFile = path.join(userData(), 'window-state.json');
  const state = fitToDisplays(readWindowState(stateFile), screen.getAllDisplays().map((d) => d.workArea));
  // A second window is offset by the system: only the first takes the saved place.
  const placed = BrowserWindow.getAllWindows().length === 0 && state.x !== undefined ? { x: state.x, y: state.y } : {};
  const win = new BrowserWindow({
    ...placed,
    width: state.width,
    height: state.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Condivisa',
    webPreferences: secureWebPreferences(path.join(here, 'preload.cjs')),
  });
  if (state.maximized) win.maximize();
  win.on('close', () => {
    const b = win.isMaximized() ? win.getNormalBounds() : win.getBounds();
    writeWindowState(stateFile, { ...b, maximized: win.isMaximized() });
  });
  win.on('closed', () => {
    projectOf.delete(win);
    updateMarker();
  });
  if (projectPath) {
    projectOf.set(win, projectPath);
    updateMarker();
  }
  const hash = projectPath ? `#/project?path=${encodeURIComponent(projectPath)}` : '';
  void win.loadURL(`${APP_INDEX_URL}${hash}`);
  return win;
}

/** A file the user chose (dialog, command line, file association, second launch): granted, then opened. */
function openProjectWindow(file: string): void {
  const absolute = path.resolve(file);
  service.paths.grantFile(absolute);
  if (!app.isReady()) return;
  // Already open: that window comes forward instead of a second one on the same file.
  const existing = [...projectOf].find(([w, p]) => p === absolute && !w.isDestroyed?.())?.[0];
  if (existing) focus(existing);
  else createWindow(absolute);
}

function focus(win: BrowserWindow): void {
  if (win.isMinimized()) win.restore();
  win.focus();
}

function focusOrCreate(): void {
  const win = BrowserWindow.getAllWindows()[0];
  if (!win) createWindow();
  else focus(win);
}

const targetWindow = () => BrowserWindow.getFocusedWindow?.() ?? BrowserWindow.getAllWindows()[0];

async function openProjectDialog(): Promise<void> {
  const result = await dialog.showOpenDialog({
    title: menuLang === 'it' ? 'Apri progetto' : 'Open project',
    filters: [{ name: menuLang === 'it' ? 'Progetto Condivisa' : 'Condivisa project', extensions: ['condivisa'] }],
    properties: ['openFile'],
  });
  if (!result.canceled && result.filePaths[0]) openProjectWindow(result.filePaths[0]);
}

/** Save as: the native dialog chooses the file (granted to the core), the renderer copies its project there. */
async function saveAsDialog(win: BrowserWindow): Promise<void> {
  const current = projectOf.get(win);
  if (!current) return;
  const result = await dialog.showSaveDialog(win, {
    title: menuLang === 'it' ? 'Salva il progetto come' : 'Save project as',
    defaultPath: current.replace(/\.condivisa$/, menuLang === 'it' ? ' (copia).condivisa' : ' (copy).condivisa'),
    filters: [{ name: menuLang === 'it' ? 'Progetto Condivisa' : 'Condivisa project', extensions: ['condivisa'] }],
  });
  if (result.canceled || !result.filePath) return;
  const file = result.filePath.endsWith('.condivisa') ? result.filePath : `${result.filePath}.condivisa`;
  service.paths.grantFile(file);
  win.webContents.send(MENU_CHANNEL, { action: 'save-as', path: file } satisfies MenuMessage);
}

function sendToRenderer(action: MenuAction): void {
  const win = targetWindow();
  if (!win) return;
  if (action === 'save-as') return void saveAsDialog(win);
  if (action === 'print-report') printPending = true;
  win.webContents.send(MENU_CHANNEL, { action } satisfies MenuMessage);
}

async function buildMenu(): Promise<void> {
  const listed = await service.dispatch('listRecentProjects', {});
  const recent = listed.ok ? (listed.result as RecentProject[]).filter((r) => fs.existsSync(r.path)) : [];
  const template = buildMenuTemplate(
    menuLang,
    { newWindow: () => createWindow(), open: () => void openProjectDialog(), openRecent: (p) => openProjectWindow(p), send: sendToRenderer },
    recent,
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/**
 * Exports reach the user as downloads: the native save dialog asks where, starting in the
 * documents folder. The report asked for from File → Print opens in the system viewer.
 */
function handleDownloads(): void {
  session.defaultSession.on?.('will-download', (_event, item) => {
    item.setSaveDialogOptions({ defaultPath: path.join(app.getPath('documents'), item.getFilename()) });
    item.once('done', (_e, state) => {
      if (state === 'completed' && printPending && item.getFilename().toLowerCase().endsWith('.pdf')) {
        printPending = false;
        void shell.openPath(item.getSavePath());
      }
    });
  });
}

if (firstInstance) {
  void app.whenReady().then(() => {
    sweepStaleUploads(os.tmpdir());
    hardenSession(session.defaultSession);
    handleDownloads();
    serveRenderer(protocol, rendererDir);
    bindCoreApi();
    void buildMenu();
    // The last run did not quit normally (crash, power cut): its projects come back.
    const markerFile = path.join(userData(), 'running.json');
    const unclean = readUncleanExit(markerFile);
    marker = new RunMarkerFile(markerFile);
    const fileArg = projectFileInArgs(process.argv);
    const reopen = fileArg ? [] : (unclean?.projects ?? []).filter((p) => fs.existsSync(p));
    if (fileArg) openProjectWindow(fileArg);
    else if (reopen.length > 0) for (const p of reopen) openProjectWindow(p);
    else createWindow();
    openFiles.ready((file) => openProjectWindow(file));
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });
  // Every web contents (the app's windows and anything they might spawn) gets the same limits.
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, (url) => shell.openExternal(url)));
  // A normal quit removes the marker: only a crash leaves it for the next start.
  app.on('will-quit', () => marker?.clear());
}

app.on('window-all-closed', () => {
  service.dispose();
  if (process.platform !== 'darwin') app.quit();
});
