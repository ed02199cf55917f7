/**
 * Types of the eligibility-rules engine: findings, rule definitions and the project input
 * the rules read. Pure: no Node, no DOM.
 */
import type {
  Community,
  CommunityType,
  Configuration,
  Member,
  Plant,
} from '../model/entities';
import type { Message } from '../model/messages';
import type { LocalRuleSpec } from './local-types';

export type Severity = 'blocking' | 'warning' | 'info';
export const ENTITY_KINDS = ['community', 'configuration', 'member', 'plant'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export type { LocalText, Message, Text } from '../model/messages';

export interface EntityRef {
  kind: EntityKind;
  /** Entity id; the community (a singleton) uses 0. */
  id: number;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  entity: EntityRef;
  message: Message;
  /** Where the rule comes from: `[RO p.N]` (printed page) or a named act / local scheme. */
  source: string;
  fix: Message;
  /**
   * Set when this finding's effect on the money differs from its rule's (see effects.ts):
   * `excludes` denies the entity the tariff, `condition` is a task before filing.
   */
  effect?: 'excludes' | 'condition';
}

/* ---------------------------------------------------------------- input ---- */

/** Who acts as Referent of a configuration [RO pp.16–17, 19, 21]. */
export type ReferentKind =
  /** The CER itself, through its legal representative. */
  | 'community'
  /** A member / group participant (producer or final customer of the configuration). */
  | 'member'
  /** A third-party producer of a plant of the configuration (must be an ESCO UNI 11352). */
  | 'third_party_producer'
  /** AUC: the condominium administrator. */
  | 'condominium_administrator'
  /** AUC: the legal representative of the condominium or building. */
  | 'building_representative'
  /** AUC (commercial/industrial): a consortium managing the common spaces. */
  | 'consortium';

export interface ReferentInput {
  kind: ReferentKind;
  /** For kind 'member'. */
  memberId?: number | null;
  /** For kind 'third_party_producer': plant whose producer is the referent. */
  plantId?: number | null;
  /** ESCO certified UNI 11352 (required for a third-party producer referent). */
  escoUni11352?: boolean;
  /** Declared: the referent is a firm in difficulty [RO p.8]. */
  firmInDifficulty?: boolean;
  /** Declared: any other exclusion cause (D.Lgs. 36/2023 artt. 94–98, Deggendorf, D.Lgs. 159/2011 art. 67) [RO p.8]. */
  otherExclusionCause?: boolean;
}

export interface RulesCommunity extends Community {
  /** ISTAT resident population of the community's municipality (fallback for PNRR checks). */
  municipalityPopulation?: number | null;
}

export interface RulesConfiguration extends Configuration {
  /** Configuration type when it differs from the community's (defaults to community.type). */
  type?: CommunityType;
  /** Date the access request was (or will be) filed on the GSE portal, ISO `YYYY-MM-DD`. */
  filingDate?: string | null;
  /** AUC: identifier of the building or condominium the configuration refers to. */
  buildingId?: string | null;
  referent?: ReferentInput | null;
}

export interface RulesMember extends Member {
  /** Net metering (scambio sul posto) active on the member's withdrawal points. */
  netMetering?: boolean;
  /** Declared: the member is a firm in difficulty [RO p.8]. */
  firmInDifficulty?: boolean;
  /** Primary-substation area code where the member's points lie (map module); null = could not be located. */
  locatedSubstationCode?: string | null;
  /** AUC: building or condominium of the member's withdrawal points. */
  buildingId?: string | null;
  /** ISTAT municipality of the member's site. */
  municipality?: string | null;
}

export interface RulesPlant extends Plant {
  /** Primary-substation area code where the plant lies (map module); null = could not be located. */
  locatedSubstationCode?: string | null;
  /** AUC: building or condominium where the plant lies. */
  buildingId?: string | null;
  /** ISTAT municipality of the plant site. */
  municipality?: string | null;
  /** ISTAT resident population of that municipality (PNRR check). */
  municipalityPopulation?: number | null;
  /** Hybrid plant (renewable + non-renewable) [RO p.9]. */
  hybrid?: boolean;
  /** Power of the new section when the plant is an upgrade (potenziamento) [kW]; null/absent = new build. */
  upgradedSectionKw?: number | null;
  /** Entry into operation of the upgrading section, ISO date (used instead of commissioningDate). */
  upgradedSectionCommissioningDate?: string | null;
  /** Net metering (scambio sul posto) convention still active on the plant. */
  netMetering?: boolean;
  /** CER plant in operation before 24/01/2024: documents signed before commissioning prove it was built for a CER [RO p.9]. */
  builtForCerDocumented?: boolean;
  /** Plant came from a configuration qualified under art. 42-bis DL 162/2019 (not counted in the 30% cap) [RO p.47]. */
  from42bisConfiguration?: boolean;
  /** The plant requests / obtained the PNRR capital grant. */
  pnrrGrant?: boolean;
  /** PNRR: date the grant application was filed. */
  pnrrApplicationDate?: string | null;
  /** PNRR: date of admission to the grant. */
  pnrrAdmissionDate?: string | null;
  /** PNRR: start of works. */
  worksStartDate?: string | null;
}

export interface RulesProjectInput {
  community: RulesCommunity;
  configurations: RulesConfiguration[];
  members: RulesMember[];
  plants: RulesPlant[];
  /** Local-scheme rules added to this project (e.g. a municipal pilot). */
  localRules?: LocalRuleSpec[];
}

export interface CheckOptions {
  /** Evaluation date, ISO `YYYY-MM-DD`; deadline checks that depend on "now" are skipped without it. */
  today?: string;
  /**
   * Municipality population limit for the PNRR grant: 'ro' = 5,000 (operating rules, primary),
   * 'dm127' = 50,000 (DM MASE 127/2025, secondary source). Default 'ro'.
   */
  pnrrPopulationLimit?: 'ro' | 'dm127';
  /** Rule ids to skip. */
  disabledRules?: string[];
}
