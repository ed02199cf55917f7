/**
 * Hourly zonal prices imported for a project (market operator files), kept in the project
 * file. They replace the shipped monthly averages in the economics of the next run.
 */
import type { ProjectStore } from './project-store';
import type { HourlyZonalPrices } from '../io/prices/zonal-prices-csv';
import type { TimeBase } from '../model/timeseries';

const META_KEY = 'zonal_prices_hourly';

export interface StoredZonalPrices {
  file: string;
  importedAt: string;
  year: number;
  base: TimeBase;
  byZone: Record<string, Float64Array>;
}

export function saveZonalPrices(store: ProjectStore, prices: HourlyZonalPrices): void {
  const byZone: Record<string, number[]> = {};
  for (const [zone, values] of Object.entries(prices.byZone)) byZone[zone] = Array.from(values!);
  store.setMeta(META_KEY, JSON.stringify({ file: prices.file, importedAt: new Date().toISOString(), year: prices.year, base: prices.base, byZone }));
}

export function readZonalPrices(store: ProjectStore): StoredZonalPrices | null {
  const raw = store.getMeta(META_KEY);
  if (!raw) return null;
  const o = JSON.parse(raw) as Omit<StoredZonalPrices, 'byZone'> & { byZone: Record<string, number[]> };
  const byZone: Record<string, Float64Array> = {};
  for (const [zone, values] of Object.entries(o.byZone)) byZone[zone] = Float64Array.from(values);
  return { ...o, byZone };
}

export function clearZonalPrices(store: ProjectStore): void {
  store.tx(() => store.db.prepare('DELETE FROM meta WHERE key = ?').run(META_KEY));
}
