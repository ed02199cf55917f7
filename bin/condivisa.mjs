#!/usr/bin/env node
// The `condivisa` command: runs the bundled CLI (built by `npm run build`, also run on install).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const entry = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli', 'entry.js');
if (!existsSync(entry)) {
  console.error('condivisa: not built yet — run "npm run build" in the Condivisa folder');
  process.exit(2);
}
await import(pathToFileURL(entry).href);
