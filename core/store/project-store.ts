/**
 * The project store: typed reads and edits of one open `.condivisa` file. Every public
 * edit runs in exactly one transaction, so a crash loses at most the edit in flight.
 * Inputs are assumed validated by the API layer (core/model/entity-validation).
 */
import type Database from 'better-sqlite3';
import type { Community, Configuration, ConnectionPoint, Member, Plant } from '../model/entities';
import { createProjectDb, openProjectDb } from './project-file';
import { rememberInspected } from './inspection-memo';
import { NotFoundError, ProjectFileError } from './errors';
import { whenNotBusy } from './busy';
import { clearHistory, closeStep } from './undo-log';
import type { StepLabel } from './undo-labels';
import {
  COMMUNITY_COLUMNS,
  CONFIGURATION_COLUMNS,
  MEMBER_COLUMNS,
  PLANT_COLUMNS,
  communityFromRow,
  configurationFromRow,
  connectionPointFromRow,
  memberFromRow,
  plantFromRow,
  plantSqlValue,
  toSqlValue,
  type CommunityRow,
  type MemberRow,
  type PlantRow,
} from './rows';

import type { ProjectCounts } from '../model/project-counts';

/** Builds `UPDATE table SET a = ?, b = ? WHERE id = ?` for the patch keys that map to columns. */
function updateStatement(table: string, columns: Record<string, string>, patch: Record<string, unknown>) {
  const keys = Object.keys(patch).filter((k) => k in columns);
  const sets = keys.map((k) => `${columns[k]} = ?`).join(', ');
  return { keys, sql: `UPDATE ${table} SET ${sets} WHERE id = ?` };
}

export class ProjectStore {
  /**
   * @param db the open connection; repositories of the store layer (core/store/*) use it
   *   directly, always inside `tx` for writes. Nothing outside core/store may touch it.
   */
  /** PRAGMA data_version when opened: it moves only when another connection commits. */
  private readonly openedDataVersion: number;

  private constructor(
    readonly file: string,
    readonly db: Database.Database,
  ) {
    this.openedDataVersion = db.pragma('data_version', { simple: true }) as number;
  }

  static create(file: string, community: Community): ProjectStore {
    const db = createProjectDb(file);
    const store = new ProjectStore(file, db);
    store.tx(() => {
      db.prepare(
        `INSERT INTO community (id, name, legal_entity, type, constitution_date, municipality, region, reference_year)
         VALUES (1, @name, @legalEntity, @type, @constitutionDate, @municipality, @region, @referenceYear)`,
      ).run(community);
      db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('created_at', new Date().toISOString());
    });
    store.historyTx(() => clearHistory(db));
    return store;
  }

  static open(file: string): ProjectStore {
    const db = openProjectDb(file);
    const row = db.prepare('SELECT COUNT(*) AS n FROM community').get() as { n: number };
    if (row.n !== 1) {
      db.close();
      throw new ProjectFileError('corrupt', file, { code: 'store.file.no-community', params: { file } });
    }
    return new ProjectStore(file, db);
  }

  close(): void {
    if (!this.db.open) return;
    // Written by this connection only since it was opened (inspected, or created, then): the
    // file as closed is one this program knows, not to be inspected again while unchanged.
    const ownOnly = (this.db.pragma('data_version', { simple: true }) as number) === this.openedDataVersion;
    const version = this.schemaVersion();
    this.db.close();
    if (ownOnly) rememberInspected(this.file, version);
  }

  get isOpen(): boolean {
    return this.db.open;
  }

  schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  /**
   * Runs `fn` as one transaction (the unit of every user edit). IMMEDIATE takes the write
   * lock at BEGIN, waiting up to the busy timeout for another program to finish: a
   * deferred transaction that reads first and then writes could not wait, it would fail
   * at once (SQLITE_BUSY_SNAPSHOT). A lock still held after the wait is a busy conflict.
   */
  tx<T>(fn: () => T, label?: StepLabel): T {
    // Nested: part of the outer edit, which closes the undo step.
    if (this.db.inTransaction) return this.db.transaction(fn)();
    return whenNotBusy(this.file, () =>
      this.db
        .transaction(() => {
          const result = fn();
          // Last in the transaction: the rows this edit changed become one undo step.
          closeStep(this.db, 'edit', label);
          return result;
        })
        .immediate(),
    );
  }

  /** A transaction that is not a user edit: undo/redo themselves (core/store/history.ts). */
  historyTx<T>(fn: () => T): T {
    return whenNotBusy(this.file, () => this.db.transaction(fn).immediate());
  }

  getMeta(key: string): string | null {
    const row = this.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value ?? null;
  }

  setMeta(key: string, value: string): void {
    this.tx(() => {
      this.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
    });
  }

  // --- community -------------------------------------------------------------

  getCommunity(): Community {
    return communityFromRow(this.db.prepare('SELECT * FROM community WHERE id = 1').get() as CommunityRow);
  }

  updateCommunity(patch: Partial<Community>): Community {
    return this.tx(() => {
      const { keys, sql } = updateStatement('community', COMMUNITY_COLUMNS, patch);
      if (keys.length) this.db.prepare(sql).run(...keys.map((k) => toSqlValue(patch[k as keyof Community])), 1);
      return this.getCommunity();
    });
  }

  // --- configurations ----------------------------------------------------------

  listConfigurations(): Configuration[] {
    return (this.db.prepare('SELECT * FROM configurations ORDER BY id').all() as never[]).map(configurationFromRow);
  }

  getConfiguration(id: number): Configuration {
    const row = this.db.prepare('SELECT * FROM configurations WHERE id = ?').get(id);
    if (!row) throw new NotFoundError('configuration', id);
    return configurationFromRow(row as never);
  }

  addConfiguration(c: Omit<Configuration, 'id'>): Configuration {
    return this.tx(() => {
      const r = this.db
        .prepare('INSERT INTO configurations (name, substation_code) VALUES (?, ?)')
        .run(c.name, c.substationCode);
      return this.getConfiguration(Number(r.lastInsertRowid));
    });
  }

  updateConfiguration(id: number, patch: Partial<Omit<Configuration, 'id'>>): Configuration {
    return this.tx(() => {
      this.getConfiguration(id);
      const { keys, sql } = updateStatement('configurations', CONFIGURATION_COLUMNS, patch);
      if (keys.length) this.db.prepare(sql).run(...keys.map((k) => patch[k as keyof typeof patch]), id);
      return this.getConfiguration(id);
    });
  }

  removeConfiguration(id: number): void {
    this.tx(() => {
      const r = this.db.prepare('DELETE FROM configurations WHERE id = ?').run(id);
      if (r.changes === 0) throw new NotFoundError('configuration', id);
    });
  }

  // --- members ----------------------------------------------------------------

  private podsOf(memberId: number): string[] {
    return (
      this.db.prepare('SELECT pod FROM connection_points WHERE member_id = ? ORDER BY id').all(memberId) as {
        pod: string;
      }[]
    ).map((r) => r.pod);
  }

  listMembers(): Member[] {
    const rows = this.db.prepare('SELECT * FROM members ORDER BY id').all() as MemberRow[];
    const pods = new Map<number, string[]>();
    for (const p of this.db
      .prepare('SELECT member_id, pod FROM connection_points WHERE member_id IS NOT NULL ORDER BY id')
      .all() as { member_id: number; pod: string }[]) {
      const list = pods.get(p.member_id) ?? [];
      list.push(p.pod);
      pods.set(p.member_id, list);
    }
    return rows.map((r) => memberFromRow(r, pods.get(r.id) ?? []));
  }

  getMember(id: number): Member {
    const row = this.db.prepare('SELECT * FROM members WHERE id = ?').get(id) as MemberRow | undefined;
    if (!row) throw new NotFoundError('member', id);
    return memberFromRow(row, this.podsOf(id));
  }

  /** A POD belongs to at most one member: the caller gets a clear conflict instead of a silent move. */
  podOwner(pod: string): number | null {
    const row = this.db.prepare('SELECT member_id FROM connection_points WHERE pod = ?').get(pod) as
      | { member_id: number | null }
      | undefined;
    return row?.member_id ?? null;
  }

  private setPods(memberId: number, pods: string[]): void {
    this.db.prepare('DELETE FROM connection_points WHERE member_id = ? AND pod NOT IN (SELECT value FROM json_each(?))')
      .run(memberId, JSON.stringify(pods));
    const insert = this.db.prepare(
      'INSERT INTO connection_points (pod, member_id) VALUES (?, ?) ON CONFLICT(pod) DO UPDATE SET member_id = excluded.member_id',
    );
    for (const pod of pods) insert.run(pod, memberId);
  }

  addMember(m: Omit<Member, 'id'>): Member {
    return this.tx(() => {
      const cols = Object.keys(MEMBER_COLUMNS) as (keyof typeof MEMBER_COLUMNS)[];
      const r = this.db
        .prepare(
          `INSERT INTO members (${cols.map((c) => MEMBER_COLUMNS[c]).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
        )
        .run(...cols.map((c) => toSqlValue(m[c])));
      const id = Number(r.lastInsertRowid);
      this.setPods(id, m.pods);
      return this.getMember(id);
    });
  }

  updateMember(id: number, patch: Partial<Omit<Member, 'id'>>): Member {
    return this.tx(() => {
      this.getMember(id);
      const { keys, sql } = updateStatement('members', MEMBER_COLUMNS, patch);
      if (keys.length) this.db.prepare(sql).run(...keys.map((k) => toSqlValue(patch[k as keyof typeof patch])), id);
      if (patch.pods) this.setPods(id, patch.pods);
      return this.getMember(id);
    });
  }

  removeMember(id: number): void {
    this.tx(() => {
      const r = this.db.prepare('DELETE FROM members WHERE id = ?').run(id);
      if (r.changes === 0) throw new NotFoundError('member', id);
    });
  }

  listConnectionPoints(): ConnectionPoint[] {
    return (this.db.prepare('SELECT * FROM connection_points ORDER BY id').all() as never[]).map(
      connectionPointFromRow,
    );
  }

  // --- plants -----------------------------------------------------------------

  listPlants(): Plant[] {
    return (this.db.prepare('SELECT * FROM plants ORDER BY id').all() as PlantRow[]).map(plantFromRow);
  }

  getPlant(id: number): Plant {
    const row = this.db.prepare('SELECT * FROM plants WHERE id = ?').get(id) as PlantRow | undefined;
    if (!row) throw new NotFoundError('plant', id);
    return plantFromRow(row);
  }

  addPlant(p: Omit<Plant, 'id'>): Plant {
    return this.tx(() => {
      const cols = Object.keys(PLANT_COLUMNS) as (keyof typeof PLANT_COLUMNS)[];
      const r = this.db
        .prepare(
          `INSERT INTO plants (${cols.map((c) => PLANT_COLUMNS[c]).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
        )
        .run(...cols.map((c) => plantSqlValue(p, c)));
      return this.getPlant(Number(r.lastInsertRowid));
    });
  }

  updatePlant(id: number, patch: Partial<Omit<Plant, 'id'>>): Plant {
    return this.tx(() => {
      this.getPlant(id);
      const { keys, sql } = updateStatement('plants', PLANT_COLUMNS, patch);
      if (keys.length) this.db.prepare(sql).run(...keys.map((k) => toSqlValue(patch[k as keyof typeof patch])), id);
      return this.getPlant(id);
    });
  }

  removePlant(id: number): void {
    this.tx(() => {
      const r = this.db.prepare('DELETE FROM plants WHERE id = ?').run(id);
      if (r.changes === 0) throw new NotFoundError('plant', id);
    });
  }

  // --- summary ----------------------------------------------------------------

  counts(): ProjectCounts {
    const one = (sql: string) => (this.db.prepare(sql).get() as { n: number | null }).n ?? 0;
    return {
      configurations: one('SELECT COUNT(*) AS n FROM configurations'),
      members: one('SELECT COUNT(*) AS n FROM members'),
      plants: one('SELECT COUNT(*) AS n FROM plants'),
      totalKWp: one('SELECT SUM(kwp) AS n FROM plants'),
      annualConsumptionKWh: one('SELECT SUM(annual_kwh) AS n FROM members'),
    };
  }
}
