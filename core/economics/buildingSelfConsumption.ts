/**
 * E_ACVC of a collective self-consumption group (AUC), hour by hour and by voltage level
 * [RO §2.2.2.2.2 p.41 b); App. A p.144]: the self-consumed energy computed counting only the
 * plants of the building or condominium, from the plants connected at the lowest voltage up,
 * each level to the withdrawals at equal or lower voltage still uncovered.
 *
 * The group's withdrawal points are taken at low voltage (flats and common services of one
 * building), so every level reaches all of them; the bound of each hour is the configuration's
 * shared energy E_ACV,h = min(injected, withdrawn), which equals min(in-building injection,
 * withdrawn) whenever that is the smaller — and keeps E_ACVC ≤ E_ACV to the last bit.
 */
import type { LossVoltage } from './valorisation';

export interface BuildingPlantSeries {
  /** Connection voltage of the plant [RO p.42: cPR 2.6% LV, 1.2% MV]. */
  voltage: LossVoltage;
  /** Hourly injection of the plant [kWh]. */
  injectedKWh: ArrayLike<number>;
}

/** Hourly E_ACVC by voltage level [kWh]; plants outside the building are not passed. */
export function eacvcByVoltage(sharedKWh: ArrayLike<number>, plants: readonly BuildingPlantSeries[]): Record<LossVoltage, Float64Array> {
  const n = sharedKWh.length;
  const out: Record<LossVoltage, Float64Array> = { LV: new Float64Array(n), MV: new Float64Array(n) };
  const injection: Record<LossVoltage, Float64Array> = { LV: new Float64Array(n), MV: new Float64Array(n) };
  for (const p of plants) {
    if (p.injectedKWh.length !== n) throw new Error(`plant injection has ${p.injectedKWh.length} hours, shared energy ${n}`);
    const acc = injection[p.voltage];
    for (let h = 0; h < n; h++) acc[h] += p.injectedKWh[h]!;
  }
  for (let h = 0; h < n; h++) {
    // Lowest voltage first [RO p.144], then MV up to what LV left uncovered.
    const lv = Math.min(injection.LV[h]!, sharedKWh[h]!);
    out.LV[h] = lv;
    out.MV[h] = Math.min(injection.MV[h]!, sharedKWh[h]! - lv);
  }
  return out;
}
