import { describe, expect, it } from 'vitest';
import { EV_MONTH_FACTOR, synthesiseEvCharging } from '../../../core/load/evCharging';
import { referenceYearBase } from '../../../core/model/calendar/referenceYearBase';
import { civilCalendarFor } from '../../../core/model/calendar/civilCalendar';
import type { TimeBase } from '../../../core/model/timeseries';

const sum = (a: Float64Array) => a.reduce((s, v) => s + v, 0);
/** A base of `days` civil days from a Rome midnight in winter (UTC+1). */
const winterDays = (isoDate: string, days: number, stepMinutes: 15 | 60 = 60): TimeBase => ({
  startUtcMs: Date.parse(`${isoDate}T00:00:00+01:00`),
  stepMinutes,
  length: (days * 24 * 60) / stepMinutes,
  timeZone: 'Europe/Rome',
});

describe('synthesiseEvCharging', () => {
  it('spreads the yearly energy exactly, on hourly and quarter-hour bases', () => {
    for (const pattern of ['evening-home', 'workplace-day', 'night'] as const) {
      expect(sum(synthesiseEvCharging(1500, pattern, referenceYearBase(2025, 60)))).toBeCloseTo(1500, 9);
      expect(sum(synthesiseEvCharging(1500, pattern, referenceYearBase(2024, 15)))).toBeCloseTo(1500, 9);
    }
    expect(sum(synthesiseEvCharging(0, 'night', referenceYearBase(2025, 60)))).toBe(0);
    expect(() => synthesiseEvCharging(-1, 'night', referenceYearBase(2025, 60))).toThrow(RangeError);
  });

  it('night: a single day by hand — the 8 hours of band F3 (23–07) take 1/8 each', () => {
    // Wednesday 15 January 2025: every F3 hour has the same weight.
    const kWh = synthesiseEvCharging(8, 'night', winterDays('2025-01-15', 1));
    expect(Array.from(kWh)).toEqual([1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1].map((v) => expect.closeTo(v, 12)));
  });

  it('evening-home: a working day against a Saturday by hand (Saturday 0.85 of the energy weight)', () => {
    // Friday 17 and Saturday 18 January 2025: day shapes sum to 1, so energy goes 1 : 0.85.
    const kWh = synthesiseEvCharging(100, 'evening-home', winterDays('2025-01-17', 2));
    const friday = sum(kWh.subarray(0, 24));
    const saturday = sum(kWh.subarray(24, 48));
    expect(saturday / friday).toBeCloseTo(0.85, 10);
    // Peak of a working day at 19:00–21:00.
    const peak = kWh.subarray(0, 24).indexOf(Math.max(...kWh.subarray(0, 24)));
    expect([19, 20]).toContain(peak);
  });

  it('workplace-day: nothing on Sundays and Italian holidays (Easter Monday, Christmas), weekday mornings only', () => {
    const base = referenceYearBase(2025, 60);
    const cal = civilCalendarFor(base);
    const kWh = synthesiseEvCharging(2000, 'workplace-day', base, cal);
    for (let i = 0; i < kWh.length; i++) {
      const md = `${cal.month[i]}-${cal.day[i]}`;
      if (cal.weekday[i]! >= 6 || md === '4-21' || md === '12-25' || md === '8-15') expect(kWh[i], md).toBe(0);
      if (cal.hour[i]! < 7 || cal.hour[i]! > 17) expect(kWh[i]).toBe(0);
    }
  });

  it('weights months by the seasonal factor: January against July, per working day', () => {
    // Two Wednesdays, same shape: energy ratio = month factor ratio.
    const base = referenceYearBase(2025, 60);
    const cal = civilCalendarFor(base);
    const kWh = synthesiseEvCharging(1500, 'evening-home', base, cal);
    const dayTotal = (m: number, d: number) => {
      let s = 0;
      for (let i = 0; i < kWh.length; i++) if (cal.month[i] === m && cal.day[i] === d) s += kWh[i]!;
      return s;
    };
    expect(dayTotal(1, 15) / dayTotal(7, 16)).toBeCloseTo(EV_MONTH_FACTOR[0]! / EV_MONTH_FACTOR[6]!, 10);
  });

  it('quarter-hours split each hour evenly', () => {
    const hourly = synthesiseEvCharging(100, 'evening-home', winterDays('2025-01-15', 1, 60));
    const quarters = synthesiseEvCharging(100, 'evening-home', winterDays('2025-01-15', 1, 15));
    for (let h = 0; h < 24; h++) {
      const q = quarters.subarray(h * 4, h * 4 + 4);
      expect(sum(q)).toBeCloseTo(hourly[h]!, 10);
      expect(q[0]).toBeCloseTo(q[3]!, 10);
    }
  });
});
