/**
 * Embodied (life-cycle, non-operational) emissions of PV plants from the NREL harmonisation
 * of crystalline-silicon PV (Hsu et al., J. Ind. Ecol. 2012): median 45 g CO2e/kWh at
 * 1,700 kWh/m²·yr, performance ratio 0.75, 30-year life.
 *
 * A per-kWh life-cycle figure holds only at its reference conditions; the emissions of making
 * and installing a plant scale with its size. So the reference figure is turned into a fixed
 * amount per kWp: g/kWh × (irradiation × PR × life) [kWh/kWp over life] — the kWh a 1 kWp
 * plant delivers over life at reference conditions (1 kWp ≈ 1 kW/m² × area × efficiency, so
 * per-kWp output = irradiation × PR).
 */
import type { PvEmbodiedReference } from './carbonParameters';

/** Embodied emissions per kWp [kg CO2e/kWp] from a harmonised per-kWh figure and its reference. */
export function pvEmbodiedKgPerKWp(ref: Omit<PvEmbodiedReference, 'source' | 'date' | 'interquartileGCo2ePerKWh'>): number {
  const lifetimeKWhPerKWp = ref.referenceIrradiationKWhPerM2Year * ref.referencePerformanceRatio * ref.referenceLifetimeYears;
  return (ref.gCo2ePerKWh * lifetimeKWhPerKWp) / 1000;
}

/** Embodied emissions of a PV plant of `kWp` [kg CO2e]. */
export function pvEmbodiedKg(kWp: number, kgPerKWp: number): number {
  if (!(kWp >= 0)) throw new Error(`Plant size must be ≥ 0 kWp, got ${kWp}`);
  return kWp * kgPerKWp;
}

/** Embodied emissions per kWh of the plant's own life production [g CO2e/kWh]. */
export function embodiedGPerKWh(embodiedKg: number, lifetimeProductionKWh: number): number {
  if (!(lifetimeProductionKWh > 0)) throw new Error('Lifetime production must be > 0 kWh');
  return (embodiedKg * 1000) / lifetimeProductionKWh;
}
