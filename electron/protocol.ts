/**
 * The renderer is served from `app://condivisa/`, a privileged standard + secure scheme,
 * instead of `file://`: a page on `file://` may read any other local file, while this
 * handler answers only files inside the built renderer folder, each with the CSP header.
 */
import fs from 'node:fs/promises';
import type { Protocol } from 'electron';
import { rendererFile, rendererFileHeaders } from '../core/api/node/renderer-files';

export const APP_SCHEME = 'app';
export const APP_HOST = 'condivisa';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** Must run before the app is ready: the scheme behaves like https (origin, fetch, storage). */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Whether a URL belongs to the app's own pages. */
export function isAppUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

/** The file inside `rendererDir` an `app://condivisa/…` URL names, or null (another host, outside the folder, bad encoding). */
export function rendererFileFor(url: string, rendererDir: string): string | null {
  if (!isAppUrl(url)) return null;
  let rel: string;
  try {
    rel = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  return rendererFile(rendererDir, rel);
}

/** Answers `app://` requests from the renderer folder (call once the app is ready). */
export function serveRenderer(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = rendererFileFor(request.url, rendererDir);
    if (!file) return new Response('forbidden', { status: 403 });
    try {
      const data = await fs.readFile(file);
      return new Response(new Uint8Array(data), {
        headers: rendererFileHeaders(file),
      });
    } catch {
      return new Response('not found', { status: 404 });
    }
  });
}
