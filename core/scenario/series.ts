/**
 * Hourly series helpers of a run: scaling a series and handing series out as the plain arrays
 * the result carries (it is JSON), each in a plain loop and only when needed — a sweep makes
 * thousands of results and reads a few figures of each.
 */
import type { TimeBase } from '../model/timeseries';
import type { ConfigurationHourly } from './types';

/**
 * A series times a factor, in a plain loop: TypedArray.prototype.map calls a function per
 * element, several times slower, and a sweep scales a plant's hourly year (P50, then P90) in
 * every variant that resizes it. The same doubles as `series.map((x) => x * factor)`.
 */
export function scaledBy(series: Float64Array, factor: number): Float64Array {
  const out = new Float64Array(series.length);
  for (let i = 0; i < out.length; i++) out[i] = series[i]! * factor;
  return out;
}

/** A plain array of a typed one (the result is JSON); a loop: Array.from iterates generically, several times slower. */
export function toArray(a: ArrayLike<number>): number[] {
  const out = new Array<number>(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i]!;
  return out;
}

/**
 * A configuration's hourly series in the result [kWh per step]: each plain array made when
 * first read (an enumerable property like any other: JSON, spreading, structured cloning and
 * comparisons read it), so a sweep's result, whose series nobody reads, does not copy three
 * hourly years (~210 kB) each time. `series` must not change afterwards: the balance's result
 * arrays are its own.
 */
export function configurationHourly(configurationId: number, base: TimeBase, series: { production: Float64Array; withdrawal: Float64Array; shared: Float64Array }): ConfigurationHourly {
  let production: number[] | null = null;
  let withdrawal: number[] | null = null;
  let shared: number[] | null = null;
  return {
    configurationId,
    base,
    get productionKWh() {
      return (production ??= toArray(series.production));
    },
    set productionKWh(v) {
      production = v;
    },
    get withdrawalKWh() {
      return (withdrawal ??= toArray(series.withdrawal));
    },
    set withdrawalKWh(v) {
      withdrawal = v;
    },
    get sharedKWh() {
      return (shared ??= toArray(series.shared));
    },
    set sharedKWh(v) {
      shared = v;
    },
  };
}
