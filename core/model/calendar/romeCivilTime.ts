/**
 * Conversion between UTC instants and Europe/Rome civil (wall-clock) time.
 */
import { civilFromDays, daysFromCivil, isoWeekdayOfDays, MS_PER_DAY } from './civilDate';
import { romeOffsetMinutes } from './romeOffset';
import { MS_PER_MINUTE } from '../timeseries';

export const ROME_TIME_ZONE = 'Europe/Rome';

/** Wall-clock reading in Rome at an instant. */
export interface RomeCivilTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** UTC offset in force [minutes]: 60 (CET) or 120 (CEST). */
  offsetMinutes: number;
}

/** Rome civil time of a UTC instant [ms]. */
export function toRomeCivil(utcMs: number): RomeCivilTime {
  const offsetMinutes = romeOffsetMinutes(utcMs);
  const localMs = utcMs + offsetMinutes * MS_PER_MINUTE;
  const days = Math.floor(localMs / MS_PER_DAY);
  const minuteOfDay = Math.floor((localMs - days * MS_PER_DAY) / MS_PER_MINUTE);
  const d = civilFromDays(days);
  return {
    year: d.year,
    month: d.month,
    day: d.day,
    hour: Math.floor(minuteOfDay / 60),
    minute: minuteOfDay % 60,
    weekday: isoWeekdayOfDays(days),
    offsetMinutes,
  };
}

/**
 * UTC instant [ms] of a Rome wall-clock reading. In the repeated hour of the autumn
 * change (02:00–02:59 occurs twice) the first, summer-time, occurrence is returned; a
 * reading in the skipped spring hour (02:00–02:59) is read with the winter offset, i.e.
 * it maps to the instant one hour later in wall-clock terms.
 */
export function romeCivilToUtcMs(year: number, month: number, day: number, hour = 0, minute = 0): number {
  const localMs = (daysFromCivil(year, month, day) * 1440 + hour * 60 + minute) * MS_PER_MINUTE;
  const asSummer = localMs - 120 * MS_PER_MINUTE;
  if (romeOffsetMinutes(asSummer) === 120) return asSummer;
  return localMs - 60 * MS_PER_MINUTE;
}
