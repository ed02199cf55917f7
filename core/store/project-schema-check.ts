/**
 * A `.condivisa` from elsewhere (sent by e-mail, downloaded, edited with another SQLite
 * tool) may carry code: a trigger that rewrites every edit (kWh 2,000 stored as 200,000),
 * a view standing in for `community` that never returns. Before any migration or query
 * on user tables, the file's schema must be exactly what our migrations make for its
 * version: same tables and indexes with the same definitions, no view, no trigger. The
 * expected schema is not a hand-written list: it is read from a fresh in-memory database
 * built by the migrations themselves, so it cannot drift from them.
 */
import Database from 'better-sqlite3';
import { migrate } from './migrations';
import { ProjectFileError } from './errors';
import { readSchema, type SchemaObject } from '../io/untrusted-sqlite';

/** Tables SQLite itself may add (ANALYZE statistics): data for the planner, not code. */
const SQLITE_STATISTICS = /^sqlite_stat\d$/;

const expectedByVersion = new Map<number, Map<string, SchemaObject>>();

const keyOf = (o: SchemaObject) => `${o.type} ${o.name}`;

/** The schema our migrations produce at `version`, keyed by type and name. */
export function expectedSchema(version: number): Map<string, SchemaObject> {
  let expected = expectedByVersion.get(version);
  if (!expected) {
    const db = new Database(':memory:');
    try {
      migrate(db, version);
      expected = new Map(readSchema(db).map((o) => [keyOf(o), o]));
    } finally {
      db.close();
    }
    expectedByVersion.set(version, expected);
  }
  return expected;
}

/** Differences between a file's schema and the expected one; empty when they match. */
export interface SchemaDifferences {
  unexpected: SchemaObject[];
  changed: SchemaObject[];
  missing: SchemaObject[];
}

export function compareSchema(actual: readonly SchemaObject[], version: number): SchemaDifferences {
  const expected = expectedSchema(version);
  const seen = new Set<string>();
  const diff: SchemaDifferences = { unexpected: [], changed: [], missing: [] };
  for (const o of actual) {
    const want = expected.get(keyOf(o));
    seen.add(keyOf(o));
    if (!want) {
      if (!(o.type === 'table' && SQLITE_STATISTICS.test(o.name))) diff.unexpected.push(o);
    } else if (want.sql !== o.sql || want.tblName !== o.tblName) {
      diff.changed.push(o);
    }
  }
  for (const [key, o] of expected) if (!seen.has(key)) diff.missing.push(o);
  return diff;
}

const TYPE_NAMES: Record<string, { it: string; en: string }> = {
  table: { it: 'tabella', en: 'table' },
  index: { it: 'indice', en: 'index' },
  view: { it: 'vista', en: 'view' },
  trigger: { it: 'trigger', en: 'trigger' },
};

function describe(objects: readonly SchemaObject[], lang: 'it' | 'en'): string {
  return objects.map((o) => `${TYPE_NAMES[o.type]?.[lang] ?? o.type} ${o.name}`).join(', ');
}

/**
 * Refuses `file` unless its schema is exactly that of `version`. Only sqlite_schema is
 * read; `db` should be the read-only connection of core/io/untrusted-sqlite.ts, so that a
 * refused file is left byte-identical.
 */
export function checkProjectSchema(db: Database.Database, file: string, version: number): void {
  const { unexpected, changed, missing } = compareSchema(readSchema(db), version);
  if (unexpected.length + changed.length + missing.length === 0) return;
  const it: string[] = [];
  const en: string[] = [];
  if (unexpected.length) {
    it.push(`il file contiene oggetti non previsti (${describe(unexpected, 'it')})`);
    en.push(`the file contains unexpected objects (${describe(unexpected, 'en')})`);
  }
  if (changed.length) {
    it.push(`oggetti con una definizione diversa da quella dello schema ${version} (${describe(changed, 'it')})`);
    en.push(`objects defined differently from schema ${version} (${describe(changed, 'en')})`);
  }
  if (missing.length) {
    it.push(`oggetti mancanti (${describe(missing, 'it')})`);
    en.push(`missing objects (${describe(missing, 'en')})`);
  }
  throw new ProjectFileError(
    'unexpected-schema',
    file,
    `${file}: ${it.join('; ')}: non viene aperto`,
    `${file}: ${en.join('; ')}: it is not opened`,
  );
}
