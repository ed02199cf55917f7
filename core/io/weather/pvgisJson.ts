/**
 * PVGIS JSON importers: TMY (`outputs.tmy_hourly`) and hourly series (`outputs.hourly`, seriescalc).
 * Records carry no line numbers in single-line JSON: errors name the record as "line" = record index + 1
 * together with the array name.
 */
import type { WeatherYear } from '../../model/weather-year';
import { assembleWeatherYear, type HourRecord } from './assemble';
import { IoError } from '../io-error';
import { weatherAt } from './location';
import { IRRADIANCE_UNIT_OK, PVGIS_FIELD_KIND, pvgisAzimuthToCompass } from './pvgisFields';
import { pvgisRecord, pvgisVariant, type RawRecord } from './pvgisRecords';
import { excerpt } from '../excerpt';

type Json = Record<string, unknown>;

function obj(v: unknown): Json | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined;
}

function num(v: unknown, fileName: string, field: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new IoError(weatherAt(fileName, null, field), 'io/not-a-number', { code: 'io.pvgis-json.missing-non-numeric', params: { v: String(v) } });
  return v;
}

function checkUnits(doc: Json, arrayName: string, fileName: string): void {
  const vars = obj(obj(obj(obj(doc['meta'])?.['outputs'])?.[arrayName])?.['variables']);
  if (!vars) return;
  for (const [k, v] of Object.entries(vars)) {
    const units = obj(v)?.['units'];
    if (PVGIS_FIELD_KIND[k] === 'irradiance' && typeof units === 'string' && !IRRADIANCE_UNIT_OK.test(units)) {
      throw new IoError(weatherAt(fileName, null, k), 'io/wrong-units', { code: 'io.pvgis-json.unexpected-units-w-m2', params: { units: excerpt(units) } });
    }
    if (k === 'T2m' && typeof units === 'string' && /kelvin|\bK\b/i.test(units)) {
      throw new IoError(weatherAt(fileName, null, k), 'io/wrong-units', { code: 'io.pvgis-json.unexpected-units-degree-celsius', params: { units: excerpt(units) } });
    }
  }
}

function parseDoc(text: string, fileName: string): Json {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new IoError(weatherAt(fileName, null, null), 'io/corrupt', { code: 'io.pvgis-json.invalid-json', params: { message: (e as Error).message } });
  }
  const o = obj(doc);
  if (!o) throw new IoError(weatherAt(fileName, null, null), 'io/corrupt', { code: 'io.pvgis-json.json-root-object' });
  return o;
}

function records(arr: unknown, arrayName: string, timeKey: string, fileName: string): HourRecord[] {
  if (!Array.isArray(arr)) throw new IoError(weatherAt(fileName, null, `outputs.${arrayName}`), 'io/missing-value', { code: 'io.pvgis-json.missing-array' });
  if (arr.length === 0) throw new IoError(weatherAt(fileName, null, `outputs.${arrayName}`), 'io/empty', { code: 'io.pvgis-json.empty' });
  const first = obj(arr[0]);
  if (!first) throw new IoError(weatherAt(fileName, 1, arrayName), 'io/corrupt', { code: 'io.pvgis-json.record-object' });
  const variant = pvgisVariant(Object.keys(first), fileName, 1);
  return arr.map((r, i) => {
    const o = obj(r);
    if (!o) throw new IoError(weatherAt(fileName, i + 1, arrayName), 'io/corrupt', { code: 'io.pvgis-json.record-object' });
    return pvgisRecord(o as RawRecord, timeKey, variant, fileName, i + 1);
  });
}

/** PVGIS TMY JSON (tool `tmy`, outputformat=json). */
export function parsePvgisTmyJson(text: string, fileName: string): WeatherYear {
  const doc = parseDoc(text, fileName);
  const loc = obj(obj(doc['inputs'])?.['location']);
  if (!loc) throw new IoError(weatherAt(fileName, null, 'inputs.location'), 'io/missing-value', { code: 'io.pvgis-json.missing' });
  const out = obj(doc['outputs']);
  if (!out) throw new IoError(weatherAt(fileName, null, 'outputs'), 'io/missing-value', { code: 'io.pvgis-json.missing' });
  checkUnits(doc, 'tmy_hourly', fileName);
  const rows = records(out['tmy_hourly'], 'tmy_hourly', 'time(UTC)', fileName);
  const meteo = obj(obj(doc['inputs'])?.['meteo_data']);
  const ms = Array.isArray(out['months_selected']) ? (out['months_selected'] as unknown[]) : [];
  const monthYears = new Array<number>(12).fill(NaN);
  for (const m of ms) {
    const o = obj(m);
    if (o && typeof o['month'] === 'number' && typeof o['year'] === 'number') monthYears[o['month'] - 1] = o['year'];
  }
  const offset = loc['irradiance_time_offset'];
  return assembleWeatherYear(rows, {
    fileName,
    source: `PVGIS TMY (${String(meteo?.['radiation_db'] ?? 'PVGIS')}, ${String(meteo?.['year_min'] ?? '?')}–${String(meteo?.['year_max'] ?? '?')}) ${fileName}`,
    lat: num(loc['latitude'], fileName, 'latitude'),
    lon: num(loc['longitude'], fileName, 'longitude'),
    elevation: num(loc['elevation'], fileName, 'elevation'),
    offsetAfterStampH: typeof offset === 'number' ? offset : 0,
    monthYears: monthYears.some((y) => Number.isNaN(y)) ? undefined : monthYears,
  });
}

/** PVGIS hourly radiation JSON (tool `seriescalc`, outputformat=json). */
export function parsePvgisHourlyJson(text: string, fileName: string, opts: { requireFullYear?: boolean } = {}): WeatherYear {
  const doc = parseDoc(text, fileName);
  const inputs = obj(doc['inputs']);
  const loc = obj(inputs?.['location']);
  if (!loc) throw new IoError(weatherAt(fileName, null, 'inputs.location'), 'io/missing-value', { code: 'io.pvgis-json.missing' });
  const out = obj(doc['outputs']);
  if (!out) throw new IoError(weatherAt(fileName, null, 'outputs'), 'io/missing-value', { code: 'io.pvgis-json.missing' });
  checkUnits(doc, 'hourly', fileName);
  const rows = records(out['hourly'], 'hourly', 'time', fileName);
  const fixed = obj(obj(inputs?.['mounting_system'])?.['fixed']);
  const slope = obj(fixed?.['slope'])?.['value'];
  const az = obj(fixed?.['azimuth'])?.['value'];
  const offset = loc['irradiance_time_offset'];
  return assembleWeatherYear(rows, {
    fileName,
    source: `PVGIS hourly series ${fileName}`,
    lat: num(loc['latitude'], fileName, 'latitude'),
    lon: num(loc['longitude'], fileName, 'longitude'),
    elevation: num(loc['elevation'], fileName, 'elevation'),
    offsetAfterStampH: typeof offset === 'number' ? offset : 0,
    poaPlane: typeof slope === 'number' && typeof az === 'number' ? { tiltDeg: slope, azimuthDeg: pvgisAzimuthToCompass(az) } : undefined,
    requireFullYear: opts.requireFullYear,
  });
}
