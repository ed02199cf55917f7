/**
 * The preload is the API: it exposes exactly one function per CoreApi operation, generated
 * from the operation list, and the shell's two messages (menu actions in, UI language out);
 * nothing of Node or Electron.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { OPERATIONS, ipcChannel } from '../core/api/common/operations';
import { LANGUAGE_CHANNEL, MENU_CHANNEL, isMenuMessage, type MenuMessage } from './menu-actions';

const api: Record<string, (args: unknown) => Promise<unknown>> = {};
for (const op of OPERATIONS) api[op] = (args: unknown) => ipcRenderer.invoke(ipcChannel(op), args);

contextBridge.exposeInMainWorld('condivisaIpc', api);
contextBridge.exposeInMainWorld('condivisaShell', {
  /** Menu actions for this window; only well-formed ones pass (the renderer never sees the IPC event). */
  onMenu(listener: (message: MenuMessage) => void): void {
    ipcRenderer.on(MENU_CHANNEL, (_event, message: unknown) => {
      if (isMenuMessage(message)) listener({ action: message.action, ...(message.path ? { path: message.path } : {}) });
    });
  },
  setLanguage(lang: 'it' | 'en'): void {
    if (lang === 'it' || lang === 'en') ipcRenderer.send(LANGUAGE_CHANNEL, lang);
  },
});
