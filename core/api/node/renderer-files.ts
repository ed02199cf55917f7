/**
 * The built renderer's files as both hosts serve them (the web host over HTTP, Electron over
 * `app://`): which file a request path names — never one outside the folder — and the
 * headers it goes out with.
 */
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.geojson': 'application/geo+json',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The file under `rendererDir` for a decoded request path, or null when it would leave the folder. */
export function rendererFile(rendererDir: string, decodedPath: string): string | null {
  if (decodedPath.includes('\0')) return null;
  const rel = decodedPath === '/' || decodedPath === '' ? '/index.html' : decodedPath;
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, `.${rel}`);
  return file.startsWith(root + path.sep) ? file : null;
}

/** Content type, CSP and no-sniff of a renderer file. */
export function rendererFileHeaders(file: string): Record<string, string> {
  return {
    'content-type': MIME[path.extname(file)] ?? 'application/octet-stream',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
  };
}
