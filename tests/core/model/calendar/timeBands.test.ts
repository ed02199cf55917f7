import { describe, expect, it } from 'vitest';
import {
  bandAt,
  bandOfStep,
  bandsFor,
  civilCalendarFor,
  referenceYearBase,
} from '../../../../core/model/calendar';

function countBands(bands: Uint8Array, from = 0, to = bands.length): [number, number, number] {
  const c: [number, number, number] = [0, 0, 0];
  for (let i = from; i < to; i++) c[bands[i]! - 1]++;
  return c;
}

describe('ARERA time bands (delibera 181/06)', () => {
  it('applies the weekly grid', () => {
    expect(bandAt(1, 7, false)).toBe(2);
    expect(bandAt(1, 8, false)).toBe(1);
    expect(bandAt(5, 18, false)).toBe(1);
    expect(bandAt(5, 19, false)).toBe(2);
    expect(bandAt(3, 22, false)).toBe(2);
    expect(bandAt(3, 23, false)).toBe(3);
    expect(bandAt(3, 6, false)).toBe(3);
    expect(bandAt(6, 7, false)).toBe(2);
    expect(bandAt(6, 12, false)).toBe(2);
    expect(bandAt(6, 23, false)).toBe(3);
    expect(bandAt(7, 12, false)).toBe(3);
    expect(bandAt(2, 12, true)).toBe(3);
  });

  it('week Mon 15 – Sun 21 Jan 2024 (no holiday): F1 55 h, F2 41 h, F3 72 h', () => {
    // by hand: F1 = 5 × 11; F2 = 5 × (1 + 4) + 16 (Saturday 07–23); F3 = 5 × 8 + 8 + 24
    const base = referenceYearBase(2024, 60);
    const bands = bandsFor(base);
    const start = 14 * 24; // 15 Jan 00:00 local is 14 days after 1 Jan 00:00, all in winter time
    expect(countBands(bands, start, start + 168)).toEqual([55, 41, 72]);
  });

  it('Easter week 2024 (Mon 1 Apr holiday): F1 44 h, F2 36 h, F3 88 h', () => {
    // Monday 1 Apr is all F3: F1 = 4 × 11, F2 = 4 × 5 + 16, F3 = 168 − 80.
    const base = referenceYearBase(2024, 60);
    const cal = civilCalendarFor(base);
    const idx: number[] = [];
    for (let i = 0; i < base.length; i++) if (cal.month[i] === 4 && cal.day[i]! <= 7) idx.push(i);
    const c = [0, 0, 0];
    for (const i of idx) c[bandOfStep(cal, i) - 1]++;
    expect(c).toEqual([44, 36, 88]);
  });

  it('whole year 2025 by hand: F1 2761 h, F2 2071 h, F3 3928 h', () => {
    // 2025 starts on Wednesday: 261 Mon–Fri, 52 Saturdays, 52 Sundays. Ten holidays fall
    // Mon–Fri (1 Jan, 6 Jan, 21 Apr, 25 Apr, 1 May, 2 Jun, 15 Aug, 8 Dec, 25 Dec, 26 Dec)
    // and one on Saturday (1 Nov). Working weekdays 251, working Saturdays 51.
    // F1 = 251 × 11 = 2761; F2 = 251 × 5 + 51 × 16 = 2071; F3 = 8760 − 2761 − 2071 = 3928.
    expect(countBands(bandsFor(referenceYearBase(2025, 60)))).toEqual([2761, 2071, 3928]);
    expect(countBands(bandsFor(referenceYearBase(2025, 15)))).toEqual([2761 * 4, 2071 * 4, 3928 * 4]);
  });

  it('leap year 2024 by hand: F1 2794 h, F2 2086 h, F3 3904 h', () => {
    // 2024 starts on Monday, 366 days: Mon and Tue occur 53 times → 262 Mon–Fri, 52 Sat, 52 Sun.
    // Holidays on Mon–Fri: 1 Jan Mon, 1 Apr Mon, 25 Apr Thu, 1 May Wed, 15 Aug Thu, 1 Nov Fri,
    // 25 Dec Wed, 26 Dec Thu → 8; on Saturday: 6 Jan → 1; on Sunday: 2 Jun, 8 Dec.
    // Working weekdays 254, working Saturdays 51:
    // F1 = 254 × 11 = 2794; F2 = 254 × 5 + 51 × 16 = 2086; F3 = 8784 − 2794 − 2086 = 3904.
    expect(countBands(bandsFor(referenceYearBase(2024, 60)))).toEqual([2794, 2086, 3904]);
  });
});
