/** scripts/check-node.mjs, the first step of `npm test`: Node >= 22.12, or how to fix it. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '../helpers/tmp';

const check = (...version: string[]) => spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'check-node.mjs'), ...version], { encoding: 'utf8' });

describe('check-node', () => {
  it('passes on the Node running the tests, and on later versions', () => {
    for (const r of [check(), check('22.12.0'), check('24.1.0')]) {
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/: ok \(>= 22\.12\)/);
    }
  });

  it('fails on older Node saying how to fix it', () => {
    for (const v of ['20.11.1', '22.11.0', 'v18.19.0']) {
      const r = check(v);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/need Node >= 22\.12, this is Node v?\d/);
      expect(r.stderr).toMatch(/npm ci[\s\S]*nvm install 22/);
    }
  });
});
