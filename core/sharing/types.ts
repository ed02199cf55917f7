/**
 * How a community divides what GSE pays it (incentive TIP × E_ACI and valorisation TRASe × E_ACV)
 * among members and non-member groups: the rule set, the inputs taken from a simulation and the
 * monthly statements. Amounts are euros [€]; energies are kWh.
 */
import type { MemberCategory } from '../model/entities';
import type { Message } from '../model/messages';

/** Non-member groups a euro can land in besides a member. */
export const COST_GROUPS = ['gse-fees', 'management', 'platform', 'insurance', 'reserve', 'other-costs'] as const;
export type CostGroup = (typeof COST_GROUPS)[number];
export const FUND_GROUPS = ['social-fund', 'solidarity-fund'] as const;
export type FundGroup = (typeof FUND_GROUPS)[number];
/** Groups the division itself creates: producers outside the community, GSE money not yet paid. */
export type SystemGroup = 'third-party-producers' | 'carried-forward';
export type SharingGroup = CostGroup | FundGroup | SystemGroup;

/** What a producer rule weighs each plant by. */
export type ProducerBasis = 'injected' | 'shared-produced';

/**
 * One rule. Rules are evaluated in order within a configuration: first every fixed amount
 * (costs, fixed €/kWh to producers) in list order from the money that is free of the 55/45
 * restriction, then the percentage rules split what is left, then caps and floors.
 */
export type SharingRule =
  /** A cost: €/yr (spread evenly over the paid months) or a percent of the month's money; `gse-fees` with neither takes the simulation's fee. */
  | { kind: 'cost'; id: string; group: CostGroup; eurPerYear?: number; percent?: number }
  /** A fixed tariff to producers [€/kWh] on their plants' injected or shared energy. */
  | { kind: 'producer-tariff'; id: string; eurPerKWh: number; basis: ProducerBasis }
  /** A percent to producers, pro rata to their plants' injected energy or the shared energy their plants produced. */
  | { kind: 'producers'; id: string; percent: number; basis: ProducerBasis }
  /** A percent to consumers, pro rata to their hourly contribution to shared energy; vulnerable households weighed × `vulnerableWeight` (default 1). */
  | { kind: 'consumers'; id: string; percent: number; vulnerableWeight?: number }
  /** A percent as an equal quota per member; vulnerable households count `vulnerableWeight` quotas (default 1). */
  | { kind: 'equal'; id: string; percent: number; vulnerableWeight?: number }
  /** A percent first to vulnerable households, pro rata to their shared energy as consumers (equally when none has any). */
  | { kind: 'vulnerable'; id: string; percent: number }
  /** A percent to a social or solidarity fund (a social purpose in the plants' territory [RO p.39]). */
  | { kind: 'fund'; id: string; percent: number; group: FundGroup }
  /** Per-member limits over the year [€/yr]: amounts above the cap go to the other members; the floor is made up in the last paid month. */
  | { kind: 'limits'; id: string; capEurPerYear?: number; floorEurPerYear?: number };

export type SharingRuleKind = SharingRule['kind'];

/**
 * A community's rules: `community` applies in every configuration (its €/yr costs are split
 * among configurations pro rata to their yearly money), followed by the configuration's own
 * list, keyed by primary-substation code.
 */
export interface SharingRuleSet {
  community: SharingRule[];
  configurations: Record<string, SharingRule[]>;
}

/** A member of a configuration as the division sees it. */
export interface SharingMember {
  id: number;
  name: string;
  pod: string;
  category: MemberCategory;
  vulnerable: boolean;
  /** True when the member is a final customer of the configuration (it withdraws energy). */
  consumer: boolean;
  /** The member's share of the configuration's hourly shared energy as a consumer, by month [kWh]. */
  monthlySharedAsConsumerKWh: number[];
}

/** A plant of a configuration: whom its producer money goes to and its monthly energies. */
export interface SharingPlant {
  id: number;
  /** Owning member, or null for a third-party producer (its money goes to the group). */
  ownerMemberId: number | null;
  monthlyInjectedKWh: number[];
  /** Shared energy attributed to the plant, oldest first [RO pp.143–144], by month [kWh]. */
  monthlySharedKWh: number[];
}

/** One configuration's money and people, from a simulation. */
export interface SharingConfigurationInput {
  configurationId: number;
  name: string;
  substation: string;
  /** Incentive accrued by month [€] (cents). */
  monthlyIncentiveEur: number[];
  /** Valorisation accrued by month [€] (cents). */
  monthlyValorisationEur: number[];
  /** Yearly incentive above the 55/45 threshold: non-enterprise consumers or social purposes only [RO p.39] [€]. */
  restrictedPotEur: number;
  /** GSE tariff-service fees of the year [€], for a `gse-fees` cost without an amount. */
  gseFeesEurPerYear: number;
  members: SharingMember[];
  plants: SharingPlant[];
}

/**
 * A message about a rule set: a stable code, the rule it names, the catalogue message, and
 * that message rendered in both languages for the consumers of the API's `{ it, en }` shape.
 */
export interface SharingProblem {
  code: string;
  ruleId?: string;
  substation?: string;
  message: Message;
  it: string;
  en: string;
}

export interface ConfigurationStatement {
  configurationId: number;
  name: string;
  substation: string;
  incentiveEur: number;
  valorisationEur: number;
  restrictedPotEur: number;
  /** What GSE paid in each month after the €50 minimum payment [RO p.39] [€]. */
  paidMonths: number[];
  groups: { group: SharingGroup; eur: number; months: number[] }[];
}

export interface MemberStatement {
  id: number;
  name: string;
  pod: string;
  category: MemberCategory;
  configurationId: number;
  months: number[];
  totalEur: number;
  /** Part of the total that comes from the 55/45 restricted pot [€]. */
  restrictedEur: number;
}

export interface SharingResult {
  configurations: ConfigurationStatement[];
  members: MemberStatement[];
  /** Things the user should know (a floor not fully made up, a vulnerable rule without vulnerable members…). */
  notes: SharingProblem[];
}
