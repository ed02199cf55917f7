/**
 * Opening a SQLite file that came from outside (a GeoPackage, a foreign or tampered
 * `.condivisa`) as data, never as code. A SQLite file can carry code that runs when it is
 * read: a view (a recursive one never ends), a trigger (fires on writes), a generated
 * column (computed on every read). better-sqlite3 has no progress handler and a stuck
 * statement cannot be stopped from JavaScript — not even by terminating its worker thread,
 * whose native loop keeps running and keeps the process from exiting — so the defence is
 * to read the schema first, refuse what is not a plain table where a table is expected,
 * and only then query; each query we run adds `deadlineGuard()` to its WHERE, a function
 * SQLite calls for every row it visits, which stops the statement once the time is up.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { Message } from '../model/messages';

/** One row of sqlite_schema. */
export interface SchemaObject {
  type: string;
  name: string;
  tblName: string;
  sql: string | null;
}

/**
 * Opens `file` read-only with the schema distrusted: `trusted_schema=OFF` (functions with
 * side effects and virtual tables may not run from the schema), `cell_size_check=ON`
 * (malformed pages are errors, not wild reads), `query_only` (a trigger can never fire).
 * Nothing in the file is read yet.
 */
export function openUntrustedSqlite(file: string): Database.Database {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  return distrusted(db);
}

/**
 * A private in-memory copy of `file`, opened as above: no lock is taken and no -wal or
 * -shm file appears next to the user's file, which stays byte-identical even when it is
 * refused. Only possible when the file has no WAL content (no -wal file, or an empty one):
 * then the main file is the whole database. Returns undefined otherwise. The copy costs
 * the file's size in memory, fine for a project file (a few MB), not for a national
 * GeoPackage.
 */
export function openUntrustedSqliteCopy(file: string): Database.Database | undefined {
  let walBytes = 0;
  try {
    walBytes = fs.statSync(`${file}-wal`).size;
  } catch {
    // no -wal file: nothing beyond the main file
  }
  if (walBytes > 0) return undefined;
  const bytes = fs.readFileSync(file);
  // Header bytes 18-19 = 2 mark WAL mode, which an in-memory database cannot open; the
  // copy is read as a rollback-journal database (1), the same pages.
  if (bytes.length >= 20 && bytes[18] === 2 && bytes[19] === 2) bytes[18] = bytes[19] = 1;
  const db = new Database(bytes, { readonly: true });
  return distrusted(db);
}

function distrusted(db: Database.Database): Database.Database {
  try {
    db.pragma('trusted_schema = OFF');
    db.pragma('cell_size_check = ON');
    db.pragma('query_only = ON');
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/**
 * The schema as stored. Reading sqlite_schema parses every CREATE statement but runs none
 * of them, so it is safe on a hostile file.
 */
export function readSchema(db: Database.Database): SchemaObject[] {
  return (db.prepare('SELECT type, name, tbl_name AS tblName, sql FROM main.sqlite_schema').all() as SchemaObject[]).map(
    (o) => ({ type: String(o.type), name: String(o.name), tblName: String(o.tblName), sql: o.sql === null ? null : String(o.sql) }),
  );
}

/**
 * Why `name` is not a plain table whose columns are stored (undefined when it is): a view
 * or a virtual table runs code when read; a virtual generated column is computed on each
 * row read. The reason is a message naming the object.
 */
export function notAPlainTable(db: Database.Database, schema: readonly SchemaObject[], name: string): Message | undefined {
  const obj = schema.find((o) => o.name.toLowerCase() === name.toLowerCase() && (o.type === 'table' || o.type === 'view'));
  if (!obj) return { code: 'io.untrusted-sqlite.table-missing', params: { name } };
  if (obj.type === 'view') return { code: 'io.untrusted-sqlite.view-table', params: { name } };
  if (/^\s*create\s+virtual\b/i.test(obj.sql ?? '')) return { code: 'io.untrusted-sqlite.virtual-table', params: { name } };
  // table_xinfo reads the parsed schema only; hidden = 2 marks a VIRTUAL generated column.
  const columns = db.prepare(`PRAGMA main.table_xinfo(${quoteIdentifier(obj.name)})`).all() as { name: string; hidden: number }[];
  const generated = columns.filter((c) => c.hidden === 2).map((c) => c.name);
  if (generated.length) return { code: 'io.untrusted-sqlite.computed-columns', params: { name, value: generated.join(', ') } };
  return undefined;
}

export function quoteIdentifier(id: string): string {
  return `"${id.replace(/"/g, '""')}"`;
}

/** Thrown out of a statement by the guard when its time is up. */
export class SqliteDeadlineError extends Error {
  constructor(readonly seconds: number) {
    super(`reading stopped after ${seconds} s`);
    this.name = 'SqliteDeadlineError';
  }
}

/**
 * Registers the row guard on `db` and returns a builder of the SQL condition to put in
 * each WHERE: SQLite evaluates it for every row the statement visits (it is not
 * deterministic, so it is never hoisted out of the loop) and it throws once `ms` have
 * passed since this call. In a join, pass a column of each table so that it is evaluated
 * in the innermost loop. This is the interrupting progress handler better-sqlite3 does
 * not offer, for the plain tables left after the schema checks.
 */
export function deadlineGuard(db: Database.Database, ms: number): (...columns: string[]) => string {
  const deadline = Date.now() + ms;
  db.function('condivisa_within_deadline', { deterministic: false, varargs: true }, () => {
    if (Date.now() > deadline) throw new SqliteDeadlineError(Math.round(ms / 1000));
    return 1;
  });
  return (...columns) => `condivisa_within_deadline(${columns.join(', ')})`;
}
