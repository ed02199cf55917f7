import { describe, expect, it } from 'vitest';
import {
  civilCalendarFor,
  DAY_TYPE,
  easterMonday,
  easterSunday,
  italianHolidays,
  referenceYearBase,
  romeCivilToUtcMs,
  romeOffsetMinutes,
  toRomeCivil,
} from '../../../../core/model/calendar';

const H = 3_600_000;

/** Steps of a calendar falling on a given local civil date. */
function stepsOn(cal: ReturnType<typeof civilCalendarFor>, month: number, day: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < cal.base.length; i++) if (cal.month[i] === month && cal.day[i] === day) out.push(i);
  return out;
}

describe('reference year base', () => {
  it('starts at local 1 Jan 00:00 = 31 Dec 23:00 UTC and lasts 8784 h in 2024 (leap)', () => {
    const b = referenceYearBase(2024, 60);
    expect(b.startUtcMs).toBe(Date.UTC(2023, 11, 31, 23));
    expect(b.length).toBe(8784);
    expect(b.timeZone).toBe('Europe/Rome');
    expect(referenceYearBase(2024, 15).length).toBe(8784 * 4);
  });
  it('lasts 8760 h in 2025 and 35040 quarter hours', () => {
    expect(referenceYearBase(2025, 60).length).toBe(8760);
    expect(referenceYearBase(2025, 15).length).toBe(35040);
    expect(referenceYearBase(2025, 60).startUtcMs).toBe(Date.UTC(2024, 11, 31, 23));
  });
  it('covers exactly the civil year: first step 1 Jan 00:00, last step 31 Dec 23:xx', () => {
    const cal = civilCalendarFor(referenceYearBase(2024, 15));
    const n = cal.base.length;
    expect([cal.year[0], cal.month[0], cal.day[0], cal.hour[0], cal.minute[0]]).toEqual([2024, 1, 1, 0, 0]);
    expect([cal.year[n - 1], cal.month[n - 1], cal.day[n - 1], cal.hour[n - 1], cal.minute[n - 1]]).toEqual([
      2024, 12, 31, 23, 45,
    ]);
  });
});

describe('Europe/Rome summer time (EU rule)', () => {
  it('2024 changes at 01:00 UTC on 31 Mar and 27 Oct', () => {
    expect(romeOffsetMinutes(Date.UTC(2024, 2, 31, 0, 59))).toBe(60);
    expect(romeOffsetMinutes(Date.UTC(2024, 2, 31, 1, 0))).toBe(120);
    expect(romeOffsetMinutes(Date.UTC(2024, 9, 27, 0, 59))).toBe(120);
    expect(romeOffsetMinutes(Date.UTC(2024, 9, 27, 1, 0))).toBe(60);
  });
  it('2025 changes on 30 Mar and 26 Oct', () => {
    expect(romeOffsetMinutes(Date.UTC(2025, 2, 30, 1))).toBe(120);
    expect(romeOffsetMinutes(Date.UTC(2025, 2, 29, 12))).toBe(60);
    expect(romeOffsetMinutes(Date.UTC(2025, 9, 26, 0, 30))).toBe(120);
    expect(romeOffsetMinutes(Date.UTC(2025, 9, 26, 1))).toBe(60);
  });
  it('31 Mar 2024 has 23 hours (02:00 skipped), 27 Oct 2024 has 25 (02:00 twice)', () => {
    const cal = civilCalendarFor(referenceYearBase(2024, 60));
    const spring = stepsOn(cal, 3, 31).map((i) => cal.hour[i]);
    expect(spring).toEqual([0, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]);
    const autumn = stepsOn(cal, 10, 27).map((i) => cal.hour[i]);
    expect(autumn).toEqual([0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]);
    // every other day of 2024 has 24 hours: 366 days, 8784 h
    expect(stepsOn(cal, 3, 30)).toHaveLength(24);
    expect(stepsOn(cal, 10, 28)).toHaveLength(24);
  });
  it('quarter-hour base: 92 steps on 31 Mar 2024, 100 on 27 Oct 2024', () => {
    const cal = civilCalendarFor(referenceYearBase(2024, 15));
    expect(stepsOn(cal, 3, 31)).toHaveLength(92);
    expect(stepsOn(cal, 10, 27)).toHaveLength(100);
  });
  it('converts instants both ways', () => {
    expect(toRomeCivil(Date.UTC(2024, 6, 1, 10, 15))).toMatchObject({ year: 2024, month: 7, day: 1, hour: 12, minute: 15, weekday: 1 });
    expect(toRomeCivil(Date.UTC(2024, 0, 15, 10))).toMatchObject({ hour: 11, weekday: 1, offsetMinutes: 60 });
    expect(toRomeCivil(Date.UTC(2024, 11, 31, 23))).toMatchObject({ year: 2025, month: 1, day: 1, hour: 0, weekday: 3 });
    expect(romeCivilToUtcMs(2024, 7, 1, 12)).toBe(Date.UTC(2024, 6, 1, 10));
    expect(romeCivilToUtcMs(2024, 1, 1, 0)).toBe(Date.UTC(2023, 11, 31, 23));
    // the repeated 02:30 of 27 Oct 2024: first (summer-time) occurrence
    expect(romeCivilToUtcMs(2024, 10, 27, 2, 30)).toBe(Date.UTC(2024, 9, 27, 0, 30));
    expect(romeCivilToUtcMs(2024, 10, 27, 3, 0)).toBe(Date.UTC(2024, 9, 27, 2, 0));
    expect(romeCivilToUtcMs(2024, 3, 31, 3, 0) - romeCivilToUtcMs(2024, 3, 31, 1, 0)).toBe(H);
  });
});

describe('Easter and holidays', () => {
  it('Easter Sunday for published years', () => {
    // Published dates: 2000-04-23, 2019-04-21, 2024-03-31, 2025-04-20, 2026-04-05, 2038-04-25, 2285-03-22
    const cases: [number, number, number][] = [
      [2000, 4, 23],
      [2019, 4, 21],
      [2024, 3, 31],
      [2025, 4, 20],
      [2026, 4, 5],
      [2038, 4, 25],
      [2285, 3, 22],
    ];
    for (const [y, m, d] of cases) expect(easterSunday(y)).toEqual({ year: y, month: m, day: d });
  });
  it('Easter Monday: 21 Apr 2025, 1 Apr 2024', () => {
    expect(easterMonday(2025)).toEqual({ year: 2025, month: 4, day: 21 });
    expect(easterMonday(2024)).toEqual({ year: 2024, month: 4, day: 1 });
  });
  it('lists the eleven national holidays of 2025', () => {
    expect(italianHolidays(2025).map((d) => `${d.month}-${d.day}`)).toEqual([
      '1-1', '1-6', '4-21', '4-25', '5-1', '6-2', '8-15', '11-1', '12-8', '12-25', '12-26',
    ]);
  });
  it('marks holidays and day types in the calendar', () => {
    const cal = civilCalendarFor(referenceYearBase(2024, 60));
    const at = (m: number, d: number) => stepsOn(cal, m, d)[12]!;
    expect(cal.isHoliday[at(4, 1)]).toBe(1); // Easter Monday 2024
    expect(cal.dayType[at(4, 1)]).toBe(DAY_TYPE.HOLIDAY);
    expect(cal.isHoliday[at(4, 2)]).toBe(0);
    expect(cal.dayType[at(4, 2)]).toBe(DAY_TYPE.WEEKDAY);
    expect(cal.dayType[at(4, 6)]).toBe(DAY_TYPE.SATURDAY); // Sat 6 Apr 2024
    expect(cal.dayType[at(4, 7)]).toBe(DAY_TYPE.HOLIDAY); // Sun 7 Apr 2024
    expect(cal.weekday[at(2, 29)]).toBe(4); // 29 Feb 2024 was a Thursday
    expect(cal.dayOfYear[at(12, 31)]).toBe(366);
    let holidays = 0;
    for (let i = 0; i < cal.base.length; i++) holidays += cal.isHoliday[i]!;
    expect(holidays).toBe(11 * 24);
  });
});
