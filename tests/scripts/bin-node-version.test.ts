/**
 * bin/condivisa.mjs on a Node older than 22.12 (a system Node 20 outside npm scripts): it says
 * which Node it needs and how to get it, instead of dying on the first project file with a
 * segmentation fault in the SQLite module. Needs such a Node on the machine (Debian's
 * /usr/bin/node here); skipped, saying why, elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../helpers/tmp';

const OLD_NODE = ['/usr/bin/node', '/usr/local/bin/node'].find((p) => {
  if (!fs.existsSync(p)) return false;
  const v = spawnSync(p, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim().split('.').map(Number);
  return v[0]! < 22 || (v[0] === 22 && v[1]! < 12);
});

describe('condivisa on an older Node', () => {
  it.skipIf(!OLD_NODE)(`refuses in one message, Italian and English, with how to fix it${OLD_NODE ? '' : ' (skipped: no Node older than 22.12 on this machine)'}`, () => {
    const r = spawnSync(OLD_NODE!, [path.join(REPO_ROOT, 'bin', 'condivisa.mjs'), 'info', path.join(REPO_ROOT, 'tests', 'fixtures', 'store', 'v13.condivisa')], { encoding: 'utf8' });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/serve Node 22\.12 o successivo, questo è Node \d+\./);
    expect(r.stderr).toMatch(/needs Node 22\.12 or later[\s\S]*npx condivisa/);
  });
});
