/**
 * Desktop host: one window per project, the CoreApi bound over IPC, native menus and file
 * dialogs. No business rule lives here. The renderer runs sandboxed, with context
 * isolation, without Node, under a strict CSP, and may not navigate or open windows.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHostService } from '../core/api/node/host-setup';
import { OPERATIONS, ipcChannel } from '../core/api/common/operations';
import { CONTENT_SECURITY_POLICY } from '../core/api/node/content-security-policy';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererIndex = path.join(here, '..', 'renderer', 'index.html');
const resourcesDir = app.isPackaged ? path.join(process.resourcesPath, 'resources') : path.join(here, '..', '..', 'resources');

const service = createHostService('electron', {
  resourcesDir,
  workspaceDir: path.join(app.getPath('documents'), 'Condivisa'),
  recentFile: path.join(app.getPath('userData'), 'recent-projects.json'),
});

function bindCoreApi(): void {
  for (const op of OPERATIONS) {
    ipcMain.handle(ipcChannel(op), (_event, args: unknown) => service.dispatch(op, args));
  }
}

function createWindow(projectPath?: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    title: 'Condivisa',
    webPreferences: {
      preload: path.join(here, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  });
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  win.webContents.on('will-navigate', (e) => e.preventDefault());
  const hash = projectPath ? `/project?path=${encodeURIComponent(projectPath)}` : '/';
  void win.loadFile(rendererIndex, { hash });
  return win;
}

async function openProjectDialog(): Promise<void> {
  const result = await dialog.showOpenDialog({
    title: 'Apri progetto',
    filters: [{ name: 'Progetto Condivisa', extensions: ['condivisa'] }],
    properties: ['openFile'],
  });
  if (!result.canceled && result.filePaths[0]) createWindow(result.filePaths[0]);
}

function buildMenu(): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate([
      {
        label: 'File',
        submenu: [
          { label: 'Nuova finestra', accelerator: 'CmdOrCtrl+N', click: () => createWindow() },
          { label: 'Apri progetto…', accelerator: 'CmdOrCtrl+O', click: () => void openProjectDialog() },
          { type: 'separator' },
          { role: 'quit', label: 'Esci' },
        ],
      },
      { role: 'editMenu', label: 'Modifica' },
      { role: 'viewMenu', label: 'Visualizza' },
    ]),
  );
}

// A project passed on the command line or through the .condivisa file association.
const fileArg = process.argv.find((a) => a.endsWith('.condivisa'));

app.on('open-file', (event, file) => {
  event.preventDefault();
  if (app.isReady()) createWindow(file);
});

void app.whenReady().then(() => {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  // No remote content: every request that is not a local file is refused.
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !details.url.startsWith('file://') && !details.url.startsWith('devtools://') });
  });
  bindCoreApi();
  buildMenu();
  createWindow(fileArg);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  service.dispose();
  if (process.platform !== 'darwin') app.quit();
});

