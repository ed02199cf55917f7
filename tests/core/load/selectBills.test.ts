import { describe, expect, it } from 'vitest';
import { selectBills } from '../../../core/load/selectBills';
import { sumBillsByMonth } from '../../../core/load/importedMemberLoads';
import type { BillRecord } from '../../../core/model/bill-record';

const POD = 'IT001E00000001';
const banded = (year: number, month: number, f1: number, f2 = 10, f3 = 20): BillRecord => ({ pod: POD, year, month, f1, f2, f3 });
const flat = (year: number, month: number, f0: number): BillRecord => ({ pod: POD, year, month, f0 });
const fullYear = (year: number, f1OfMonth: (m: number) => number) => Array.from({ length: 12 }, (_, k) => banded(year, k + 1, f1OfMonth(k + 1)));

describe('selectBills', () => {
  it('takes the most recent complete year, ignoring later partial years and earlier complete ones', () => {
    // 2021 and 2022 complete, 2023 has January and February only: 2022 wins (F1 = 200 + month).
    const records = [...fullYear(2021, (m) => 100 + m), ...fullYear(2022, (m) => 200 + m), banded(2023, 1, 999), banded(2023, 2, 998)];
    const chosen = selectBills(records);
    expect(chosen).toHaveLength(12);
    expect(chosen.map((b) => ('f1' in b ? b.f1 : NaN))).toEqual([201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212]);
    // 2022's year total: Σ(200+m) + 12·(10+20) = 2,478 + 360 = 2,838 kWh.
    expect(chosen.reduce((s, b) => s + ('f1' in b ? b.f1 + b.f2 + b.f3 : b.f0), 0)).toBe(2838);
  });

  it('without a complete year takes the latest bill of each month, in month order, whatever the file order', () => {
    const chosen = selectBills([banded(2023, 5, 55), flat(2021, 6, 60), banded(2022, 1, 1), banded(2022, 5, 5), banded(2023, 1, 2)]);
    // January: 2023 (2) over 2022 (1); May: 2023 (55) over 2022 (5); June: the only one, single-band.
    expect(chosen).toEqual([
      { month: 1, f1: 2, f2: 10, f3: 20 },
      { month: 5, f1: 55, f2: 10, f3: 20 },
      { month: 6, f0: 60 },
    ]);
  });

  it('a complete year mixing banded and single-band months is still complete', () => {
    const records = [...fullYear(2022, () => 1).slice(0, 11), flat(2022, 12, 40), banded(2021, 12, 7)];
    const chosen = selectBills(records);
    expect(chosen).toHaveLength(12);
    expect(chosen[11]).toEqual({ month: 12, f0: 40 });
  });

  it('no bills, no selection', () => {
    expect(selectBills([])).toEqual([]);
  });
});

describe('sumBillsByMonth', () => {
  it('adds banded PODs band by band, and falls back to F0 totals when one POD is single-band', () => {
    const a = [{ month: 1, f1: 1, f2: 2, f3: 3 }];
    const b = [{ month: 1, f1: 10, f2: 20, f3: 30 }, { month: 2, f1: 5, f2: 0, f3: 0 }];
    expect(sumBillsByMonth([a, b])).toEqual([{ month: 1, f1: 11, f2: 22, f3: 33 }, { month: 2, f1: 5, f2: 0, f3: 0 }]);
    // January: 1+2+3 + 100 = 106 kWh; February: 5 kWh.
    expect(sumBillsByMonth([a, [{ month: 1, f0: 100 }], [{ month: 2, f1: 5, f2: 0, f3: 0 }]])).toEqual([{ month: 1, f0: 106 }, { month: 2, f0: 5 }]);
  });
});
