/** The web host's static files: the built renderer folder and nothing outside it. */
import http from 'node:http';
import fs from 'node:fs';
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

/** The file under `staticDir` for a decoded request path, or null when it would leave the folder. */
export function staticFile(staticDir: string, decodedPath: string): string | null {
  const rel = decodedPath === '/' || decodedPath === '' ? '/index.html' : decodedPath;
  const root = path.resolve(staticDir);
  const file = path.resolve(root, `.${rel}`);
  return file.startsWith(root + path.sep) ? file : null;
}

/** Serves one file (GET/HEAD) with the CSP; `decodedPath` has passed the request guard. */
export function serveStatic(staticDir: string, decodedPath: string, req: http.IncomingMessage, res: http.ServerResponse): void {
  const text = { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' };
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { ...text, allow: 'GET, HEAD' }).end('method not allowed');
    return;
  }
  const file = staticFile(staticDir, decodedPath);
  if (!file) {
    res.writeHead(403, text).end('forbidden');
    return;
  }
  fs.readFile(file, (err, data) => {
    if (err) {
      res.writeHead(404, text).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': MIME[path.extname(file)] ?? 'application/octet-stream',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cross-origin-resource-policy': 'same-origin',
      'cache-control': file.endsWith(`${path.sep}index.html`) ? 'no-store' : 'max-age=3600',
    });
    res.end(req.method === 'HEAD' ? undefined : data);
  });
}
