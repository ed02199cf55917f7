import { describe, expect, it } from 'vitest';
import { bandsFor, civilCalendarFor, referenceYearBase } from '../../../../core/model/calendar';

/** Independent oracle: the platform's IANA tz data through Intl (only used in tests). */
const fmt = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Rome',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  weekday: 'short',
  hourCycle: 'h23',
});
const WD: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

function romeParts(utcMs: number) {
  const p = Object.fromEntries(fmt.formatToParts(new Date(utcMs)).map((x) => [x.type, x.value]));
  return { y: +p.year!, m: +p.month!, d: +p.day!, h: +p.hour!, min: +p.minute!, wd: WD[p.weekday!]! };
}

/** Holidays typed from the published list (Easter Mondays 2024-04-01, 2025-04-21). */
const HOLIDAYS: Record<number, string[]> = {
  2024: ['1-1', '1-6', '4-1', '4-25', '5-1', '6-2', '8-15', '11-1', '12-8', '12-25', '12-26'],
  2025: ['1-1', '1-6', '4-21', '4-25', '5-1', '6-2', '8-15', '11-1', '12-8', '12-25', '12-26'],
};

function handBand(wd: number, h: number, holiday: boolean): number {
  if (holiday || wd === 7 || h < 7 || h >= 23) return 3;
  if (wd === 6) return 2;
  return h >= 8 && h < 19 ? 1 : 2;
}

describe('civil calendar against Intl Europe/Rome', () => {
  for (const year of [2024, 2025]) {
    it(`matches every quarter hour of ${year}`, () => {
      const base = referenceYearBase(year, 15);
      const cal = civilCalendarFor(base);
      const bands = bandsFor(base);
      let mismatches = 0;
      for (let i = 0; i < base.length; i++) {
        const p = romeParts(base.startUtcMs + i * 900_000);
        const hol = HOLIDAYS[year]!.includes(`${p.m}-${p.d}`);
        if (
          cal.year[i] !== p.y || cal.month[i] !== p.m || cal.day[i] !== p.d || cal.hour[i] !== p.h ||
          cal.minute[i] !== p.min || cal.weekday[i] !== p.wd || cal.isHoliday[i] !== (hol ? 1 : 0) ||
          bands[i] !== handBand(p.wd, p.h, hol)
        ) mismatches++;
      }
      expect(mismatches).toBe(0);
    });
  }

  it('March 2024 (31 Mar is 23 h): F1 231 h, F2 185 h, F3 327 h by hand', () => {
    // 21 Mon–Fri, 5 Saturdays, 5 Sundays, no holiday; 743 h in the month.
    const base = referenceYearBase(2024, 60);
    const cal = civilCalendarFor(base);
    const bands = bandsFor(base);
    const c = [0, 0, 0];
    for (let i = 0; i < base.length; i++) if (cal.month[i] === 3) c[bands[i]! - 1]++;
    expect(c).toEqual([231, 185, 327]);
  });
});
