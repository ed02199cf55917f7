/**
 * Undo/redo after SQLite's "automatic undo/redo with triggers" recipe (sqlite.org/undoredo):
 * a trigger on each user table writes, for every row inserted, changed or deleted, what it
 * takes to put it back into `undo_log`. Unlike the recipe, the log holds no SQL text: a
 * table name, an operation, a rowid and the old values as SQL literals (from `quote()`), so
 * a file from elsewhere cannot smuggle a statement through its log (core/store/undo-log.ts
 * checks each literal before building the statement itself).
 *
 * The triggers are not written by hand in a migration: they are generated from the tables
 * the file has, dropped before any migration runs and made again after it (see `migrate`).
 * So a later migration may add, rebuild or drop tables and columns freely, and the
 * expected schema of every version (project-schema-check.ts) includes exactly these.
 */
import type Database from 'better-sqlite3';

/** Tables whose rows are not the user's edits: the log itself and derived results. */
const NOT_TRACKED = new Set(['undo_log', 'undo_steps', 'simulation_cache']);
/** The column naming a row in a step's label ("Eliminazione area AC001E00123"), first found. */
const NAME_COLUMNS = ['name', 'code', 'pod', 'key', 'rule_id', 'document_id'];
const TRIGGER_PREFIX = 'undo_';

export interface TrackedTable {
  name: string;
  columns: string[];
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** True once the file has the undo tables (schema version with undo/redo). */
export function hasUndoLog(db: Database.Database): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'undo_log'").get() !== undefined;
}

/** The user tables: every rowid table but the log and derived caches (`*_cache`). */
export function trackedTables(db: Database.Database): TrackedTable[] {
  const rows = db
    .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
    .all() as { name: string; sql: string }[];
  return rows
    .filter((r) => !NOT_TRACKED.has(r.name) && !r.name.endsWith('_cache') && !/WITHOUT\s+ROWID/i.test(r.sql))
    .map((r) => ({
      name: r.name,
      columns: (db.prepare(`PRAGMA table_info(${ident(r.name)})`).all() as { name: string }[]).map((c) => c.name),
    }));
}

function triggerSql(t: TrackedTable): string[] {
  const T = ident(t.name);
  const tbl = literal(t.name);
  const nameCol = NAME_COLUMNS.find((c) => t.columns.includes(c));
  const entity = (row: 'old' | 'new') => (nameCol ? `${row}.${ident(nameCol)}` : 'NULL');
  const changed = (c: string) => `old.${ident(c)} IS NOT new.${ident(c)}`;
  const allCols = literal(t.columns.join(','));
  const allVals = t.columns.map((c) => `quote(old.${ident(c)})`).join(` || ',' || `);
  const changedCols = t.columns.map((c) => `CASE WHEN ${changed(c)} THEN ${literal(`,${c}`)} ELSE '' END`).join(' || ');
  const changedVals = t.columns.map((c) => `CASE WHEN ${changed(c)} THEN ',' || quote(old.${ident(c)}) ELSE '' END`).join(' || ');
  const name = (op: string) => ident(`${TRIGGER_PREFIX}${t.name}_${op}`);
  return [
    `CREATE TRIGGER ${name('insert')} AFTER INSERT ON ${T} BEGIN
  INSERT INTO undo_log (tbl, op, row_id, entity) VALUES (${tbl}, 'insert', new.rowid, ${entity('new')});
END`,
    `CREATE TRIGGER ${name('update')} AFTER UPDATE ON ${T} WHEN ${t.columns.map(changed).join(' OR ')} BEGIN
  INSERT INTO undo_log (tbl, op, row_id, entity, cols, vals)
  VALUES (${tbl}, 'update', old.rowid, ${entity('new')}, substr(${changedCols}, 2), substr(${changedVals}, 2));
END`,
    // BEFORE: the row is logged before the deletes it cascades to, so undo (in reverse) puts
    // the children back first; foreign keys are deferred while a step is undone.
    `CREATE TRIGGER ${name('delete')} BEFORE DELETE ON ${T} BEGIN
  INSERT INTO undo_log (tbl, op, row_id, entity, cols, vals) VALUES (${tbl}, 'delete', old.rowid, ${entity('old')}, ${allCols}, ${allVals});
END`,
  ];
}

/** Drops every undo trigger (before migrations, which may rebuild tables). */
export function dropUndoTriggers(db: Database.Database): void {
  const names = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'undo\\_%' ESCAPE '\\'")
    .all() as { name: string }[];
  for (const { name } of names) db.exec(`DROP TRIGGER ${ident(name)}`);
}

/** Creates the triggers of every tracked table (after migrations), when the file has the log. */
export function createUndoTriggers(db: Database.Database): void {
  if (!hasUndoLog(db)) return;
  for (const t of trackedTables(db)) for (const sql of triggerSql(t)) db.exec(sql);
}
