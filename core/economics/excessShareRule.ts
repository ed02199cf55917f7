/**
 * The 55% / 45% rule on the "tariffa premio eccedentaria" [RO §2.2.2.1.3 p.39; App. B §4
 * p.149]: yearly, GSE compares incentivised shared energy with the energy injected by the
 * incentivised plants; the incentive on the share above 55% (45% when the TIP is cumulated
 * with a capital grant) may go only to consumers that are not enterprises and/or to social
 * purposes in the territory of the plants.
 *
 * Only incentivised plants enter the ratio [RO p.39: "rapportando il valore dell'energia
 * elettrica condivisa incentivata al valore dell'energia immessa in rete da impianti
 * incentivati"]: a pre-existing plant (valorisation only [RO p.10]), a plant above 1 MW, or a
 * plant the rules exclude from the tariff injects energy that is in neither the numerator nor
 * the denominator — counting it would dilute the ratio and hide the restricted pot.
 *
 * The incentivised plants are grouped in two sets, without and with a capital grant, each set
 * compared with its own threshold and computed apart. (DOMAIN.md states the two-set split and proportional excess; the RO text
 * gives the two thresholds and the yearly ratio but not the split procedure — this is the
 * natural reading, flagged as an interpretation.)
 *
 * Excess incentive of a set = incentive × (ratio − threshold) / ratio when ratio > threshold,
 * i.e. the incentive earned on the shared energy above threshold × injected, valued at the
 * set's average TIP.
 */
import { Decimal, roundEur } from './money';

/** Threshold for plants with the TIP only [RO p.39 a.; App. B §4 a) p.149]. */
export const EXCESS_THRESHOLD_WITHOUT_GRANT = 0.55;
/** Threshold for plants cumulating the TIP with a capital grant [RO p.39 b.; App. B §4 b) p.149]. */
export const EXCESS_THRESHOLD_WITH_GRANT = 0.45;

export interface ExcessRulePlantYear {
  plantId: number;
  /** True when the plant is entitled to the tariff; false plants are left out of both sets. */
  incentivised: boolean;
  /** True when the plant received a capital grant (any share > 0). */
  hasGrant: boolean;
  /** Energy injected by the plant in the year [kWh]. */
  injectedKWh: number;
  /** Incentivised shared energy attributed to the plant in the year [kWh]. */
  incentivisedSharedKWh: number;
  /** Incentive of the plant in the year [€]. */
  incentiveEur: Decimal.Value;
}

export interface ExcessRuleSetResult {
  set: 'without_grant' | 'with_grant';
  plantIds: number[];
  injectedKWh: number;
  incentivisedSharedKWh: number;
  incentiveEur: Decimal;
  /** Incentivised shared / injected [-] (0 when nothing injected). */
  ratio: number;
  /** 0.55 or 0.45 [-]. */
  threshold: number;
  /** Share of the set's incentivised shared energy (and incentive) above the threshold [-]. */
  excessShare: number;
  /** Incentive restricted to non-enterprise consumers or social purposes [€]. */
  restrictedPotEur: Decimal;
  /** Incentive free for any allocation among members [€]. */
  unrestrictedEur: Decimal;
}

function evaluate(
  set: ExcessRuleSetResult['set'],
  threshold: number,
  plants: readonly ExcessRulePlantYear[],
): ExcessRuleSetResult {
  let injected = 0;
  let shared = 0;
  let incentive = new Decimal(0);
  for (const p of plants) {
    if (!(p.injectedKWh >= 0) || !(p.incentivisedSharedKWh >= 0)) {
      throw new Error(`Plant ${p.plantId}: injected and shared energy must be ≥ 0 kWh`);
    }
    if (p.incentivisedSharedKWh > p.injectedKWh + 1e-6) {
      throw new Error(
        `Plant ${p.plantId}: incentivised shared energy ${p.incentivisedSharedKWh} kWh exceeds injected ${p.injectedKWh} kWh`,
      );
    }
    injected += p.injectedKWh;
    shared += p.incentivisedSharedKWh;
    incentive = incentive.plus(p.incentiveEur);
  }
  const ratio = injected > 0 ? shared / injected : 0;
  const excessShare = ratio > threshold ? (ratio - threshold) / ratio : 0;
  const restricted = roundEur(incentive.times(excessShare));
  return {
    set,
    plantIds: plants.map((p) => p.plantId),
    injectedKWh: injected,
    incentivisedSharedKWh: shared,
    incentiveEur: incentive,
    ratio,
    threshold,
    excessShare,
    restrictedPotEur: restricted,
    unrestrictedEur: incentive.minus(restricted),
  };
}

/**
 * Applies the 55/45 rule to one year's plants; returns one result per non-empty set of
 * incentivised plants (plants not entitled to the tariff are dropped first).
 */
export function excessShareRule(plants: readonly ExcessRulePlantYear[]): ExcessRuleSetResult[] {
  const incentivised = plants.filter((p) => p.incentivised);
  const without = incentivised.filter((p) => !p.hasGrant);
  const withGrant = incentivised.filter((p) => p.hasGrant);
  const out: ExcessRuleSetResult[] = [];
  if (without.length > 0) out.push(evaluate('without_grant', EXCESS_THRESHOLD_WITHOUT_GRANT, without));
  if (withGrant.length > 0) out.push(evaluate('with_grant', EXCESS_THRESHOLD_WITH_GRANT, withGrant));
  return out;
}
