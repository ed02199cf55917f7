import { describe, expect, it } from 'vitest';
import { relayOnCivilCalendar } from '../../../core/model/civil-relay';
import { referenceYearBase } from '../../../core/model/calendar/referenceYearBase';
import { toRomeCivil } from '../../../core/model/calendar/romeCivilTime';
import type { EnergySeries, StepMinutes } from '../../../core/model/timeseries';

/** A civil-year series whose value encodes its wall-clock reading: MMDDHH.mm (month, day, hour, minute/100). */
function codedYear(year: number, step: StepMinutes, code = (c: ReturnType<typeof toRomeCivil>) => c.month * 10000 + c.day * 100 + c.hour + c.minute / 100): EnergySeries {
  const base = referenceYearBase(year, step);
  const kWh = new Float64Array(base.length);
  for (let i = 0; i < base.length; i++) kWh[i] = code(toRomeCivil(base.startUtcMs + i * step * 60_000));
  return { base, kWh };
}

/** Value of the target step that starts at Rome wall-clock (month, day, hour, minute); `nth` for the repeated hour. */
function at(values: Float64Array, year: number, step: StepMinutes, month: number, day: number, hour: number, minute = 0, nth = 0): number {
  const base = referenceYearBase(year, step);
  let seen = 0;
  for (let i = 0; i < base.length; i++) {
    const c = toRomeCivil(base.startUtcMs + i * step * 60_000);
    if (c.month === month && c.day === day && c.hour === hour && c.minute === minute) {
      if (seen === nth) return values[i]!;
      seen++;
    }
  }
  throw new Error(`no step ${month}/${day} ${hour}:${minute} #${nth}`);
}

describe('relayOnCivilCalendar', () => {
  it('is the identity on the same year and step', () => {
    const src = codedYear(2024, 15);
    expect(relayOnCivilCalendar(src, src.base)).toEqual(src.kWh);
  });

  it('lays 2023 onto leap 2024: 29 Feb copies 28 Feb, lengths follow the target', () => {
    const out = relayOnCivilCalendar(codedYear(2023, 60), referenceYearBase(2024, 60));
    expect(out.length).toBe(8784);
    expect(at(out, 2024, 60, 2, 29, 10)).toBe(22810);
    expect(at(out, 2024, 60, 3, 1, 0)).toBe(30100);
    expect(at(out, 2024, 60, 12, 31, 23)).toBe(123123);
  });

  it('drops 29 Feb of a leap source', () => {
    const out = relayOnCivilCalendar(codedYear(2024, 60), referenceYearBase(2023, 60));
    expect(out.length).toBe(8760);
    expect(at(out, 2023, 60, 2, 28, 23)).toBe(22823);
    expect(at(out, 2023, 60, 3, 1, 0)).toBe(30100);
    expect([...out].some((v) => Math.floor(v / 100) === 229)).toBe(false);
  });

  it('handles the 23- and 25-hour days of both years', () => {
    // 2023: DST on 26 Mar and 29 Oct; 2024: 31 Mar and 27 Oct.
    const out = relayOnCivilCalendar(codedYear(2023, 60), referenceYearBase(2024, 60));
    // target 31 Mar 2024 has no 02:00: 01:00 and 03:00 carry the source's 01:00 and 03:00
    expect(at(out, 2024, 60, 3, 31, 1)).toBe(33101);
    expect(at(out, 2024, 60, 3, 31, 3)).toBe(33103);
    // target 26 Mar 2024 (normal day) reads the source's missing 02:00 from 01:00
    expect(at(out, 2024, 60, 3, 26, 2)).toBe(32601);
    // target 27 Oct 2024 repeats 02:00: the source day (normal) gives its 02:00 twice
    expect(at(out, 2024, 60, 10, 27, 2, 0, 0)).toBe(102702);
    expect(at(out, 2024, 60, 10, 27, 2, 0, 1)).toBe(102702);
    // source 29 Oct 2023 repeated 02:00 → the target's normal 29 Oct 2024 takes the first
    expect(at(out, 2024, 60, 10, 29, 2)).toBe(102902);
  });

  it('keeps the second occurrence of the repeated hour when both years have it on the same date', () => {
    // 2024 → 2024 with a code telling the two 02:00 apart by offset
    const src = codedYear(2024, 60, (c) => c.month * 10000 + c.day * 100 + c.hour + (c.offsetMinutes === 60 ? 0.5 : 0));
    const out = relayOnCivilCalendar(src, referenceYearBase(2024, 15));
    // 15-minute target: quarter of the hourly value
    expect(at(out, 2024, 15, 10, 27, 2, 15, 0)).toBeCloseTo(102702 / 4);
    expect(at(out, 2024, 15, 10, 27, 2, 15, 1)).toBeCloseTo(102702.5 / 4);
  });

  it('sums quarter hours into hours and splits hours into quarters, conserving energy', () => {
    const base15 = referenceYearBase(2023, 15);
    const kWh = Float64Array.from({ length: base15.length }, (_, i) => (i % 4) + 1); // 1,2,3,4 per hour
    const hourly = relayOnCivilCalendar({ base: base15, kWh }, referenceYearBase(2023, 60));
    expect(hourly.every((v) => v === 10)).toBe(true);
    const back = relayOnCivilCalendar({ base: referenceYearBase(2023, 60), kWh: hourly }, base15);
    expect(back.every((v) => v === 2.5)).toBe(true);
    expect(back.reduce((s, v) => s + v, 0)).toBeCloseTo(kWh.reduce((s, v) => s + v, 0));
  });

  it('fills days a partial curve lacks from the nearest covered day; NaN counts as missing', () => {
    const base = { ...referenceYearBase(2023, 60), length: 24 * 10 }; // 1–10 Jan 2023
    const kWh = Float64Array.from({ length: base.length }, (_, i) => Math.floor(i / 24) + 1);
    kWh[5] = NaN; // 1 Jan 05:00 missing → 04:00 of that day
    const out = relayOnCivilCalendar({ base, kWh }, referenceYearBase(2024, 60));
    expect(at(out, 2024, 60, 1, 5, 12)).toBe(5);
    expect(at(out, 2024, 60, 1, 1, 5)).toBe(1);
    expect(at(out, 2024, 60, 2, 1, 12)).toBe(10); // nearest covered: 10 Jan
    expect(at(out, 2024, 60, 12, 20, 12)).toBe(1); // wraps to 1 Jan
  });
});

describe('relayOnCivilCalendar over the same instants (a curve of the reference year)', () => {
  // 2023 at 15 minutes onto 2023 hourly: each hour is its own four quarter hours, the
  // repeated autumn hour included (29 October: 02:00 twice, the second with the second
  // occurrence's quarters).
  it('sums the four quarter hours of each hour', () => {
    const q = referenceYearBase(2023, 15);
    const kWh = Float64Array.from({ length: q.length }, (_, i) => (i % 97) / 10);
    const out = relayOnCivilCalendar({ base: q, kWh }, referenceYearBase(2023, 60));
    expect(out.length).toBe(q.length / 4);
    for (const j of [0, 5, 2000, 7178, 7179, 8000, out.length - 1]) {
      expect(out[j]).toBe(kWh[4 * j]! + kWh[4 * j + 1]! + kWh[4 * j + 2]! + kWh[4 * j + 3]!);
    }
    const coded = codedYear(2023, 15, (c) => (c.hour === 2 ? 1 : 0));
    const hours = relayOnCivilCalendar(coded, referenceYearBase(2023, 60));
    expect(at(hours, 2023, 60, 10, 29, 2, 0, 0)).toBe(4);
    expect(at(hours, 2023, 60, 10, 29, 2, 0, 1)).toBe(4);
  });

  it('still fills a missing value from the hour before', () => {
    const h = referenceYearBase(2023, 60);
    const kWh = Float64Array.from({ length: h.length }, (_, i) => i % 24);
    kWh[100] = NaN; // 4 January, 04:00 (UTC+1)
    const out = relayOnCivilCalendar({ base: h, kWh }, referenceYearBase(2023, 15));
    expect(out[400]).toBe(3 / 4); // the 03:00 value split in four
    expect(out[396]).toBe(3 / 4);
    expect(out[404]).toBe(5 / 4);
  });
});
