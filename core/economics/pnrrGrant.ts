/**
 * PNRR capital grant (M2C2 Inv. 1.2) [RO Part III pp.47–55; App. E p.158]:
 * - up to 40% of the eligible cost [RO p.52 §2.2.1; Allegato 1 p.62 §14];
 * - plants in CER or AUC configurations only [RO p.47 Part III Cap.1];
 * - new plants or upgrades, power ≤ 1 MW [RO p.47 §1.1.1 i–ii];
 * - in municipalities with population below a threshold (5,000 in the RO [RO p.47 §1.1.1 v;
 *   p.57; p.59]; 50,000 per DM MASE 127/2025 — secondary source, see pnrr-grant.json);
 * - eligible cost within a cap €/kW by power class [App. E p.158; Allegato 1 §9 p.60];
 * - soft costs (items vi–ix: studies, design, works direction, testing, consultancy)
 *   at most 10% of the amount admitted [App. E p.158].
 */
import type { CommunityType } from '../model/entities';
import { Decimal, roundEur } from './money';

/** Cost cap band: plants up to `upToKw` may have at most `eurPerKw` of eligible cost. */
export interface CostCapBand {
  upToKw: number;
  eurPerKw: number;
}

export interface PnrrGrantRules {
  /** Maximum grant share of the eligible cost [-] (0.4). */
  maxShare: number;
  /** Maximum plant power [kW] (1000). */
  maxPowerKw: number;
  /** Municipality population must be strictly below this [inhabitants]. */
  populationThreshold: number;
  /** Eligible cost caps by power class [App. E p.158]. */
  costCaps: CostCapBand[];
  /** Maximum share of soft costs in the admitted amount [-] (0.10). */
  softCostMaxShare: number;
  /** Configuration types eligible (CER, AUC). */
  eligibleTypes: CommunityType[];
}

export interface PnrrGrantInput {
  communityType: CommunityType;
  /** Plant power [kW]. */
  powerKw: number;
  /** ISTAT population of the municipality where the plant is. */
  municipalityPopulation: number;
  /** True for a new plant or an upgrade (new section) [RO p.47 i]. */
  newOrUpgrade: boolean;
  /** Hard costs, items i–v (plant, storage, equipment, works, connection), VAT excluded [€]. */
  hardCostEur: number;
  /** Soft costs, items vi–ix, VAT excluded [€]. */
  softCostEur: number;
  /** Grant share requested [-], default the maximum (0.4). */
  requestedShare?: number;
}

export interface PnrrGrantResult {
  eligible: boolean;
  /** Reasons of ineligibility (empty when eligible). */
  reasons: string[];
  /** Cost cap for the plant = power × €/kW of its class [€]. */
  costCapEur: number;
  /** Soft costs admitted (≤ 10% of the admitted amount) [€]. */
  admittedSoftCostEur: number;
  /** Eligible cost admitted = min(hard + admitted soft, cap) [€]. */
  eligibleCostEur: Decimal;
  /** Grant = share × eligible cost [€] (0 when not eligible). */
  grantEur: Decimal;
  /** Grant / total cost declared [-] — the share that sets F for the TIP. */
  grantShareOfTotalCost: number;
}

/** Eligible cost cap per kW for a plant of `powerKw` [€/kW] [App. E p.158]; null above the last band. */
export function costCapEurPerKw(powerKw: number, caps: readonly CostCapBand[]): number | null {
  return caps.find((c) => powerKw <= c.upToKw)?.eurPerKw ?? null;
}

/**
 * PNRR grant of one plant [€]. Soft costs are admitted up to 10% of the admitted amount,
 * read as soft ≤ 0.10 × (hard + soft), i.e. soft ≤ hard / 9; the total is then capped at
 * power × €/kW. (The text sets the 10% against "l'importo ammesso a finanziamento"
 * [App. E p.158]; this reading is the one that keeps soft ≤ 10% of the admitted total.)
 */
export function pnrrGrant(input: PnrrGrantInput, rules: PnrrGrantRules): PnrrGrantResult {
  const reasons: string[] = [];
  if (!rules.eligibleTypes.includes(input.communityType)) {
    reasons.push(`configuration type ${input.communityType} not eligible (only ${rules.eligibleTypes.join(', ')})`);
  }
  if (!(input.powerKw > 0)) reasons.push(`power must be > 0 kW`);
  if (input.powerKw > rules.maxPowerKw) reasons.push(`power ${input.powerKw} kW above ${rules.maxPowerKw} kW`);
  if (!(input.municipalityPopulation < rules.populationThreshold)) {
    reasons.push(
      `municipality population ${input.municipalityPopulation} not below ${rules.populationThreshold} inhabitants`,
    );
  }
  if (!input.newOrUpgrade) reasons.push('only new plants or upgrades are eligible');
  const share = input.requestedShare ?? rules.maxShare;
  if (!(share >= 0) || share > rules.maxShare + 1e-12) {
    throw new Error(`Requested grant share ${share} outside 0…${rules.maxShare}`);
  }
  if (!(input.hardCostEur >= 0) || !(input.softCostEur >= 0)) throw new Error('Costs must be ≥ 0 €');

  const perKw = costCapEurPerKw(input.powerKw, rules.costCaps);
  const costCap = perKw === null ? 0 : perKw * input.powerKw;
  const softLimit = (rules.softCostMaxShare / (1 - rules.softCostMaxShare)) * input.hardCostEur;
  const admittedSoft = Math.min(input.softCostEur, softLimit);
  const eligibleCost = roundEur(Math.min(input.hardCostEur + admittedSoft, costCap));
  const eligible = reasons.length === 0;
  const grant = eligible ? roundEur(eligibleCost.times(share)) : new Decimal(0);
  const totalCost = input.hardCostEur + input.softCostEur;
  return {
    eligible,
    reasons,
    costCapEur: costCap,
    admittedSoftCostEur: admittedSoft,
    eligibleCostEur: eligibleCost,
    grantEur: grant,
    grantShareOfTotalCost: totalCost > 0 ? grant.toNumber() / totalCost : 0,
  };
}
