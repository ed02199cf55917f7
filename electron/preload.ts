/**
 * The preload is the API: it exposes exactly one function per CoreApi operation, generated
 * from the operation list, and nothing of Node or Electron.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { OPERATIONS, ipcChannel } from '../core/api/common/operations';

const api: Record<string, (args: unknown) => Promise<unknown>> = {};
for (const op of OPERATIONS) api[op] = (args: unknown) => ipcRenderer.invoke(ipcChannel(op), args);

contextBridge.exposeInMainWorld('condivisaIpc', api);
