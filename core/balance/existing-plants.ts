/**
 * In a CER the power of pre-existing plants (in operation up to 15/12/2021) may be at most
 * 30% of the total power of the configuration's plants [RO §1.2.1.2 p.10].
 */
import type { ExistingPlantsFinding } from './types';

/** Default limit on pre-existing plant power over total plant power [-] [RO p.10]. */
export const DEFAULT_MAX_EXISTING_SHARE = 0.3;

/** Check the pre-existing plants rule over `plants` (power kW). */
export function checkExistingPlantsShare(
  plants: readonly { kW: number; existing: boolean }[],
  maxShare: number = DEFAULT_MAX_EXISTING_SHARE,
): ExistingPlantsFinding {
  let existingKw = 0;
  let totalKw = 0;
  for (const p of plants) {
    totalKw += p.kW;
    if (p.existing) existingKw += p.kW;
  }
  const ratio = totalKw > 0 ? existingKw / totalKw : 0;
  // Compare without dividing, with a relative tolerance for decimal inputs like 30 / 100.
  const ok = existingKw <= maxShare * totalKw * (1 + 1e-12);
  return { ok, existingKw, totalKw, ratio, maxShare };
}
