/**
 * The Electron main process as shipped: the built bundle (dist/electron/main.mjs, built
 * here when missing), against the same fake `electron` and the same checks as the sources.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { vi } from 'vitest';
import { REPO_ROOT } from '../helpers/tmp';
import { mainSecuritySuite } from './main-suite';

vi.mock('electron', () => import('./fake-electron'));

const bundle = path.join(REPO_ROOT, 'dist', 'electron', 'main.mjs');

mainSecuritySuite(async () => {
  if (!fs.existsSync(bundle)) execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'build.mjs'), '--no-renderer'], { cwd: REPO_ROOT });
  return import(/* @vite-ignore */ bundle);
});
