/**
 * The renderer's one door to the core: a CoreApi client generated from the operation list.
 * In Electron it calls the preload (IPC); in a browser it calls the web host over HTTP
 * with the per-launch token, which arrives once in the URL and is kept for the tab.
 */
import { OPERATIONS, type CoreApi } from '../../../core/api/common/operations';
import { ApiError } from '../../../core/api/common/errors';
import type { Envelope } from '../../../core/api/common/envelope';

type Transport = (op: string, args: unknown) => Promise<Envelope>;

declare global {
  interface Window {
    condivisaIpc?: Record<string, (args: unknown) => Promise<Envelope>>;
  }
}

const TOKEN_KEY = 'condivisa.token';

/** Takes the token from `?token=` (first load) and removes it from the address bar. */
export function captureToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.toString());
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

function httpTransport(token: string | null): Transport {
  return async (op, args) => {
    let response: Response;
    try {
      response = await fetch(`./api/${op}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token ?? ''}` },
        body: JSON.stringify(args ?? {}),
      });
    } catch {
      return {
        ok: false,
        error: { code: 'internal', message: 'The Condivisa host is not responding', messageIt: 'Il servizio Condivisa non risponde' },
      };
    }
    const body = (await response.json().catch(() => null)) as Envelope | null;
    if (!body) {
      return { ok: false, error: { code: 'internal', message: `HTTP ${response.status}`, messageIt: `HTTP ${response.status}` } };
    }
    return body;
  };
}

type ProjectCallListener = (op: string, project: string) => void;
const projectCallListeners = new Set<ProjectCallListener>();

/**
 * Called after every successful operation on a project (`args.project`): the undo history
 * (stores/useHistoryStore.ts) reads itself again after edits made by any store.
 */
export function onProjectCall(listener: ProjectCallListener): () => void {
  projectCallListeners.add(listener);
  return () => projectCallListeners.delete(listener);
}

export function createClient(): CoreApi {
  const ipc = window.condivisaIpc;
  const transport: Transport = ipc ? (op, args) => ipc[op]!(args) : httpTransport(captureToken());
  const client: Record<string, (args: unknown) => Promise<unknown>> = {};
  for (const op of OPERATIONS) {
    client[op] = async (args: unknown) => {
      const envelope = await transport(op, args ?? {});
      if (!envelope.ok) throw ApiError.fromData(envelope.error);
      const project = (args as { project?: unknown } | undefined)?.project;
      if (typeof project === 'string') for (const listener of projectCallListeners) listener(op, project);
      return envelope.result;
    };
  }
  return client as unknown as CoreApi;
}

export const api: CoreApi = createClient();
