/**
 * Validation of entity fields as users edit them. Pure: used by the API (before anything is
 * written), by importers and by the renderer (to flag a cell before sending it).
 * Each problem names the field so the user can find it.
 */
import {
  BATTERY_STRATEGIES,
  COMMUNITY_TYPES,
  EV_CHARGING_PATTERNS,
  LOAD_PROFILES,
  MEMBER_CATEGORIES,
  PLANT_SOURCES,
  PLANT_VOLTAGES,
  type Community,
  type Configuration,
  type Member,
  type MemberBattery,
  type MemberEvCharging,
  type Plant,
} from './entities';
import { isValidPod, normalisePod, POD_SHAPE } from './pod';
import { findRegion, unknownRegionMessage } from './regions';

export interface FieldProblem {
  field: string;
  message: { it: string; en: string };
}

type Check = (value: unknown) => FieldProblem['message'] | null;

const text =
  (max: number, required = false): Check =>
  (v) => {
    if (typeof v !== 'string') return { it: 'deve essere un testo', en: 'must be text' };
    if (required && v.trim() === '') return { it: 'è obbligatorio', en: 'is required' };
    if (v.length > max) return { it: `supera ${max} caratteri`, en: `is longer than ${max} characters` };
    return null;
  };

const oneOf =
  (values: readonly string[]): Check =>
  (v) =>
    typeof v === 'string' && values.includes(v)
      ? null
      : { it: `deve essere uno tra: ${values.join(', ')}`, en: `must be one of: ${values.join(', ')}` };

const numberIn =
  (min: number, max: number, nullable = false): Check =>
  (v) => {
    if (v === null && nullable) return null;
    if (typeof v !== 'number' || !Number.isFinite(v))
      return { it: 'deve essere un numero', en: 'must be a number' };
    if (v < min || v > max) return { it: `deve essere tra ${min} e ${max}`, en: `must be between ${min} and ${max}` };
    return null;
  };

/** Empty (flagged by the rules) or an Italian region, Italian or English name. */
const region: Check = (v) => {
  if (typeof v !== 'string') return { it: 'deve essere un testo', en: 'must be text' };
  return v.trim() === '' || findRegion(v) !== null ? null : unknownRegionMessage(v);
};

const integerRef: Check = (v) =>
  v === null || (typeof v === 'number' && Number.isInteger(v) && v > 0)
    ? null
    : { it: 'riferimento non valido', en: 'invalid reference' };

const boolean: Check = (v) =>
  typeof v === 'boolean' ? null : { it: 'deve essere vero o falso', en: 'must be true or false' };

const isoDate =
  (nullable: boolean): Check =>
  (v) => {
    if (v === null && nullable) return null;
    if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v))
      return { it: 'data non valida (AAAA-MM-GG)', en: 'invalid date (YYYY-MM-DD)' };
    const d = new Date(`${v}T00:00:00Z`);
    if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v)
      return { it: 'data inesistente', en: 'date does not exist' };
    return null;
  };

const pod =
  (allowEmpty: boolean): Check =>
  (v) => {
    if (typeof v !== 'string') return { it: 'deve essere un testo', en: 'must be text' };
    if (allowEmpty && v === '') return null;
    return isValidPod(normalisePod(v))
      ? null
      : { it: `POD non valido (${POD_SHAPE.it})`, en: `invalid POD (${POD_SHAPE.en})` };
  };

const podList: Check = (v) => {
  if (!Array.isArray(v)) return { it: 'deve essere un elenco di POD', en: 'must be a list of PODs' };
  for (const p of v) {
    const problem = pod(false)(p);
    if (problem) return { it: `${String(p)}: ${problem.it}`, en: `${String(p)}: ${problem.en}` };
  }
  return null;
};

/** An optional object of named fields (null clears it); each field checked, unknown fields refused. */
const optionalObject =
  (fields: Record<string, Check>): Check =>
  (v) => {
    if (v === null || v === undefined) return null;
    if (typeof v !== 'object' || Array.isArray(v)) return { it: 'deve essere un oggetto o nullo', en: 'must be an object or null' };
    const o = v as Record<string, unknown>;
    for (const key of Object.keys(o)) {
      if (!(key in fields)) return { it: `${key}: campo sconosciuto`, en: `${key}: unknown field` };
    }
    for (const [key, check] of Object.entries(fields)) {
      if (!(key in o)) return { it: `${key}: manca`, en: `${key}: is missing` };
      const problem = check(o[key]);
      if (problem) return { it: `${key}: ${problem.it}`, en: `${key}: ${problem.en}` };
    }
    return null;
  };

const positiveUpTo =
  (max: number): Check =>
  (v) =>
    typeof v === 'number' && v <= 0 ? { it: 'deve essere maggiore di 0', en: 'must be greater than 0' } : numberIn(0, max)(v);

/** Storage at a member's point: 0 < capacity ≤ 100 MWh, 0 < power ≤ 100 MW, η 0.5–1, min SoC 0–0.9. */
const batteryField = optionalObject({
  capacityKWh: positiveUpTo(100_000),
  powerKW: positiveUpTo(100_000),
  roundTripEfficiency: numberIn(0.5, 1),
  minSoc: numberIn(0, 0.9),
  strategy: oneOf(BATTERY_STRATEGIES),
});

/** EV charging at a member's point: 0–1 GWh a year. */
const evField = optionalObject({
  annualKWh: numberIn(0, 1e6),
  pattern: oneOf(EV_CHARGING_PATTERNS),
});

const COMMUNITY_FIELDS: Record<keyof Community, Check> = {
  name: text(200, true),
  legalEntity: text(200),
  type: oneOf(COMMUNITY_TYPES),
  constitutionDate: isoDate(true),
  municipality: text(120),
  region: region,
  referenceYear: numberIn(2000, 2100),
};

const CONFIGURATION_FIELDS: Record<Exclude<keyof Configuration, 'id'>, Check> = {
  name: text(200, true),
  substationCode: text(20),
};

// `locatedAreaCode` is computed by the core from lat/lon: not an editable field.
const MEMBER_FIELDS: Record<Exclude<keyof Member, 'id' | 'locatedAreaCode'>, Check> = {
  name: text(200, true),
  category: oneOf(MEMBER_CATEGORIES),
  taxCode: text(32),
  ateco: text(16),
  pods: podList,
  lat: numberIn(-90, 90, true),
  lon: numberIn(-180, 180, true),
  vulnerable: boolean,
  configurationId: integerRef,
  annualKWh: numberIn(0, 1e9),
  loadProfile: oneOf(LOAD_PROFILES),
  battery: batteryField,
  ev: evField,
};

const PLANT_FIELDS: Record<Exclude<keyof Plant, 'id' | 'locatedAreaCode'>, Check> = {
  name: text(200, true),
  source: oneOf(PLANT_SOURCES),
  kWp: (v) => (typeof v === 'number' && v <= 0 ? { it: 'deve essere maggiore di 0', en: 'must be greater than 0' } : numberIn(0, 1e6)(v)),
  tiltDeg: numberIn(0, 90),
  azimuthDeg: numberIn(0, 360),
  commissioningDate: isoDate(true),
  ownerMemberId: integerRef,
  thirdPartyProducer: text(200),
  pod: pod(true),
  censimp: text(32),
  existing: boolean,
  grantShare: numberIn(0, 0.4),
  configurationId: integerRef,
  lat: numberIn(-90, 90, true),
  lon: numberIn(-180, 180, true),
  /** Hub height of a wind turbine [m]: small turbines stand 6–150 m. */
  hubHeightM: numberIn(2, 200, true),
  /** LV or MV: the cPR of an AUC's avoided losses follows it [RO p.42]. */
  voltage: oneOf(PLANT_VOLTAGES),
};

function validateFields(
  fields: Record<string, Check>,
  patch: Record<string, unknown>,
  requireAll: boolean,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const key of Object.keys(patch)) {
    if (!(key in fields)) problems.push({ field: key, message: { it: 'campo sconosciuto', en: 'unknown field' } });
  }
  for (const [key, check] of Object.entries(fields)) {
    if (!(key in patch)) {
      if (requireAll) problems.push({ field: key, message: { it: 'manca', en: 'is missing' } });
      continue;
    }
    const message = check(patch[key]);
    if (message) problems.push({ field: key, message });
  }
  return problems;
}

export const validateCommunityPatch = (patch: Record<string, unknown>) => validateFields(COMMUNITY_FIELDS, patch, false);
export const validateConfigurationPatch = (patch: Record<string, unknown>) =>
  validateFields(CONFIGURATION_FIELDS, patch, false);
export const validateMemberPatch = (patch: Record<string, unknown>) => validateFields(MEMBER_FIELDS, patch, false);
export const validatePlantPatch = (patch: Record<string, unknown>) => validateFields(PLANT_FIELDS, patch, false);

/**
 * Yearly consumption given to a member with no figure of its own [kWh]: ARERA's reference
 * household (2,700 kWh/year at 3 kW), the figure Italian bill comparisons are stated for.
 */
export const DEFAULT_MEMBER_ANNUAL_KWH = 2700;

/** Defaults for a new member: only the name is required from the user. */
export function defaultMember(name: string): Omit<Member, 'id'> {
  return {
    name,
    category: 'citizen',
    taxCode: '',
    ateco: '',
    pods: [],
    lat: null,
    lon: null,
    vulnerable: false,
    configurationId: null,
    annualKWh: DEFAULT_MEMBER_ANNUAL_KWH,
    loadProfile: 'household',
  };
}

/** Defaults for a new plant: a south-facing 30° rooftop PV system. */
export function defaultPlant(name: string): Omit<Plant, 'id'> {
  return {
    name,
    source: 'pv',
    kWp: 20,
    tiltDeg: 30,
    azimuthDeg: 180,
    commissioningDate: null,
    ownerMemberId: null,
    thirdPartyProducer: '',
    pod: '',
    censimp: '',
    existing: false,
    grantShare: 0,
    configurationId: null,
    lat: null,
    lon: null,
    voltage: 'LV',
  };
}

/** Defaults for a new battery at a member's point: 0.9 round trip, 10% minimum charge. */
export function defaultMemberBattery(capacityKWh = 10): MemberBattery {
  return { capacityKWh, powerKW: Math.max(1, capacityKWh / 2), roundTripEfficiency: 0.9, minSoc: 0.1, strategy: 'self-consumption' };
}

/** Defaults for new EV charging at a member's point: ~1,500 kWh a year (≈ 9,000 km at 0.17 kWh/km) in the evening. */
export function defaultMemberEv(): MemberEvCharging {
  return { annualKWh: 1500, pattern: 'evening-home' };
}
