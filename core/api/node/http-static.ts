/** The web host's static files: the built renderer folder and nothing outside it. */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { rendererFile, rendererFileHeaders } from './renderer-files';

/** The file under `staticDir` for a decoded request path, or null when it would leave the folder. */
export const staticFile = rendererFile;

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
      ...rendererFileHeaders(file),
      'referrer-policy': 'no-referrer',
      'cross-origin-resource-policy': 'same-origin',
      'cache-control': file.endsWith(`${path.sep}index.html`) ? 'no-store' : 'max-age=3600',
    });
    res.end(req.method === 'HEAD' ? undefined : data);
  });
}
