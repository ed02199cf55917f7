#!/usr/bin/env node
// The `condivisa` command: runs the bundled CLI (built by `npm run build`, also run on install).
import { existsSync } from 'node:fs';
import module from 'node:module';
import os from 'node:os';
import v8 from 'node:v8';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

/**
 * V8's compile cache for the CLI's bundle, in the user's cache folder (never in the install):
 * a command then skips parsing and compiling the code it ran last time. Node keys each entry by
 * file and content, so a rebuilt bundle replaces its entries. When the folder cannot be written
 * the cache is simply off. CONDIVISA_NO_COMPILE_CACHE=1 or NODE_DISABLE_COMPILE_CACHE=1 turns it
 * off; NODE_COMPILE_CACHE, when set, wins.
 */
function compileCacheDir() {
  if (process.platform === 'win32') return path.join(process.env.LOCALAPPDATA ?? path.join(os.homedir(), 'AppData', 'Local'), 'condivisa', 'Cache', 'v8');
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Caches', 'condivisa', 'v8');
  return path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'condivisa', 'v8');
}

/**
 * Commands that run start to exit in this one thread (no worker, no server). V8 compiles a
 * function when first called, and the cache keeps what was compiled with the module, only its
 * top level: each run of `simulate` compiled its engine again (~0.05 s). For these commands
 * the code is compiled whole (--no-lazy) into a cache of its own (`whole/`), so later runs
 * compile nothing. Only with the cache on: without it, compiling everything would cost more.
 */
const WHOLE = new Set(['simulate', 'share', 'check']);

if (!process.env.CONDIVISA_NO_COMPILE_CACHE && module.enableCompileCache) {
  const whole = WHOLE.has(process.argv[2] ?? '') && !process.argv.includes('--help');
  try {
    const { status } = module.enableCompileCache(path.join(compileCacheDir(), whole ? 'whole' : 'lazy'));
    if (whole && status === module.constants.compileCacheStatus.ENABLED) v8.setFlagsFromString('--no-lazy');
  } catch {
    // no cache: slower start, same result
  }
}

// An older Node (a system Node 20) loads the SQLite module and dies on the first project
// file without a word (segmentation fault): say which Node is needed and how to get it.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `condivisa: serve Node 22.12 o successivo, questo è Node ${process.versions.node} (${process.execPath}).\n` +
      '  Nella cartella di Condivisa usare `npx condivisa …` o `npm run …` (Node 22 viene con il progetto).\n' +
      `condivisa: needs Node 22.12 or later, this is Node ${process.versions.node}; inside the Condivisa folder use \`npx condivisa …\` or \`npm run …\` (Node 22 comes with the project).`,
  );
  process.exit(2);
}

const entry = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli', 'entry.js');
if (!existsSync(entry)) {
  console.error('condivisa: not built yet — run "npm run build" in the Condivisa folder');
  process.exit(2);
}
await import(pathToFileURL(entry).href);
