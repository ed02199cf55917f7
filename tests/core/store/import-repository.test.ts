import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { ProjectStore } from '../../../core/store/project-store';
import { getCurve, listBills, memberLoadInputs, saveBills, saveCurve } from '../../../core/store/import-repository';
import { defaultMember } from '../../../core/model/entity-validation';
import { referenceYearBase } from '../../../core/model/calendar/referenceYearBase';
import type { EnergySeries, StepMinutes } from '../../../core/model/timeseries';
import type { BillRecord } from '../../../core/model/bill-record';
import { tempDir } from '../../helpers/tmp';

let tmp: ReturnType<typeof tempDir>;
let store: ProjectStore;

beforeEach(() => {
  tmp = tempDir();
  store = ProjectStore.create(path.join(tmp.dir, 'p.condivisa'), { name: 'P', legalEntity: '', type: 'CER', constitutionDate: null, municipality: '', region: '', referenceYear: 2024 });
});
afterEach(() => {
  store.close();
  tmp.cleanup();
});

const POD = (n: number) => `IT001E${String(n).padStart(8, '0')}`;
const member = (name: string, pods: number[]) => store.addMember({ ...defaultMember(name), pods: pods.map(POD) }).id;

function yearSeries(year: number, step: StepMinutes, value: number): EnergySeries {
  const base = referenceYearBase(year, step);
  return { base, kWh: new Float64Array(base.length).fill(value) };
}

const banded = (pod: number, year: number, month: number, f1: number): BillRecord => ({ pod: POD(pod), year, month, f1, f2: 10, f3: 20 });

describe('import repository', () => {
  it('stores curves as Float64 blobs and reads them back bit for bit (NaN kept)', () => {
    const s: EnergySeries = { base: { startUtcMs: Date.UTC(2024, 0, 1), stepMinutes: 15, length: 5, timeZone: 'Europe/Rome' }, kWh: Float64Array.from([0.1, NaN, 1e-300, -0, 7]) };
    store.tx(() => saveCurve(store, POD(1), s, 'kW', 'f.xlsx', 'now'));
    expect(getCurve(store, POD(1))).toEqual(s);
    expect(getCurve(store, POD(2))).toBeNull();
  });

  it('memberLoadInputs sums a member’s PODs on the reference year and chooses curves, bills or nothing', () => {
    const m1 = member('Due curve', [1, 2]);
    const m2 = member('Bollette', [3]);
    const m3 = member('Curva e bollette F0', [4, 5]);
    member('POD senza dati', [6, 1000]);
    member('Senza POD', []);
    const m6 = member('Curva 2024 quartoraria', [7]);
    store.tx(() => {
      saveCurve(store, POD(1), yearSeries(2023, 60, 1), 'kWh', 'a', 'now'); // another year, hourly
      saveCurve(store, POD(2), yearSeries(2024, 15, 0.25), 'kWh', 'b', 'now'); // same year, quarter-hour
      saveCurve(store, POD(4), yearSeries(2024, 60, 0.5), 'kWh', 'c', 'now');
      saveCurve(store, POD(6), yearSeries(2024, 60, 0.5), 'kWh', 'd', 'now');
      saveCurve(store, POD(7), yearSeries(2024, 15, 0.25), 'kWh', 'e', 'now');
      saveBills(store, [...Array.from({ length: 12 }, (_, m) => banded(3, 2023, m + 1, 100)), banded(3, 2024, 1, 5000)], 'b.xlsx', 'now');
      saveBills(store, Array.from({ length: 12 }, (_, m) => ({ pod: POD(5), year: 2023, month: m + 1, f0: 50 })), 'b.xlsx', 'now');
    });
    expect(listBills(store, POD(3))).toHaveLength(13);

    const base = referenceYearBase(2024, 60);
    const { loadCurves, bills } = memberLoadInputs(store, base);
    expect([...loadCurves.keys()].sort()).toEqual([m1, m6]);
    const c1 = loadCurves.get(m1)!;
    expect(c1.length).toBe(8784);
    expect(c1.every((v) => v === 2)).toBe(true); // 1 kWh/h (2023 re-laid, 29 Feb from 28 Feb) + 4 × 0.25
    expect(loadCurves.get(m6)!.every((v) => v === 1)).toBe(true);

    expect([...bills.keys()].sort()).toEqual([m2, m3]);
    expect(bills.get(m2)).toHaveLength(12);
    expect(bills.get(m2)![0]).toEqual({ month: 1, f1: 100, f2: 10, f3: 20 });
    // a curve POD and an F0 POD: month totals, the curve contributing its energy of the month
    const jan = bills.get(m3)![0]!;
    expect(jan).toEqual({ month: 1, f0: 50 + 0.5 * 31 * 24 });
    const mar = bills.get(m3)![2]!;
    expect(mar).toEqual({ month: 3, f0: 50 + 0.5 * (31 * 24 - 1) }); // 23-hour day
  });

  it('memberLoadInputs at 15 minutes splits hourly curves into quarters', () => {
    const m = member('Oraria', [1]);
    store.tx(() => saveCurve(store, POD(1), yearSeries(2023, 60, 1), 'kWh', 'a', 'now'));
    const { loadCurves } = memberLoadInputs(store, referenceYearBase(2023, 15));
    const c = loadCurves.get(m)!;
    expect(c.length).toBe(35040);
    expect(c.every((v) => v === 0.25)).toBe(true);
  });

  it('bands of a curve POD follow ARERA F1/F2/F3 when mixed with banded bills', () => {
    const m = member('Misto', [1, 2]);
    store.tx(() => {
      saveCurve(store, POD(1), yearSeries(2024, 60, 1), 'kWh', 'a', 'now');
      saveBills(store, Array.from({ length: 12 }, (_, k) => banded(2, 2024, k + 1, 0)), 'b', 'now');
    });
    const { bills } = memberLoadInputs(store, referenceYearBase(2024, 60));
    const jan = bills.get(m)![0] as { f1: number; f2: number; f3: number };
    // January 2024: 22 working days (1 Jan and 6 Jan holidays; 6 Jan is a Saturday) → F1 = 22 × 11 h
    expect(jan.f1).toBe(22 * 11);
    expect(jan.f1 + jan.f2 + jan.f3).toBe(31 * 24 + 30);
  });
});
