/**
 * Calendar aggregations of per-period series: monthly sums and the typical day of each month
 * (mean energy in each clock hour over the month's days). Month and hour of a period are
 * those of its first interval.
 */
import type { SharingPeriods } from './periods';

/** Month (0…11) of each period. */
export function periodLabels(periods: SharingPeriods, stepLabels: Uint8Array): Uint8Array {
  const np = periods.base.length;
  const out = new Uint8Array(np);
  for (let h = 0; h < np; h++) out[h] = stepLabels[periods.firstStep[h]!]!;
  return out;
}

/**
 * The runs of equal month of `month` (labels of periods in time order): their first periods,
 * then the sentinel `month.length`. Computed once per balance and used by every monthly sum.
 */
export function monthRuns(month: Uint8Array): Int32Array {
  const n = month.length;
  let count = 0;
  for (let h = 0; h < n; h++) if (h === 0 || month[h] !== month[h - 1]) count++;
  const runs = new Int32Array(count + 1);
  for (let h = 0, r = 0; h < n; h++) if (h === 0 || month[h] !== month[h - 1]) runs[r++] = h;
  runs[count] = n;
  return runs;
}

/**
 * Add `values[h]` into `out[month[h]]` (out has 12 slots), run by run (`runs`: monthRuns of
 * `month`): each run is summed in a register and added once (adding into out[m] at every
 * period chains each add on the previous store). Returns the sum of all `values` in time
 * order, the very sum `total` gives: a second dependency chain in the same pass, where a pass
 * of its own would wait on each add again (a sum in time order is bound by the add latency).
 */
export function addMonthlyByPeriod(values: Float64Array, month: Uint8Array, runs: Int32Array, out: Float64Array): number {
  let t = 0;
  for (let r = 0; r + 1 < runs.length; r++) {
    const end = runs[r + 1]!;
    let s = 0;
    for (let h = runs[r]!; h < end; h++) {
      const v = values[h]!;
      s += v;
      t += v;
    }
    out[month[runs[r]!]!] += s;
  }
  return t;
}

/** Weights of the typical day: days represented by each (month, hour) cell. */
export function typicalDayWeights(
  periods: SharingPeriods,
  month: Uint8Array,
  hour: Uint8Array,
  stepsPerHour: number,
): Float64Array {
  const w = new Float64Array(12 * 24);
  const fs = periods.firstStep;
  for (let h = 0; h < month.length; h++) {
    w[month[h]! * 24 + hour[h]!] += (fs[h + 1]! - fs[h]!) / stepsPerHour;
  }
  return w;
}

/**
 * Typical day per month of `values` [kWh per period] into `out` (12 × 24, zeroed): index
 * month × 24 + hour, kWh in that hour of an average day of the month; 0 where the month is
 * not covered. Returns the sum of `values` in time order, as `total` (same pass, see
 * addMonthlyByPeriod).
 */
export function typicalDay(values: Float64Array, month: Uint8Array, hour: Uint8Array, weights: Float64Array, out: Float64Array): number {
  let t = 0;
  for (let h = 0; h < values.length; h++) {
    const v = values[h]!;
    out[month[h]! * 24 + hour[h]!] += v;
    t += v;
  }
  for (let c = 0; c < out.length; c++) out[c] = weights[c]! > 0 ? out[c]! / weights[c]! : 0;
  return t;
}

/** Sum of a series. */
export function total(values: Float64Array): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i]!;
  return s;
}
