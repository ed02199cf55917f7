/**
 * The hourly series of the last simulation (core/scenario ConfigurationHourly), kept in the
 * project file beside the cached result but apart from it: 3 × 8,760 values per configuration
 * would otherwise be parsed and sent with every read of the result. Stored as Float32 (7
 * significant digits, ample for kWh in an hour), base64 in one meta entry, about 140 kB per
 * configuration; written in the same transaction as the result so the two always match.
 */
import type { ConfigurationHourly } from '../scenario/types';
import type { ProjectStore } from './project-store';

const META_KEY = 'simulation_hourly';

type Stored = Omit<ConfigurationHourly, 'productionKWh' | 'withdrawalKWh' | 'sharedKWh'> & { productionKWh: string; withdrawalKWh: string; sharedKWh: string };

const pack = (values: number[]) => Buffer.from(Float32Array.from(values).buffer).toString('base64');
function unpack(text: string): number[] {
  const bytes = Buffer.from(text, 'base64');
  const copy = new Uint8Array(bytes); // aligned for the Float32Array view
  return Array.from(new Float32Array(copy.buffer, 0, copy.byteLength >> 2));
}

/** The SQL of writing the series, to run inside the transaction that writes the result. */
export function writeSimulationSeries(store: ProjectStore, hourly: ConfigurationHourly[]): void {
  const stored: Stored[] = hourly.map((h) => ({ ...h, productionKWh: pack(h.productionKWh), withdrawalKWh: pack(h.withdrawalKWh), sharedKWh: pack(h.sharedKWh) }));
  store.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(META_KEY, JSON.stringify(stored));
}

/** One configuration's series of the last run; null when the run kept none (older file) or the configuration was not simulated. */
export function readSimulationSeries(store: ProjectStore, configurationId: number): ConfigurationHourly | null {
  const raw = store.getMeta(META_KEY);
  if (!raw) return null;
  try {
    const s = (JSON.parse(raw) as Stored[]).find((x) => x.configurationId === configurationId);
    return s ? { ...s, productionKWh: unpack(s.productionKWh), withdrawalKWh: unpack(s.withdrawalKWh), sharedKWh: unpack(s.sharedKWh) } : null;
  } catch {
    return null; // a damaged entry is only a missing chart: the next run rewrites it
  }
}
