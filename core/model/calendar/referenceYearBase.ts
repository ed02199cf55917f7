/**
 * The time base of a whole Italian civil year.
 */
import type { StepMinutes, TimeBase } from '../timeseries';
import { MS_PER_MINUTE } from '../timeseries';
import { romeCivilToUtcMs, ROME_TIME_ZONE } from './romeCivilTime';

/**
 * Time base covering the civil year `year` in Europe/Rome: from local 1 Jan 00:00
 * (31 Dec 23:00 UTC of the previous year) to local 1 Jan 00:00 of the next year.
 * Both ends are in winter time, so the year lasts 8760 h (8784 h in leap years) even
 * though it holds one 23-hour and one 25-hour day. Length = hours × steps per hour.
 */
export function referenceYearBase(year: number, stepMinutes: StepMinutes): TimeBase {
  const startUtcMs = romeCivilToUtcMs(year, 1, 1);
  const endUtcMs = romeCivilToUtcMs(year + 1, 1, 1);
  return {
    startUtcMs,
    stepMinutes,
    length: Math.round((endUtcMs - startUtcMs) / (stepMinutes * MS_PER_MINUTE)),
    timeZone: ROME_TIME_ZONE,
  };
}
