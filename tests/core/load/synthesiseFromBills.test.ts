import { describe, expect, it } from 'vitest';
import { LOAD_PROFILES } from '../../../core/model/entities';
import { referenceYearBase } from '../../../core/model/calendar';
import { synthesiseFromBills, type MonthlyBill } from '../../../core/load';

/** Independent oracle for month and band: Intl Europe/Rome + hand-typed 2024 holidays. */
const fmt = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Rome', month: 'numeric', day: 'numeric', hour: 'numeric', weekday: 'short', hourCycle: 'h23',
});
const WD: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
const HOL_2024 = ['1-1', '1-6', '4-1', '4-25', '5-1', '6-2', '8-15', '11-1', '12-8', '12-25', '12-26'];

function oracle(base: ReturnType<typeof referenceYearBase>) {
  const month = new Uint8Array(base.length);
  const band = new Uint8Array(base.length);
  for (let i = 0; i < base.length; i++) {
    const p = Object.fromEntries(fmt.formatToParts(new Date(base.startUtcMs + i * base.stepMinutes * 60_000)).map((x) => [x.type, x.value]));
    const m = +p.month!, d = +p.day!, h = +p.hour!, wd = WD[p.weekday!]!;
    const hol = HOL_2024.includes(`${m}-${d}`);
    month[i] = m;
    band[i] = hol || wd === 7 || h < 7 || h >= 23 ? 3 : wd === 6 ? 2 : h >= 8 && h < 19 ? 1 : 2;
  }
  return { month, band };
}

function cellSums(s: Float64Array, o: ReturnType<typeof oracle>): number[][] {
  const c = Array.from({ length: 12 }, () => [0, 0, 0]);
  for (let i = 0; i < s.length; i++) c[o.month[i]! - 1]![o.band[i]! - 1] += s[i]!;
  return c;
}

const BILLS: MonthlyBill[] = Array.from({ length: 12 }, (_, k) => ({
  month: k + 1,
  f1: 80 + 7 * k,
  f2: 60 + 3 * k,
  f3: 110 - 2 * k + 0.123,
}));

describe('synthesiseFromBills (band-exact, 2024)', () => {
  for (const step of [60, 15] as const) {
    const base = referenceYearBase(2024, step);
    const o = oracle(base);
    it(`reproduces every month × band of the bills for every kind (${step} min)`, () => {
      for (const kind of LOAD_PROFILES) {
        const s = synthesiseFromBills(BILLS, kind, base);
        const c = cellSums(s, o);
        for (const b of BILLS) {
          if (!('f1' in b)) continue;
          const got = c[b.month - 1]!;
          expect(Math.abs(got[0]! - b.f1) / b.f1, `${kind} m${b.month} F1`).toBeLessThan(1e-12);
          expect(Math.abs(got[1]! - b.f2) / b.f2, `${kind} m${b.month} F2`).toBeLessThan(1e-12);
          expect(Math.abs(got[2]! - b.f3) / b.f3, `${kind} m${b.month} F3`).toBeLessThan(1e-12);
        }
        for (let i = 0; i < s.length; i++) if (!(s[i]! >= 0)) throw new Error(`negative at ${i}`);
      }
    });
  }

  it('fills a band flat when the shape has no weight there (public lighting, F1 in June)', () => {
    // June 2024: 20 Mon–Fri, 2 Jun is a Sunday → F1 = 20 × 11 = 220 h, all in daylight.
    const base = referenceYearBase(2024, 60);
    const o = oracle(base);
    const s = synthesiseFromBills([{ month: 6, f1: 33, f2: 40, f3: 200 }], 'public_lighting', base);
    const f1Steps: number[] = [];
    for (let i = 0; i < s.length; i++) if (o.month[i] === 6 && o.band[i] === 1) f1Steps.push(s[i]!);
    expect(f1Steps).toHaveLength(220);
    for (const v of f1Steps) expect(v).toBeCloseTo(33 / 220, 12);
    const c = cellSums(s, o);
    expect(c[5]![1]).toBeCloseTo(40, 9);
    expect(c[5]![2]).toBeCloseTo(200, 9);
    // unbilled months stay at zero
    expect(c[0]).toEqual([0, 0, 0]);
  });

  it('spreads an F0 (single-rate) bill over the whole month', () => {
    const base = referenceYearBase(2024, 15);
    const o = oracle(base);
    const s = synthesiseFromBills([{ month: 3, f0: 250 }, { month: 10, f0: 300 }], 'household', base);
    const c = cellSums(s, o);
    expect(c[2]![0]! + c[2]![1]! + c[2]![2]!).toBeCloseTo(250, 9);
    expect(c[9]![0]! + c[9]![1]! + c[9]![2]!).toBeCloseTo(300, 9);
    // the household shape, not a flat spread: Tue 12 Mar 2024, 20:00 vs 03:00 local (CET)
    const q = (h: number) => s[(Date.UTC(2024, 2, 12, h - 1) - base.startUtcMs) / 900_000]!;
    expect(q(20) / q(3)).toBeGreaterThan(3);
  });

  it('rejects invalid bills', () => {
    const base = referenceYearBase(2024, 60);
    expect(() => synthesiseFromBills([{ month: 13, f0: 1 }], 'office', base)).toThrow(RangeError);
    expect(() => synthesiseFromBills([{ month: 1, f0: 1 }, { month: 1, f0: 2 }], 'office', base)).toThrow(RangeError);
    expect(() => synthesiseFromBills([{ month: 1, f1: -1, f2: 0, f3: 0 }], 'office', base)).toThrow(RangeError);
  });
});
