/**
 * Runs the built `condivisa` command in a child process with a deadline, measuring its
 * time and peak memory. A hang inside SQLite is synchronous: no Promise.race or test
 * timeout in this process can catch it, so hostile files are opened in a child that is
 * killed (SIGKILL) at the deadline, and a kill fails the test instead of passing quietly.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from './tmp';

export interface ProbeResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** True when the child had to be killed at the deadline. */
  killed: boolean;
  ms: number;
  /** Peak resident memory of the child (MB), reported by the child on exit; null if it was killed. */
  peakRssMb: number | null;
}

const PEAK_MARK = 'condivisa-probe-peak-rss-kb=';

/** Runs `condivisa …args` in `cwd`, killed after `deadlineMs`. */
export function probeCli(cwd: string, args: string[], deadlineMs = 20_000): ProbeResult {
  // A wrapper that reports the child's own peak RSS when it exits, then runs the CLI bundle.
  const wrapper = path.join(cwd, 'probe-wrapper.mjs');
  fs.writeFileSync(
    wrapper,
    `import fs from 'node:fs';
process.on('exit', () => fs.writeSync(2, '\\n${PEAK_MARK}' + process.resourceUsage().maxRSS + '\\n'));
await import(${JSON.stringify(pathToFileURL(path.join(REPO_ROOT, 'bin', 'condivisa.mjs')).href)});
`,
  );
  const started = performance.now();
  const r = spawnSync(process.execPath, [wrapper, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: deadlineMs,
    killSignal: 'SIGKILL',
    env: { ...process.env, CONDIVISA_CONFIG_DIR: path.join(cwd, 'cfg'), XDG_CACHE_HOME: path.join(cwd, 'user-cache') },
  });
  const ms = Math.round(performance.now() - started);
  const mark = new RegExp(`\\n${PEAK_MARK}(\\d+)\\n`);
  const peak = mark.exec(r.stderr ?? '');
  return {
    code: r.status,
    stdout: r.stdout ?? '',
    stderr: (r.stderr ?? '').replace(mark, '').trim(),
    killed: r.signal === 'SIGKILL',
    ms,
    peakRssMb: peak ? Math.round(Number(peak[1]) / 1024) : null,
  };
}
