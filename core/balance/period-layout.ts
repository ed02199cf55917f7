/**
 * What a balance derives from its time base and calendar alone: the sharing periods, each
 * period's month and clock hour, the runs of equal month and the typical day's weights. An
 * advisor's sweep runs thousands of balances on one calendar; deriving these afresh (and
 * checking the calendar's labels, validate.ts) took about 0.1 ms of a 2 ms hourly balance. The
 * last layout is kept with a copy of the labels it was derived from, and is reused only when
 * the time base and both label arrays are equal in value to those (a caller may refill its
 * arrays in place: identity is not enough). Nothing kept here is handed out in a result.
 */
import type { TimeBase } from '../model/timeseries';
import { monthRuns, periodLabels, typicalDayWeights } from './aggregate';
import type { SharingPeriods } from './periods';
import { buildSharingPeriods } from './periods';

export interface PeriodLayout {
  periods: SharingPeriods;
  /** Month 0…11 and clock hour 0…23 of each period. */
  pMonth: Uint8Array;
  pHour: Uint8Array;
  /** monthRuns of pMonth. */
  runs: Int32Array;
  /** typicalDayWeights of the periods. */
  weights: Float64Array;
}

interface Kept {
  startUtcMs: number;
  stepMinutes: number;
  length: number;
  timeZone: string;
  period: 'hour' | 'step';
  month: Uint8Array;
  hour: Uint8Array;
  layout: PeriodLayout;
}

let kept: Kept | null = null;

function sameLabels(a: unknown, copy: Uint8Array): boolean {
  if (!(a instanceof Uint8Array) || a.length !== copy.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== copy[i]) return false;
  return true;
}

/**
 * The kept layout when `base`, `period` and the labels equal those it was derived from (its
 * periods' time base a fresh object, as buildSharingPeriods gives), else null.
 */
export function keptPeriodLayout(base: TimeBase, period: 'hour' | 'step', month: unknown, hour: unknown): PeriodLayout | null {
  const k = kept;
  if (k === null || k.period !== period || k.startUtcMs !== base.startUtcMs || k.stepMinutes !== base.stepMinutes) return null;
  if (k.length !== base.length || k.timeZone !== base.timeZone) return null;
  if (!sameLabels(month, k.month) || !sameLabels(hour, k.hour)) return null;
  const pb = k.layout.periods.base;
  return { ...k.layout, periods: { base: { ...base, startUtcMs: pb.startUtcMs, stepMinutes: pb.stepMinutes, length: pb.length }, firstStep: k.layout.periods.firstStep } };
}

/** Derive the layout of valid `base`, `period` and labels (one per interval), and keep it. */
export function newPeriodLayout(base: TimeBase, period: 'hour' | 'step', month: Uint8Array, hour: Uint8Array): PeriodLayout {
  const periods = buildSharingPeriods(base, period);
  const pMonth = periodLabels(periods, month);
  const pHour = periodLabels(periods, hour);
  const layout: PeriodLayout = {
    periods,
    pMonth,
    pHour,
    runs: monthRuns(pMonth),
    weights: typicalDayWeights(periods, pMonth, pHour, 60 / base.stepMinutes),
  };
  const { startUtcMs, stepMinutes, length, timeZone } = base;
  kept = { startUtcMs, stepMinutes, length, timeZone, period, month: month.slice(), hour: hour.slice(), layout: { ...layout, periods: { base: { ...periods.base }, firstStep: periods.firstStep } } };
  return layout;
}
