/**
 * The advisor's vocabulary: what one evaluation of a variant of the project yields, the
 * objectives a user may pick, and the one function every search calls. The searches (sizing,
 * roofs, member mix) know nothing of how a variant is evaluated: the scenario-based evaluator
 * (scenario-evaluator.ts) is one implementation, a faster engine can replace it behind
 * `Evaluate` without touching them.
 */
import type { Member } from '../model/entities';

/** Figures of one evaluated variant, summed over the configurations it touches. */
export interface Metrics {
  /** Shared energy E_ACV of the reference year [kWh]. */
  sharedKWh: number;
  consumptionKWh: number;
  productionKWh: number;
  /** Injected into the grid; injected − shared is the surplus still unshared [kWh]. */
  injectedKWh: number;
  /** Shared / consumption [-]. */
  selfSufficiency: number;
  /** TIP incentive of the reference year [€]. */
  incentiveEur: number;
  /** Net present value over the economic horizon [€]. */
  npvEur: number;
  /** Internal rate of return [-]; null where the flows have none. */
  irr: number | null;
  /** Years until the cumulative net flow turns positive; null: never within the horizon. */
  paybackYears: number | null;
  /** Avoided CO2 in the first year [t]. */
  avoidedTCO2: number;
  /** Members' yearly benefit: bill savings + incentive share (pro rata) [€/yr]. */
  membersBenefitEur: number;
  /** Investment net of capital grants [€]. */
  netInvestmentEur: number;
  /** Incentive above the 55/45 threshold (for non-enterprise consumers only) [€/yr]. */
  restrictedPotEur: number;
}

/** A variant with nothing to run (no plant built): no energy, no money. */
export const NOTHING: Metrics = {
  sharedKWh: 0,
  consumptionKWh: 0,
  productionKWh: 0,
  injectedKWh: 0,
  selfSufficiency: 0,
  incentiveEur: 0,
  npvEur: 0,
  irr: null,
  paybackYears: null,
  avoidedTCO2: 0,
  membersBenefitEur: 0,
  netInvestmentEur: 0,
  restrictedPotEur: 0,
};

export const OBJECTIVES = ['shared', 'npv', 'irr', 'co2', 'members'] as const;
export type Objective = (typeof OBJECTIVES)[number];

/** A candidate member: what the project would gain by adding it. */
export type CandidateMember = Omit<Member, 'id' | 'configurationId'> & { key: string };

/**
 * A variant of the project: plants resized (kWp; 0 = not built), candidates added to a
 * configuration, storage beside plants (storage-variant.ts). Absent fields leave the project
 * as it is.
 */
export interface Variant {
  kWp?: Record<number, number>;
  addMembers?: { candidate: CandidateMember; configurationId: number }[];
  /** Storage added beside a plant, by plant id [kWh usable]; 0 or absent: none. */
  storageKWh?: Record<number, number>;
  /** Installed cost of that storage [€/kWh, VAT excluded]; absent: DEFAULT_STORAGE_COST_EUR_PER_KWH. */
  storageEurPerKWh?: number;
}

/** Evaluates one variant. Deterministic: the same variant always gives the same metrics. */
export type Evaluate = (variant: Variant) => Promise<Metrics>;

/** Progress and cancel, as the scenario run has them. */
export interface AdvisorHooks {
  onProgress?: (fraction: number, label: string) => void;
  signal?: { readonly aborted: boolean };
}

export class AdvisorCancelled extends Error {
  constructor() {
    super('advice cancelled');
    this.name = 'AdvisorCancelled';
  }
}

/**
 * Evaluates a batch of variants, results in the same order. The searches hand over whole
 * batches (a sweep, a greedy round, every subset) so a host can spread them over threads.
 */
export type EvaluateMany = (variants: Variant[], hooks?: AdvisorHooks) => Promise<Metrics[]>;

/** The single-thread batch: one after the other, with progress and cancel between them. */
export function sequential(evaluate: Evaluate): EvaluateMany {
  return async (variants, hooks = {}) => {
    const out: Metrics[] = [];
    for (let i = 0; i < variants.length; i++) {
      if (hooks.signal?.aborted) throw new AdvisorCancelled();
      out.push(await evaluate(variants[i]!));
      hooks.onProgress?.((i + 1) / variants.length, `${i + 1}/${variants.length}`);
    }
    return out;
  };
}
