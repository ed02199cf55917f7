/**
 * Europe/Rome UTC offset by the EU summer-time rule (Directive 2000/84/EC, art. 2–3):
 * summer time (CEST, UTC+2) begins at 01:00 UTC on the last Sunday of March and ends at
 * 01:00 UTC on the last Sunday of October; otherwise CET (UTC+1). No Intl time-zone data is
 * used, so results are identical on every platform. (Valid for the years the rule has been
 * in force, 1996 onward; earlier Italian DST history is not modelled.)
 */
import { daysFromCivil, isoWeekdayOfDays, MS_PER_DAY, MS_PER_HOUR } from './civilDate';

export const CET_OFFSET_MINUTES = 60;
export const CEST_OFFSET_MINUTES = 120;

/** Day number of the last Sunday of a month. */
export function lastSundayDays(year: number, month: number): number {
  const nextFirst = month === 12 ? daysFromCivil(year + 1, 1, 1) : daysFromCivil(year, month + 1, 1);
  const last = nextFirst - 1;
  return last - (isoWeekdayOfDays(last) % 7); // Sunday has ISO weekday 7 → subtract 0
}

/** Instant [ms UTC] summer time starts in a year (last Sunday of March, 01:00 UTC). */
export function summerTimeStartUtcMs(year: number): number {
  return lastSundayDays(year, 3) * MS_PER_DAY + MS_PER_HOUR;
}

/** Instant [ms UTC] summer time ends in a year (last Sunday of October, 01:00 UTC). */
export function summerTimeEndUtcMs(year: number): number {
  return lastSundayDays(year, 10) * MS_PER_DAY + MS_PER_HOUR;
}

const transitionCache = new Map<number, readonly [number, number]>();

function transitions(year: number): readonly [number, number] {
  let t = transitionCache.get(year);
  if (!t) {
    t = [summerTimeStartUtcMs(year), summerTimeEndUtcMs(year)] as const;
    transitionCache.set(year, t);
  }
  return t;
}

/** UTC year of an instant, without Date. */
function utcYearOf(utcMs: number): number {
  // Estimate, then correct by at most one year.
  let y = 1970 + Math.floor(utcMs / (365.2425 * MS_PER_DAY));
  while (daysFromCivil(y, 1, 1) * MS_PER_DAY > utcMs) y--;
  while (daysFromCivil(y + 1, 1, 1) * MS_PER_DAY <= utcMs) y++;
  return y;
}

/** Europe/Rome offset from UTC [minutes] at an instant: 60 (CET) or 120 (CEST). */
export function romeOffsetMinutes(utcMs: number): number {
  const [start, end] = transitions(utcYearOf(utcMs));
  return utcMs >= start && utcMs < end ? CEST_OFFSET_MINUTES : CET_OFFSET_MINUTES;
}
