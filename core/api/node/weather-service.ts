/**
 * The project's weather file: set (by path or uploaded content), cleared, and parsed for a
 * run. A bad file is refused with the parser's message naming the line and field, and the
 * project is unchanged.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ProjectStore } from '../../store/project-store';
import { clearProjectWeather, readProjectWeather, saveProjectWeather } from '../../store/weather-repository';
import { parseWeather } from '../../io/weather/parseWeather';
import type { WeatherYear } from '../../model/weather-year';
import type { ProjectWeatherSummary } from '../common';
import { badRequest } from '../common/errors';

/** Parsed weather by project file and import instant (a file is parsed once per import). */
const parsed = new Map<string, { importedAt: string; weather: WeatherYear }>();

function summary(name: string, importedAt: string, w: WeatherYear): ProjectWeatherSummary {
  let wind = 0;
  for (const v of w.windSpeed) wind += v;
  return {
    name,
    importedAt,
    source: w.source,
    lat: w.lat,
    lon: w.lon,
    elevation: w.elevation,
    hours: w.base.length,
    meanWindSpeedMs: w.base.length ? wind / w.base.length : 0,
  };
}

/** The project's weather year, or undefined when it has none (the embedded climate is used). */
export function projectWeather(store: ProjectStore): WeatherYear | undefined {
  const stored = readProjectWeather(store);
  if (!stored) return undefined;
  const hit = parsed.get(store.file);
  if (hit && hit.importedAt === stored.importedAt) return hit.weather;
  const weather = parseWeather(stored.text, stored.name);
  parsed.set(store.file, { importedAt: stored.importedAt, weather });
  return weather;
}

export function getProjectWeather(store: ProjectStore): ProjectWeatherSummary | null {
  const stored = readProjectWeather(store);
  const w = projectWeather(store);
  return stored && w ? summary(stored.name, stored.importedAt, w) : null;
}

/** Sets the project's weather from `path`, or from `name` + `base64` (uploaded). */
export function setProjectWeather(store: ProjectStore, args: { path: string } | { name: string; base64: string }): ProjectWeatherSummary {
  let name: string;
  let text: string;
  if ('path' in args) {
    const file = path.resolve(args.path);
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw badRequest({ code: 'api.file-not-found', params: { file } }, 'path');
    name = path.basename(file);
    text = fs.readFileSync(file, 'utf8');
  } else {
    name = path.basename(args.name);
    text = Buffer.from(args.base64.replace(/^data:[^,]*,/, ''), 'base64').toString('utf8');
  }
  const weather = parseWeather(text, name);
  const stored = saveProjectWeather(store, name, text);
  parsed.set(store.file, { importedAt: stored.importedAt, weather });
  return summary(name, stored.importedAt, weather);
}

export function removeProjectWeather(store: ProjectStore): null {
  clearProjectWeather(store);
  parsed.delete(store.file);
  return null;
}
