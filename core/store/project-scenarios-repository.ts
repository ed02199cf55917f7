/**
 * *Scenari di progetto* in the project file (schema version 11): a named snapshot of the
 * project's inputs — every row the simulation, the rules and the sharing read — with the
 * results of its run. Restoring one makes it the working state again, in one transaction.
 *
 * Compact: large values (imported curves, production series, the weather file, hourly zonal
 * prices) are kept once, by their SHA-256, in `project_scenario_blobs`, shared by every
 * scenario that holds the same content; the snapshot JSON names them by digest. Ten scenarios
 * of a project with 50 curves hold each distinct curve once.
 *
 * Not in a snapshot: the map's substation areas (geography, common to every scenario: the
 * located area of members and plants is computed again on restore), attached documents, GSE
 * statements (facts, not plans), the simulation cache (replaced by the scenario's results).
 */
import crypto from 'node:crypto';
import type { ProjectStore } from './project-store';
import { areasOf } from './areas-repository';
import { NotFoundError } from './errors';
import { ApiError, conflict } from '../api/common/errors';

/** Tables of entities others point to: upserted by id, rows absent from the snapshot deleted (children first). */
const ENTITY_TABLES = ['configurations', 'members', 'plants'] as const;
/** Tables nothing points to (outside snapshots): rewritten whole. */
const LEAF_TABLES = [
  'connection_points',
  'member_registry',
  'load_curves',
  'bills',
  'quality_reports',
  'production_series',
  'local_rules',
  'sharing_rules',
] as const;
/** Project settings kept in `meta` that a run reads. */
const META_KEYS = ['parameter_overrides', 'weather_file', 'zonal_prices_hourly'] as const;
/** Text longer than this goes to the blob table [characters] (a weather file, hourly prices). */
const LONG_TEXT = 2048;

/** A cell of a snapshot row: a plain value, or a reference to a blob (bytes or long text). */
export type SnapshotCell = string | number | null | { blob: string; text?: true };
export interface TableSnapshot {
  columns: string[];
  rows: SnapshotCell[][];
}
export interface InputsSnapshot {
  format: 1;
  /** Schema version of the file when the snapshot was taken. */
  schemaVersion: number;
  tables: Record<string, TableSnapshot>;
  meta: Record<string, SnapshotCell>;
}

export interface StoredScenario {
  id: number;
  name: string;
  createdAt: string;
  inputDigest: string;
  summaryJson: string;
}

const sha = (data: Uint8Array | string) => crypto.createHash('sha256').update(data).digest('hex');

function toCell(store: ProjectStore, value: unknown): SnapshotCell {
  if (Buffer.isBuffer(value) || value instanceof Uint8Array) {
    const digest = sha(value);
    store.db.prepare('INSERT OR IGNORE INTO project_scenario_blobs (sha256, content) VALUES (?, ?)').run(digest, value);
    return { blob: digest };
  }
  if (typeof value === 'string' && value.length > LONG_TEXT) {
    const digest = sha(value);
    store.db.prepare('INSERT OR IGNORE INTO project_scenario_blobs (sha256, content) VALUES (?, ?)').run(digest, Buffer.from(value, 'utf8'));
    return { blob: digest, text: true };
  }
  if (typeof value === 'bigint') return Number(value);
  return value as string | number | null;
}

function fromCell(store: ProjectStore, cell: SnapshotCell): unknown {
  if (cell === null || typeof cell !== 'object') return cell;
  const row = store.db.prepare('SELECT content FROM project_scenario_blobs WHERE sha256 = ?').get(cell.blob) as { content: Buffer } | undefined;
  if (!row) throw ApiError.of('project-file', { code: 'api.scenarios.data-missing', params: { blob: cell.blob.slice(0, 12) } });
  return cell.text ? row.content.toString('utf8') : row.content;
}

function snapshotTable(store: ProjectStore, table: string): TableSnapshot {
  const stmt = store.db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).raw(true);
  const columns = stmt.columns().map((c) => c.name);
  const rows = (stmt.all() as unknown[][]).map((r) => r.map((v) => toCell(store, v)));
  return { columns, rows };
}

/** Takes the snapshot of the working state (blobs written as a side effect: call inside a transaction). */
function takeSnapshot(store: ProjectStore): InputsSnapshot {
  const tables: Record<string, TableSnapshot> = { community: snapshotTable(store, 'community') };
  for (const t of [...ENTITY_TABLES, ...LEAF_TABLES]) tables[t] = snapshotTable(store, t);
  const meta: Record<string, SnapshotCell> = {};
  for (const key of META_KEYS) {
    const value = store.getMeta(key);
    if (value !== null) meta[key] = toCell(store, value);
  }
  return { format: 1, schemaVersion: store.schemaVersion(), tables, meta };
}

/** Columns of a table as the file has them now (a snapshot from an older schema may lack some). */
const columnsOf = (store: ProjectStore, table: string) =>
  new Set((store.db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map((r) => r.name));

/** Marks a length token of bytes (a control character: no text of ours starts with it). */
const BYTES = '\u0001b#';

/**
 * A cell as a comparable token. Bytes (curves) by their length only: equal tokens are then
 * confirmed equal inside SQLite (no copy of 16 MB of curves into JavaScript, no hashing at every
 * reopen). Long text by its digest, as the snapshot names it.
 */
function tokenOfValue(value: unknown): unknown {
  if (Buffer.isBuffer(value) || value instanceof Uint8Array) return `${BYTES}${value.byteLength}`;
  if (typeof value === 'string' && value.length > LONG_TEXT) return `t:${sha(value)}`;
  if (typeof value === 'bigint') return Number(value);
  return value;
}

class BlobLengths {
  private readonly lengths = new Map<string, number>();
  constructor(private readonly store: ProjectStore) {}
  token(cell: SnapshotCell): unknown {
    if (cell === null || typeof cell !== 'object') return cell;
    if (cell.text) return `t:${cell.blob}`;
    let n = this.lengths.get(cell.blob);
    if (n === undefined) {
      n = (this.store.db.prepare('SELECT LENGTH(content) AS n FROM project_scenario_blobs WHERE sha256 = ?').get(cell.blob) as { n: number } | undefined)?.n ?? -1;
      this.lengths.set(cell.blob, n);
    }
    return `${BYTES}${n}`;
  }
}

/** The rows of one table to delete and to insert so that it holds the snapshot's rows. */
interface TablePlan {
  table: string;
  columns: string[];
  deleteRowids: number[];
  insertRows: SnapshotCell[][];
}

/**
 * Plans one leaf table: its rows are matched whole with the snapshot's (a multiset), bytes
 * confirmed equal; only the differences are written (a reopen between two scenarios sharing
 * 60 curves rewrites none of them).
 */
function planTable(store: ProjectStore, table: string, snap: TableSnapshot | undefined, lengths: BlobLengths): TablePlan {
  const current = columnsOf(store, table);
  const columns = snap ? snap.columns.filter((c) => current.has(c)) : [];
  const at = snap ? columns.map((c) => snap.columns.indexOf(c)) : [];
  // Bytes come out of SQLite as their length: the comparison of contents stays inside it.
  const selected = columns.map((c) => `CASE WHEN typeof(${c}) = 'blob' THEN '${BYTES}' || length(${c}) ELSE ${c} END`);
  const rows = (store.db.prepare(`SELECT rowid AS "__rowid", ${selected.length ? selected.join(', ') : 'NULL'} FROM ${table}`).raw(true).all() as unknown[][]).map((r) => ({
    rowid: Number(r[0]),
    key: JSON.stringify(columns.map((_, i) => tokenOfValue(r[i + 1]))),
    used: false,
  }));
  const byKey = new Map<string, typeof rows>();
  for (const r of rows) byKey.set(r.key, [...(byKey.get(r.key) ?? []), r]);
  const same = columns.map((c) =>
    store.db.prepare(`SELECT (SELECT ${c} FROM ${table} WHERE rowid = ?) IS (SELECT content FROM project_scenario_blobs WHERE sha256 = ?) AS same`).pluck(),
  );
  const sameBytes = (cells: SnapshotCell[], rowid: number) =>
    cells.every((cell, i) => cell === null || typeof cell !== 'object' || cell.text === true || same[i]!.get(rowid, cell.blob) === 1);
  const insertRows: SnapshotCell[][] = [];
  for (const r of snap?.rows ?? []) {
    const cells = at.map((i) => r[i] ?? null);
    const match = (byKey.get(JSON.stringify(cells.map((c) => lengths.token(c)))) ?? []).find((h) => !h.used && sameBytes(cells, h.rowid));
    if (match) match.used = true;
    else insertRows.push(cells);
  }
  return { table, columns, deleteRowids: rows.filter((r) => !r.used).map((r) => r.rowid), insertRows };
}

/** Entities (others point to them): updated in place by id where they differ; no bytes among their columns. */
function upsertEntities(store: ProjectStore, table: string, snap: TableSnapshot | undefined): void {
  if (!snap) return;
  const current = columnsOf(store, table);
  const columns = snap.columns.filter((c) => current.has(c));
  const at = columns.map((c) => snap.columns.indexOf(c));
  const have = new Map(
    (store.db.prepare(`SELECT ${columns.join(', ')} FROM ${table}`).raw(true).all() as unknown[][]).map((r) => [Number(r[columns.indexOf('id')]), JSON.stringify(r.map(tokenOfValue))]),
  );
  const lengths = new BlobLengths(store);
  const sets = columns.filter((c) => c !== 'id').map((c) => `${c} = excluded.${c}`);
  const upsert = store.db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')}) ON CONFLICT(id) DO UPDATE SET ${sets.join(', ')}`);
  const idAt = snap.columns.indexOf('id');
  for (const r of snap.rows) {
    const cells = at.map((i) => r[i] ?? null);
    if (have.get(Number(r[idAt])) !== JSON.stringify(cells.map((c) => lengths.token(c)))) upsert.run(...cells.map((c) => fromCell(store, c)));
  }
}

const idsOf = (snap: TableSnapshot | undefined): number[] => {
  const at = snap?.columns.indexOf('id') ?? -1;
  return at < 0 ? [] : snap!.rows.map((r) => Number(r[at]));
};

/**
 * Attached documents and GSE statements are not part of a scenario: reopening one without the
 * configuration or plant they belong to would delete them (ON DELETE CASCADE), so it is refused.
 */
function refuseLosingDocuments(store: ProjectStore, snapshot: InputsSnapshot): void {
  const configs = JSON.stringify(idsOf(snapshot.tables.configurations));
  const plants = JSON.stringify(idsOf(snapshot.tables.plants));
  const attachments = (
    store.db
      .prepare(
        `SELECT COUNT(*) AS n FROM attachments WHERE configuration_id NOT IN (SELECT value FROM json_each(?))
           OR (plant_id IS NOT NULL AND plant_id NOT IN (SELECT value FROM json_each(?)))`,
      )
      .get(configs, plants) as { n: number }
  ).n;
  const statements = (store.db.prepare('SELECT COUNT(*) AS n FROM gse_statements WHERE configuration_id NOT IN (SELECT value FROM json_each(?))').get(configs) as { n: number }).n;
  if (attachments + statements > 0) {
    throw conflict({ code: 'api.scenarios.reopen-would-delete', params: { attachments, statements } });
  }
}

/**
 * Makes a snapshot the working state, as one edit, writing only what differs; substation
 * areas are located again. Order: leaf rows that go, entities upserted (parents first),
 * entities that go (children first), leaf rows that come, settings.
 */
function applySnapshot(store: ProjectStore, snapshot: InputsSnapshot): void {
  refuseLosingDocuments(store, snapshot);
  const lengths = new BlobLengths(store);
  const plans = LEAF_TABLES.map((t) => planTable(store, t, snapshot.tables[t], lengths));
  for (const p of plans) {
    const drop = store.db.prepare(`DELETE FROM ${p.table} WHERE rowid = ?`);
    for (const rowid of p.deleteRowids) drop.run(rowid);
  }
  const community = snapshot.tables.community;
  if (community?.rows[0]) {
    const current = columnsOf(store, 'community');
    const keep = community.columns.map((c, i) => [c, i] as const).filter(([c]) => c !== 'id' && current.has(c));
    store.db.prepare(`UPDATE community SET ${keep.map(([c]) => `${c} = ?`).join(', ')} WHERE id = 1`).run(...keep.map(([, i]) => fromCell(store, community.rows[0]![i] ?? null)));
  }
  for (const t of ENTITY_TABLES) upsertEntities(store, t, snapshot.tables[t]);
  for (const t of [...ENTITY_TABLES].reverse()) {
    store.db.prepare(`DELETE FROM ${t} WHERE id NOT IN (SELECT value FROM json_each(?))`).run(JSON.stringify(idsOf(snapshot.tables[t])));
  }
  for (const p of plans) {
    if (p.insertRows.length === 0) continue;
    const insert = store.db.prepare(`INSERT INTO ${p.table} (${p.columns.join(', ')}) VALUES (${p.columns.map(() => '?').join(', ')})`);
    for (const cells of p.insertRows) insert.run(...cells.map((c) => fromCell(store, c)));
  }
  for (const key of META_KEYS) {
    const cell = snapshot.meta[key] ?? null;
    const value = store.getMeta(key);
    const same = cell === null || typeof cell !== 'object' ? value === cell : value !== null && `t:${sha(value)}` === `t:${cell.blob}`;
    if (same) continue;
    store.db.prepare('DELETE FROM meta WHERE key = ?').run(key);
    if (cell !== null) store.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run(key, fromCell(store, cell));
  }
  // The map may have changed since: where each point lies is the map's today.
  areasOf(store).relocateAll();
}

function parseSnapshot(json: string, id: number): InputsSnapshot {
  try {
    const s = JSON.parse(json) as InputsSnapshot;
    if (s.format !== 1 || typeof s.tables !== 'object') throw new Error('unknown format');
    return s;
  } catch (e) {
    throw ApiError.of('project-file', { code: 'api.scenarios.damaged', params: { id: String(id), why: (e as Error).message } });
  }
}

export interface NewScenario {
  name: string;
  inputDigest: string;
  /** The run's result as JSON, or null when the scenario was saved without one. */
  resultsJson: string | null;
  summaryJson: string;
}

/** Scenario rows and the snapshot operations of one project file. */
export class ProjectScenariosRepository {
  constructor(private readonly store: ProjectStore) {}

  list(): StoredScenario[] {
    return (
      this.store.db.prepare('SELECT id, name, created_at, input_digest, summary_json FROM project_scenarios ORDER BY id').all() as {
        id: number;
        name: string;
        created_at: string;
        input_digest: string;
        summary_json: string;
      }[]
    ).map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at, inputDigest: r.input_digest, summaryJson: r.summary_json }));
  }

  get(id: number): StoredScenario {
    const found = this.list().find((s) => s.id === id);
    if (!found) throw new NotFoundError('scenario', id);
    return found;
  }

  /** Saves the working state under a name, as one edit. */
  save(s: NewScenario): number {
    return this.store.tx(() => {
      const snapshot = takeSnapshot(this.store);
      const r = this.store.db
        .prepare('INSERT INTO project_scenarios (name, created_at, inputs_json, input_digest, results_json, summary_json) VALUES (?, ?, ?, ?, ?, ?)')
        .run(s.name, new Date().toISOString(), JSON.stringify(snapshot), s.inputDigest, s.resultsJson, s.summaryJson);
      return Number(r.lastInsertRowid);
    });
  }

  results(id: number): string | null {
    const row = this.store.db.prepare('SELECT results_json FROM project_scenarios WHERE id = ?').get(id) as { results_json: string | null } | undefined;
    if (!row) throw new NotFoundError('scenario', id);
    return row.results_json;
  }

  /**
   * Makes scenario `id` the working state; `then` runs in the same transaction (to keep its
   * results as the project's last simulation), so a failure leaves the working state as it was.
   */
  restore(id: number, then: () => void): void {
    this.store.tx(() => {
      const row = this.store.db.prepare('SELECT inputs_json FROM project_scenarios WHERE id = ?').get(id) as { inputs_json: string } | undefined;
      if (!row) throw new NotFoundError('scenario', id);
      applySnapshot(this.store, parseSnapshot(row.inputs_json, id));
      then();
    });
  }

  /** Refuses, before anything is written, a reopen that would delete attached documents. */
  assertRestorable(id: number): void {
    const row = this.store.db.prepare('SELECT inputs_json FROM project_scenarios WHERE id = ?').get(id) as { inputs_json: string } | undefined;
    if (!row) throw new NotFoundError('scenario', id);
    refuseLosingDocuments(this.store, parseSnapshot(row.inputs_json, id));
  }

  rename(id: number, name: string): void {
    this.store.tx(() => {
      if (this.store.db.prepare('UPDATE project_scenarios SET name = ? WHERE id = ?').run(name, id).changes === 0) throw new NotFoundError('scenario', id);
    });
  }

  /** A copy under a new name (the blobs are shared, not copied). */
  duplicate(id: number, name: string): number {
    return this.store.tx(() => {
      const r = this.store.db
        .prepare(
          `INSERT INTO project_scenarios (name, created_at, inputs_json, input_digest, results_json, summary_json)
           SELECT ?, ?, inputs_json, input_digest, results_json, summary_json FROM project_scenarios WHERE id = ?`,
        )
        .run(name, new Date().toISOString(), id);
      if (r.changes === 0) throw new NotFoundError('scenario', id);
      return Number(r.lastInsertRowid);
    });
  }

  /** Deletes a scenario and the blobs no other scenario refers to, as one edit. */
  remove(id: number): void {
    this.store.tx(() => {
      if (this.store.db.prepare('DELETE FROM project_scenarios WHERE id = ?').run(id).changes === 0) throw new NotFoundError('scenario', id);
      const referenced = new Set<string>();
      for (const { inputs_json } of this.store.db.prepare('SELECT inputs_json FROM project_scenarios').all() as { inputs_json: string }[]) {
        for (const m of inputs_json.matchAll(/"blob":"([0-9a-f]{64})"/g)) referenced.add(m[1]!);
      }
      const drop = this.store.db.prepare('DELETE FROM project_scenario_blobs WHERE sha256 = ?');
      for (const { sha256 } of this.store.db.prepare('SELECT sha256 FROM project_scenario_blobs').all() as { sha256: string }[]) {
        if (!referenced.has(sha256)) drop.run(sha256);
      }
    });
  }

  /** Bytes the scenarios take: snapshots, results and blobs (for the bench and the tests). */
  sizes(): { snapshotsBytes: number; resultsBytes: number; blobsBytes: number; blobs: number } {
    const q = (sql: string) => (this.store.db.prepare(sql).get() as { n: number | null }).n ?? 0;
    return {
      snapshotsBytes: q('SELECT SUM(LENGTH(inputs_json)) AS n FROM project_scenarios'),
      resultsBytes: q('SELECT SUM(LENGTH(results_json)) AS n FROM project_scenarios'),
      blobsBytes: q('SELECT SUM(LENGTH(content)) AS n FROM project_scenario_blobs'),
      blobs: q('SELECT COUNT(*) AS n FROM project_scenario_blobs'),
    };
  }
}
