/**
 * Desktop host: one window per project, the CoreApi bound over IPC, native menus and file
 * dialogs. No business rule lives here. The security settings live in small modules:
 * ./security (windows, session, IPC senders, external links), ./protocol (the renderer on
 * `app://condivisa/`), ./single-instance (one process, files handed over), ./upload-sweep.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHostService } from '../core/api/node/host-setup';
import { OPERATIONS, ipcChannel } from '../core/api/common/operations';
import { errorEnvelope } from '../core/api/common/envelope';
import { APP_INDEX_URL, registerAppScheme, serveRenderer } from './protocol';
import { hardenContents, hardenSession, isTrustedSender, secureWebPreferences } from './security';
import { claimSingleInstance, projectFileInArgs, queueOpenFiles } from './single-instance';
import { sweepStaleUploads } from './upload-sweep';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '..', 'renderer');
const resourcesDir = app.isPackaged ? path.join(process.resourcesPath, 'resources') : path.join(here, '..', '..', 'resources');

// Before `ready`: the scheme's privileges, the lock, and files the OS opens us with.
registerAppScheme(protocol);
const openFiles = queueOpenFiles(app);
const firstInstance = claimSingleInstance(app, (file) => openProjectWindow(file), () => focusOrCreate());

const service = createHostService('electron', {
  resourcesDir,
  workspaceDir: path.join(app.getPath('documents'), 'Condivisa'),
  recentFile: path.join(app.getPath('userData'), 'recent-projects.json'),
});

function bindCoreApi(): void {
  for (const op of OPERATIONS) {
    ipcMain.handle(ipcChannel(op), (event, args: unknown) => {
      if (!isTrustedSender(event)) {
        return errorEnvelope({ code: 'bad-request', message: 'caller is not the app', messageIt: "il chiamante non è l'applicazione" });
      }
      return service.dispatch(op, args);
    });
  }
}

function createWindow(projectPath?: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    title: 'Condivisa',
    webPreferences: secureWebPreferences(path.join(here, 'preload.cjs')),
  });
  const hash = projectPath ? `#/project?path=${encodeURIComponent(projectPath)}` : '';
  void win.loadURL(`${APP_INDEX_URL}${hash}`);
  return win;
}

/** A file the user chose (dialog, command line, file association, second launch): granted, then opened. */
function openProjectWindow(file: string): void {
  const absolute = path.resolve(file);
  service.paths.grantFile(absolute);
  if (app.isReady()) createWindow(absolute);
}

function focusOrCreate(): void {
  const win = BrowserWindow.getAllWindows()[0];
  if (!win) createWindow();
  else {
    if (win.isMinimized()) win.restore();
    win.focus();
  }
}

async function openProjectDialog(): Promise<void> {
  const result = await dialog.showOpenDialog({
    title: 'Apri progetto',
    filters: [{ name: 'Progetto Condivisa', extensions: ['condivisa'] }],
    properties: ['openFile'],
  });
  if (!result.canceled && result.filePaths[0]) openProjectWindow(result.filePaths[0]);
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

if (firstInstance) {
  void app.whenReady().then(() => {
    sweepStaleUploads(os.tmpdir());
    hardenSession(session.defaultSession);
    serveRenderer(protocol, rendererDir);
    bindCoreApi();
    buildMenu();
    const fileArg = projectFileInArgs(process.argv);
    if (fileArg) openProjectWindow(fileArg);
    else createWindow();
    openFiles.ready((file) => openProjectWindow(file));
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });
  // Every web contents (the app's windows and anything they might spawn) gets the same limits.
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, (url) => shell.openExternal(url)));
}

app.on('window-all-closed', () => {
  service.dispose();
  if (process.platform !== 'darwin') app.quit();
});
