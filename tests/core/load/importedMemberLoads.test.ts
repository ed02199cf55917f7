import { describe, expect, it } from 'vitest';
import { importedMemberLoads } from '../../../core/load/importedMemberLoads';
import { referenceYearBase } from '../../../core/model/calendar/referenceYearBase';
import type { BillRecord } from '../../../core/model/bill-record';

const base = referenceYearBase(2024, 60);

describe('importedMemberLoads', () => {
  it('curves when every POD has one, bills when some only have bills, nothing otherwise; each curve read once', () => {
    const curve = new Float64Array(base.length).fill(0.5);
    curve[3] = NaN; // a gap counts as 0 kWh
    const reads: string[] = [];
    const bills: BillRecord[] = [
      { pod: 'B', year: 2023, month: 1, f0: 100 },
      { pod: 'B', year: 2024, month: 1, f0: 120 },
    ];
    const r = importedMemberLoads(
      [
        { id: 1, pods: ['A'] },
        { id: 2, pods: ['B'] },
        { id: 3, pods: ['B', 'C'] },
        { id: 4, pods: [] },
      ],
      { curvePods: new Set(['A']), readCurve: (pod) => (reads.push(pod), { base, kWh: curve }), bills },
      base,
    );
    expect([...r.loadCurves.keys()]).toEqual([1]);
    // 8,784 hours of 2024 × 0.5 kWh, less the gap: 4,391.5 kWh.
    expect(r.loadCurves.get(1)!.reduce((s, v) => s + v, 0)).toBe(4391.5);
    // January: the 2024 bill (120 kWh) wins over 2023's; member 3 lacks data for C.
    expect([...r.bills.entries()]).toEqual([[2, [{ month: 1, f0: 120 }]]]);
    expect(reads).toEqual(['A']);
  });
});
