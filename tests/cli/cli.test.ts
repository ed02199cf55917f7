import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { CURRENT_SCHEMA_VERSION } from '../../core/store/migrations';
import { tempDir } from '../helpers/tmp';
import { cliRunner, ensureCliBuilt } from '../helpers/cli';

let tmp: ReturnType<typeof tempDir>;

const condivisa = cliRunner(() => tmp.dir);

beforeAll(() => {
  tmp = tempDir();
  ensureCliBuilt();
});
afterAll(() => tmp.cleanup());

describe('condivisa CLI', () => {
  it('prints help everywhere with exit 0', () => {
    const top = condivisa('--help');
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/new\s+create a new project file/);
    for (const cmd of ['new', 'info', 'serve']) {
      const r = condivisa(cmd, '--help');
      expect(r.code, cmd).toBe(0);
      expect(r.stdout, cmd).toMatch(new RegExp(`Usage: condivisa ${cmd}`));
    }
  });

  it('creates a project and describes it as JSON', () => {
    const created = condivisa('new', 'a.condivisa', '--name', 'CER di Prova', '--type', 'AUC');
    expect(created.code).toBe(0);
    const info = condivisa('info', 'a.condivisa', '--json');
    expect(info.code).toBe(0);
    const json = JSON.parse(info.stdout);
    expect(json).toMatchObject({
      fileName: 'a.condivisa',
      schemaVersion: CURRENT_SCHEMA_VERSION,
      community: { name: 'CER di Prova', type: 'AUC' },
      counts: { members: 0, plants: 0, configurations: 0 },
      configurations: [],
    });
    const text = condivisa('info', 'a.condivisa');
    expect(text.stdout).toMatch(/CER di Prova \(AUC\)/);
  });

  it('exits 1 with a one-line message on user errors', () => {
    const cases = [
      condivisa('info', 'missing.condivisa'),
      condivisa('new', 'b.condivisa', '--type', 'XYZ'),
      condivisa('new'),
      condivisa('info', 'a.condivisa', '--bogus'),
      condivisa('frobnicate'),
      condivisa('serve', '--host', '0.0.0.0'),
    ];
    for (const r of cases) {
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    fs.writeFileSync(path.join(tmp.dir, 'x.condivisa'), 'hello');
    const notProject = condivisa('info', 'x.condivisa');
    expect(notProject.code).toBe(1);
    expect(notProject.stderr).toMatch(/not a Condivisa project/);
  });

  it('refuses to overwrite an existing file', () => {
    fs.writeFileSync(path.join(tmp.dir, 'keep.condivisa'), 'mine');
    const r = condivisa('new', 'keep.condivisa');
    expect(r.code).toBe(1);
    expect(fs.readFileSync(path.join(tmp.dir, 'keep.condivisa'), 'utf8')).toBe('mine');
  });
});
