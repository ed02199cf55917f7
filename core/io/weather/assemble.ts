/**
 * Turns parsed hourly records into a validated `WeatherYear` (shared by all importers):
 * chronology, time base, typical-year months. Only reading: the missing horizontal
 * components are computed by core/solar/horizontalIrradiance, as pvlib keeps its
 * decomposition and transposition models out of iotools.
 */
import type { TimeBase } from '../../model/timeseries';
import { completeHorizontalIrradiance, horizontalFromPlaneOfArray, type HorizontalIrradiance, type IrradianceSeriesTiming } from '../../solar/horizontalIrradiance';
import type { WeatherYear } from '../../model/weather-year';
import { IoError } from '../io-error';
import { weatherAt } from './location';

export interface HourRecord {
  /** 1-based source line (or record index for JSON). */
  line: number;
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  ghi?: number;
  dni?: number;
  dhi?: number;
  poaBeam?: number;
  poaDiffuse?: number;
  poaReflected?: number;
  tAir: number;
  windSpeed: number;
}

export interface AssembleMeta {
  fileName: string;
  source: string;
  lat: number;
  lon: number;
  elevation: number;
  /** Offset [h] of the irradiance instant after the record's HH:MM stamp. */
  offsetAfterStampH: number;
  /** Plane of POA records (compass azimuth). */
  poaPlane?: { tiltDeg: number; azimuthDeg: number };
  monthYears?: number[];
  /** Demand 8760/8784 records (default true). */
  requireFullYear?: boolean;
  /** Shift [h] from the record's calendar stamp to the UTC interval start (e.g. −tz for local standard time); default 0. */
  stampToStartH?: number;
}

const HOUR = 3_600_000;
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function assembleWeatherYear(rows: HourRecord[], meta: AssembleMeta): WeatherYear {
  const { fileName } = meta;
  const n = rows.length;
  if (n === 0) throw new IoError(weatherAt(fileName, null, null), 'io/empty', { code: 'io.assembleWeatherYear.data-records-found' });
  if ((meta.requireFullYear ?? true) && n !== 8760 && n !== 8784) {
    throw new IoError(weatherAt(fileName, null, null), 'io/wrong-length', { code: 'io.assembleWeatherYear.year-file-needs-hourly', params: { n } });
  }
  const years = new Set(rows.map((r) => r.year));
  const typical = years.size > 1 && !isConsecutiveCalendar(rows);
  const hasLeapDay = rows.some((r) => r.month === 2 && r.day === 29);
  const keyYear = hasLeapDay ? 2000 : 2001;
  const stampToStartH = meta.stampToStartH ?? 0;

  // chronology
  for (let i = 1; i < n; i++) {
    const a = rows[i - 1]!;
    const b = rows[i]!;
    const ka = typical ? Date.UTC(keyYear, a.month - 1, a.day, a.hour) : Date.UTC(a.year, a.month - 1, a.day, a.hour);
    const kb = typical ? Date.UTC(keyYear, b.month - 1, b.day, b.hour) : Date.UTC(b.year, b.month - 1, b.day, b.hour);
    if (kb - ka !== HOUR) throw new IoError(weatherAt(fileName, b.line, 'time'), 'io/date-order', { code: 'io.assembleWeatherYear.records-consecutive-hours' });
  }

  const first = rows[0]!;
  let startUtcMs: number;
  let nominalYear = first.year;
  if (typical) {
    const wantLeap = n === 8784 || hasLeapDay;
    while (isLeap(nominalYear) !== wantLeap) nominalYear++;
    startUtcMs = Date.UTC(nominalYear, first.month - 1, first.day, first.hour) + stampToStartH * HOUR;
  } else {
    startUtcMs = Date.UTC(first.year, first.month - 1, first.day, first.hour) + stampToStartH * HOUR;
  }
  const base: TimeBase = { startUtcMs, stepMinutes: 60, length: n, timeZone: 'UTC' };
  // A stamp with minutes (seriescalc "HH:10") already marks the irradiance instant.
  const offsetH = first.minute > 0 ? first.minute / 60 : meta.offsetAfterStampH;

  const tAir = new Float64Array(n);
  const windSpeed = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    tAir[i] = rows[i]!.tAir;
    windSpeed[i] = rows[i]!.windSpeed;
  }

  const site = { lat: meta.lat, lon: meta.lon, elevation: meta.elevation };
  const timing: IrradianceSeriesTiming = { startUtcMs, stepMinutes: 60, length: n, instantOffsetH: offsetH };
  let poa: WeatherYear['poa'];
  let horizontal: HorizontalIrradiance;
  if (rows[0]!.poaBeam !== undefined) {
    const plane = meta.poaPlane;
    if (!plane) throw new IoError(weatherAt(fileName, null, 'Slope/Azimuth'), 'io/missing-value', { code: 'io.assembleWeatherYear.plane-array-data-without' });
    poa = {
      tiltDeg: plane.tiltDeg,
      azimuthDeg: plane.azimuthDeg,
      beam: Float64Array.from(rows, (r) => r.poaBeam ?? 0),
      diffuse: Float64Array.from(rows, (r) => r.poaDiffuse ?? 0),
      reflected: Float64Array.from(rows, (r) => r.poaReflected ?? 0),
    };
    horizontal = horizontalFromPlaneOfArray(site, timing, poa);
  } else {
    // A record needs GHI, or DNI and DHI; absent components go to the solar model as NaN.
    const bad = rows.find((r) => r.ghi === undefined && (r.dni === undefined || r.dhi === undefined));
    if (bad) throw new IoError(weatherAt(fileName, bad.line, 'G(h)'), 'io/missing-value', { code: 'io.assembleWeatherYear.horizontal-irradiance-record' });
    horizontal = completeHorizontalIrradiance(site, timing, {
      ghi: Float64Array.from(rows, (r) => r.ghi ?? NaN),
      dni: Float64Array.from(rows, (r) => r.dni ?? NaN),
      dhi: Float64Array.from(rows, (r) => r.dhi ?? NaN),
    });
  }
  const { ghi, dni, dhi } = horizontal;

  const w: WeatherYear = {
    lat: meta.lat,
    lon: meta.lon,
    elevation: meta.elevation,
    base,
    ghi,
    dni,
    dhi,
    tAir,
    windSpeed,
    source: meta.source,
    irradianceTimeOffsetH: offsetH,
  };
  if (typical) {
    w.isTypicalYear = true;
    w.monthYears = meta.monthYears ?? monthYearsOf(rows);
  }
  if (poa) w.poa = poa;
  return w;
}

function monthYearsOf(rows: HourRecord[]): number[] {
  const out = new Array<number>(12).fill(NaN);
  for (const r of rows) if (Number.isNaN(out[r.month - 1]!)) out[r.month - 1] = r.year;
  return out;
}

/** True when the records are one real consecutive stretch of calendar time (e.g. Dec→Jan of the next year). */
function isConsecutiveCalendar(rows: HourRecord[]): boolean {
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1]!;
    const b = rows[i]!;
    if (Date.UTC(b.year, b.month - 1, b.day, b.hour) - Date.UTC(a.year, a.month - 1, a.day, a.hour) !== HOUR) return false;
  }
  return true;
}
