/**
 * The project's weather file: set (by path or uploaded content), cleared, and parsed for a
 * run. A bad file is refused with the parser's message naming the line and field, and the
 * project is unchanged.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ProjectStore } from '../store/project-store';
import { clearProjectWeather, readProjectWeather, saveProjectWeather } from '../store/weather-repository';
import { parseWeather } from '../io/weather/parseWeather';
import { IoError } from '../io/io-error';
import { ioErrorToApiError } from './io-error-mapping';
import type { WeatherYear } from '../solar/weather';
import type { ProjectWeatherSummary } from './contract';
import { asArgs, str } from './args';
import { badRequest } from './errors';

/** Parsed weather by project file and import instant (a file is parsed once per import). */
const parsed = new Map<string, { importedAt: string; weather: WeatherYear }>();

function parse(text: string, name: string): WeatherYear {
  try {
    return parseWeather(text, name);
  } catch (e) {
    if (e instanceof IoError) throw ioErrorToApiError(e);
    throw e;
  }
}

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
  const weather = parse(stored.text, stored.name);
  parsed.set(store.file, { importedAt: stored.importedAt, weather });
  return weather;
}

export function getProjectWeather(store: ProjectStore): ProjectWeatherSummary | null {
  const stored = readProjectWeather(store);
  const w = projectWeather(store);
  return stored && w ? summary(stored.name, stored.importedAt, w) : null;
}

/** Sets the project's weather from `path`, or from `name` + `base64` (uploaded). */
export function setProjectWeather(store: ProjectStore, raw: unknown): ProjectWeatherSummary {
  const args = asArgs(raw);
  let name: string;
  let text: string;
  if (typeof args.path === 'string') {
    const file = path.resolve(str(args, 'path'));
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw badRequest(`file ${file} not found`, `file ${file} non trovato`, 'path');
    name = path.basename(file);
    text = fs.readFileSync(file, 'utf8');
  } else {
    name = path.basename(str(args, 'name', { max: 255 }));
    const b64 = str(args, 'base64', { max: 64 * 1024 * 1024 });
    text = Buffer.from(b64.replace(/^data:[^,]*,/, ''), 'base64').toString('utf8');
  }
  const weather = parse(text, name);
  const stored = saveProjectWeather(store, name, text);
  parsed.set(store.file, { importedAt: stored.importedAt, weather });
  return summary(name, stored.importedAt, weather);
}

export function removeProjectWeather(store: ProjectStore): null {
  clearProjectWeather(store);
  parsed.delete(store.file);
  return null;
}
