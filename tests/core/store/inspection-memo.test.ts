/**
 * The inspection memo: a project file this program closed last, unchanged since, is not
 * inspected again at opening; another program's change of schema — a trigger added at once,
 * within the file system's timestamp tick, an index with the modification time put back —
 * makes the next opening inspect (and refuse) the file as before.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ProjectStore } from '../../../core/store/project-store';
import { ProjectFileError } from '../../../core/store/errors';
import { CURRENT_SCHEMA_VERSION } from '../../../core/store/migrations';
import { inspectedVersion, useInspectionMemo } from '../../../core/store/inspection-memo';
import { makeProject, projectWithTriggers } from '../../helpers/hostile-sqlite';
import { tempDir } from '../../helpers/tmp';

let dir: string;
let cleanup: () => void;
let memo: string;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  memo = path.join(dir, 'cfg', 'cache', 'inspected-projects.json');
  useInspectionMemo(memo);
});
afterEach(() => {
  useInspectionMemo(null);
  cleanup();
});

const refused = (file: string) => {
  try {
    ProjectStore.open(file).close();
  } catch (e) {
    return e;
  }
  return null;
};

describe('inspection memo', () => {
  it('remembers a file this program closed, and forgets it when another program changes it', () => {
    const file = path.join(dir, 'a.condivisa');
    makeProject(file);
    expect(inspectedVersion(file)).toBe(CURRENT_SCHEMA_VERSION);
    // Reopened and closed by this program: still known, with its edits.
    const store = ProjectStore.open(file);
    store.updateCommunity({ name: 'CER Nuova' });
    store.close();
    expect(inspectedVersion(file)).toBe(CURRENT_SCHEMA_VERSION);

    // Another program changes the schema at once and puts the modification time back: the
    // next opening inspects the file and refuses the index our migrations do not make.
    const before = fs.statSync(file);
    const db = new Database(file);
    db.exec('CREATE INDEX members_by_name ON members (name)');
    db.close();
    fs.utimesSync(file, before.atime, before.mtime);
    expect(inspectedVersion(file)).toBeNull();
    expect(refused(file)).toBeInstanceOf(ProjectFileError);
  });

  it('a trigger added at once after this program closed the file is still found and refused', () => {
    const file = path.join(dir, 'hostile.condivisa');
    projectWithTriggers(file); // made by this program, closed, then tampered with within milliseconds
    expect(inspectedVersion(file)).toBeNull();
    const e = refused(file);
    expect(e).toBeInstanceOf(ProjectFileError);
    expect((e as Error).message).toMatch(/trigger/i);
  });

  it('does not remember a file another connection committed to while it was open', () => {
    const file = path.join(dir, 'b.condivisa');
    makeProject(file);
    const store = ProjectStore.open(file);
    const other = new Database(file);
    other.prepare("UPDATE community SET name = 'altro'").run();
    other.close();
    store.close();
    expect(inspectedVersion(file)).toBeNull();
  });

  it('a damaged or unwritable memo is ignored: every opening inspects, nothing fails', () => {
    const file = path.join(dir, 'c.condivisa');
    fs.mkdirSync(path.dirname(memo), { recursive: true });
    fs.writeFileSync(memo, '{not json');
    makeProject(file);
    expect(inspectedVersion(file)).toBe(CURRENT_SCHEMA_VERSION);
    fs.writeFileSync(memo, '[1, 2]');
    expect(inspectedVersion(file)).toBeNull();
    // The memo's place is a folder: it cannot be written.
    fs.rmSync(memo);
    fs.mkdirSync(memo);
    makeProject(path.join(dir, 'd.condivisa'));
    expect(inspectedVersion(path.join(dir, 'd.condivisa'))).toBeNull();
    expect(ProjectStore.open(path.join(dir, 'd.condivisa')).getCommunity().name).toBe('CER Prova');
  });
});
