/**
 * The hourly series of the last simulation (core/scenario ConfigurationHourly), kept in the
 * project file beside the cached result but apart from it: 3 × 8,760 values per configuration
 * would otherwise be parsed and sent with every read of the result. Stored as Float32 (7
 * significant digits, ample for kWh in an hour), base64 in one JSON text, about 140 kB per
 * configuration; written in the same row as the result (simulation_cache.hourly_json) so the
 * two always match, and outside the undo history as the result is.
 */
import type { ConfigurationHourly } from '../scenario/types';
import type { ProjectStore } from './project-store';

type Stored = Omit<ConfigurationHourly, 'productionKWh' | 'withdrawalKWh' | 'sharedKWh'> & { productionKWh: string; withdrawalKWh: string; sharedKWh: string };

const pack = (values: number[]) => Buffer.from(Float32Array.from(values).buffer).toString('base64');
function unpack(text: string): number[] {
  const bytes = Buffer.from(text, 'base64');
  const copy = new Uint8Array(bytes); // aligned for the Float32Array view
  return Array.from(new Float32Array(copy.buffer, 0, copy.byteLength >> 2));
}

/** The series as stored: give it to writeSimulationCache with the result. */
export function packSimulationSeries(hourly: ConfigurationHourly[]): string {
  const stored: Stored[] = hourly.map((h) => ({ ...h, productionKWh: pack(h.productionKWh), withdrawalKWh: pack(h.withdrawalKWh), sharedKWh: pack(h.sharedKWh) }));
  return JSON.stringify(stored);
}

/** One configuration's series of the last run; null when the run kept none (older file) or the configuration was not simulated. */
export function readSimulationSeries(store: ProjectStore, configurationId: number): ConfigurationHourly | null {
  const row = store.db.prepare('SELECT hourly_json FROM simulation_cache WHERE id = 1').get() as { hourly_json: string | null } | undefined;
  const raw = row?.hourly_json;
  if (!raw) return null;
  try {
    const s = (JSON.parse(raw) as Stored[]).find((x) => x.configurationId === configurationId);
    return s ? { ...s, productionKWh: unpack(s.productionKWh), withdrawalKWh: unpack(s.withdrawalKWh), sharedKWh: unpack(s.sharedKWh) } : null;
  } catch {
    return null; // a damaged entry is only a missing chart: the next run rewrites it
  }
}
