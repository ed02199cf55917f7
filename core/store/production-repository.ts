/**
 * Imported production of plants — table `production_series` of migration 6, one row per
 * plant, kept apart from the withdrawal curves of PODs (a prosumer's POD may have both):
 * - `series`: a measured or computed curve [kWh per interval] on its own UTC time base
 *   (Float64 little-endian BLOB, as load curves are stored);
 * - `monthly`: twelve monthly energies [kWh] (micro-hydro, other sources).
 *
 * Writes open no transaction of their own: the caller wraps a whole import in `store.tx`.
 */
import { civilCalendarFor } from '../model/calendar/civilCalendar';
import type { EnergySeries, StepMinutes, TimeBase } from '../model/timeseries';
import { spreadMonthlyEnergy } from '../load/spreadMonthlyEnergy';
import { decode, encode } from './import-repository';
import { curveOnBase } from '../load/curveOnBase';
import type { ProjectStore } from './project-store';

interface ProductionRow {
  plant_id: number;
  kind: 'series' | 'monthly';
  start_utc_ms: number | null;
  step_minutes: number | null;
  length: number | null;
  values_f64le: Buffer | null;
  monthly_json: string | null;
  source_file: string;
  imported_at: string;
}

/** What is stored for a plant, without the values of a series. */
export interface StoredProductionInfo {
  plantId: number;
  kind: 'series' | 'monthly';
  /** Series only: first instant [ms UTC], step and number of intervals. */
  startUtcMs?: number;
  stepMinutes?: StepMinutes;
  length?: number;
  /** Monthly only: January…December [kWh]. */
  monthlyKWh?: number[];
  /** Sum of the stored values [kWh] (NaN ignored). */
  totalKWh: number;
  sourceFile: string;
  importedAt: string;
}

const ROME = 'Europe/Rome';

const finiteSum = (xs: ArrayLike<number>) => {
  let s = 0;
  for (let i = 0; i < xs.length; i++) if (Number.isFinite(xs[i]!)) s += xs[i]!;
  return s;
};

/** Stores (replaces) a plant's production curve [kWh per interval]. Call inside `store.tx`. */
export function saveProductionSeries(store: ProjectStore, plantId: number, series: EnergySeries, sourceFile: string, importedAt: string): void {
  store.db
    .prepare(
      `INSERT OR REPLACE INTO production_series (plant_id, kind, start_utc_ms, step_minutes, length, values_f64le, monthly_json, source_file, imported_at)
       VALUES (?, 'series', ?, ?, ?, ?, NULL, ?, ?)`,
    )
    .run(plantId, series.base.startUtcMs, series.base.stepMinutes, series.base.length, encode(series.kWh), sourceFile, importedAt);
}

/** Stores (replaces) a plant's production as twelve monthly energies [kWh]. Call inside `store.tx`. */
export function saveMonthlyProduction(store: ProjectStore, plantId: number, monthlyKWh: readonly number[], sourceFile: string, importedAt: string): void {
  store.db
    .prepare(
      `INSERT OR REPLACE INTO production_series (plant_id, kind, start_utc_ms, step_minutes, length, values_f64le, monthly_json, source_file, imported_at)
       VALUES (?, 'monthly', NULL, NULL, NULL, NULL, ?, ?, ?)`,
    )
    .run(plantId, JSON.stringify(monthlyKWh), sourceFile, importedAt);
}

/** Removes a plant's imported production; true when there was one. */
export function clearProduction(store: ProjectStore, plantId: number): boolean {
  return store.db.prepare('DELETE FROM production_series WHERE plant_id = ?').run(plantId).changes > 0;
}

function seriesOf(r: ProductionRow): EnergySeries {
  return {
    base: { startUtcMs: r.start_utc_ms!, stepMinutes: r.step_minutes as StepMinutes, length: r.length!, timeZone: ROME },
    kWh: decode(r.values_f64le!, r.length!),
  };
}

const monthlyOf = (r: ProductionRow): number[] => JSON.parse(r.monthly_json ?? '[]') as number[];

/** The stored production of a plant: a series, or twelve monthly energies; null when none. */
export function getProduction(store: ProjectStore, plantId: number): { series: EnergySeries } | { monthlyKWh: number[] } | null {
  const r = store.db.prepare('SELECT * FROM production_series WHERE plant_id = ?').get(plantId) as ProductionRow | undefined;
  if (!r) return null;
  return r.kind === 'series' ? { series: seriesOf(r) } : { monthlyKWh: monthlyOf(r) };
}

export function listProduction(store: ProjectStore): StoredProductionInfo[] {
  const rows = store.db.prepare('SELECT * FROM production_series ORDER BY plant_id').all() as ProductionRow[];
  return rows.map((r) => {
    const common = { plantId: r.plant_id, kind: r.kind, sourceFile: r.source_file, importedAt: r.imported_at };
    if (r.kind === 'monthly') {
      const monthlyKWh = monthlyOf(r);
      return { ...common, monthlyKWh, totalKWh: finiteSum(monthlyKWh) };
    }
    return {
      ...common,
      startUtcMs: r.start_utc_ms!,
      stepMinutes: r.step_minutes as StepMinutes,
      length: r.length!,
      totalKWh: finiteSum(decode(r.values_f64le!, r.length!)),
    };
  });
}

/**
 * Imported production of each plant for a run on `base` (the civil reference year) [kWh per
 * step]: a series re-laid by civil month, day and time (core/model/civil-relay), twelve
 * monthly energies spread flat within each civil month.
 */
export function plantProductionInputs(store: ProjectStore, base: TimeBase): Map<number, Float64Array> {
  const out = new Map<number, Float64Array>();
  const rows = store.db.prepare('SELECT * FROM production_series ORDER BY plant_id').all() as ProductionRow[];
  for (const r of rows) {
    out.set(r.plant_id, r.kind === 'series' ? curveOnBase(seriesOf(r), base) : spreadMonthlyEnergy(monthlyOf(r), base, civilCalendarFor(base)));
  }
  return out;
}
