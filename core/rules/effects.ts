/**
 * What a finding does to the money of a simulation. Two kinds, kept apart because a firm signs
 * the numbers:
 * - `excludes`: the rules deny the entity the tariff by its nature (an ATECO 35.11 member, a
 *   large enterprise in a CER, a plant commissioned before the constitution, a plant above
 *   1 MW, a pre-existing plant). The results show its incentive as zero with the rule named.
 * - `condition`: a task still to do before filing (constitute the CER, a CENSIMP code, a
 *   Referent, a mandate, a deadline). The money stands; the rule is listed beside it.
 * Pure data: the scenario reads it, the rules engine stays free of money.
 */
import type { Finding } from './types';

export type FindingEffect = 'excludes' | 'condition';

/**
 * The effect of each national rule's findings. A rule whose findings differ in kind (a hybrid
 * plant vs an unnamed source, a member in another building vs one with no building recorded)
 * sets `effect` on the finding itself; this table gives the rest.
 */
export const RULE_EFFECTS: Readonly<Record<string, FindingEffect>> = {
  // The region drives the market zone: to be set before the numbers are filed.
  'community.region': 'condition',
  'cer.min-members': 'condition',
  'config.connection-points': 'condition',
  'auc.min-parties': 'condition',
  // Per finding: a member in another building is outside the group [RO p.21]; not recorded → condition.
  'auc.same-building': 'condition',
  'aid.single-customer': 'condition',
  // Large enterprises cannot be members of a CER [RO p.18].
  'cer.member-category': 'excludes',
  // Prevalent ATECO 35.11.00 / 35.14.00: participation would be the main activity [RO p.18, p.19].
  'member.excluded-ateco': 'excludes',
  // Firms in difficulty cannot access the incentives [RO p.8].
  'member.firm-in-difficulty': 'excludes',
  // Net metering can be closed before filing [RO p.18, p.20].
  'member.net-metering': 'condition',
  'cer.local-entity-municipality': 'condition',
  'point.single-configuration': 'condition',
  'config.substation-code': 'condition',
  // Per finding: a point located in another area is not under the substation [RO p.6]. The
  // scenario applies this rule itself with the project's areas (core/scenario/areas.ts).
  'point.substation-area': 'condition',
  // Per finding: a hybrid plant cannot be in the configuration [RO p.9]; an unnamed source → condition.
  'plant.renewable-source': 'condition',
  // In operation before 16/12/2021: no tariff [RO p.9].
  'plant.commissioning-date': 'excludes',
  'plant.upgrade-section': 'condition',
  // Above 1 MW: valorisation only [RO p.10].
  'plant.max-power': 'excludes',
  // Pre-existing plants: valorisation only [RO p.10].
  'plant.existing': 'excludes',
  'cer.existing-power-share': 'condition',
  // Per finding: commissioned before the constitution → excludes [RO p.9]; the pre-24/01/2024
  // exception (documents, 120-day request) and a CER still to constitute → condition.
  'cer.plant-after-constitution': 'excludes',
  'plant.capital-grant-share': 'condition',
  'plant.net-metering': 'condition',
  'plant.third-party-producer': 'condition',
  'config.referent': 'condition',
  'referent.exclusion': 'condition',
  // The PNRR rules concern the capital grant, not the tariff.
  'pnrr.configuration-type': 'condition',
  'pnrr.municipality-population': 'condition',
  'pnrr.plant-requirements': 'condition',
  'pnrr.application-window': 'condition',
  'pnrr.commissioning-deadline': 'condition',
  'pnrr.final-request-deadline': 'condition',
  'pnrr.works-after-application': 'condition',
  'pnrr.constituted-before-application': 'condition',
  'filing.retroactivity-window': 'condition',
  'format.pod': 'condition',
  'format.censimp': 'condition',
};

/** The effect of one finding: its own, else its rule's; local and unknown rules are conditions. */
export function findingEffect(f: Finding): FindingEffect {
  return f.effect ?? RULE_EFFECTS[f.ruleId] ?? 'condition';
}
