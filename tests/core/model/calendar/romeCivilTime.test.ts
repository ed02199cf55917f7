import { describe, expect, it } from 'vitest';
import {
  civilDayHours,
  civilMidnightUtcMs,
  civilToUtcCandidates,
  formatRomeIso,
  romeCivilToUtcMs,
  romeIsoDate,
  summerTimeEndUtcMs,
  summerTimeStartUtcMs,
  toRomeCivil,
} from '../../../../core/model/calendar';

// EU rule: summer time from the last Sunday of March to the last Sunday of October, 01:00 UTC.
// 2024: 31 March and 27 October; 2025: 30 March and 26 October.
describe('Rome civil time', () => {
  it('changes offset at 01:00 UTC on the last Sundays of March and October', () => {
    expect(summerTimeStartUtcMs(2024)).toBe(Date.UTC(2024, 2, 31, 1));
    expect(summerTimeEndUtcMs(2024)).toBe(Date.UTC(2024, 9, 27, 1));
    expect(summerTimeStartUtcMs(2025)).toBe(Date.UTC(2025, 2, 30, 1));
    expect(summerTimeEndUtcMs(2025)).toBe(Date.UTC(2025, 9, 26, 1));
  });

  it('reads the wall clock of an instant, seconds and ISO weekday included', () => {
    // 2025-03-30 00:59:59 UTC is 01:59:59 CET; one second later it is 03:00:00 CEST.
    expect(toRomeCivil(Date.UTC(2025, 2, 30, 0, 59, 59))).toEqual({ year: 2025, month: 3, day: 30, hour: 1, minute: 59, second: 59, weekday: 7, offsetMinutes: 60 });
    expect(toRomeCivil(Date.UTC(2025, 2, 30, 1))).toEqual({ year: 2025, month: 3, day: 30, hour: 3, minute: 0, second: 0, weekday: 7, offsetMinutes: 120 });
    // 2024-12-31 23:30 UTC is already 1 January 2025 (a Wednesday) in Rome.
    expect(toRomeCivil(Date.UTC(2024, 11, 31, 23, 30))).toMatchObject({ year: 2025, month: 1, day: 1, hour: 0, minute: 30, weekday: 3 });
  });

  it('lists no instant for the skipped March hour and two for the repeated October hour', () => {
    expect(civilToUtcCandidates({ year: 2025, month: 3, day: 30, hour: 2, minute: 15, second: 0 })).toEqual([]);
    expect(civilToUtcCandidates({ year: 2025, month: 10, day: 26, hour: 2, minute: 15, second: 0 })).toEqual([Date.UTC(2025, 9, 26, 0, 15), Date.UTC(2025, 9, 26, 1, 15)]);
    expect(civilToUtcCandidates({ year: 2025, month: 7, day: 1, hour: 12, minute: 0, second: 30 })).toEqual([Date.UTC(2025, 6, 1, 10, 0, 30)]);
  });

  it('resolves a reading to one instant: the summer one when repeated, the winter offset when skipped', () => {
    expect(romeCivilToUtcMs(2025, 10, 26, 2, 15)).toBe(Date.UTC(2025, 9, 26, 0, 15));
    expect(romeCivilToUtcMs(2025, 3, 30, 2, 15)).toBe(Date.UTC(2025, 2, 30, 1, 15));
    expect(romeCivilToUtcMs(2025, 1, 1)).toBe(Date.UTC(2024, 11, 31, 23));
  });

  it('has 23- and 25-hour days, and midnights at 23:00 or 22:00 UTC', () => {
    expect(civilDayHours(2025, 3, 30)).toBe(23);
    expect(civilDayHours(2025, 10, 26)).toBe(25);
    expect(civilDayHours(2025, 3, 29)).toBe(24);
    expect(civilDayHours(2024, 12, 31)).toBe(24);
    expect(civilMidnightUtcMs(2025, 3, 31)).toBe(Date.UTC(2025, 2, 30, 22));
    expect(civilMidnightUtcMs(2025, 10, 27)).toBe(Date.UTC(2025, 9, 26, 23));
  });

  it('writes ISO civil time with its offset and the civil date', () => {
    expect(formatRomeIso(Date.UTC(2025, 9, 26, 0, 30))).toBe('2025-10-26T02:30:00+02:00');
    expect(formatRomeIso(Date.UTC(2025, 9, 26, 1, 30))).toBe('2025-10-26T02:30:00+01:00');
    expect(romeIsoDate(Date.UTC(2025, 5, 30, 22, 30))).toBe('2025-07-01');
  });
});
