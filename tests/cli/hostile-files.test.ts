// Hostile SQLite files through the real command, each in a child process killed at 20 s:
// a hang fails the test (never a quiet timeout). Each probe asserts a clear one-line
// refusal, exit 1, bounded time and memory, and the project left byte-identical.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { BUSY_TIMEOUT_MS } from '../../core/store/busy';
import { ensureCliBuilt } from '../helpers/cli';
import { geoPackageWithViewLayer, makeProject, projectWithTriggers, projectWithViewAsCommunity } from '../helpers/hostile-sqlite';
import { probeCli, type ProbeResult } from '../helpers/probe';
import { tempDir } from '../helpers/tmp';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir();
  ensureCliBuilt();
});
afterAll(() => tmp.cleanup());

const DEADLINE_MS = 20_000;
const MAX_RSS_MB = 300;

/** Runs the probe and checks what every refusal must be: prompt, one line, exit 1, small. */
function refused(name: string, args: string[]): ProbeResult {
  const r = probeCli(tmp.dir, args, DEADLINE_MS);
  console.log(`${name}: exit ${r.code} in ${r.ms} ms, peak RSS ${r.peakRssMb} MB: ${r.stderr}`);
  expect(r.killed, `${name} had to be killed at ${DEADLINE_MS} ms`).toBe(false);
  expect(r.code).toBe(1);
  expect(r.stderr.split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\n\s+at |internal error/);
  expect(r.peakRssMb).not.toBeNull();
  expect(r.peakRssMb!).toBeLessThan(MAX_RSS_MB);
  return r;
}

describe('hostile files are refused promptly', () => {
  it('a GeoPackage whose layer is an endless recursive view', () => {
    const project = path.join(tmp.dir, 'areas-target.condivisa');
    makeProject(project);
    const gpkg = path.join(tmp.dir, 'endless.gpkg');
    geoPackageWithViewLayer(gpkg, true);
    expect(fs.statSync(gpkg).size).toBeLessThanOrEqual(16 * 1024);
    const before = fs.readFileSync(project);
    const r = refused('recursive-view GeoPackage', ['import', project, gpkg]);
    expect(r.stderr).toContain('aree_convenzionali is a view, not a table: the GeoPackage is not read');
    expect(fs.readFileSync(project).equals(before)).toBe(true);
  });

  it('a .condivisa whose community is an endless recursive view', () => {
    const file = path.join(tmp.dir, 'endless-view.condivisa');
    projectWithViewAsCommunity(file, true);
    const before = fs.readFileSync(file);
    const r = refused('recursive-view .condivisa', ['info', file]);
    expect(r.stderr).toContain('the file contains unexpected objects (view community)');
    expect(r.stderr).toContain('it is not opened');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('a .condivisa with triggers that rewrite edits: nothing is written', () => {
    const file = path.join(tmp.dir, 'triggers.condivisa');
    projectWithTriggers(file);
    const before = fs.readFileSync(file);
    const r = refused('trigger .condivisa', ['api', file, 'updateMember', '{"id": 1, "patch": {"annualKWh": 2000}}']);
    expect(r.stderr).toContain('unexpected objects (trigger members_kwh_x100, trigger members_new_x100)');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('an edit from the CLI while the app holds the write lock', () => {
    const file = path.join(tmp.dir, 'held.condivisa');
    makeProject(file);
    // This process plays the app: SQLite's locks are the operating system's, held while it waits.
    const app = new Database(file);
    app.exec('BEGIN IMMEDIATE');
    let r: ProbeResult;
    try {
      r = refused('two processes (CLI)', ['api', file, 'updateMember', '{"id": 1, "patch": {"annualKWh": 3000}}']);
    } finally {
      app.exec('ROLLBACK');
      app.close();
    }
    expect(r.stderr).toContain('is open in another program');
    expect(r.ms).toBeGreaterThan(BUSY_TIMEOUT_MS - 500);
    const after = probeCli(tmp.dir, ['api', file, 'updateMember', '{"id": 1, "patch": {"annualKWh": 3000}}']);
    expect(after.code).toBe(0);
    expect(JSON.parse(after.stdout).annualKWh).toBe(3000);
  });
});
