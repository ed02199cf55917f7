/** Mapping between SQLite rows (snake_case, integers for booleans) and model entities. */
import type { Community, Configuration, Member, Plant, PlantVoltage, ConnectionPoint } from '../model/entities';

export interface CommunityRow {
  name: string;
  legal_entity: string;
  type: Community['type'];
  constitution_date: string | null;
  municipality: string;
  region: string;
  reference_year: number;
}

export const communityFromRow = (r: CommunityRow): Community => ({
  name: r.name,
  legalEntity: r.legal_entity,
  type: r.type,
  constitutionDate: r.constitution_date,
  municipality: r.municipality,
  region: r.region,
  referenceYear: r.reference_year,
});

export const COMMUNITY_COLUMNS: Record<keyof Community, string> = {
  name: 'name',
  legalEntity: 'legal_entity',
  type: 'type',
  constitutionDate: 'constitution_date',
  municipality: 'municipality',
  region: 'region',
  referenceYear: 'reference_year',
};

export const configurationFromRow = (r: { id: number; name: string; substation_code: string }): Configuration => ({
  id: r.id,
  name: r.name,
  substationCode: r.substation_code,
});

export const CONFIGURATION_COLUMNS: Record<Exclude<keyof Configuration, 'id'>, string> = {
  name: 'name',
  substationCode: 'substation_code',
};

export interface MemberRow {
  id: number;
  name: string;
  category: Member['category'];
  tax_code: string;
  ateco: string;
  lat: number | null;
  lon: number | null;
  vulnerable: number;
  configuration_id: number | null;
  annual_kwh: number;
  load_profile: Member['loadProfile'];
  located_area_code?: string | null;
  /** Migration 6: JSON of MemberBattery / MemberEvCharging, or NULL. */
  battery_json?: string | null;
  ev_json?: string | null;
}

/** A JSON column back to its object (null when empty or unreadable). */
function parseJsonColumn<T>(raw: string | null | undefined): T | null {
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as unknown;
    return typeof v === 'object' && v !== null ? (v as T) : null;
  } catch {
    return null;
  }
}

export const memberFromRow = (r: MemberRow, pods: string[]): Member => ({
  id: r.id,
  name: r.name,
  category: r.category,
  taxCode: r.tax_code,
  ateco: r.ateco,
  pods,
  lat: r.lat,
  lon: r.lon,
  vulnerable: r.vulnerable === 1,
  configurationId: r.configuration_id,
  annualKWh: r.annual_kwh,
  loadProfile: r.load_profile,
  // optional fields appear only when set, so members without them keep their old shape
  ...((b) => (b ? { battery: b } : {}))(parseJsonColumn<NonNullable<Member['battery']>>(r.battery_json)),
  ...((ev) => (ev ? { ev } : {}))(parseJsonColumn<NonNullable<Member['ev']>>(r.ev_json)),
  locatedAreaCode: r.located_area_code ?? null,
});

/**
 * Member columns; `pods` is stored in connection_points, not in the members table.
 * `locatedAreaCode` is written only by the areas repository (core/store/areas-repository.ts).
 */
export const MEMBER_COLUMNS: Record<Exclude<keyof Member, 'id' | 'pods' | 'locatedAreaCode'>, string> = {
  name: 'name',
  category: 'category',
  taxCode: 'tax_code',
  ateco: 'ateco',
  lat: 'lat',
  lon: 'lon',
  vulnerable: 'vulnerable',
  configurationId: 'configuration_id',
  annualKWh: 'annual_kwh',
  loadProfile: 'load_profile',
  battery: 'battery_json',
  ev: 'ev_json',
};

export interface PlantRow {
  id: number;
  name: string;
  source: Plant['source'];
  kwp: number;
  tilt_deg: number;
  azimuth_deg: number;
  commissioning_date: string | null;
  owner_member_id: number | null;
  third_party_producer: string;
  pod: string;
  censimp: string;
  existing: number;
  grant_share: number;
  configuration_id: number | null;
  lat: number | null;
  lon: number | null;
  located_area_code?: string | null;
  /** Migration 6. */
  hub_height_m?: number | null;
  /** Migration 7. */
  voltage?: PlantVoltage;
  /** Migration 13. */
  capex_eur?: number | null;
}

export const plantFromRow = (r: PlantRow): Plant => ({
  id: r.id,
  name: r.name,
  source: r.source,
  kWp: r.kwp,
  tiltDeg: r.tilt_deg,
  azimuthDeg: r.azimuth_deg,
  commissioningDate: r.commissioning_date,
  ownerMemberId: r.owner_member_id,
  thirdPartyProducer: r.third_party_producer,
  pod: r.pod,
  censimp: r.censimp,
  existing: r.existing === 1,
  grantShare: r.grant_share,
  configurationId: r.configuration_id,
  lat: r.lat,
  lon: r.lon,
  ...(r.hub_height_m !== null && r.hub_height_m !== undefined ? { hubHeightM: r.hub_height_m } : {}),
  voltage: r.voltage ?? 'LV',
  // Absent when unknown, like the hub height: a plant with no cost reads as it did before migration 13.
  ...(r.capex_eur !== null && r.capex_eur !== undefined ? { capexEur: r.capex_eur } : {}),
  locatedAreaCode: r.located_area_code ?? null,
});

/** Plant columns; `locatedAreaCode` is written only by the areas repository. */
export const PLANT_COLUMNS: Record<Exclude<keyof Plant, 'id' | 'locatedAreaCode'>, string> = {
  name: 'name',
  source: 'source',
  kWp: 'kwp',
  tiltDeg: 'tilt_deg',
  azimuthDeg: 'azimuth_deg',
  commissioningDate: 'commissioning_date',
  ownerMemberId: 'owner_member_id',
  thirdPartyProducer: 'third_party_producer',
  pod: 'pod',
  censimp: 'censimp',
  existing: 'existing',
  grantShare: 'grant_share',
  configurationId: 'configuration_id',
  lat: 'lat',
  lon: 'lon',
  hubHeightM: 'hub_height_m',
  voltage: 'voltage',
  capexEur: 'capex_eur',
};

export const connectionPointFromRow = (r: {
  id: number;
  pod: string;
  member_id: number | null;
  plant_id: number | null;
  voltage: ConnectionPoint['voltage'];
}): ConnectionPoint => ({ id: r.id, pod: r.pod, memberId: r.member_id, plantId: r.plant_id, voltage: r.voltage });

/** The SQL value of a plant's column: an absent voltage is written as the schema's 'LV'. */
export function plantSqlValue(p: Partial<Plant>, key: keyof typeof PLANT_COLUMNS): unknown {
  return toSqlValue(key === 'voltage' ? (p.voltage ?? 'LV') : p[key]);
}

/** SQLite has no booleans (0/1) nor objects (JSON text); an absent optional field is NULL. */
export function toSqlValue(v: unknown): unknown {
  if (v === undefined) return null;
  if (typeof v === 'object' && v !== null) return JSON.stringify(v);
  return typeof v === 'boolean' ? (v ? 1 : 0) : v;
}
