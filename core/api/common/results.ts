/**
 * Runtime shapes of the results most callers read (projects, entities, jobs). Dispatch
 * checks a result against its shape when asked (tests), so a handler cannot drift from
 * the contract unnoticed; the type assertions below keep each shape in step with its type.
 */
import * as v from 'valibot';
import {
  BATTERY_STRATEGIES,
  COMMUNITY_TYPES,
  EV_CHARGING_PATTERNS,
  LOAD_PROFILES,
  MEMBER_CATEGORIES,
  PLANT_SOURCES,
  type Community,
  type Configuration,
  type Member,
  type Plant,
} from '../../model/entities';
import type { AppInfo, JobStatus, ProjectSummary, RecentProject } from './types/projects';

const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
const id = v.pipe(v.number(), v.integer(), v.minValue(1));
const coordinate = v.nullable(v.pipe(v.number(), v.finite()));

export const communityResult = v.strictObject({
  name: v.string(),
  legalEntity: v.string(),
  type: v.picklist(COMMUNITY_TYPES),
  constitutionDate: v.nullable(isoDate),
  municipality: v.string(),
  region: v.string(),
  referenceYear: v.pipe(v.number(), v.integer()),
});

export const configurationResult = v.strictObject({ id, name: v.string(), substationCode: v.string() });

export const memberResult = v.looseObject({
  id,
  name: v.string(),
  category: v.picklist(MEMBER_CATEGORIES),
  taxCode: v.string(),
  ateco: v.string(),
  pods: v.array(v.pipe(v.string(), v.regex(/^IT\d{3}E\d{8}$/))),
  lat: coordinate,
  lon: coordinate,
  vulnerable: v.boolean(),
  configurationId: v.nullable(id),
  annualKWh: v.pipe(v.number(), v.minValue(0)),
  loadProfile: v.picklist(LOAD_PROFILES),
  battery: v.optional(
    v.nullable(
      v.strictObject({
        capacityKWh: v.number(),
        powerKW: v.number(),
        roundTripEfficiency: v.number(),
        minSoc: v.number(),
        strategy: v.picklist(BATTERY_STRATEGIES),
      }),
    ),
  ),
  ev: v.optional(v.nullable(v.strictObject({ annualKWh: v.number(), pattern: v.picklist(EV_CHARGING_PATTERNS) }))),
  locatedAreaCode: v.optional(v.nullable(v.string())),
});

export const memberListItemResult = v.looseObject({
  ...memberResult.entries,
  consumptionSource: v.picklist(['curve', 'bills', 'estimate']),
  effectiveAnnualKWh: v.pipe(v.number(), v.minValue(0)),
});

export const plantResult = v.looseObject({
  id,
  name: v.string(),
  source: v.picklist(PLANT_SOURCES),
  kWp: v.pipe(v.number(), v.minValue(0)),
  tiltDeg: v.number(),
  azimuthDeg: v.number(),
  commissioningDate: v.nullable(isoDate),
  ownerMemberId: v.nullable(id),
  thirdPartyProducer: v.string(),
  pod: v.string(),
  censimp: v.string(),
  existing: v.boolean(),
  grantShare: v.number(),
  configurationId: v.nullable(id),
  lat: coordinate,
  lon: coordinate,
  hubHeightM: v.optional(v.nullable(v.number())),
  capexEur: v.optional(v.nullable(v.number())),
  locatedAreaCode: v.optional(v.nullable(v.string())),
});

export const projectSummaryResult = v.strictObject({
  path: v.string(),
  fileName: v.pipe(v.string(), v.endsWith('.condivisa')),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  community: communityResult,
  counts: v.strictObject({
    configurations: v.number(),
    members: v.number(),
    plants: v.number(),
    totalKWp: v.number(),
    annualConsumptionKWh: v.number(),
  }),
  demo: v.boolean(),
});

export const appInfoResult = v.strictObject({
  version: v.string(),
  schemaVersion: v.number(),
  host: v.picklist(['electron', 'web', 'cli']),
  workspaceDir: v.string(),
});

export const recentProjectsResult = v.array(v.strictObject({ path: v.string(), name: v.string(), openedAt: v.string() }));

export const jobStatusResult = v.looseObject({
  jobId: v.string(),
  kind: v.string(),
  status: v.picklist(['running', 'done', 'failed', 'cancelled']),
  progress: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  label: v.string(),
});

export const nullResult = v.null();

// Each shape's output must be a value of the declared type (compile-time check).
type Fits<S extends v.GenericSchema, T> = v.InferOutput<S> extends T ? true : never;
export const RESULT_SHAPES_FIT: [
  Fits<typeof communityResult, Community>,
  Fits<typeof configurationResult, Configuration>,
  Fits<typeof memberResult, Member>,
  Fits<typeof plantResult, Plant>,
  Fits<typeof projectSummaryResult, ProjectSummary>,
  Fits<typeof appInfoResult, AppInfo>,
  Fits<typeof recentProjectsResult, RecentProject[]>,
  Fits<typeof jobStatusResult, JobStatus>,
] = [true, true, true, true, true, true, true, true];
