/**
 * The real built command (bin/condivisa.mjs → dist/cli) as a child process: it starts, opens
 * SQLite through the bundled native module, and its exit codes and error lines are those a
 * script sees. Everything else about the commands is tested in-process (faster).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { CURRENT_SCHEMA_VERSION } from '../../core/store/migrations';
import { tempDir } from '../helpers/tmp';
import { testService } from '../helpers/service';
import { cliRunner, ensureCliBuilt } from '../helpers/cli';

let tmp: ReturnType<typeof tempDir>;
const condivisa = cliRunner(() => tmp.dir);

beforeAll(() => {
  tmp = tempDir();
  ensureCliBuilt();
}, 120_000);
afterAll(() => tmp.cleanup());

describe('condivisa, the built bundle', () => {
  it('prints help and version with exit 0', () => {
    const top = condivisa('--help');
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/new\s+create a new project file/);
    expect(top.stdout).toMatch(/configurations\s+list the configurations/);
    expect(condivisa('--version').stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('creates a project and describes it as JSON (exit 0)', () => {
    expect(condivisa('new', 'a.condivisa', '--name', 'CER di Prova', '--type', 'AUC').code).toBe(0);
    const info = condivisa('info', 'a.condivisa', '--json');
    expect(info.code).toBe(0);
    expect(JSON.parse(info.stdout)).toMatchObject({ fileName: 'a.condivisa', schemaVersion: CURRENT_SCHEMA_VERSION, community: { name: 'CER di Prova', type: 'AUC' } });
  });

  it('exits 1 with one line and no stack trace on user errors', () => {
    fs.writeFileSync(path.join(tmp.dir, 'x.condivisa'), 'hello');
    const cases = [condivisa('info', 'missing.condivisa'), condivisa('new', 'b.condivisa', '--type', 'XYZ'), condivisa('frobnicate'), condivisa('info', 'x.condivisa')];
    for (const r of cases) {
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr.trim().split('\n'), r.stderr).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
    }
    expect(cases[3]!.stderr).toMatch(/not a Condivisa project/);
  });

  it('exits 3 when a finding blocks', async () => {
    const api = testService(tmp.dir);
    try {
      const { path: project } = await api.createProject({ path: 'one', name: 'CER Uno', type: 'CER' });
      const c = await api.addConfiguration({ project, configuration: { name: 'Centro', substationCode: 'AC001E00934' } });
      await api.addMember({ project, member: { name: 'Maria', pods: ['IT001E00000001'], configurationId: c.id } });
    } finally {
      api.dispose();
    }
    const r = condivisa('check', 'one.condivisa', '--today', '2025-01-15');
    expect(r.code, r.stderr).toBe(3);
    expect(r.stdout).toMatch(/BLOCCANTI/);
  });

  // The cache folder is the XDG one on Linux (%LOCALAPPDATA% on Windows, ~/Library/Caches on macOS).
  it.skipIf(process.platform !== 'linux')('keeps V8\'s compile cache in the user cache folder, and runs the same when it cannot be written', () => {
    expect(condivisa('new', 'c.condivisa', '--name', 'CER Cache', '--type', 'CER').code).toBe(0);
    const cache = path.join(tmp.dir, 'user-cache', 'condivisa', 'v8');
    const first = condivisa('check', 'c.condivisa', '--today', '2025-01-15');
    // `check` runs start to exit in one thread: its code is compiled whole into a cache of its own.
    expect(fs.readdirSync(path.join(cache, 'whole'), { recursive: true }).length).toBeGreaterThan(1);
    expect(condivisa('info', 'c.condivisa', '--json').code).toBe(0);
    expect(fs.readdirSync(path.join(cache, 'lazy'), { recursive: true }).length).toBeGreaterThan(1);
    // Again from the cache, then with a cache "folder" that is a file: the same output.
    const again = condivisa('check', 'c.condivisa', '--today', '2025-01-15');
    fs.writeFileSync(path.join(tmp.dir, 'not-a-folder'), '');
    const blocked = cliRunner(() => tmp.dir, { XDG_CACHE_HOME: path.join(tmp.dir, 'not-a-folder') })('check', 'c.condivisa', '--today', '2025-01-15');
    for (const r of [again, blocked]) expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({ code: first.code, stdout: first.stdout, stderr: first.stderr });
  });
});
