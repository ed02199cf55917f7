/**
 * The last simulation result, kept in the project file beside the hash of the inputs it was
 * computed from; a result whose hash no longer matches the project's inputs is stale.
 */
import type { ProjectStore } from './project-store';

export interface CachedResult<T> {
  inputHash: string;
  createdAt: string;
  result: T;
}

export function readSimulationCache<T>(store: ProjectStore): CachedResult<T> | null {
  const row = store.db.prepare('SELECT input_hash, created_at, result_json FROM simulation_cache WHERE id = 1').get() as
    | { input_hash: string; created_at: string; result_json: string }
    | undefined;
  if (!row) return null;
  return { inputHash: row.input_hash, createdAt: row.created_at, result: JSON.parse(row.result_json) as T };
}

/**
 * Writes the result and its hourly series (simulation-series.ts `packSimulationSeries`; null:
 * none) in one statement, so the two always match. The table is not undoable: a run is not
 * an edit, and undo never reverts one part of it.
 */
export function writeSimulationCache(store: ProjectStore, inputHash: string, result: unknown, hourlyJson: string | null = null): string {
  const createdAt = new Date().toISOString();
  store.tx(() => {
    store.db
      .prepare(
        `INSERT INTO simulation_cache (id, input_hash, created_at, result_json, hourly_json) VALUES (1, ?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET input_hash = excluded.input_hash, created_at = excluded.created_at, result_json = excluded.result_json, hourly_json = excluded.hourly_json`,
      )
      .run(inputHash, createdAt, JSON.stringify(result), hourlyJson);
  });
  return createdAt;
}

/** The step of the kept result, read without parsing the whole result (null: none kept). */
export function cachedStepMinutes(store: ProjectStore): 15 | 60 | null {
  const row = store.db.prepare("SELECT json_extract(result_json, '$.stepMinutes') AS step FROM simulation_cache WHERE id = 1").get() as { step: number | null } | undefined;
  if (!row) return null;
  return row.step === 15 ? 15 : 60;
}
