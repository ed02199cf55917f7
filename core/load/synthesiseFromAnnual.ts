/**
 * Load synthesis from a yearly consumption and a typical shape.
 */
import type { LoadProfileKind } from '../model/entities';
import type { TimeBase } from '../model/timeseries';
import type { CivilCalendar } from '../model/calendar/civilCalendar';
import { resolveCalendar } from './resolveCalendar';
import { shapeWeightsFor, type LoadShapeOptions } from './shapeWeights';

const normalisedCache = new WeakMap<Float64Array, { sum: number; argMax: number }>();

function statsOf(w: Float64Array): { sum: number; argMax: number } {
  let st = normalisedCache.get(w);
  if (!st) {
    let sum = 0;
    let argMax = 0;
    for (let i = 0; i < w.length; i++) {
      sum += w[i]!;
      if (w[i]! > w[argMax]!) argMax = i;
    }
    st = { sum, argMax };
    normalisedCache.set(w, st);
  }
  return st;
}

/**
 * Energy per step [kWh] of a member consuming `kWhYear` [kWh] over the whole base with
 * the typical shape of `kind`, on the Italian civil calendar. The result sums to
 * `kWhYear` (the rounding residual is put on the largest step).
 */
export function synthesiseFromAnnual(
  kWhYear: number,
  kind: LoadProfileKind,
  base: TimeBase,
  calendar?: CivilCalendar,
  options?: LoadShapeOptions,
): Float64Array {
  if (!Number.isFinite(kWhYear) || kWhYear < 0) throw new RangeError(`kWhYear must be a finite non-negative number, got ${kWhYear}`);
  const cal = resolveCalendar(base, calendar);
  const w = shapeWeightsFor(kind, cal, options);
  const out = new Float64Array(w.length);
  if (kWhYear === 0 || w.length === 0) return out;
  const { sum, argMax } = statsOf(w);
  if (!(sum > 0)) throw new RangeError(`Shape "${kind}" has no weight on this base`);
  const k = kWhYear / sum;
  let s = 0;
  for (let i = 0; i < w.length; i++) {
    const v = w[i]! * k;
    out[i] = v;
    s += v;
  }
  out[argMax] = out[argMax]! + (kWhYear - s);
  return out;
}
