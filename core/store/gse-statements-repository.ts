/**
 * GSE monthly statements per configuration (migration 10): what GSE actually paid, month by month,
 * to divide instead of the simulated amounts. An import replaces the months it names.
 */
import type { ProjectStore } from './project-store';

export interface StoredGseStatement {
  configurationId: number;
  year: number;
  month: number;
  incentiveEur: number;
  valorisationEur: number;
  restrictedEur: number | null;
  sourceFile: string;
  importedAt: string;
}

export function readGseStatements(store: ProjectStore, year?: number): StoredGseStatement[] {
  const rows = store.db
    .prepare(
      `SELECT configuration_id AS configurationId, year, month, incentive_eur AS incentiveEur, valorisation_eur AS valorisationEur,
              restricted_eur AS restrictedEur, source_file AS sourceFile, imported_at AS importedAt
       FROM gse_statements ${year === undefined ? '' : 'WHERE year = ?'} ORDER BY configuration_id, year, month`,
    )
    .all(...(year === undefined ? [] : [year])) as StoredGseStatement[];
  return rows;
}

/** Writes the rows in one transaction, replacing the same configuration-year-month. */
export function saveGseStatements(store: ProjectStore, rows: readonly Omit<StoredGseStatement, 'importedAt'>[]): void {
  const now = new Date().toISOString();
  store.tx(() => {
    const upsert = store.db.prepare(
      `INSERT INTO gse_statements (configuration_id, year, month, incentive_eur, valorisation_eur, restricted_eur, source_file, imported_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (configuration_id, year, month) DO UPDATE SET incentive_eur = excluded.incentive_eur, valorisation_eur = excluded.valorisation_eur,
         restricted_eur = excluded.restricted_eur, source_file = excluded.source_file, imported_at = excluded.imported_at`,
    );
    for (const r of rows) upsert.run(r.configurationId, r.year, r.month, r.incentiveEur, r.valorisationEur, r.restrictedEur, r.sourceFile, now);
  });
}

export function clearGseStatements(store: ProjectStore): void {
  store.tx(() => store.db.prepare('DELETE FROM gse_statements').run());
}
