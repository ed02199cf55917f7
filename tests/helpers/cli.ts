/** Running `condivisa` from tests: the real built bundle as a child process, or its `main` in the test process. */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { REPO_ROOT, tempDir } from './tmp';

const BIN = path.join(REPO_ROOT, 'bin', 'condivisa.mjs');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Newest modification time [ms] of the files under `dir`. */
function newest(dir: string): number {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) t = Math.max(t, fs.statSync(path.join(e.parentPath, e.name)).mtimeMs);
  }
  return t;
}

/** Builds the CLI when `npm test` has not, or when its sources changed since (running one test file alone). */
export function ensureCliBuilt(): void {
  // The CLI bundle and the simulation worker, rebuilt when cli/ or core/ changed since.
  const mtime = (f: string) => (fs.existsSync(f) ? fs.statSync(f).mtimeMs : 0);
  const built = Math.min(mtime(path.join(REPO_ROOT, 'dist', 'cli', 'entry.js')), mtime(path.join(REPO_ROOT, 'dist', 'workers', 'scenario.mjs')), mtime(path.join(REPO_ROOT, 'dist', 'workers', 'io.mjs')), mtime(path.join(REPO_ROOT, 'dist', 'workers', 'advisor.mjs')));
  if (built < Math.max(newest(path.join(REPO_ROOT, 'cli')), newest(path.join(REPO_ROOT, 'core')))) {
    execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'build.mjs'), '--no-renderer'], { cwd: REPO_ROOT });
  }
}

/** Runs `condivisa …args` in `cwd()` with the settings folder and the user cache (V8's compile cache) kept inside it. */
export function cliRunner(cwd: () => string, env: Record<string, string> = {}) {
  return (...args: string[]): CliResult => {
    const r = spawnSync(process.execPath, [BIN, ...args], {
      cwd: cwd(),
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, CONDIVISA_CONFIG_DIR: path.join(cwd(), 'cfg'), XDG_CACHE_HOME: path.join(cwd(), 'user-cache'), ...env },
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
}

/**
 * Runs `condivisa …args` inside the test process (no spawn, no build needed): the same
 * `main` as the bundle, with its output captured. For commands that need no process exit.
 */
export function cliInProcess(cwd: () => string) {
  return async (...args: string[]): Promise<CliResult> => {
    const { main } = await import('../../cli/main');
    let stdout = '';
    let stderr = '';
    const saved = { log: console.log, error: console.error, write: process.stdout.write, cwd: process.cwd(), config: process.env.CONDIVISA_CONFIG_DIR };
    console.log = (...xs: unknown[]) => void (stdout += `${xs.join(' ')}\n`);
    console.error = (...xs: unknown[]) => void (stderr += `${xs.join(' ')}\n`);
    process.stdout.write = ((chunk: string | Uint8Array) => ((stdout += String(chunk)), true)) as typeof process.stdout.write;
    process.chdir(cwd());
    process.env.CONDIVISA_CONFIG_DIR = path.join(cwd(), 'cfg');
    try {
      const code = await main(args);
      return { code, stdout, stderr };
    } finally {
      console.log = saved.log;
      console.error = saved.error;
      process.stdout.write = saved.write;
      process.chdir(saved.cwd);
      if (saved.config === undefined) delete process.env.CONDIVISA_CONFIG_DIR;
      else process.env.CONDIVISA_CONFIG_DIR = saved.config;
    }
  };
}

/**
 * A temporary working folder for one test file (made before its tests, removed after) and
 * `condivisa` run in it in-process; `path(name)` is a file inside it.
 */
export function cliWorkspace() {
  let tmp: ReturnType<typeof tempDir> | undefined;
  const dir = () => {
    if (!tmp) throw new Error('cliWorkspace: used outside a test');
    return tmp.dir;
  };
  beforeAll(() => {
    tmp = tempDir();
  });
  afterAll(() => tmp?.cleanup());
  return { dir, path: (name: string) => path.join(dir(), name), condivisa: cliInProcess(dir) };
}
