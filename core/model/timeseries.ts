/**
 * Time series with an explicit time base. Every series in Condivisa carries its base
 * beside its values: nothing guesses what instant a value belongs to.
 *
 * Convention: value i covers the interval [startUtcMs + i·step, startUtcMs + (i+1)·step).
 * Energy series hold kWh per interval; power series hold average kW over the interval.
 */
export type StepMinutes = 15 | 60;

export interface TimeBase {
  /** Start of the first interval, milliseconds since the Unix epoch (UTC). */
  startUtcMs: number;
  /** Interval length [minutes]. */
  stepMinutes: StepMinutes;
  /** Number of intervals. */
  length: number;
  /** IANA zone of the civil calendar the series was built for, e.g. "Europe/Rome". */
  timeZone: string;
}

/** An energy series [kWh per interval] on a stated time base. */
export interface EnergySeries {
  base: TimeBase;
  kWh: Float64Array;
}

export const MS_PER_MINUTE = 60_000;

/** Start instant [ms UTC] of interval `i`. */
export function stepStartUtcMs(base: TimeBase, i: number): number {
  return base.startUtcMs + i * base.stepMinutes * MS_PER_MINUTE;
}

/** Intervals per hour (4 at 15 minutes, 1 at 60 minutes). */
export function stepsPerHour(base: Pick<TimeBase, 'stepMinutes'>): number {
  return 60 / base.stepMinutes;
}

export function sumSeries(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i]!;
  return s;
}
