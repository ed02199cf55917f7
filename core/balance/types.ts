/**
 * Input and output shapes of the energy balance of one self-consumption configuration
 * (CER, AUC or AID). All energy series are kWh per interval on the input `base`; powers are
 * kW; efficiencies and state-of-charge values are fractions [-].
 */
import type { TimeBase } from '../model/timeseries';
import type { ConsumerFlowsCache } from './consumer-memo';

/**
 * How a storage system is dispatched.
 * - `self-consumption`: behind the meter; charges from the point's own surplus production and
 *   discharges to the point's own load, step by step. It never touches the grid.
 * - `shared-energy`: configuration-level; charges from the grid while the configuration's
 *   injections exceed its withdrawals and discharges to the grid while withdrawals exceed
 *   injections, per sharing period. Its grid withdrawal counts as withdrawal for sharing
 *   (weighted by the round-trip efficiency) and its discharge as injection [RO p.7, p.144].
 */
export type BatteryStrategy = 'self-consumption' | 'shared-energy';

/** A storage system at one connection point. */
export interface BatteryInput {
  /** Usable nameplate capacity [kWh]; > 0. */
  capacityKWh: number;
  /** Maximum charge and discharge power on the AC side [kW]; > 0. */
  powerKW: number;
  /** Round-trip efficiency (0, 1] [-]; split evenly: √η on charge and √η on discharge. */
  roundTripEfficiency: number;
  /** Minimum state of charge, fraction of capacity [0, 1) [-]. */
  minSoc: number;
  /** State of charge at the first interval, fraction of capacity [-]; defaults to `minSoc`. */
  initialSoc?: number;
  strategy: BatteryStrategy;
}

/** A production plant (or production unit) injecting through a point. */
export interface PlantInput {
  /** Plant id (`Plant.id`); unique over the whole input. */
  plantId: number;
  /** Net production [kWh per interval] (auxiliary consumption already netted out). */
  production: Float64Array;
  /**
   * Entry into operation, ISO `YYYY-MM-DD`; null for a planned plant (treated as newer than
   * every dated plant). Orders the oldest-first split of shared energy [RO pp.143–144].
   */
  commissioningDate: string | null;
  /**
   * Pre-existing plant (in operation up to 15/12/2021): its shared energy is valorised but not
   * incentivised, and in a CER its power may be at most 30% of the total [RO §1.2.1.2 pp.9–10].
   */
  existing: boolean;
  /** Plant power [kW] (kWp for PV), used for the 30% and 1 MW rules. */
  kW: number;
  /**
   * True when the eligibility rules deny this plant the tariff by its nature (commissioned
   * before the CER's constitution, hybrid, …): its shared energy is valorised only.
   */
  incentiveExcluded?: boolean;
}

/** A metered connection point (POD) with its load, plants, EV charging and storage. */
export interface PointInput {
  /** Connection point id; unique over the input. */
  id: number;
  /** Member behind this point; null for third-party producers or standalone plants. */
  memberId: number | null;
  /** Consumption of the point [kWh per interval], EV charging excluded. Absent = none. */
  load?: Float64Array;
  /** EV charging consumption at the point [kWh per interval]; counts as withdrawal [RO p.7]. */
  ev?: Float64Array;
  /** Plants behind this point's meter (empty for a pure consumer). */
  plants: PlantInput[];
  /**
   * True when the point counts for the configuration: under its primary substation (and not
   * excluded by the rules). Points outside keep their own flows but are left out of shared
   * energy [RO App. A p.143] and of the configuration's totals.
   */
  inSubstation: boolean;
  battery?: BatteryInput;
}

/** Civil-calendar labels of each interval, computed by the caller in the configuration's zone. */
export interface BalanceCalendar {
  /** Month 0…11 of each interval; length = base.length. */
  month: Uint8Array;
  /** Civil hour of day 0…23 of each interval; length = base.length. */
  hourOfDay: Uint8Array;
}

export interface BalanceOptions {
  /**
   * Interval over which shared energy = min(Σ injected, Σ withdrawn) is taken. 'hour' (default)
   * follows the rules [RO §2.2.2.1.2 p.38, App. A p.143]: quarter-hour data are summed per hour
   * first. 'step' takes the minimum on each input interval.
   */
  sharingPeriod?: 'hour' | 'step';
  /** Plants above this power [kW] get valorisation only [RO §1.2.1.2 p.10]; default 1000. */
  maxIncentivisedPlantKw?: number;
  /** Maximum ratio of pre-existing plant power to total plant power; default 0.30. */
  maxExistingShare?: number;
}

/** Everything the balance needs for one configuration. */
export interface BalanceInput {
  base: TimeBase;
  points: PointInput[];
  calendar: BalanceCalendar;
  options?: BalanceOptions;
}

/** Outcome of the pre-existing plants rule (CER only) [RO §1.2.1.2 p.10]. */
export interface ExistingPlantsFinding {
  /** True when existingKw ≤ maxShare × totalKw. */
  ok: boolean;
  /** Power of pre-existing plants [kW]. */
  existingKw: number;
  /** Power of all plants [kW]. */
  totalKw: number;
  /** existingKw / totalKw [-]; 0 when totalKw is 0. */
  ratio: number;
  /** Limit applied [-]. */
  maxShare: number;
}

/** Energy totals [kWh] shared by points, members and the configuration. */
export interface FlowTotals {
  /** Net production of the plants behind the meter(s). */
  productionKWh: number;
  /** Consumption including EV charging. */
  consumptionKWh: number;
  /** EV charging consumption (part of consumption). */
  evKWh: number;
  /** Physical self-consumption behind the meter (direct + from a self-consumption battery). */
  selfConsumptionKWh: number;
  /** Energy injected into the grid (plants and shared-energy battery discharge). */
  injectionKWh: number;
  /** Energy withdrawn from the grid for the load (and EV). */
  withdrawalKWh: number;
  /** Energy withdrawn from the grid by a shared-energy battery (physical, not weighted). */
  batteryGridChargeKWh: number;
}

/** Per battery: every kWh in equals every kWh out + losses + change of stored energy. */
export interface BatteryResult {
  pointId: number;
  strategy: BatteryStrategy;
  /** AC energy taken in [kWh]. */
  chargedKWh: number;
  /** AC energy delivered [kWh]. */
  dischargedKWh: number;
  /** Conversion losses [kWh]. */
  lossesKWh: number;
  /** Stored energy at start and end [kWh]. */
  socStartKWh: number;
  socEndKWh: number;
  /** Full-equivalent cycles = discharged / capacity [-]. */
  equivalentCycles: number;
}

export interface PointResult extends FlowTotals {
  pointId: number;
  memberId: number | null;
  inSubstation: boolean;
}

/** A member's energy flows, its points' summed (no pro-rata shares). */
export interface MemberFlows extends FlowTotals {
  memberId: number;
  pointIds: number[];
}

export interface MemberResult extends MemberFlows {
  /** Pro-rata share of shared energy by withdrawal: Σ_h shared_h × W_m,h / W_h [kWh]. */
  sharedAsConsumerKWh: number;
  /** Same pro-rata share of incentivised shared energy [kWh]. */
  incentivisedAsConsumerKWh: number;
  /** Pro-rata share of shared energy by injection: Σ_h shared_h × I_m,h / I_h [kWh]. */
  sharedAsProducerKWh: number;
  /** (self-consumption + shared as consumer) / consumption [-]; 0 without consumption. */
  selfSufficiency: number;
  /** shared as producer / injection [-]; 0 without injection. */
  sharedRatio: number;
  /** sharedAsConsumerKWh by month 0…11 [kWh]. */
  monthlySharedAsConsumerKWh: Float64Array;
}

export interface PlantResult {
  plantId: number;
  pointId: number;
  /** Position in the oldest-first order (0 = first served). */
  rank: number;
  kW: number;
  existing: boolean;
  /** False for pre-existing plants, plants above the 1 MW threshold and plants excluded by the rules. */
  incentiveEligible: boolean;
  inSubstation: boolean;
  productionKWh: number;
  /** Injection attributed to the plant (point injection split pro rata to production) [kWh]. */
  injectionKWh: number;
  /** Shared energy attributed oldest-first [kWh] (E_ACV part of this plant). */
  sharedKWh: number;
  /** Shared energy that earns the incentive tariff (E_ACI) [kWh]. */
  incentivisedKWh: number;
  /** Shared energy that earns valorisation only [kWh]. */
  valorisedOnlyKWh: number;
  /** shared / injection [-]. */
  sharedRatio: number;
  monthlySharedKWh: Float64Array;
  monthlyIncentivisedKWh: Float64Array;
  /** Shared energy per sharing period [kWh], on `BalanceResult.sharingBase`. */
  sharedSeries: Float64Array;
  /** Injection per sharing period [kWh], on `BalanceResult.sharingBase`. */
  injectionSeries: Float64Array;
}

/** Twelve monthly values each [kWh]. */
export interface MonthlyTotals {
  productionKWh: Float64Array;
  consumptionKWh: Float64Array;
  selfConsumptionKWh: Float64Array;
  injectionKWh: Float64Array;
  withdrawalKWh: Float64Array;
  sharedKWh: Float64Array;
  incentivisedKWh: Float64Array;
}

/** Totals (FlowTotals) over the points that count, i.e. under the substation. */
export interface ConfigurationResult extends FlowTotals {
  /** Injection for sharing of in-substation points, batteries included [kWh]. */
  injectionInSubstationKWh: number;
  /** Withdrawal for sharing of in-substation points, batteries weighted by η [kWh]. */
  withdrawalInSubstationKWh: number;
  /** Injection and withdrawal of points outside the substation [kWh] (no sharing). */
  injectionOutsideKWh: number;
  withdrawalOutsideKWh: number;
  /** Ids of points outside the substation. */
  outsidePointIds: number[];
  /** Shared energy = valorised E_ACV [kWh]. */
  sharedKWh: number;
  /** Incentivised shared energy E_ACI [kWh]. */
  incentivisedKWh: number;
  /** Shared energy valorised only (pre-existing, > 1 MW, storage) [kWh]. */
  valorisedOnlyKWh: number;
  /** Shared energy covered by shared-energy battery discharge (valorised only) [kWh]. */
  storageSharedKWh: number;
  /** shared / in-substation injection [-]. */
  sharedRatio: number;
  /** (self-consumption + shared) / consumption [-]. */
  selfSufficiency: number;
}

/** Configuration series per sharing period [kWh per period], for charts. */
export interface BalanceSeries {
  /** Production of the in-substation points' plants. */
  production: Float64Array;
  /** Members' withdrawal from the grid of the in-substation points (batteries' grid charge excluded), as `withdrawalKWh`. */
  withdrawal: Float64Array;
  shared: Float64Array;
  injected: Float64Array;
  withdrawn: Float64Array;
  incentivised: Float64Array;
}

/** Typical day per month: index month × 24 + hour, kWh in that hour of an average day. */
export interface TypicalDays {
  shared: Float64Array;
  injected: Float64Array;
  withdrawn: Float64Array;
}

export interface BalanceResult {
  /** Time base of the per-period series (hourly when sharing per hour). */
  sharingBase: TimeBase;
  configuration: ConfigurationResult;
  /** Plants in input order. */
  plants: PlantResult[];
  /** Points in input order. */
  points: PointResult[];
  /** Members in order of first appearance. */
  members: MemberResult[];
  batteries: BatteryResult[];
  monthly: MonthlyTotals;
  series: BalanceSeries;
  typicalDays: TypicalDays;
  existingPlants: ExistingPlantsFinding;
}

/**
 * What computeBalanceTotals computes of the members' pro-rata shares as consumer: two sums,
 * no member's own figure (a member's share not computed is not in the result, not a 0).
 */
export interface ConsumerShareSums {
  /** The members the caller named, as given. */
  memberIds: readonly number[];
  /** Σ of their shares of shared energy as consumer [kWh]. */
  namedKWh: number;
  /**
   * Σ of every member's share as consumer [kWh]: the shared energy less the shares of the
   * in-substation points without a member (the pro-rata shares of all points add up to it).
   */
  membersKWh: number;
}

/**
 * A balance without the members' pro-rata shares (computeBalanceTotals): everything else as
 * BalanceResult (the plants' shared and incentivised energy, the configuration's totals and
 * series, the points' and members' flows), the shares as consumer summed only.
 */
export interface BalanceTotals extends Omit<BalanceResult, 'members'> {
  /** Members in order of first appearance, their flows only. */
  members: MemberFlows[];
  consumerShares: ConsumerShareSums;
}

/** What a balance run may take from earlier runs. */
export interface BalanceReuse {
  /**
   * The groups of pure consumers' per-period sums and totals kept by earlier runs, taken when
   * a run has the same consumers (the same load and EV series, on the same side of the
   * substation and time base), else kept from this run. The caller promises the series it
   * passes are never changed in place while the cache lives (consumer-memo.ts).
   */
  consumers?: ConsumerFlowsCache;
}

export interface BalanceTotalsOptions extends BalanceReuse {
  /** Members whose shares as consumer are summed into `consumerShares.namedKWh`. */
  sharesOfMembers: readonly number[];
  /**
   * The result's per-period series (the configuration's and the plants' shared and injected
   * energy) in space the next computeBalanceTotals call with this flag hands out again: for a
   * caller that reads them at once (a sweep's P90 money), not one that keeps the result.
   */
  transientSeries?: boolean;
}
