/**
 * The project's imported weather file (PVGIS TMY/hourly JSON or CSV, EPW), kept as its text in
 * the project file (meta key), parsed when a run is prepared. It replaces the embedded
 * climate for every plant of the project: PV irradiance and temperature, micro-wind speed.
 */
import type { ProjectStore } from './project-store';

const META_KEY = 'weather_file';

export interface StoredWeatherFile {
  name: string;
  importedAt: string;
  text: string;
}

export function saveProjectWeather(store: ProjectStore, name: string, text: string): StoredWeatherFile {
  const stored = { name, importedAt: new Date().toISOString(), text };
  store.setMeta(META_KEY, JSON.stringify(stored));
  return stored;
}

export function readProjectWeather(store: ProjectStore): StoredWeatherFile | null {
  const raw = store.getMeta(META_KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as StoredWeatherFile;
  } catch {
    return null;
  }
}

export function clearProjectWeather(store: ProjectStore): void {
  store.tx(() => store.db.prepare('DELETE FROM meta WHERE key = ?').run(META_KEY));
}
