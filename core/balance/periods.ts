/**
 * Sharing periods: shared energy is the minimum of injections and withdrawals per hour
 * [RO §2.2.2.1.2 p.38; App. A p.143]. With quarter-hour data, four intervals make a period.
 * A period's month and hour are those of its first interval (Italian civil time shifts by
 * whole hours, so an hour never straddles two civil months or hours).
 */
import type { TimeBase } from '../model/timeseries';
import { MS_PER_MINUTE } from '../model/timeseries';
import { BalanceInputError } from './errors';

export interface SharingPeriods {
  /** Time base of the periods. */
  base: TimeBase;
  /** First interval of each period; length = periods + 1 (sentinel = input length). */
  firstStep: Int32Array;
}

const MS_PER_HOUR = 60 * MS_PER_MINUTE;

/** Build the sharing periods of `base` ('hour' groups quarter hours by clock hour). */
export function buildSharingPeriods(base: TimeBase, period: 'hour' | 'step'): SharingPeriods {
  const n = base.length;
  const perHour = 60 / base.stepMinutes;
  if (period === 'step' || perHour === 1) {
    const firstStep = new Int32Array(n + 1);
    for (let i = 0; i <= n; i++) firstStep[i] = i;
    return { base: { ...base }, firstStep };
  }
  const stepMs = base.stepMinutes * MS_PER_MINUTE;
  const intoHourMs = ((base.startUtcMs % MS_PER_HOUR) + MS_PER_HOUR) % MS_PER_HOUR;
  if (intoHourMs % stepMs !== 0) {
    throw new BalanceInputError('time base start is not aligned to its interval length');
  }
  const offset = intoHourMs / stepMs;
  const count = n === 0 ? 0 : Math.floor((n - 1 + offset) / perHour) + 1;
  const firstStep = new Int32Array(count + 1);
  for (let p = 1; p < count; p++) firstStep[p] = p * perHour - offset;
  firstStep[count] = n;
  return {
    base: { ...base, startUtcMs: base.startUtcMs - intoHourMs, stepMinutes: 60, length: count },
    firstStep,
  };
}
