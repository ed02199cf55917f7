import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ProjectStore } from '../../../core/store/project-store';
import { ProjectFileError } from '../../../core/store/errors';
import { CURRENT_SCHEMA_VERSION } from '../../../core/store/migrations';
import { expectedSchema } from '../../../core/store/project-schema-check';
import { readSchema } from '../../../core/io/untrusted-sqlite';
import { makeProject, projectWithTriggers, projectWithViewAsCommunity } from '../../helpers/hostile-sqlite';
import { tempDir } from '../../helpers/tmp';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

/** Opens `file`, expecting a refusal; the file must be byte-identical afterwards. */
function refusal(file: string): ProjectFileError {
  const before = fs.readFileSync(file);
  let error: unknown;
  try {
    ProjectStore.open(file).close();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ProjectFileError);
  expect(fs.readFileSync(file).equals(before)).toBe(true);
  expect(fs.existsSync(`${file}-wal`)).toBe(false);
  return error as ProjectFileError;
}

function raw(file: string, sql: string): void {
  const db = new Database(file);
  db.exec(sql);
  db.close();
}

describe('a .condivisa carrying code is refused before any query', () => {
  it('refuses triggers, naming them, and the edits they would rewrite never happen', () => {
    const file = path.join(dir, 'triggers.condivisa');
    projectWithTriggers(file);
    const e = refusal(file);
    expect(e.problem).toBe('unexpected-schema');
    expect(e.messageIt).toBe(`${file}: il file contiene oggetti non previsti (trigger members_kwh_x100, trigger members_new_x100): non viene aperto`);
    expect(e.message).toContain('unexpected objects (trigger members_kwh_x100, trigger members_new_x100)');
    expect(e.toApiErrorData().code).toBe('project-file');
  });

  it('refuses a view in place of the community table', () => {
    const file = path.join(dir, 'view.condivisa');
    projectWithViewAsCommunity(file, false);
    const e = refusal(file);
    expect(e.messageIt).toContain('oggetti non previsti (vista community)');
    // The table and the undo triggers on it (core/store/undo-triggers.ts) are missing.
    expect(e.messageIt).toContain('oggetti mancanti (tabella community, trigger undo_community_insert');
  });

  it('refuses an undo trigger whose definition is not ours, though its name is', () => {
    const file = path.join(dir, 'undo-trigger.condivisa');
    makeProject(file);
    raw(
      file,
      `DROP TRIGGER undo_members_update;
       CREATE TRIGGER undo_members_update AFTER UPDATE ON members BEGIN UPDATE members SET annual_kwh = new.annual_kwh * 100 WHERE id = new.id; END;`,
    );
    const e = refusal(file);
    expect(e.messageIt).toContain(`definizione diversa da quella dello schema ${CURRENT_SCHEMA_VERSION} (trigger undo_members_update)`);
  });

  it('refuses extra tables, altered definitions and missing indexes', () => {
    const file = path.join(dir, 'altered.condivisa');
    makeProject(file);
    raw(file, `CREATE TABLE notes (x); ALTER TABLE members ADD COLUMN colour TEXT; DROP INDEX connection_points_member;`);
    const e = refusal(file);
    expect(e.messageIt).toContain('oggetti non previsti (tabella notes)');
    expect(e.messageIt).toContain(`definizione diversa da quella dello schema ${CURRENT_SCHEMA_VERSION} (tabella members)`);
    expect(e.messageIt).toContain('oggetti mancanti (indice connection_points_member)');
  });

  it('opens a sound project, also with the statistics ANALYZE leaves', () => {
    const file = path.join(dir, 'sound.condivisa');
    makeProject(file);
    raw(file, 'ANALYZE');
    const store = ProjectStore.open(file);
    expect(store.listMembers()[0]!.annualKWh).toBe(2000);
    store.updateMember(1, { annualKWh: 2500 });
    expect(store.getMember(1).annualKWh).toBe(2500);
    store.close();
  });

  it('derives the expected schema from the migrations, matching a new file', () => {
    const file = path.join(dir, 'new.condivisa');
    makeProject(file);
    const db = new Database(file, { readonly: true });
    const actual = readSchema(db);
    db.close();
    const expected = [...expectedSchema(CURRENT_SCHEMA_VERSION).values()];
    const key = (o: { type: string; name: string }) => `${o.type} ${o.name}`;
    expect(actual.map(key).sort()).toEqual(expected.map(key).sort());
    expect(expected.some((o) => o.type === 'view')).toBe(false);
    // The only triggers are the undo log's, three per user table (insert, update, delete).
    const triggers = expected.filter((o) => o.type === 'trigger');
    expect(triggers.every((o) => o.name === `undo_${o.tblName}_${o.name.split('_').pop()}` && /^(insert|update|delete)$/.test(o.name.split('_').pop()!))).toBe(true);
    expect(triggers.filter((o) => o.tblName === 'members').map((o) => o.name).sort()).toEqual(['undo_members_delete', 'undo_members_insert', 'undo_members_update']);
    expect(triggers.some((o) => o.tblName === 'simulation_cache' || o.tblName.startsWith('undo_'))).toBe(false);
  });

  it('reads the version through the WAL: a file just created and still open elsewhere opens', () => {
    const file = path.join(dir, 'open.condivisa');
    const a = ProjectStore.create(file, { name: 'A', legalEntity: '', type: 'CER', constitutionDate: null, municipality: '', region: '', referenceYear: 2025 });
    // The header still says version 0: the migrations are in the WAL, not yet in the main file.
    expect(fs.readFileSync(file).readUInt32BE(60)).toBe(0);
    const b = ProjectStore.open(file);
    expect(b.schemaVersion()).toBe(CURRENT_SCHEMA_VERSION);
    b.close();
    a.close();
  });
});
