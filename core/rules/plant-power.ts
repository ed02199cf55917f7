/** How the rules read a plant's power and entry-into-operation date [RO pp.10–11]. */
import type { RulesPlant } from './types';

/** True when the plant is recorded as an upgrade (potenziamento) with a new section. */
export function isUpgrade(p: RulesPlant): boolean {
  return typeof p.upgradedSectionKw === 'number' && p.upgradedSectionKw > 0;
}

/**
 * Power that counts for the configuration and the 1 MW limit: the upgrading section for an
 * upgrade (only its energy counts), else the plant's power [kW].
 */
export function countedPowerKw(p: RulesPlant): number {
  return isUpgrade(p) ? (p.upgradedSectionKw as number) : p.kWp;
}

/** Entry into operation that the date requirements read: the new section's for an upgrade. */
export function countedCommissioningDate(p: RulesPlant): string | null {
  if (isUpgrade(p)) return p.upgradedSectionCommissioningDate ?? null;
  return p.commissioningDate;
}

/** Eligible for the incentive tariff as far as the "existing" flag goes. */
export function isIncentivisable(p: RulesPlant): boolean {
  return !p.existing;
}
