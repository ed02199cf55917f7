/**
 * The undo history of a project, kept in the file (`undo_steps`, `undo_log`) so it survives
 * a restart. The triggers of undo-triggers.ts log every row change with no step; at the end
 * of each edit transaction `closeStep` gathers those rows into one step with its label. To
 * undo a step, its rows are applied in reverse order in one transaction; the triggers log
 * what that changes, which becomes the redo step (and redoing makes an undo step again).
 *
 * Bounds: the last MAX_STEPS steps and MAX_LOG_BYTES of logged values. A step larger than
 * that alone (replacing many imported curves, say) cannot be kept: the history is cleared
 * and a barrier step says why, so the user is not offered an undo that would be wrong.
 */
import type Database from 'better-sqlite3';
import { stepLabel, type LogEntry, type StepLabel } from './undo-labels';
import { trackedTables } from './undo-triggers';

export const MAX_STEPS = 200;
/** Old values are kept as SQL literals: a blob takes twice its size (hex). 64 MB ≈ 110 yearly 15-minute curves. */
export const MAX_LOG_BYTES = 64 * 1024 * 1024;
/** The bounds in force (tests lower `bytes` to reach a barrier without writing 64 MB). */
export const historyLimits = { steps: MAX_STEPS, bytes: MAX_LOG_BYTES };
/** Per logged row, besides its values (the row of undo_log and its index entry), bytes. */
const ROW_OVERHEAD_BYTES = 64;

export type StepKind = 'undo' | 'redo' | 'barrier';

export interface HistoryStep {
  id: number;
  kind: StepKind;
  labelIt: string;
  labelEn: string;
  createdAt: string;
}

export interface HistoryState {
  /** The step undo would revert, the step redo would apply again. */
  undo: HistoryStep | null;
  redo: HistoryStep | null;
  /** Newest first: the undo steps, then (kind 'redo') the steps undone, and barriers. */
  steps: HistoryStep[];
}

interface StepRow {
  id: number;
  kind: StepKind;
  label_it: string;
  label_en: string;
  created_at: string;
}
interface LogRow {
  seq: number;
  tbl: string;
  op: LogEntry['op'];
  row_id: number;
  entity: string | null;
  cols: string;
  vals: string;
}

const toStep = (r: StepRow): HistoryStep => ({ id: r.id, kind: r.kind, labelIt: r.label_it, labelEn: r.label_en, createdAt: r.created_at });

function deleteSteps(db: Database.Database, where: string, ...params: unknown[]): void {
  db.prepare(`DELETE FROM undo_log WHERE step_id IN (SELECT id FROM undo_steps WHERE ${where})`).run(...params);
  db.prepare(`DELETE FROM undo_steps WHERE ${where}`).run(...params);
}

/** Keeps the newest MAX_STEPS steps within MAX_LOG_BYTES. */
function prune(db: Database.Database): void {
  db.prepare(`DELETE FROM undo_log WHERE step_id IN (SELECT id FROM undo_steps ORDER BY id DESC LIMIT -1 OFFSET ?)`).run(historyLimits.steps);
  db.prepare(`DELETE FROM undo_steps WHERE id IN (SELECT id FROM undo_steps ORDER BY id DESC LIMIT -1 OFFSET ?)`).run(historyLimits.steps);
  const rows = db.prepare('SELECT id, bytes FROM undo_steps ORDER BY id DESC').all() as { id: number; bytes: number }[];
  let total = 0;
  for (const r of rows) {
    total += r.bytes;
    if (total > historyLimits.bytes) {
      deleteSteps(db, 'id <= ?', r.id);
      return;
    }
  }
}

/**
 * Gathers the rows logged since the last step into one step (call inside the edit's
 * transaction, last). `made` says what produced them: a user edit (which drops the redo
 * steps, as in every editor), an undo (a redo step) or a redo (an undo step).
 * Returns the step, or null when the edit changed nothing.
 */
export function closeStep(db: Database.Database, made: 'edit' | 'undo' | 'redo', label?: StepLabel): HistoryStep | null {
  const pending = db.prepare('SELECT seq, tbl, op, row_id, entity, cols, length(vals) AS size FROM undo_log WHERE step_id IS NULL ORDER BY seq').all() as (Omit<LogRow, 'vals'> & { size: number })[];
  if (pending.length === 0) return null;
  const name = label ?? stepLabel(pending.map((r) => ({ tbl: r.tbl, op: r.op, rowId: r.row_id, entity: r.entity, cols: r.cols })));
  const bytes = pending.reduce((s, r) => s + r.size + ROW_OVERHEAD_BYTES, 0);
  const createdAt = new Date().toISOString();
  if (made === 'edit') deleteSteps(db, "kind = 'redo'");
  if (bytes > historyLimits.bytes) {
    // Too large to keep: nothing before it can be undone either (its rows would be missing).
    db.prepare('DELETE FROM undo_log').run();
    db.prepare('DELETE FROM undo_steps').run();
    const mb = (bytes / 1024 / 1024).toFixed(0);
    const r = db
      .prepare("INSERT INTO undo_steps (kind, label_it, label_en, bytes, created_at) VALUES ('barrier', ?, ?, 0, ?)")
      .run(`${name.it} (non annullabile: ${mb} MB di dati sostituiti)`, `${name.en} (cannot be undone: ${mb} MB of data replaced)`, createdAt);
    return { id: Number(r.lastInsertRowid), kind: 'barrier', labelIt: name.it, labelEn: name.en, createdAt };
  }
  const kind = made === 'undo' ? 'redo' : 'undo';
  const r = db
    .prepare('INSERT INTO undo_steps (kind, label_it, label_en, bytes, created_at) VALUES (?, ?, ?, ?, ?)')
    .run(kind, name.it, name.en, bytes, createdAt);
  const id = Number(r.lastInsertRowid);
  db.prepare('UPDATE undo_log SET step_id = ? WHERE step_id IS NULL').run(id);
  prune(db);
  return { id, kind, labelIt: name.it, labelEn: name.en, createdAt };
}

/** Drops the whole history (a new project: its creation is not an edit to undo). */
export function clearHistory(db: Database.Database): void {
  db.prepare('DELETE FROM undo_log').run();
  db.prepare('DELETE FROM undo_steps').run();
}

// --- applying a step ---------------------------------------------------------------

/** One SQL literal as quote() writes it: NULL, a number, a string, a blob. Nothing else. */
const LITERAL = /NULL|-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|'[^']*(?:''[^']*)*'|[xX]'[0-9A-Fa-f]*'/y;

/** Splits `vals` into its literals; anything that is not a list of literals is refused. */
export function literals(vals: string): string[] {
  const out: string[] = [];
  if (vals === '') return out;
  let i = 0;
  for (;;) {
    LITERAL.lastIndex = i;
    const m = LITERAL.exec(vals);
    if (!m) throw new Error(`undo log: not a literal at ${i}`);
    out.push(m[0]);
    i = LITERAL.lastIndex;
    if (i === vals.length) return out;
    if (vals[i] !== ',') throw new Error(`undo log: not a literal list at ${i}`);
    i++;
  }
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Puts one logged row back: the statement is built here from checked names and literals. */
function apply(db: Database.Database, row: LogRow, tables: Map<string, Set<string>>): void {
  const columns = tables.get(row.tbl);
  if (!columns) throw new Error(`undo log: table ${row.tbl} is not tracked`);
  const cols = row.cols === '' ? [] : row.cols.split(',');
  const vals = literals(row.vals);
  if (cols.length !== vals.length || cols.some((c) => !columns.has(c))) throw new Error(`undo log: bad columns for ${row.tbl}`);
  const T = ident(row.tbl);
  if (row.op === 'insert') {
    db.prepare(`DELETE FROM ${T} WHERE rowid = ?`).run(row.row_id);
  } else if (row.op === 'update') {
    if (cols.length) db.prepare(`UPDATE ${T} SET ${cols.map((c, i) => `${ident(c)} = ${vals[i]}`).join(', ')} WHERE rowid = ?`).run(row.row_id);
  } else if (row.op === 'delete') {
    db.prepare(`INSERT INTO ${T} (rowid, ${cols.map(ident).join(', ')}) VALUES (?, ${vals.join(', ')})`).run(row.row_id);
  } else {
    throw new Error(`undo log: unknown operation ${String(row.op)}`);
  }
}

/**
 * Undoes (kind 'undo') or redoes (kind 'redo') the newest step of that kind; call inside
 * one transaction. Returns the step applied, or null when there is none.
 */
export function applyNewest(db: Database.Database, kind: 'undo' | 'redo'): HistoryStep | null {
  // Rows logged outside a closed step (a write with no transaction) are an edit of their own.
  closeStep(db, 'edit');
  const step = db.prepare('SELECT * FROM undo_steps WHERE kind = ? ORDER BY id DESC LIMIT 1').get(kind) as StepRow | undefined;
  if (!step) return null;
  const rows = db.prepare('SELECT seq, tbl, op, row_id, entity, cols, vals FROM undo_log WHERE step_id = ? ORDER BY seq DESC').all(step.id) as LogRow[];
  deleteSteps(db, 'id = ?', step.id);
  const tables = new Map(trackedTables(db).map((t) => [t.name, new Set(t.columns)]));
  // A deleted member comes back after its PODs (logged after it): references are checked at commit.
  db.pragma('defer_foreign_keys = ON');
  for (const row of rows) apply(db, row, tables);
  closeStep(db, kind, { it: step.label_it, en: step.label_en });
  return toStep(step);
}

export function historyState(db: Database.Database, limit = 50): HistoryState {
  const newest = (kind: StepKind) => {
    const r = db.prepare('SELECT * FROM undo_steps WHERE kind = ? ORDER BY id DESC LIMIT 1').get(kind) as StepRow | undefined;
    return r ? toStep(r) : null;
  };
  const steps = (db.prepare('SELECT * FROM undo_steps ORDER BY id DESC LIMIT ?').all(limit) as StepRow[]).map(toStep);
  return { undo: newest('undo'), redo: newest('redo'), steps };
}
