import { describe, expect, it } from 'vitest';
import { LOAD_PROFILES } from '../../../core/model/entities';
import { civilCalendarFor, referenceYearBase } from '../../../core/model/calendar';
import { synthesiseFromAnnual, synthesiseFromBills } from '../../../core/load';

describe('performance', () => {
  it('1,000 members × 35,040 quarter hours', () => {
    const base = referenceYearBase(2025, 15);
    const cal = civilCalendarFor(base);
    const t0 = performance.now();
    for (let m = 0; m < 1000; m++) synthesiseFromAnnual(1000 + m, LOAD_PROFILES[m % LOAD_PROFILES.length]!, base, cal);
    const annualMs = performance.now() - t0;
    const bills = Array.from({ length: 12 }, (_, k) => ({ month: k + 1, f1: 100, f2: 80, f3: 120 }));
    const t1 = performance.now();
    for (let m = 0; m < 1000; m++) synthesiseFromBills(bills, LOAD_PROFILES[m % LOAD_PROFILES.length]!, base, cal);
    const billsMs = performance.now() - t1;
    console.log(`annual: ${annualMs.toFixed(0)} ms, bills: ${billsMs.toFixed(0)} ms per 1,000 members`);
    // target < 1 s on an idle machine (printed above); the bound only catches gross regressions on a loaded CI box
    expect(annualMs).toBeLessThan(15_000);
    expect(billsMs).toBeLessThan(15_000);
  });
});
