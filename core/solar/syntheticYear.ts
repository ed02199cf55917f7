/**
 * Synthetic hourly (or 15-min) typical year from monthly climate, for sites without a weather file.
 *
 * 1. Monthly mean daily GHI and temperature interpolated from the embedded climate table
 *    (inverse distance², lapse-rate corrected temperature).
 * 2. Clear-sky GHI with the Haurwitz (1945) model at the interval midpoint (NREL SPA sun position).
 * 3. Day-to-day variability: a deterministic (seeded by the coordinates) daily clear-sky index
 *    spread uniformly around the monthly mean clear-sky index and rescaled so that each month's
 *    irradiation equals the climate value exactly.
 * 4. DNI/DHI by the Erbs et al. (1982) decomposition.
 * 5. Air temperature: monthly means placed at mid-month and linearly interpolated day by day, plus
 *    a cosine diurnal cycle peaking at 15:00 solar time with a daily range of 4…12 °C growing with
 *    the day's clearness. Wind speed: constant (default 2 m/s).
 */
import type { TimeBase } from '../model/timeseries';
import { clearSkyHaurwitz } from './clearSky';
import { interpolateClimate, type ClimateTable } from './climateTable';
import { DEFAULT_CLIMATE } from './defaultClimate';
import { decomposeErbs } from './erbs';
import { extraterrestrialNormal } from './extraterrestrial';
import { mulberry32 } from '../model/prng';
import { sunPositionSeries } from './sunPositionFast';
import type { WeatherYear } from '../model/weather-year';

export interface SyntheticYearOptions {
  stepMinutes?: 15 | 60;
  climate?: ClimateTable;
  /** Constant wind speed [m/s]; default 2. */
  windSpeed?: number;
}

const DAY_MS = 86_400_000;

export function syntheticTypicalYear(lat: number, lon: number, elevation: number, referenceYear: number, opts: SyntheticYearOptions = {}): WeatherYear {
  if (!(Math.abs(lat) <= 90) || !(Math.abs(lon) <= 180)) throw new RangeError(`syntheticTypicalYear: bad coordinates ${lat}, ${lon}`);
  if (!Number.isInteger(referenceYear)) throw new RangeError(`syntheticTypicalYear: referenceYear must be an integer, got ${referenceYear}`);
  const step = opts.stepMinutes ?? 60;
  const climate = interpolateClimate(opts.climate ?? DEFAULT_CLIMATE, lat, lon, elevation);
  const start = Date.UTC(referenceYear, 0, 1);
  const nDays = Math.round((Date.UTC(referenceYear + 1, 0, 1) - start) / DAY_MS);
  const perDay = (24 * 60) / step;
  const n = nDays * perDay;
  const stepH = step / 60;
  const offsetH = stepH / 2;
  const sun = sunPositionSeries(start + offsetH * 3_600_000, step, n, { latitudeDeg: lat, longitudeDeg: lon, elevationM: elevation });

  const clear = new Float64Array(n);
  const clearDay = new Float64Array(nDays);
  for (let i = 0; i < n; i++) {
    clear[i] = clearSkyHaurwitz(sun.zenithDeg[i]!);
    clearDay[Math.floor(i / perDay)]! += clear[i]! * stepH; // [Wh/m²]
  }
  const monthOfDay = new Int32Array(nDays);
  for (let d = 0; d < nDays; d++) monthOfDay[d] = new Date(start + d * DAY_MS).getUTCMonth();

  // Daily clear-sky index per month, deterministic.
  const rng = mulberry32(Math.round((lat + 90) * 1000) * 400_000 + Math.round((lon + 180) * 1000));
  const kc = new Float64Array(nDays);
  for (let m = 0; m < 12; m++) {
    const days: number[] = [];
    for (let d = 0; d < nDays; d++) if (monthOfDay[d] === m) days.push(d);
    const target = climate.ghiKWhM2Day[m]! * 1000 * days.length;
    const clearSum = days.reduce((s, d) => s + clearDay[d]!, 0);
    const kMean = clearSum > 0 ? target / clearSum : 0;
    const upper = Math.max(1, kMean);
    const hw = Math.max(0, Math.min(kMean - 0.1, upper - kMean, 0.45)) * 0.95;
    for (const d of days) kc[d] = kMean + hw * (2 * rng() - 1);
    for (let it = 0; it < 8; it++) {
      const got = days.reduce((s, d) => s + kc[d]! * clearDay[d]!, 0);
      const f = got > 0 ? target / got : 0;
      for (const d of days) kc[d] = Math.min(upper, Math.max(0.03, kc[d]! * f));
    }
  }

  // Mid-month temperature anchors for day-by-day interpolation.
  const midDay: number[] = [];
  for (let m = 0; m < 12; m++) {
    const a = (Date.UTC(referenceYear, m, 1) - start) / DAY_MS;
    const b = (Date.UTC(referenceYear, m + 1, 1) - start) / DAY_MS;
    midDay.push((a + b) / 2);
  }
  const tDay = (d: number): number => {
    const x = d + 0.5;
    let m1 = 11;
    for (let m = 0; m < 12; m++) if (midDay[m]! <= x) m1 = m;
    if (x < midDay[0]!) m1 = 11;
    const m2 = (m1 + 1) % 12;
    const x1 = m1 === 11 && x < midDay[0]! ? midDay[11]! - nDays : midDay[m1]!;
    const x2 = m2 === 0 ? midDay[0]! + (x1 > 0 ? nDays : 0) : midDay[m2]!;
    const f = (x - x1) / (x2 - x1);
    return climate.tMeanC[m1]! + f * (climate.tMeanC[m2]! - climate.tMeanC[m1]!);
  };

  const ghi = new Float64Array(n);
  const dni = new Float64Array(n);
  const dhi = new Float64Array(n);
  const tAir = new Float64Array(n);
  const windSpeed = new Float64Array(n).fill(opts.windSpeed ?? 2);
  for (let d = 0; d < nDays; d++) {
    const e0 = extraterrestrialNormal(d + 1);
    const tMean = tDay(d);
    const amp = (4 + 8 * Math.min(1, kc[d]!)) / 2;
    for (let j = 0; j < perDay; j++) {
      const i = d * perDay + j;
      const g = kc[d]! * clear[i]!;
      ghi[i] = g;
      const e = decomposeErbs(g, sun.zenithDeg[i]!, e0);
      dni[i] = e.dni;
      dhi[i] = e.dhi;
      const solarHour = (j + 0.5) * stepH + lon / 15;
      tAir[i] = tMean + amp * Math.cos((2 * Math.PI * (solarHour - 15)) / 24);
    }
  }
  const base: TimeBase = { startUtcMs: start, stepMinutes: step, length: n, timeZone: 'UTC' };
  const nb = climate.neighbours.map((x) => `${x.name} ${x.distanceKm.toFixed(0)} km`).join(', ');
  return {
    lat,
    lon,
    elevation,
    base,
    ghi,
    dni,
    dhi,
    tAir,
    windSpeed,
    source: `Synthetic typical year from the embedded Italian climate (${nb})`,
    irradianceTimeOffsetH: offsetH,
    isTypicalYear: true,
  };
}
