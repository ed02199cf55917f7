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
import { CATALOGUE, type Message, type MessageCode, type MessageParams } from './messages';

export type EntityName = 'community' | 'configuration' | 'member' | 'plant';

/** The catalogue message of a label code, when there is one. */
function labelOf(code: string): Message | null {
  return code in CATALOGUE.it ? { code: code as MessageCode } : null;
}

/**
 * A refused field in the user's words: the field's label as the form shows it, then the
 * problem ("Potenza (kWp) deve essere maggiore di 0"); a field with no label keeps its key.
 */
export function fieldProblemMessage(entity: EntityName, p: FieldProblem): Message {
  return { code: 'entities.field-problem', params: { field: labelOf(`entities.field.${entity}.${p.field}`) ?? `${entity}.${p.field}`, problem: p.message } };
}

export interface FieldProblem {
  field: string;
  /** What is wrong with the value; `fieldProblemMessage` puts the field's label in front. */
  message: Message;
}

type Check = (value: unknown) => Message | null;
const msg = (code: MessageCode, params?: MessageParams): Message => (params ? { code, params } : { code });

const text =
  (max: number, required = false): Check =>
  (v) => {
    if (typeof v !== 'string') return msg('entities.value.text');
    if (required && v.trim() === '') return msg('entities.value.required');
    if (v.length > max) return msg('entities.value.too-long', { max });
    return null;
  };

const oneOf =
  (values: readonly string[]): Check =>
  (v) =>
    typeof v === 'string' && values.includes(v) ? null : msg('entities.value.one-of', { values: values.join(', ') });

/**
 * How a bound is shown: a fraction the forms show in % (a grant of 0.4 is "40 %") is told in
 * the form's unit, so the message reads "tra 0 e 40 %", not "tra 0 e 0.4".
 */
interface Shown {
  scale: number;
  unit: string;
  /** Years are written as such (2100, not 2,100). */
  year?: boolean;
}
const PERCENT: Shown = { scale: 100, unit: ' %' };
const YEAR: Shown = { scale: 1, unit: '', year: true };

const numberIn =
  (min: number, max: number, nullable = false, shown: Shown = { scale: 1, unit: '' }): Check =>
  (v) => {
    if (v === null && nullable) return null;
    if (typeof v !== 'number' || !Number.isFinite(v)) return msg('entities.value.number');
    const bound = (b: number) => (shown.year ? String(b) : b * shown.scale);
    if (v < min || v > max) return msg('entities.value.between', { min: bound(min), max: bound(max), unit: shown.unit });
    return null;
  };

/** Empty (flagged by the rules) or an Italian region, Italian or English name. */
const region: Check = (v) => {
  if (typeof v !== 'string') return msg('entities.value.text');
  return v.trim() === '' || findRegion(v) !== null ? null : unknownRegionMessage(v);
};

const integerRef: Check = (v) =>
  v === null || (typeof v === 'number' && Number.isInteger(v) && v > 0) ? null : msg('entities.value.invalid-reference');

const boolean: Check = (v) => (typeof v === 'boolean' ? null : msg('entities.value.boolean'));

const isoDate =
  (nullable: boolean): Check =>
  (v) => {
    if (v === null && nullable) return null;
    if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return msg('entities.value.date-format');
    const d = new Date(`${v}T00:00:00Z`);
    if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v) return msg('entities.value.date-not-exist');
    return null;
  };

/** `asField`: the problem follows the label "POD", so it does not say "POD" again. */
const pod =
  (allowEmpty: boolean, asField = false): Check =>
  (v) => {
    if (typeof v !== 'string') return msg('entities.value.text');
    if (allowEmpty && v === '') return null;
    return isValidPod(normalisePod(v)) ? null : msg(asField ? 'entities.value.pod-field-invalid' : 'entities.value.pod-invalid', { shape: POD_SHAPE });
  };

const podList: Check = (v) => {
  if (!Array.isArray(v)) return msg('entities.value.pod-list');
  for (const p of v) {
    const problem = pod(false)(p);
    if (problem) return msg('entities.value.pod-item', { pod: String(p), problem });
  }
  return null;
};

/** A sub-field's label (`battery.powerKW` → "Potenza (kW)"), else its key. */
const subLabel = (group: string, key: string): Message | string => labelOf(`entities.field.${group}.${key}`) ?? key;

/** An optional object of named fields (null clears it); each field checked, unknown fields refused. */
const optionalObject =
  (group: string, fields: Record<string, Check>): Check =>
  (v) => {
    if (v === null || v === undefined) return null;
    if (typeof v !== 'object' || Array.isArray(v)) return msg('entities.value.object-or-null');
    const o = v as Record<string, unknown>;
    for (const key of Object.keys(o)) {
      if (!(key in fields)) return msg('entities.value.sub-unknown', { key });
    }
    for (const [key, check] of Object.entries(fields)) {
      if (!(key in o)) return msg('entities.value.sub-missing', { key: subLabel(group, key) });
      const problem = check(o[key]);
      if (problem) return msg('entities.value.sub-problem', { key: subLabel(group, key), problem });
    }
    return null;
  };

const positiveUpTo =
  (max: number): Check =>
  (v) =>
    typeof v === 'number' && v <= 0 ? msg('entities.value.greater-than-zero') : numberIn(0, max)(v);

/** Storage at a member's point: 0 < capacity ≤ 100 MWh, 0 < power ≤ 100 MW, η 50–100 %, min SoC 0–90 %. */
const batteryField = optionalObject('battery', {
  capacityKWh: positiveUpTo(100_000),
  powerKW: positiveUpTo(100_000),
  roundTripEfficiency: numberIn(0.5, 1, false, PERCENT),
  minSoc: numberIn(0, 0.9, false, PERCENT),
  strategy: oneOf(BATTERY_STRATEGIES),
});

/** EV charging at a member's point: 0–1 GWh a year. */
const evField = optionalObject('ev', {
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
  referenceYear: numberIn(2000, 2100, false, YEAR),
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
  kWp: positiveUpTo(1e6),
  tiltDeg: numberIn(0, 90),
  azimuthDeg: numberIn(0, 360),
  commissioningDate: isoDate(true),
  ownerMemberId: integerRef,
  thirdPartyProducer: text(200),
  pod: pod(true, true),
  censimp: text(32),
  existing: boolean,
  /** A fraction of the investment; the plant form shows it in %. */
  grantShare: numberIn(0, 0.4, false, PERCENT),
  configurationId: integerRef,
  lat: numberIn(-90, 90, true),
  lon: numberIn(-180, 180, true),
  /** Hub height of a wind turbine [m]: small turbines stand 6–150 m. */
  hubHeightM: numberIn(2, 200, true),
  /** LV or MV: the cPR of an AUC's avoided losses follows it [RO p.42]. */
  voltage: oneOf(PLANT_VOLTAGES),
  /** Total investment [€, VAT excluded]; null: unknown (the cost cap is assumed). 1 G€ is far above any CER plant. */
  capexEur: numberIn(0, 1e9, true),
};

function validateFields(
  fields: Record<string, Check>,
  patch: Record<string, unknown>,
  requireAll: boolean,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const key of Object.keys(patch)) {
    if (!(key in fields)) problems.push({ field: key, message: msg('entities.value.unknown-field') });
  }
  for (const [key, check] of Object.entries(fields)) {
    if (!(key in patch)) {
      if (requireAll) problems.push({ field: key, message: msg('entities.value.missing') });
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
