/**
 * Lays a typical year (months taken from different years) onto a chosen reference calendar year,
 * matching records by UTC month, day, hour and minute. 29 February is taken from 28 February when
 * the reference year is a leap year and the source has none; it is dropped otherwise.
 * The result starts at 1 January 00:00 UTC of the reference year. (Civil time is handled elsewhere.)
 */
import type { TimeBase } from '../model/timeseries';
import type { WeatherYear } from '../model/weather-year';

const key = (month0: number, day: number, hour: number, quarter: number): number => ((month0 * 32 + day) * 24 + hour) * 4 + quarter;

export function layTypicalYearOnCalendar(w: WeatherYear, referenceYear: number): WeatherYear {
  if (!Number.isInteger(referenceYear)) throw new RangeError(`referenceYear must be an integer, got ${referenceYear}`);
  const step = w.base.stepMinutes;
  const stepMs = step * 60_000;
  const index = new Int32Array(12 * 32 * 24 * 4).fill(-1);
  for (let i = 0; i < w.base.length; i++) {
    const d = new Date(w.base.startUtcMs + i * stepMs);
    index[key(d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), Math.floor(d.getUTCMinutes() / 15))] = i;
  }
  const start = Date.UTC(referenceYear, 0, 1);
  const n = Math.round((Date.UTC(referenceYear + 1, 0, 1) - start) / stepMs);
  const src = new Int32Array(n);
  for (let j = 0; j < n; j++) {
    const d = new Date(start + j * stepMs);
    const mo = d.getUTCMonth();
    const h = d.getUTCHours();
    const q = Math.floor(d.getUTCMinutes() / 15);
    let i = index[key(mo, d.getUTCDate(), h, q)]!;
    if (i < 0 && mo === 1 && d.getUTCDate() === 29) i = index[key(1, 28, h, q)]!;
    if (i < 0) throw new RangeError(`typical year has no record for ${d.toISOString()} (month/day/hour)`);
    src[j] = i;
  }
  const pick = (a: Float64Array): Float64Array => {
    const out = new Float64Array(n);
    for (let j = 0; j < n; j++) out[j] = a[src[j]!]!;
    return out;
  };
  const base: TimeBase = { startUtcMs: start, stepMinutes: step, length: n, timeZone: 'UTC' };
  const out: WeatherYear = {
    ...w,
    base,
    ghi: pick(w.ghi),
    dni: pick(w.dni),
    dhi: pick(w.dhi),
    tAir: pick(w.tAir),
    windSpeed: pick(w.windSpeed),
    source: `${w.source} — laid on calendar year ${referenceYear}`,
  };
  if (w.poa) out.poa = { ...w.poa, beam: pick(w.poa.beam), diffuse: pick(w.poa.diffuse), reflected: pick(w.poa.reflected) };
  return out;
}
