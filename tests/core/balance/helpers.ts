import type { BalanceInput, PointInput } from '../../../core/balance';
import type { StepMinutes } from '../../../core/model/timeseries';

export const f = (...v: number[]): Float64Array => Float64Array.from(v);

/** 2024-01-01T00:00 UTC: aligned to the hour. */
export const START = Date.UTC(2024, 0, 1);

/** Input with `n` intervals, all in January, hour of day = interval index mod 24 (hourly). */
export function input(
  points: PointInput[],
  n: number,
  stepMinutes: StepMinutes = 60,
  extra: Partial<BalanceInput> = {},
): BalanceInput {
  const perHour = 60 / stepMinutes;
  const hourOfDay = new Uint8Array(n);
  for (let i = 0; i < n; i++) hourOfDay[i] = Math.floor(i / perHour) % 24;
  return {
    base: { startUtcMs: START, stepMinutes, length: n, timeZone: 'Europe/Rome' },
    points,
    calendar: { month: new Uint8Array(n), hourOfDay },
    ...extra,
  };
}

export function consumer(id: number, memberId: number, load: Float64Array, inSubstation = true): PointInput {
  return { id, memberId, load, plants: [], inSubstation };
}

export function producer(
  id: number,
  memberId: number | null,
  plantId: number,
  production: Float64Array,
  commissioningDate: string | null,
  opts: { existing?: boolean; kW?: number; inSubstation?: boolean; incentiveExcluded?: boolean } = {},
): PointInput {
  return {
    id,
    memberId,
    plants: [{ plantId, production, commissioningDate, existing: opts.existing ?? false, kW: opts.kW ?? 10, ...(opts.incentiveExcluded ? { incentiveExcluded: true } : {}) }],
    inSubstation: opts.inSubstation ?? true,
  };
}
