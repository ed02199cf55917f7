/**
 * Starts the real web host (`condivisa serve`, the built bundle) as a child process and
 * returns its URL with token. The host is a separate process so a test can SIGKILL it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const REPO = path.resolve(import.meta.dirname, '..', '..');

export interface RunningHost {
  appUrl: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/**
 * The specs keep their input files beside the workspace (in its parent folder), as a user
 * would start `condivisa serve --allow` on the folder holding their data.
 */
export function startWebHost(workspace: string, configDir: string): Promise<RunningHost> {
  const args = ['serve', '--workspace', workspace, '--allow', path.dirname(workspace)];
  const child = spawn(process.execPath, [path.join(REPO, 'bin', 'condivisa.mjs'), ...args], {
    env: { ...process.env, CONDIVISA_CONFIG_DIR: configDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`web host did not start: ${out}`)), 15_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({
          appUrl: m[1]!,
          process: child,
          stop: () =>
            new Promise((done) => {
              if (child.exitCode !== null || child.signalCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`web host exited (${code}): ${out}`)));
  });
}
