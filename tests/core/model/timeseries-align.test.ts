import { describe, expect, it } from 'vitest';
import { alignPeriodicEnergy } from '../../../core/model/timeseries-align';

const HOUR = 3_600_000;

describe('alignPeriodicEnergy', () => {
  // A 4-hour "year" of hourly values starting at t = 0.
  const source = { base: { startUtcMs: 0, stepMinutes: 60 as const, length: 4, timeZone: 'UTC' }, kWh: Float64Array.from([1, 2, 3, 4]) };

  it('wraps a target that starts one hour before the source (civil year starting 23:00 UTC)', () => {
    const out = alignPeriodicEnergy(source, { startUtcMs: -HOUR, stepMinutes: 60, length: 4, timeZone: 'Europe/Rome' });
    expect(Array.from(out)).toEqual([4, 1, 2, 3]);
  });

  it('splits an hour evenly into quarter hours, keeping the total', () => {
    const out = alignPeriodicEnergy(source, { startUtcMs: 0, stepMinutes: 15, length: 8, timeZone: 'UTC' });
    expect(Array.from(out)).toEqual([0.25, 0.25, 0.25, 0.25, 0.5, 0.5, 0.5, 0.5]);
  });

  it('sums quarter hours into hours', () => {
    const q = { base: { startUtcMs: 0, stepMinutes: 15 as const, length: 8, timeZone: 'UTC' }, kWh: Float64Array.from([1, 1, 1, 1, 2, 2, 2, 2]) };
    const out = alignPeriodicEnergy(q, { startUtcMs: 0, stepMinutes: 60, length: 2, timeZone: 'UTC' });
    expect(Array.from(out)).toEqual([4, 8]);
  });
});
