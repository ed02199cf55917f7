import { describe, expect, it } from 'vitest';
import { LOAD_PROFILES } from '../../../core/model/entities';
import { civilCalendarFor, referenceYearBase, romeCivilToUtcMs } from '../../../core/model/calendar';
import { synthesiseFromAnnual } from '../../../core/load';

const sum = (a: ArrayLike<number>) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]!;
  return s;
};

/** Index of the step starting at a Rome wall-clock time. */
function stepAt(base: ReturnType<typeof referenceYearBase>, y: number, m: number, d: number, h: number): number {
  return (romeCivilToUtcMs(y, m, d, h) - base.startUtcMs) / (base.stepMinutes * 60_000);
}

describe('synthesiseFromAnnual', () => {
  for (const step of [15, 60] as const) {
    it(`sums exactly to the annual energy for every kind (${step} min)`, () => {
      const base = referenceYearBase(2025, step);
      const cal = civilCalendarFor(base);
      for (const kind of LOAD_PROFILES) {
        for (const kWh of [2700, 123_456.789, 1e-3]) {
          const s = synthesiseFromAnnual(kWh, kind, base, cal);
          expect(s.length).toBe(step === 15 ? 35040 : 8760);
          expect(Math.abs(sum(s) - kWh) / kWh).toBeLessThan(1e-9);
          expect(Math.min(...s)).toBeGreaterThanOrEqual(0);
        }
      }
    });
  }

  it('returns zeros for zero consumption and rejects negative or non-finite input', () => {
    const base = referenceYearBase(2025, 60);
    expect(sum(synthesiseFromAnnual(0, 'office', base))).toBe(0);
    expect(() => synthesiseFromAnnual(-1, 'office', base)).toThrow(RangeError);
    expect(() => synthesiseFromAnnual(Number.NaN, 'office', base)).toThrow(RangeError);
  });

  it('quarter-hour series aggregates to the hourly one', () => {
    const h = synthesiseFromAnnual(3000, 'household', referenceYearBase(2024, 60));
    const q = synthesiseFromAnnual(3000, 'household', referenceYearBase(2024, 15));
    let maxDiff = 0;
    for (let i = 0; i < h.length; i++) maxDiff = Math.max(maxDiff, Math.abs(q[4 * i]! + q[4 * i + 1]! + q[4 * i + 2]! + q[4 * i + 3]! - h[i]!));
    expect(maxDiff).toBeLessThan(1e-9);
  });

  it('household: evening peak above night base load', () => {
    const base = referenceYearBase(2025, 60);
    const s = synthesiseFromAnnual(2700, 'household', base);
    // Tue 14 Jan 2025: 20:00 vs 03:00
    expect(s[stepAt(base, 2025, 1, 14, 20)]! / s[stepAt(base, 2025, 1, 14, 3)]!).toBeGreaterThan(3);
    // mean power ≈ 2700 kWh / 8760 h = 0.308 kW; evening peak in a plausible 0.4–0.7 kW range
    expect(s[stepAt(base, 2025, 1, 14, 20)]!).toBeGreaterThan(0.4);
    expect(s[stepAt(base, 2025, 1, 14, 20)]!).toBeLessThan(0.7);
  });

  it('school: closed in summer, at Christmas, at Easter and on Sundays; open on term weekdays', () => {
    const base = referenceYearBase(2025, 60);
    const s = synthesiseFromAnnual(50_000, 'school', base);
    const ratio = (m: number, d: number) => s[stepAt(base, 2025, m, d, 10)]! / s[stepAt(base, 2025, m, d, 3)]!;
    expect(ratio(2, 11)).toBeGreaterThan(5); // Tue 11 Feb 2025, in term
    expect(ratio(7, 15)).toBeCloseTo(1, 12); // Tue 15 Jul 2025, summer break
    expect(ratio(12, 30)).toBeCloseTo(1, 12); // Tue 30 Dec 2025, Christmas break
    expect(ratio(4, 22)).toBeCloseTo(1, 12); // Tue 22 Apr 2025, after Easter Monday
    expect(ratio(2, 16)).toBeCloseTo(1, 12); // Sun 16 Feb 2025
  });

  it('sme_three_shift is near-flat on a working day; sme_one_shift is off at night', () => {
    const base = referenceYearBase(2025, 60);
    const three = synthesiseFromAnnual(1e6, 'sme_three_shift', base);
    const one = synthesiseFromAnnual(1e5, 'sme_one_shift', base);
    expect(three[stepAt(base, 2025, 3, 12, 3)]! / three[stepAt(base, 2025, 3, 12, 10)]!).toBeCloseTo(1, 6);
    expect(one[stepAt(base, 2025, 3, 12, 3)]! / one[stepAt(base, 2025, 3, 12, 10)]!).toBeLessThan(0.2);
  });

  it('rejects a calendar built for another base', () => {
    const cal = civilCalendarFor(referenceYearBase(2024, 60));
    expect(() => synthesiseFromAnnual(1, 'office', referenceYearBase(2025, 60), cal)).toThrow(RangeError);
  });
});
