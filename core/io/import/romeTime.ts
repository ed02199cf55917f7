/**
 * Italian civil time (Europe/Rome) ↔ UTC for the importers: candidate instants of a wall-clock
 * time (two in the repeated October hour, none in the skipped March one), civil midnights and
 * day lengths, on the EU rule of core/model/calendar (CEST from the last Sunday of March
 * 01:00 UTC to the last Sunday of October 01:00 UTC, CET otherwise).
 */
export const ROME_TZ = 'Europe/Rome';
const MS_MIN = 60_000;
const MS_HOUR = 3_600_000;
const MS_DAY = 86_400_000;

/** Civil (wall-clock) date-time fields; month 1–12. */
export interface CivilDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

// The EU summer-time rule is the calendar's (core/model/calendar/romeOffset): one rule for
// the whole product.
export {
  summerTimeStartUtcMs as summerStartUtcMs,
  summerTimeEndUtcMs as summerEndUtcMs,
  romeOffsetMinutes,
} from '../../model/calendar/romeOffset';
import { romeOffsetMinutes } from '../../model/calendar/romeOffset';

/**
 * Candidate UTC instants [ms] for a civil time: one normally, two (CEST first, then CET)
 * in the repeated October hour, none in the skipped March hour.
 */
export function civilToUtcCandidates(c: CivilDateTime): number[] {
  const naive = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
  const out: number[] = [];
  const summer = naive - 120 * MS_MIN;
  if (romeOffsetMinutes(summer) === 120) out.push(summer);
  const winter = naive - 60 * MS_MIN;
  if (romeOffsetMinutes(winter) === 60) out.push(winter);
  return out;
}

/** UTC instant [ms] of civil midnight starting the given day (midnight is never ambiguous). */
export function civilMidnightUtcMs(year: number, month: number, day: number): number {
  const naive = Date.UTC(year, month - 1, day);
  return naive - romeOffsetMinutes(naive - 120 * MS_MIN) * MS_MIN;
}

/** Length of a civil day [hours]: 23 on the last Sunday of March, 25 on the last Sunday of October, else 24. */
export function civilDayHours(year: number, month: number, day: number): number {
  const start = civilMidnightUtcMs(year, month, day);
  const next = new Date(Date.UTC(year, month - 1, day) + MS_DAY);
  const end = civilMidnightUtcMs(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
  return Math.round((end - start) / MS_HOUR);
}

/** Civil fields of an instant, with the offset in force [minutes]. */
export function utcToCivil(utcMs: number): CivilDateTime & { offsetMinutes: number; weekday: number } {
  const off = romeOffsetMinutes(utcMs);
  const d = new Date(utcMs + off * MS_MIN);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    offsetMinutes: off,
    weekday: d.getUTCDay(),
  };
}

const p2 = (n: number): string => String(n).padStart(2, '0');

/** ISO 8601 civil time with offset, e.g. "2024-10-27T02:00:00+02:00". */
export function formatRomeIso(utcMs: number): string {
  const c = utcToCivil(utcMs);
  return `${c.year}-${p2(c.month)}-${p2(c.day)}T${p2(c.hour)}:${p2(c.minute)}:${p2(c.second)}+${p2(c.offsetMinutes / 60)}:00`;
}
