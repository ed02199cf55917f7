/**
 * Per-step Italian civil fields for a time base, precomputed as typed arrays so that
 * hot loops (load synthesis, band sums) never convert instants again.
 */
import type { TimeBase } from '../timeseries';
import { MS_PER_MINUTE } from '../timeseries';
import { civilFromDays, dayOfYear, isoWeekdayOfDays, MS_PER_DAY } from './civilDate';
import { dayTypeOf } from './dayType';
import { isItalianHoliday } from './italianHolidays';
import { romeOffsetMinutes } from './romeOffset';
import { ROME_TIME_ZONE } from './romeCivilTime';

/**
 * Civil fields of every step of a base, read at the step's start instant in Rome time.
 * Arrays are shared through a cache: treat them as read-only.
 */
export interface CivilCalendar {
  base: TimeBase;
  /** Civil year of each step. */
  year: Uint16Array;
  /** Month 1..12. */
  month: Uint8Array;
  /** Day of month 1..31. */
  day: Uint8Array;
  /** Day of year 1..366. */
  dayOfYear: Uint16Array;
  /** Wall-clock hour 0..23 (hour 2 appears twice on the autumn change day, never on the spring one). */
  hour: Uint8Array;
  /** Wall-clock minute 0..59. */
  minute: Uint8Array;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: Uint8Array;
  /** 1 on Italian national holidays, else 0. */
  isHoliday: Uint8Array;
  /** DAY_TYPE: 0 weekday, 1 Saturday, 2 Sunday or holiday. */
  dayType: Uint8Array;
  /** UTC offset [minutes] in force: 60 or 120. */
  offsetMinutes: Uint8Array;
  /** Rome civil day index (days since 1970-01-01 in local time) of each step. */
  localDay: Int32Array;
}

/** Throws unless the base is on the Europe/Rome civil calendar. */
export function assertRomeBase(base: TimeBase): void {
  if (base.timeZone !== ROME_TIME_ZONE) {
    throw new RangeError(`Only ${ROME_TIME_ZONE} is supported, got "${base.timeZone}"`);
  }
  if (!Number.isInteger(base.length) || base.length < 0) throw new RangeError('Invalid base length');
}

/** Computes the civil calendar of a base (no caching; see `civilCalendarFor`). */
export function buildCivilCalendar(base: TimeBase): CivilCalendar {
  assertRomeBase(base);
  const n = base.length;
  const cal: CivilCalendar = {
    base,
    year: new Uint16Array(n),
    month: new Uint8Array(n),
    day: new Uint8Array(n),
    dayOfYear: new Uint16Array(n),
    hour: new Uint8Array(n),
    minute: new Uint8Array(n),
    weekday: new Uint8Array(n),
    isHoliday: new Uint8Array(n),
    dayType: new Uint8Array(n),
    offsetMinutes: new Uint8Array(n),
    localDay: new Int32Array(n),
  };
  const stepMs = base.stepMinutes * MS_PER_MINUTE;
  let cachedDay = Number.NaN;
  let y = 0, m = 0, d = 0, doy = 0, wd = 0, hol = 0, dt = 0;
  for (let i = 0; i < n; i++) {
    const utc = base.startUtcMs + i * stepMs;
    const off = romeOffsetMinutes(utc);
    const local = utc + off * MS_PER_MINUTE;
    const days = Math.floor(local / MS_PER_DAY);
    if (days !== cachedDay) {
      cachedDay = days;
      const c = civilFromDays(days);
      y = c.year;
      m = c.month;
      d = c.day;
      doy = dayOfYear(y, m, d);
      wd = isoWeekdayOfDays(days);
      const isHol = isItalianHoliday(y, m, d);
      hol = isHol ? 1 : 0;
      dt = dayTypeOf(wd, isHol);
    }
    const minuteOfDay = Math.floor((local - days * MS_PER_DAY) / MS_PER_MINUTE);
    cal.year[i] = y;
    cal.month[i] = m;
    cal.day[i] = d;
    cal.dayOfYear[i] = doy;
    cal.hour[i] = Math.floor(minuteOfDay / 60);
    cal.minute[i] = minuteOfDay % 60;
    cal.weekday[i] = wd;
    cal.isHoliday[i] = hol;
    cal.dayType[i] = dt;
    cal.offsetMinutes[i] = off;
    cal.localDay[i] = days;
  }
  return cal;
}

const CACHE_LIMIT = 8;
const cache = new Map<string, CivilCalendar>();

function baseKey(base: TimeBase): string {
  return `${base.startUtcMs}|${base.stepMinutes}|${base.length}|${base.timeZone}`;
}

/** The civil calendar of a base, memoised for the last few bases seen. */
export function civilCalendarFor(base: TimeBase): CivilCalendar {
  const key = baseKey(base);
  const hit = cache.get(key);
  if (hit) return hit;
  const cal = buildCivilCalendar(base);
  cache.set(key, cal);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  return cal;
}

/** True when a calendar was computed for a base equal to `base`. */
export function calendarMatchesBase(cal: CivilCalendar, base: TimeBase): boolean {
  return baseKey(cal.base) === baseKey(base);
}
