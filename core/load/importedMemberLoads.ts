/**
 * Imported consumption of each member for a run on `base` (the civil reference year):
 * - `loadCurves`: members whose every POD has an imported curve — the PODs' curves re-laid
 *   on the base (curveOnBase) and summed [kWh per step];
 * - `bills`: members whose every POD has a curve or bills, at least one only bills — per POD
 *   the bills `selectBills` picks, a curve POD contributing its monthly F1/F2/F3 energies on
 *   the base; summed by month, as F0 totals when any POD has single-band bills [kWh].
 * Members with a POD lacking both (or with no POD) are left out: the run then uses their
 * annual consumption and load profile.
 * A curve is what it measures (`measureOf`): `loadCurves` holds the consumption side of the
 * member's curves (gross consumption and metered withdrawal summed); the metered withdrawal
 * part (net of self-consumption) and any metered injection are also in `metered`, per member,
 * so the run can treat a prosumer's meter as a meter (core/load/prosumerMetering).
 */
import type { BillRecord } from '../model/bill-record';
import type { EnergySeries, TimeBase } from '../model/timeseries';
import type { MonthlyBill } from './monthlyBill';
import { selectBills } from './selectBills';
import { billsOfCurve, curveOnBase } from './curveOnBase';
import type { MeteredSeries } from './prosumerMetering';

function addInto(target: Float64Array | undefined, x: Float64Array, n: number): Float64Array {
  const out = target ?? new Float64Array(n);
  for (let i = 0; i < n; i++) out[i]! += x[i]!;
  return out;
}

export interface ImportedLoadSources {
  /** PODs with a stored curve. */
  curvePods: ReadonlySet<string>;
  /** The stored curve of a POD of `curvePods`: read when first needed, each POD at most once. */
  readCurve: (pod: string) => EnergySeries;
  bills: readonly BillRecord[];
  /** What a `curvePods` curve measures; default 'consumption' (gross). */
  measureOf?: (pod: string) => 'withdrawal' | 'consumption';
  /** PODs with a metered injection curve, and its reader. */
  injectionPods?: ReadonlySet<string>;
  readInjection?: (pod: string) => EnergySeries;
}

export interface ImportedMemberLoads {
  /** Consumption side of the curves: gross consumption + metered withdrawal [kWh per step]. */
  loadCurves: Map<number, Float64Array>;
  bills: Map<number, MonthlyBill[]>;
  /** Metered withdrawal and injection per member [kWh per step]. */
  metered: Map<number, MeteredSeries>;
}

export function importedMemberLoads(members: readonly { id: number; pods: readonly string[] }[], sources: ImportedLoadSources, base: TimeBase): ImportedMemberLoads {
  const { curvePods } = sources;
  const loadCurves = new Map<number, Float64Array>();
  const bills = new Map<number, MonthlyBill[]>();
  const billsByPod = new Map<string, BillRecord[]>();
  for (const b of sources.bills) {
    const list = billsByPod.get(b.pod);
    if (list) list.push(b);
    else billsByPod.set(b.pod, [b]);
  }
  const laid = new Map<string, Float64Array>();
  const curveOf = (pod: string): Float64Array => {
    let c = laid.get(pod);
    if (!c) laid.set(pod, (c = curveOnBase(sources.readCurve(pod), base)));
    return c;
  };
  const metered = new Map<number, MeteredSeries>();
  const measureOf = sources.measureOf ?? (() => 'consumption' as const);
  const n = base.length;
  for (const m of members) {
    const injectionPods = m.pods.filter((p) => sources.injectionPods?.has(p));
    if (injectionPods.length > 0) {
      let inj: Float64Array | undefined;
      for (const p of injectionPods) inj = addInto(inj, curveOnBase(sources.readInjection!(p), base), n);
      metered.set(m.id, { injection: inj! });
    }
    if (m.pods.length === 0) continue;
    if (!m.pods.every((p) => curvePods.has(p) || billsByPod.has(p))) continue;
    if (m.pods.every((p) => curvePods.has(p))) {
      const total = new Float64Array(n);
      let withdrawal: Float64Array | undefined;
      for (const p of m.pods) {
        addInto(total, curveOf(p), n);
        if (measureOf(p) === 'withdrawal') withdrawal = addInto(withdrawal, curveOf(p), n);
      }
      loadCurves.set(m.id, total);
      if (withdrawal) metered.set(m.id, { ...metered.get(m.id), withdrawal });
      continue;
    }
    const parts = m.pods.map((p) => (curvePods.has(p) ? billsOfCurve(curveOf(p), base) : selectBills(billsByPod.get(p)!)));
    bills.set(m.id, sumBillsByMonth(parts));
  }
  return { loadCurves, bills, metered };
}

/** Bills of several PODs summed by month [kWh]; F0 totals as soon as one part is single-band. */
export function sumBillsByMonth(parts: readonly (readonly MonthlyBill[])[]): MonthlyBill[] {
  const flat = parts.some((p) => p.some((b) => 'f0' in b));
  const byMonth = new Map<number, { f1: number; f2: number; f3: number; f0: number }>();
  for (const p of parts) {
    for (const b of p) {
      const acc = byMonth.get(b.month) ?? { f1: 0, f2: 0, f3: 0, f0: 0 };
      if ('f1' in b) {
        acc.f1 += b.f1;
        acc.f2 += b.f2;
        acc.f3 += b.f3;
        acc.f0 += b.f1 + b.f2 + b.f3;
      } else acc.f0 += b.f0;
      byMonth.set(b.month, acc);
    }
  }
  return [...byMonth.entries()]
    .sort(([a], [b]) => a - b)
    .map(([month, a]) => (flat ? { month, f0: a.f0 } : { month, f1: a.f1, f2: a.f2, f3: a.f3 }));
}
