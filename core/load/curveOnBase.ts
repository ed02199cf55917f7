/**
 * A measured curve on the simulation's time base: unchanged when it already has that base,
 * otherwise re-laid onto it by civil month, day and wall-clock hour (core/model/civil-relay),
 * so a 2023 curve feeds a 2025 reference year without shifting seasons or daily shapes.
 */
import { relayOnCivilCalendar, sameBase } from '../model/civil-relay';
import type { EnergySeries, TimeBase } from '../model/timeseries';
import type { BandBill } from './monthlyBill';
import { energyByMonthAndBand } from './bandEnergy';

/** `series` on `base` [kWh per step of base]; missing values (NaN) count as 0 kWh. */
export function curveOnBase(series: EnergySeries, base: TimeBase): Float64Array {
  if (sameBase(series.base, base)) return Float64Array.from(series.kWh, (v) => (Number.isNaN(v) ? 0 : v));
  return relayOnCivilCalendar(series, base);
}

/** The monthly F1/F2/F3 energies [kWh] of a series on `base`, as bills would state them. */
export function billsOfCurve(kWh: Float64Array, base: TimeBase): BandBill[] {
  return energyByMonthAndBand(kWh, base).map(([f1, f2, f3], m) => ({ month: m + 1, f1, f2, f3 }));
}
