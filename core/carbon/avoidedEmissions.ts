/**
 * Emissions avoided by renewable energy, valued with a dated grid factor [kg CO2/kWh].
 *
 * Two bases (the caller picks, the result says which):
 * - 'production' (default): every kWh the plants produce — self-consumed, shared or injected —
 *   displaces a kWh of the national production mix, valued with ISPRA's factor for national
 *   production. This is the plant's full contribution; counting only self-consumed and shared
 *   energy would treat injected renewable energy as if it displaced nothing.
 * - 'self_consumed_plus_shared': only energy consumed within the configuration (physical
 *   self-consumption + shared energy), valued with ISPRA's factor for consumption (which
 *   includes grid losses and imports) — the community's "own" avoided withdrawals.
 */

export type AvoidedBasis = 'production' | 'self_consumed_plus_shared';

export interface CarbonEnergy {
  /** Renewable production [kWh]. */
  productionKWh: number;
  /** Physical self-consumption behind the meter [kWh]. */
  selfConsumedKWh: number;
  /** Shared energy (virtual self-consumption) [kWh]. */
  sharedKWh: number;
}

/** The energy counted by `basis` [kWh]. */
export function countedEnergyKWh(energy: CarbonEnergy, basis: AvoidedBasis): number {
  for (const [k, v] of Object.entries(energy)) {
    if (!(v >= 0)) throw new Error(`${k} must be ≥ 0 kWh, got ${v}`);
  }
  if (basis === 'production') return energy.productionKWh;
  if (energy.selfConsumedKWh + energy.sharedKWh > energy.productionKWh + 1e-6) {
    throw new Error('Self-consumed + shared energy exceed production');
  }
  return energy.selfConsumedKWh + energy.sharedKWh;
}

/** Avoided emissions [kg CO2] = counted energy [kWh] × grid factor [kg CO2/kWh]. */
export function avoidedEmissionsKg(energy: CarbonEnergy, basis: AvoidedBasis, gridFactorKgPerKWh: number): number {
  if (!(gridFactorKgPerKWh >= 0) || gridFactorKgPerKWh > 1.5) {
    throw new Error(`Grid factor must be in kg CO2/kWh (0…1.5), got ${gridFactorKgPerKWh}`);
  }
  return countedEnergyKWh(energy, basis) * gridFactorKgPerKWh;
}
