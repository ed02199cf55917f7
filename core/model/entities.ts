/**
 * The planning entities of a project, as plain data. These are the shapes that cross the
 * CoreApi boundary and that the pure models read. Identifiers are integers assigned by the
 * project store.
 */

/** Configuration types under DM MASE 414/2023 [RO §1.2, pp.16–22]. */
export const COMMUNITY_TYPES = ['CER', 'AUC', 'AID'] as const;
export type CommunityType = (typeof COMMUNITY_TYPES)[number];

/** Member categories, as the operating rules name eligible controlling members [RO §1.2.2 pp.16–18]. */
export const MEMBER_CATEGORIES = [
  'citizen',
  /** A condominium as a final customer: its common services' points [RO p.20]. */
  'condominium',
  'sme',
  'large_enterprise',
  'local_authority',
  'third_sector',
  'religious_body',
  'association',
  'research_body',
  'public_administration',
] as const;
export type MemberCategory = (typeof MEMBER_CATEGORIES)[number];

/** Typical consumption shape used to synthesise a member's load when no curve is imported. */
export const LOAD_PROFILES = [
  'household',
  'office',
  'shop',
  'school',
  'municipal_building',
  'public_lighting',
  'sme_one_shift',
  'sme_three_shift',
] as const;
export type LoadProfileKind = (typeof LOAD_PROFILES)[number];

export const PLANT_SOURCES = ['pv', 'wind', 'hydro', 'other'] as const;

/**
 * Voltage of the distribution grid a plant is connected to: low (≤ 1 kV) or medium (1–35 kV)
 * [RO p.144]. Sets the avoided-loss coefficient cPR of an AUC: 2.6% LV, 1.2% MV [RO p.42].
 */
export const PLANT_VOLTAGES = ['LV', 'MV'] as const;
export type PlantVoltage = (typeof PLANT_VOLTAGES)[number];
export type PlantSource = (typeof PLANT_SOURCES)[number];

/**
 * How a member's storage is dispatched (see core/balance/types.ts BatteryStrategy):
 * `self-consumption` behind the meter, `shared-energy` to raise the configuration's shared energy.
 */
export const BATTERY_STRATEGIES = ['self-consumption', 'shared-energy'] as const;
export type MemberBatteryStrategy = (typeof BATTERY_STRATEGIES)[number];

/** A storage system at the member's point. */
export interface MemberBattery {
  /** Usable capacity [kWh]. */
  capacityKWh: number;
  /** Maximum charge/discharge power, AC side [kW]. */
  powerKW: number;
  /** Round-trip efficiency [-], default 0.9. */
  roundTripEfficiency: number;
  /** Minimum state of charge, fraction of capacity [-], default 0.1. */
  minSoc: number;
  strategy: MemberBatteryStrategy;
}

/** When an electric vehicle charges at the member's point (see core/load/evCharging.ts). */
export const EV_CHARGING_PATTERNS = ['evening-home', 'workplace-day', 'night'] as const;
export type EvChargingPattern = (typeof EV_CHARGING_PATTERNS)[number];

/** Electric-vehicle charging at the member's point: yearly energy spread by a pattern. */
export interface MemberEvCharging {
  /** Yearly charging energy at the point [kWh]. */
  annualKWh: number;
  pattern: EvChargingPattern;
}

export interface Community {
  name: string;
  /** Legal entity holding the configurations (association, cooperative, …). */
  legalEntity: string;
  type: CommunityType;
  /** Constitution date, ISO `YYYY-MM-DD`, or null when not yet constituted. */
  constitutionDate: string | null;
  /** ISTAT municipality name (drives market zone and PNRR checks). */
  municipality: string;
  /** Italian region name, e.g. "Lombardia". */
  region: string;
  /** Reference year simulated in Italian civil time. */
  referenceYear: number;
}

export interface Configuration {
  id: number;
  name: string;
  /** Primary-substation (conventional area) code, e.g. AC001E00934; '' when unknown. */
  substationCode: string;
}

export interface Member {
  id: number;
  name: string;
  category: MemberCategory;
  taxCode: string;
  /** ATECO code of the prevalent activity, e.g. "35.11.00"; '' for natural persons. */
  ateco: string;
  /** Withdrawal-point POD codes (14 chars, IT + 3 digits + E + 8 digits). */
  pods: string[];
  lat: number | null;
  lon: number | null;
  vulnerable: boolean;
  configurationId: number | null;
  /** Yearly consumption [kWh] used when no curve or bills are imported. */
  annualKWh: number;
  loadProfile: LoadProfileKind;
  /** Storage at the member's point; absent or null: none. */
  battery?: MemberBattery | null;
  /** Electric-vehicle charging at the member's point; absent or null: none. */
  ev?: MemberEvCharging | null;
  /** Code of the substation area containing (lat, lon), set by the core (read-only; null when none). */
  locatedAreaCode?: string | null;
}

export interface Plant {
  id: number;
  name: string;
  source: PlantSource;
  /** Peak DC power [kWp] (PV) or rated power [kW] for other sources. */
  kWp: number;
  /** Module tilt from horizontal [°]. */
  tiltDeg: number;
  /** Compass azimuth of the module normal [°]: 0 N, 90 E, 180 S, 270 W. */
  azimuthDeg: number;
  /** Entry into operation, ISO `YYYY-MM-DD`, or null when planned. */
  commissioningDate: string | null;
  /** Member owning the plant, or null for a third-party producer. */
  ownerMemberId: number | null;
  thirdPartyProducer: string;
  pod: string;
  censimp: string;
  /** True for plants in operation before 16/12/2021 or otherwise not incentivised. */
  existing: boolean;
  /** Share of eligible cost covered by capital grants, 0…0.4 [-]. */
  grantShare: number;
  configurationId: number | null;
  lat: number | null;
  lon: number | null;
  /** Hub height of a wind turbine above ground [m]; absent or null: 18 m (core/wind). */
  hubHeightM?: number | null;
  /** Connection voltage; absent: 'LV' (the store always writes one). */
  voltage?: PlantVoltage;
  /**
   * Investment cost, total, VAT excluded [€]; absent or null: not known, and the economics and
   * funding calls assume the PNRR cost cap of the plant's power class (stated as an assumption).
   */
  capexEur?: number | null;
  /** Code of the substation area containing (lat, lon), set by the core (read-only; null when none). */
  locatedAreaCode?: string | null;
}

/** A metered point of connection (withdrawal and/or injection) at one POD. */
export interface ConnectionPoint {
  id: number;
  pod: string;
  memberId: number | null;
  plantId: number | null;
  /** Connection voltage level. */
  voltage: 'LV' | 'MV' | 'HV';
}
