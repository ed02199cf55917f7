/**
 * What a simulation run takes and gives. Results are plain JSON-friendly data (numbers and
 * arrays), so they can be cached in the project file and sent to the UI as they are.
 */
import type { Community, Configuration, LoadProfileKind, Member, Plant } from '../model/entities';
import type { EnergySeries, StepMinutes, TimeBase } from '../model/timeseries';
import type { MonthlyBill } from '../load/monthlyBill';
import type { MeteredSeries } from '../load/prosumerMetering';
import type { WeatherYear } from '../model/weather-year';
import type { ConfigurationEconomics, EconomicsParameters } from './economics-types';
import type { ScenarioDefaults } from './defaults';
import type { Finding } from '../rules/types';
import type { AreaExclusion, PointPlace } from './areas';
import type { Text } from '../model/messages';

/** Where a member or plant lies: map area, declared area, AUC building (rule field). */
export type ScenarioPlace = PointPlace & { buildingId?: string | null };

export interface ScenarioInput {
  community: Community;
  /** `buildingId`: the AUC's building or condominium (rule field), for E_ACVC [RO p.41]. */
  configurations: (Configuration & { buildingId?: string | null })[];
  members: (Member & ScenarioPlace)[];
  plants: (Plant & ScenarioPlace)[];
  /**
   * Codes of the primary-substation areas the project holds (its map layer): where a
   * configuration's area is held, the map's location decides who is under the substation;
   * elsewhere the declared code stands in (core/scenario/areas.ts). Absent: none held.
   */
  heldAreaCodes?: string[];
  /**
   * Eligibility findings of the project (core/rules). Those that exclude by nature zero the
   * entity's incentive, those that are tasks are listed as conditions. Absent: none.
   */
  findings?: Finding[];
  stepMinutes: StepMinutes;
  /** Imported weather for every PV plant; absent: the embedded Italian climate at each site. */
  weather?: WeatherYear;
  /** Monthly F1/F2/F3 (or F0) bills per member id; take precedence over annualKWh. */
  bills?: Map<number, MonthlyBill[]>;
  /** Imported consumption curves per member id (gross consumption + metered withdrawal) [kWh per step on the run's base]; take precedence over bills. */
  loadCurves?: Map<number, Float64Array>;
  /**
   * Metered withdrawal and injection per member id [kWh per step on the run's base]: the
   * prosumer's meter as it is (core/load/prosumerMetering), never netted twice.
   */
  metered?: Map<number, MeteredSeries>;
  /** Imported production per plant id [kWh per step on the run's base] (wind, hydro, other, or measured PV). */
  productionSeries?: Map<number, Float64Array>;
  /** Prices, tariffs and factors; absent: energy only, no money or carbon. */
  economics?: EconomicsParameters;
  /** ISTAT population of the municipality of each plant (PNRR grant check); null = unknown. */
  plantMunicipalityPopulation?: Map<number, number | null>;
  /** Imported hourly zonal prices [€/MWh] by zone (replace the monthly averages of `economics`). */
  hourlyZonalPrices?: { source: string; byZone: Partial<Record<string, EnergySeries>> };
  /** Values assumed where the project is silent (region, cost above the PNRR caps, a member's place); absent: SCENARIO_DEFAULTS. Each use is recorded. */
  defaults?: ScenarioDefaults;
}

/** Cancellation flag as AbortSignal has it (the pure core names no host type). */
export interface CancelSignal {
  readonly aborted: boolean;
}

export interface ScenarioHooks {
  /** Fraction done 0…1 and what is being computed. */
  onProgress?: (fraction: number, label: string) => void;
  signal?: CancelSignal;
  /** Lets the host breathe between units of work (e.g. `() => new Promise(setImmediate)`). */
  yieldControl?: () => Promise<void>;
}

export interface Monthly12 {
  productionKWh: number[];
  consumptionKWh: number[];
  selfConsumptionKWh: number[];
  injectionKWh: number[];
  withdrawalKWh: number[];
  sharedKWh: number[];
  incentivisedKWh: number[];
}

export interface ConfigurationOutcome {
  configurationId: number;
  name: string;
  substation: string;
  productionKWh: number;
  consumptionKWh: number;
  selfConsumedKWh: number;
  injectedKWh: number;
  withdrawnKWh: number;
  sharedKWh: number;
  incentivisedKWh: number;
  valorisedOnlyKWh: number;
  selfSufficiency: number;
  sharedRatio: number;
  existingPlants: { ok: boolean; existingKw: number; totalKw: number; ratio: number; maxShare: number };
  outsideMemberIds: number[];
  outsidePlantIds: number[];
  /**
   * Members and plants whose point does not count for this configuration (not in its area, or
   * excluded by the rules), with the reason: left out of shared energy and of the totals.
   */
  excluded: ExcludedPoint[];
  /** Ids of the rules still to satisfy before filing (tasks): the money stands meanwhile. */
  conditions: string[];
  monthly: Monthly12;
  /** Average day per month: index month × 24 + hour [kWh in that hour]. */
  typicalDays: { shared: number[]; injected: number[]; withdrawn: number[] };
  economics?: ConfigurationEconomics;
  /** EV charging, part of consumption [kWh]. */
  evKWh?: number;
  /** Shared energy covered by shared-energy batteries' discharge (valorised only) [kWh]. */
  storageSharedKWh?: number;
  /** Batteries of the configuration's members (absent when none). */
  batteries?: BatteryOutcome[];
}

/** A member or plant left out of a configuration's sharing, and why. */
export interface ExcludedPoint {
  kind: 'member' | 'plant';
  id: number;
  name: string;
  /** `no-area` / `other-area`: not under the substation [RO p.6]; `rule`: excluded by its nature. */
  reason: AreaExclusion | 'rule';
  /** The other area it lies in (reason `other-area`), else null. */
  areaCode: string | null;
  /** The rules that exclude it (`point.substation-area` for the area reasons). */
  ruleIds: string[];
}

/** A member's battery over the year. */
export interface BatteryOutcome {
  memberId: number;
  strategy: 'self-consumption' | 'shared-energy';
  capacityKWh: number;
  /** AC energy taken in and delivered [kWh]. */
  chargedKWh: number;
  dischargedKWh: number;
  lossesKWh: number;
  /** Full-equivalent cycles = discharged / capacity [-]. */
  equivalentCycles: number;
}

export interface PlantOutcome {
  plantId: number;
  name: string;
  configurationId: number;
  rank: number;
  incentiveEligible: boolean;
  productionKWh: number;
  injectionKWh: number;
  sharedKWh: number;
  incentivisedKWh: number;
  valorisedOnlyKWh: number;
  sharedRatio: number;
  specificYieldKWhPerKWp: number;
  monthlyProductionKWh: number[];
  monthlySharedKWh: number[];
  monthlyIncentivisedKWh: number[];
  /** Incentive of the reference year [€] (with economics). */
  incentiveEur?: number;
  /** Rules that deny this plant the tariff (its incentive is then 0); absent when none. */
  excludedBy?: string[];
}

export interface MemberOutcome {
  memberId: number;
  name: string;
  configurationId: number;
  consumptionKWh: number;
  productionKWh: number;
  selfConsumptionKWh: number;
  injectionKWh: number;
  withdrawalKWh: number;
  sharedAsConsumerKWh: number;
  incentivisedAsConsumerKWh: number;
  sharedAsProducerKWh: number;
  /** sharedAsConsumerKWh by month (the member's hourly contribution to shared energy, summed) [kWh]; absent in older results. */
  monthlySharedAsConsumerKWh?: number[];
  selfSufficiency: number;
  loadSource: 'curve' | 'bills' | 'annual';
  loadProfile: LoadProfileKind;
  /** EV charging, part of consumptionKWh [kWh] (absent when the member has none). */
  evKWh?: number;
  /** The member's battery (absent when none). */
  battery?: BatteryOutcome;
  /** Bill savings from physical self-consumption [€/yr] (with economics). */
  savingsEur?: number;
  /** Share of the incentive, pro rata to shared energy as consumer [€/yr]. */
  incentiveShareEur?: number;
  avoidedKgCO2?: number;
  /** Years for a member's own plants to pay back from its savings and incentive share. */
  paybackYears?: number | null;
  /** Rules that exclude this member (no shared energy, no incentive share); absent when none. */
  excludedBy?: string[];
}

/**
 * A configuration's hourly series over the reference year [kWh per hour], on the sharing base
 * (hourly, Italian civil calendar): what the heatmap and the duration curves draw. Kept apart
 * from the cached result (3 × 8,760 values per configuration) and asked for one configuration
 * at a time (`getHourlySeries`).
 */
export interface ConfigurationHourly {
  configurationId: number;
  base: TimeBase;
  productionKWh: number[];
  withdrawalKWh: number[];
  sharedKWh: number[];
}

export interface ScenarioResult {
  referenceYear: number;
  stepMinutes: StepMinutes;
  weatherSource: string;
  configurations: ConfigurationOutcome[];
  plants: PlantOutcome[];
  members: MemberOutcome[];
  /** Entities not in any configuration: not simulated. */
  unassigned: { memberIds: number[]; plantIds: number[] };
  /** Assumptions the user should know about (missing coordinates, missing series…): catalogue messages; a result stored before messages had codes holds `{ it, en }`. */
  warnings: Text[];
  /** Hourly series per configuration, present on a fresh run only: the host stores them apart (core/store/simulation-series.ts) and drops them from the result. */
  hourly?: ConfigurationHourly[];
}

export type { ConfigurationEconomics, EconomicsParameters } from './economics-types';
