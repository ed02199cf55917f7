/**
 * Reads an hourly forecast as Open-Meteo exports it (JSON or CSV; "Forecast API", hourly
 * variables `shortwave_radiation`, `global_tilted_irradiance`, `cloud_cover`,
 * `temperature_2m`, any `timeformat`). Hostile input: the size and hour count are bounded,
 * every value checked, and each error names the file, the row (CSV line, or element number in
 * a JSON array) and the field.
 *
 * Times: `hourly.time` is local wall time in `timezone` (with `utc_offset_seconds`), or Unix
 * seconds with `timeformat=unixtime`. Local hours are converted with the zone's rules, so a
 * DST change inside the file (23- or 25-hour day) is handled; the hours must then follow one
 * another exactly. `shortwave_radiation` is the mean of the hour *preceding* its time stamp
 * (Open-Meteo's documentation), so value T covers [T − 1 h, T); cloud cover and temperature
 * are instant values, taken over the same hour (half an hour apart: well within the forecast's
 * own error).
 */
import { IoError } from '../io-error';
import { isKnownTimeZone, localToUtc } from '../../advisor/local-time';
import type { Forecast } from '../../advisor/forecast';

/** Largest forecast file read [bytes]: 16 days × 24 h × a few variables is ~40 kB. */
export const FORECAST_MAX_BYTES = 2_000_000;
/** Most hours read (Open-Meteo forecasts reach 16 days). */
export const FORECAST_MAX_HOURS = 16 * 24 + 48;

const HOUR = 3_600_000;
type Field = 'shortwave_radiation' | 'global_tilted_irradiance' | 'cloud_cover' | 'temperature_2m';
const RANGES: Record<Field, [number, number]> = {
  shortwave_radiation: [0, 1500],
  global_tilted_irradiance: [0, 1500],
  cloud_cover: [0, 100],
  temperature_2m: [-60, 60],
};

interface Raw {
  file: string;
  timeZone: string | null;
  offsetSeconds: number | null;
  lat: number | null;
  lon: number | null;
  times: (string | number)[];
  /** Row number of each time for errors (CSV line; JSON element number). */
  rowOf: (i: number) => number;
  columns: Partial<Record<Field, (number | null)[]>>;
  /** How a field is named in errors (`hourly.cloud_cover` or the CSV header). */
  fieldName: (f: Field | 'time') => string;
}

export function parseForecast(file: string, data: Uint8Array): Forecast {
  if (data.byteLength > FORECAST_MAX_BYTES) throw new IoError({ file }, 'io/too-large', { code: 'io.forecast.over-limit-mb', params: { limit: FORECAST_MAX_BYTES / 1e6 } });
  const text = new TextDecoder('utf-8', { fatal: false }).decode(data).replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new IoError({ file }, 'io/empty', { code: 'io.forecast.empty' });
  const raw = text.trimStart().startsWith('{') ? fromJson(file, text) : fromCsv(file, text);
  return toForecast(raw);
}

function fromJson(file: string, text: string): Raw {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new IoError({ file }, 'io/corrupt', { code: 'io.forecast.invalid-json-detail', params: { detail: (e as Error).message.slice(0, 80) } });
  }
  const o = (doc ?? {}) as Record<string, unknown>;
  const hourly = o.hourly as Record<string, unknown> | undefined;
  if (!hourly || typeof hourly !== 'object' || !Array.isArray(hourly.time)) {
    throw new IoError({ file, field: 'hourly.time' }, 'io/unknown-layout', { code: 'io.forecast.no-hourly-series-hourly' });
  }
  const columns: Raw['columns'] = {};
  for (const f of Object.keys(RANGES) as Field[]) {
    const a = hourly[f];
    if (a === undefined) continue;
    if (!Array.isArray(a)) throw new IoError({ file, field: `hourly.${f}` }, 'io/unknown-layout', { code: 'io.forecast.list-values' });
    columns[f] = a.map((x, i) => {
      if (x === null) return null;
      if (typeof x !== 'number') throw new IoError({ file, row: i + 1, field: `hourly.${f}` }, 'io/not-a-number', { code: 'io.forecast.value-number', params: { value: String(x).slice(0, 20) } });
      return x;
    });
  }
  return {
    file,
    timeZone: typeof o.timezone === 'string' ? o.timezone : null,
    offsetSeconds: typeof o.utc_offset_seconds === 'number' ? o.utc_offset_seconds : null,
    lat: typeof o.latitude === 'number' ? o.latitude : null,
    lon: typeof o.longitude === 'number' ? o.longitude : null,
    times: hourly.time as (string | number)[],
    rowOf: (i) => i + 1,
    columns,
    fieldName: (f) => `hourly.${f}`,
  };
}

/** Header `shortwave_radiation (W/m²)` → the variable name. */
const variableOf = (h: string) => h.trim().replace(/\s*\(.*\)\s*$/, '').toLowerCase();

function fromCsv(file: string, text: string): Raw {
  const lines = text.split(/\r?\n/);
  const split = (l: string) => l.split(/[,;]/).map((c) => c.trim().replace(/^"|"$/g, ''));
  let meta: Record<string, string> = {};
  let header = -1;
  for (let i = 0; i < lines.length && i < 20; i++) {
    const cells = split(lines[i]!);
    if (cells[0]?.toLowerCase() === 'latitude' && lines[i + 1] !== undefined) meta = Object.fromEntries(cells.map((c, j) => [c.toLowerCase(), split(lines[i + 1]!)[j] ?? '']));
    if (cells[0]?.toLowerCase() === 'time') {
      header = i;
      break;
    }
  }
  if (header < 0) throw new IoError({ file }, 'io/missing-column', { code: 'io.forecast.no-header-row-starting' });
  const heads = split(lines[header]!);
  const colOf = new Map<Field, number>();
  heads.forEach((h, j) => {
    const v = variableOf(h) as Field;
    if (v in RANGES) colOf.set(v, j);
  });
  const times: string[] = [];
  const rows: number[] = [];
  const columns: Raw['columns'] = {};
  for (const f of colOf.keys()) columns[f] = [];
  for (let i = header + 1; i < lines.length; i++) {
    if (lines[i]!.trim() === '') continue;
    if (times.length >= FORECAST_MAX_HOURS) throw new IoError({ file, row: i + 1 }, 'io/too-large', { code: 'io.forecast.more-than-forecast-max', params: { maxHours: FORECAST_MAX_HOURS } });
    const cells = split(lines[i]!);
    times.push(cells[0]!);
    rows.push(i + 1);
    for (const [f, j] of colOf) {
      const c = cells[j] ?? '';
      if (c === '') columns[f]!.push(null);
      else {
        const x = Number(c);
        if (!Number.isFinite(x)) throw new IoError({ file, row: i + 1, field: heads[j] }, 'io/not-a-number', { code: 'io.forecast.value-number', params: { value: c.slice(0, 20) } });
        columns[f]!.push(x);
      }
    }
  }
  const num = (k: string) => (meta[k] !== undefined && meta[k] !== '' && Number.isFinite(Number(meta[k])) ? Number(meta[k]) : null);
  return {
    file,
    timeZone: meta.timezone || null,
    offsetSeconds: num('utc_offset_seconds'),
    lat: num('latitude'),
    lon: num('longitude'),
    times,
    rowOf: (i) => rows[i]!,
    columns,
    fieldName: (f) => heads[f === 'time' ? 0 : colOf.get(f)!] ?? f,
  };
}

const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::\d{2})?$/;

function toForecast(r: Raw): Forecast {
  const { file } = r;
  const n = r.times.length;
  if (n === 0) throw new IoError({ file, field: r.fieldName('time') }, 'io/empty', { code: 'io.forecast.no-hours' });
  if (n > FORECAST_MAX_HOURS) throw new IoError({ file, field: r.fieldName('time') }, 'io/too-large', { code: 'io.forecast.n-hours-at-most', params: { n, maxHours: FORECAST_MAX_HOURS } });
  const irr: Field | null = r.columns.shortwave_radiation ? 'shortwave_radiation' : r.columns.global_tilted_irradiance ? 'global_tilted_irradiance' : null;
  if (!irr && !r.columns.cloud_cover) {
    throw new IoError({ file }, 'io/missing-column', { code: 'io.forecast.shortwave-radiation-global-tilted' });
  }
  // The zone: a named IANA zone, else the fixed offset, else UTC (stated).
  const named = r.timeZone && r.timeZone !== 'GMT' && r.timeZone !== 'UTC' ? r.timeZone : null;
  if (named && !isKnownTimeZone(named)) throw new IoError({ file, field: 'timezone' }, 'io/bad-value', { code: 'io.forecast.unknown-time-zone-value', params: { value: named.slice(0, 40) } });
  const fixedOffsetMs = named ? null : (r.offsetSeconds ?? 0) * 1000;
  const utc: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = r.times[i]!;
    const where = { file, row: r.rowOf(i), field: r.fieldName('time') };
    let stamp: number;
    if (typeof t === 'number') {
      stamp = t * 1000;
    } else {
      const m = LOCAL_TIME.exec(String(t).trim());
      if (!m) throw new IoError(where, 'io/bad-date', { code: 'io.forecast.value-yyyy-mm-ddthh', params: { value: String(t).slice(0, 30) } });
      const wall = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!);
      if (named) {
        // A repeated autumn hour: the later instant when the earlier is taken.
        const options = localToUtc(wall, named).filter((x) => !utc.length || x > utc.at(-1)!);
        if (!options.length) throw new IoError(where, 'io/bad-date', { code: 'io.forecast.hour-t-does-exist', params: { t: String(t), named } });
        stamp = options[0]!;
      } else stamp = wall - fixedOffsetMs!;
    }
    if (utc.length && stamp - utc.at(-1)! !== HOUR) {
      throw new IoError(where, 'io/date-order', { code: 'io.forecast.hours-must-follow-one' });
    }
    utc.push(stamp);
  }
  const series = (f: Field): Float64Array | null => {
    const a = r.columns[f];
    if (!a) return null;
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const x = a[i];
      const where = { file, row: r.rowOf(i), field: r.fieldName(f) };
      if (x === null || x === undefined) throw new IoError(where, 'io/missing-value', { code: 'io.forecast.missing-value' });
      const [lo, hi] = RANGES[f];
      if (x < lo || x > hi) throw new IoError(where, 'io/out-of-range', { code: 'io.forecast.x-outside-lo-hi', params: { x, lo, hi } });
      out[i] = x;
    }
    return out;
  };
  const lat = r.lat !== null && Math.abs(r.lat) <= 90 ? r.lat : null;
  const lon = r.lon !== null && Math.abs(r.lon) <= 180 ? r.lon : null;
  return {
    source: file,
    timeZone: named ?? 'UTC',
    startUtcMs: utc[0]! - HOUR,
    hours: n,
    ghi: irr ? series(irr) : null,
    cloudCover: series('cloud_cover'),
    tAir: series('temperature_2m'),
    lat,
    lon,
    ...(irr === 'global_tilted_irradiance'
      ? { note: { code: 'advisor.outlook.tilted-as-horizontal' } }
      : {}),
  };
}
