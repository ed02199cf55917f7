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
 * Add `values[h]` into `out[month[h]]` (out has 12 slots). Months come in runs: each run is
 * summed in a register and added once (adding into out[m] at every period chains each add on
 * the previous store).
 */
export function addMonthlyByPeriod(values: Float64Array, month: Uint8Array, out: Float64Array): void {
  const n = values.length;
  let h = 0;
  while (h < n) {
    const m = month[h]!;
    let s = 0;
    for (; h < n && month[h] === m; h++) s += values[h]!;
    out[m] += s;
  }
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
 * Typical day per month of `values` [kWh per period]: index month × 24 + hour, kWh in that
 * hour of an average day of the month; 0 where the month is not covered.
 */
export function typicalDay(values: Float64Array, month: Uint8Array, hour: Uint8Array, weights: Float64Array): Float64Array {
  const out = new Float64Array(12 * 24);
  for (let h = 0; h < values.length; h++) out[month[h]! * 24 + hour[h]!] += values[h]!;
  for (let c = 0; c < out.length; c++) out[c] = weights[c]! > 0 ? out[c]! / weights[c]! : 0;
  return out;
}

/** Sum of a series. */
export function total(values: Float64Array): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i]!;
  return s;
}
