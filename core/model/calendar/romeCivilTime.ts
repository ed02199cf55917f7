/**
 * Conversion between UTC instants and Europe/Rome civil (wall-clock) time: the one module
 * for importers, the calendar and the economics. The offset rule (EU summer time, last
 * Sunday of March/October at 01:00 UTC) is in ./romeOffset; no Intl time-zone data is used.
 * Instants are [ms] since the Unix epoch, UTC.
 */
import { civilFromDays, daysFromCivil, isoWeekdayOfDays, MS_PER_DAY, MS_PER_HOUR } from './civilDate';
import { CEST_OFFSET_MINUTES, CET_OFFSET_MINUTES, romeOffsetMinutes } from './romeOffset';
import { MS_PER_MINUTE } from '../timeseries';

export const ROME_TIME_ZONE = 'Europe/Rome';

/** Civil (wall-clock) date-time fields; month 1–12. */
export interface CivilDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** Wall-clock reading in Rome at an instant. */
export interface RomeCivilTime extends CivilDateTime {
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
  const msOfDay = localMs - days * MS_PER_DAY;
  const minuteOfDay = Math.floor(msOfDay / MS_PER_MINUTE);
  const d = civilFromDays(days);
  return {
    year: d.year,
    month: d.month,
    day: d.day,
    hour: Math.floor(minuteOfDay / 60),
    minute: minuteOfDay % 60,
    second: Math.floor((msOfDay - minuteOfDay * MS_PER_MINUTE) / 1000),
    weekday: isoWeekdayOfDays(days),
    offsetMinutes,
  };
}

/**
 * Candidate UTC instants [ms] of a Rome wall-clock reading: one normally, two (CEST first,
 * then CET) in the repeated hour of the last Sunday of October (02:00–02:59), none in the
 * skipped hour of the last Sunday of March (02:00–02:59).
 */
export function civilToUtcCandidates(c: CivilDateTime): number[] {
  const localMs = (daysFromCivil(c.year, c.month, c.day) * 86_400 + c.hour * 3600 + c.minute * 60 + c.second) * 1000;
  const out: number[] = [];
  const summer = localMs - CEST_OFFSET_MINUTES * MS_PER_MINUTE;
  if (romeOffsetMinutes(summer) === CEST_OFFSET_MINUTES) out.push(summer);
  const winter = localMs - CET_OFFSET_MINUTES * MS_PER_MINUTE;
  if (romeOffsetMinutes(winter) === CET_OFFSET_MINUTES) out.push(winter);
  return out;
}

/**
 * UTC instant [ms] of a Rome wall-clock reading. In the repeated autumn hour the first,
 * summer-time, occurrence is returned; a reading in the skipped spring hour is read with
 * the winter offset (it maps to the instant one hour later in wall-clock terms).
 */
export function romeCivilToUtcMs(year: number, month: number, day: number, hour = 0, minute = 0): number {
  const c = { year, month, day, hour, minute, second: 0 };
  return civilToUtcCandidates(c)[0] ?? (daysFromCivil(year, month, day) * 1440 + hour * 60 + minute - CET_OFFSET_MINUTES) * MS_PER_MINUTE;
}

/** UTC instant [ms] of the civil midnight starting a day (midnight is never skipped nor repeated in Rome). */
export function civilMidnightUtcMs(year: number, month: number, day: number): number {
  return romeCivilToUtcMs(year, month, day);
}

/** Length of a civil day [hours]: 23 on the last Sunday of March, 25 on the last Sunday of October, else 24. */
export function civilDayHours(year: number, month: number, day: number): number {
  const next = civilFromDays(daysFromCivil(year, month, day) + 1);
  return Math.round((civilMidnightUtcMs(next.year, next.month, next.day) - civilMidnightUtcMs(year, month, day)) / MS_PER_HOUR);
}

const p2 = (n: number): string => String(n).padStart(2, '0');

/** ISO 8601 civil time with its offset, e.g. "2024-10-27T02:00:00+02:00". */
export function formatRomeIso(utcMs: number): string {
  const c = toRomeCivil(utcMs);
  return `${c.year}-${p2(c.month)}-${p2(c.day)}T${p2(c.hour)}:${p2(c.minute)}:${p2(c.second)}+${p2(c.offsetMinutes / 60)}:00`;
}

/** Today's civil date in Italy, ISO "YYYY-MM-DD" (deadlines count in Italian civil days). */
export function romeIsoDate(utcMs: number): string {
  const c = toRomeCivil(utcMs);
  return `${c.year}-${p2(c.month)}-${p2(c.day)}`;
}
