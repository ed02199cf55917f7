// `npm start`: the desktop app where Electron's binary is installed; otherwise one line
// saying so, and the web host (same renderer, core on 127.0.0.1) in its place.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/**
 * The Electron binary, when installed. Requiring the `electron` package would try to download
 * the binary when it is missing (and fail slowly offline), so its files are read directly:
 * `path.txt` names the executable inside `dist/` (or ELECTRON_OVERRIDE_DIST_PATH).
 */
function electronBinary() {
  try {
    const pkg = path.dirname(require.resolve('electron/package.json'));
    const pathFile = path.join(pkg, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const exe = readFileSync(pathFile, 'utf8').trim();
    const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(pkg, 'dist');
    const bin = path.join(dist, exe);
    return existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

const extra = process.argv.slice(2);
const bin = electronBinary();
const child = bin
  ? spawn(bin, [root, ...extra], { stdio: 'inherit' })
  : (console.log('Electron non è disponibile su questa macchina (binario non installato): avvio il web host. / Electron is not available here: starting the web host.'),
    spawn(process.execPath, [path.join(root, 'bin', 'condivisa.mjs'), 'serve', '--open', ...extra], { stdio: 'inherit' }));
child.on('exit', (code) => process.exit(code ?? 0));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
