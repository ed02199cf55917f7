/**
 * The annual consumption the engine will use for each member [kWh/year], with its source:
 * its imported curves laid on the reference year (gross consumption and metered withdrawal,
 * as the run takes them), else the bills the run selects (months without a bill count zero,
 * as in synthesiseFromBills), else the member's stated annual estimate.
 */
import type { ImportedMemberLoads } from './importedMemberLoads';
import type { MonthlyBill } from './monthlyBill';

export type ConsumptionSource = 'curve' | 'bills' | 'estimate';

export interface MemberConsumption {
  source: ConsumptionSource;
  /** [kWh/year] */
  annualKWh: number;
}

const billKWh = (b: MonthlyBill): number => ('f0' in b ? b.f0 : b.f1 + b.f2 + b.f3);

export function memberConsumption(members: readonly { id: number; annualKWh: number }[], imported: ImportedMemberLoads): Map<number, MemberConsumption> {
  const out = new Map<number, MemberConsumption>();
  for (const m of members) {
    const curve = imported.loadCurves.get(m.id);
    const bills = imported.bills.get(m.id);
    if (curve) out.set(m.id, { source: 'curve', annualKWh: curve.reduce((s, x) => s + x, 0) });
    else if (bills && bills.length > 0) out.set(m.id, { source: 'bills', annualKWh: bills.reduce((s, b) => s + billKWh(b), 0) });
    else out.set(m.id, { source: 'estimate', annualKWh: m.annualKWh });
  }
  return out;
}
