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
import type { Message, MessageCode } from '../model/messages';

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

const TYPE_NAMES: Record<string, MessageCode> = {
  table: 'store.schema.table',
  index: 'store.schema.index',
  view: 'store.schema.view',
  trigger: 'store.schema.trigger',
};

/** The objects as a list of "table x, view y" (an unknown type by its own name). */
function describe(objects: readonly SchemaObject[]): Message[] {
  return objects.map((o): Message => {
    const type = TYPE_NAMES[o.type];
    return type ? { code: type, params: { name: o.name } } : { code: 'store.schema.object', params: { type: o.type, name: o.name } };
  });
}

/**
 * Refuses `file` unless its schema is exactly that of `version`. Only sqlite_schema is
 * read; `db` should be the read-only connection of core/io/untrusted-sqlite.ts, so that a
 * refused file is left byte-identical.
 */
export function checkProjectSchema(db: Database.Database, file: string, version: number): void {
  const { unexpected, changed, missing } = compareSchema(readSchema(db), version);
  if (unexpected.length + changed.length + missing.length === 0) return;
  const problems: Message[] = [];
  if (unexpected.length) problems.push({ code: 'store.schema.unexpected', params: { objects: describe(unexpected) } });
  if (changed.length) problems.push({ code: 'store.schema.changed', params: { version: String(version), objects: describe(changed) } });
  if (missing.length) problems.push({ code: 'store.schema.missing', params: { objects: describe(missing) } });
  throw new ProjectFileError('unexpected-schema', file, { code: 'store.schema.refused', params: { file, problems } });
}
