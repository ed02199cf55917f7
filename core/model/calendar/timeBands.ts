/**
 * ARERA time bands (fasce orarie), delibera 181/06:
 * F1 Monday–Friday 08:00–19:00;
 * F2 Monday–Friday 07:00–08:00 and 19:00–23:00, Saturday 07:00–23:00;
 * F3 Monday–Saturday 23:00–07:00, Sundays and national holidays all day.
 * Hours are Italian civil (wall-clock) time.
 */
import type { TimeBase } from '../timeseries';
import { civilCalendarFor, type CivilCalendar } from './civilCalendar';

export const BAND = { F1: 1, F2: 2, F3: 3 } as const;
export type Band = (typeof BAND)[keyof typeof BAND];

/** Band of a wall-clock hour (0..23) on a day with ISO weekday (1 Mon … 7 Sun). */
export function bandAt(isoWeekday: number, hour: number, isHoliday: boolean): Band {
  if (isHoliday || isoWeekday === 7) return BAND.F3;
  if (hour < 7 || hour >= 23) return BAND.F3;
  if (isoWeekday === 6) return BAND.F2;
  return hour >= 8 && hour < 19 ? BAND.F1 : BAND.F2;
}

/** Band of step `i` of a civil calendar. */
export function bandOfStep(cal: CivilCalendar, i: number): Band {
  return bandAt(cal.weekday[i]!, cal.hour[i]!, cal.isHoliday[i] === 1);
}

const bandsCache = new WeakMap<CivilCalendar, Uint8Array>();

/** Band (1, 2, 3) of every step of a base; memoised per calendar, treat as read-only. */
export function bandsFor(base: TimeBase, calendar: CivilCalendar = civilCalendarFor(base)): Uint8Array {
  let bands = bandsCache.get(calendar);
  if (!bands) {
    bands = new Uint8Array(calendar.base.length);
    for (let i = 0; i < bands.length; i++) bands[i] = bandOfStep(calendar, i);
    bandsCache.set(calendar, bands);
  }
  return bands;
}
