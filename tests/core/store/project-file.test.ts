import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ProjectStore } from '../../../core/store/project-store';
import { ProjectFileError } from '../../../core/store/errors';
import { CURRENT_SCHEMA_VERSION } from '../../../core/store/migrations';
import { tempDir } from '../../helpers/tmp';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const community = { name: 'X', legalEntity: '', type: 'CER' as const, constitutionDate: null, municipality: '', region: '', referenceYear: 2025 };

function expectProblem(file: string, problem: string) {
  const before = fs.readFileSync(file);
  let error: unknown;
  try {
    ProjectStore.open(file);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ProjectFileError);
  expect((error as ProjectFileError).problem).toBe(problem);
  expect((error as ProjectFileError).message).toContain(file);
  // Nothing overwritten.
  expect(fs.readFileSync(file).equals(before)).toBe(true);
}

describe('opening files that are not usable projects', () => {
  it('refuses a file that is not SQLite', () => {
    const file = path.join(dir, 'notes.condivisa');
    fs.writeFileSync(file, 'just some text, not a database '.repeat(10));
    expectProblem(file, 'not-a-project');
  });

  it('refuses a SQLite database of another application', () => {
    const file = path.join(dir, 'other.condivisa');
    const db = new Database(file);
    db.exec('CREATE TABLE t (x)');
    db.close();
    expectProblem(file, 'not-a-project');
  });

  it('refuses a corrupt project file', () => {
    const file = path.join(dir, 'p.condivisa');
    ProjectStore.create(file, community).close();
    const bytes = fs.readFileSync(file);
    // Keep the 100-byte header (so it still looks like ours) and scramble the pages.
    for (let i = 100; i < bytes.length; i++) bytes[i] = (bytes[i]! * 31 + i) & 0xff;
    fs.writeFileSync(file, bytes);
    expectProblem(file, 'corrupt');
  });

  it('refuses a file from a newer schema and leaves it untouched', () => {
    const file = path.join(dir, 'future.condivisa');
    ProjectStore.create(file, community).close();
    const db = new Database(file);
    db.pragma('journal_mode = DELETE');
    db.pragma(`user_version = ${CURRENT_SCHEMA_VERSION + 1}`);
    db.close();
    expectProblem(file, 'newer-schema');
  });

  it('refuses a read-only file with a message saying so', () => {
    const file = path.join(dir, 'ro.condivisa');
    ProjectStore.create(file, community).close();
    fs.chmodSync(file, 0o444);
    expectProblem(file, 'read-only');
  });

  it('reports a missing file', () => {
    expect(() => ProjectStore.open(path.join(dir, 'nope.condivisa'))).toThrow(/does not exist/);
  });
});
