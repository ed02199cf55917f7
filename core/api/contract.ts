/**
 * The CoreApi contract: every operation the UI (or the CLI) may ask of the core, with
 * plain-data arguments and results. It is bound twice — Electron IPC and HTTP on loopback —
 * from the single list of names in ./operations, so the two bindings cannot drift.
 * This file is types only: the renderer imports it without pulling in Node code.
 */
import type {
  Community,
  CommunityType,
  Configuration,
  ConnectionPoint,
  Member,
  Plant,
} from '../model/entities';
import type { ScenarioResult } from '../scenario/types';
import type { CurveMapping, CurvePreview, CurveQualityReport, DetectedColumn } from '../model/curve-import';
import type { ParameterEntry } from '../scenario/parameter-catalogue';

/** An open project is addressed by the absolute path of its `.condivisa` file. */
export interface ProjectRef {
  project: string;
}

export interface ProjectCounts {
  configurations: number;
  members: number;
  plants: number;
  totalKWp: number;
  annualConsumptionKWh: number;
}

export interface ProjectSummary {
  path: string;
  fileName: string;
  schemaVersion: number;
  community: Community;
  counts: ProjectCounts;
  /** True for the shipped demonstration project (illustrative data). */
  demo: boolean;
}

export interface RecentProject {
  path: string;
  name: string;
  openedAt: string;
}

export interface WorkspaceFile {
  path: string;
  fileName: string;
  modifiedAt: string;
  sizeBytes: number;
}

export interface AppInfo {
  version: string;
  schemaVersion: number;
  host: 'electron' | 'web' | 'cli';
  workspaceDir: string;
}

export interface CreateProjectArgs {
  /** File path; relative paths are taken inside the workspace folder; `.condivisa` is added when missing. */
  path: string;
  name: string;
  type: CommunityType;
  legalEntity?: string;
  municipality?: string;
  region?: string;
  referenceYear?: number;
}

export type MemberInput = Partial<Omit<Member, 'id'>> & { name: string };
export type PlantInput = Partial<Omit<Plant, 'id'>> & { name: string };
export type ConfigurationInput = Partial<Omit<Configuration, 'id'>> & { name: string };

/** Progress of long work (simulation, big imports), polled by the caller. */
export interface JobStatus {
  jobId: string;
  kind: string;
  status: 'running' | 'done' | 'failed' | 'cancelled';
  /** Fraction done, 0…1. */
  progress: number;
  /** What is being worked on now (a plant, a member, a configuration…). */
  label: string;
  result?: unknown;
  error?: ApiErrorData;
}

/** The last simulation of a project, and whether the project changed since. */
export interface SimulationView {
  result: ScenarioResult;
  computedAt: string;
  /** True when members, plants, configurations or imported data changed after the run. */
  stale: boolean;
}

/** Hourly zonal prices imported into a project. */
export interface ZonalPricesSummary {
  file: string;
  importedAt: string;
  year: number;
  hours: number;
  zones: string[];
  averageEurPerMWh: Record<string, number>;
}

/** Error codes a caller can act on; `message`/`messageIt` are for the user. */
export type ApiErrorCode = 'bad-request' | 'not-found' | 'conflict' | 'project-file' | 'internal';

export interface ApiErrorData {
  code: ApiErrorCode;
  message: string;
  messageIt: string;
  /** The argument or entity field at fault, when there is one. */
  field?: string;
}

export interface CoreApi {
  appInfo(args: Record<string, never>): Promise<AppInfo>;
  listRecentProjects(args: Record<string, never>): Promise<RecentProject[]>;
  listWorkspaceProjects(args: Record<string, never>): Promise<WorkspaceFile[]>;

  createProject(args: CreateProjectArgs): Promise<ProjectSummary>;
  openProject(args: { path: string }): Promise<ProjectSummary>;
  openDemoProject(args: Record<string, never>): Promise<ProjectSummary>;
  closeProject(args: ProjectRef): Promise<null>;
  getProjectSummary(args: ProjectRef): Promise<ProjectSummary>;
  updateCommunity(args: ProjectRef & { patch: Partial<Community> }): Promise<Community>;

  listConfigurations(args: ProjectRef): Promise<Configuration[]>;
  addConfiguration(args: ProjectRef & { configuration: ConfigurationInput }): Promise<Configuration>;
  updateConfiguration(
    args: ProjectRef & { id: number; patch: Partial<Omit<Configuration, 'id'>> },
  ): Promise<Configuration>;
  removeConfiguration(args: ProjectRef & { id: number }): Promise<null>;

  listMembers(args: ProjectRef): Promise<Member[]>;
  addMember(args: ProjectRef & { member: MemberInput }): Promise<Member>;
  updateMember(args: ProjectRef & { id: number; patch: Partial<Omit<Member, 'id'>> }): Promise<Member>;
  removeMember(args: ProjectRef & { id: number }): Promise<null>;

  listPlants(args: ProjectRef): Promise<Plant[]>;
  addPlant(args: ProjectRef & { plant: PlantInput }): Promise<Plant>;
  updatePlant(args: ProjectRef & { id: number; patch: Partial<Omit<Plant, 'id'>> }): Promise<Plant>;
  removePlant(args: ProjectRef & { id: number }): Promise<null>;

  listConnectionPoints(args: ProjectRef): Promise<ConnectionPoint[]>;

  // --- simulation and jobs ---
  /** Starts a simulation of the whole project (every configuration) as a job. */
  startSimulation(args: ProjectRef & { stepMinutes?: 15 | 60 }): Promise<{ jobId: string }>;
  /** The last simulation kept in the project file, or null when never simulated. */
  getSimulation(args: ProjectRef): Promise<SimulationView | null>;
  getJob(args: { jobId: string }): Promise<JobStatus>;
  cancelJob(args: { jobId: string }): Promise<null>;
  /** Economic parameters with their source, date and the project's overrides. */
  getParameters(args: ProjectRef): Promise<ParameterEntry[]>;
  /** Overrides one parameter for this project (null restores the shipped value). */
  setParameterOverride(args: ProjectRef & { key: string; value: number | null }): Promise<ParameterEntry[]>;
  /** Imports hourly zonal prices (market operator CSV, content as base64) for this project. */
  importZonalPrices(args: ProjectRef & { name: string; base64: string }): Promise<ZonalPricesSummary>;
  getZonalPrices(args: ProjectRef): Promise<ZonalPricesSummary | null>;
  /** Back to the shipped monthly averages. */
  clearZonalPrices(args: ProjectRef): Promise<null>;
}

export type OperationName = keyof CoreApi;
export type OperationArgs<K extends OperationName> = Parameters<CoreApi[K]>[0];
export type OperationResult<K extends OperationName> = Awaited<ReturnType<CoreApi[K]>>;

// --- map / substation areas ---------------------------------------------------------------
// Operations of the map (issue 6). Declared as a merged part of CoreApi so this block stays
// apart from the rest of the contract. Coordinates: degrees WGS 84; GeoJSON order [lon, lat].

/** Polygon or MultiPolygon in GeoJSON form (rings closed, [lon, lat] degrees). */
export type MapGeometry =
  | { type: 'Polygon'; coordinates: [number, number][][] }
  | { type: 'MultiPolygon'; coordinates: [number, number][][][] };

/** Keep only part of a (national) areas file: a bbox, a distance from a point, or a region. */
export type AreaFilterInput =
  | { bbox: [number, number, number, number] }
  | { near: { lat: number; lon: number; metres: number } }
  /** Italian region name as in the basemap (e.g. "Lombardia"): areas touching its bbox. */
  | { region: string };

export interface ImportAreasArgs extends ProjectRef {
  /** Path of a GeoPackage, GeoJSON, KML/KMZ or zipped Shapefile (relative: inside the workspace). */
  path: string;
  filter?: AreaFilterInput;
  /** Mark every imported area as unofficial (not from a GSE publication). */
  unofficial?: boolean;
}

export interface ImportAreasContentArgs extends ProjectRef {
  /** Original file name (its extension helps detection; it names the file in messages). */
  name: string;
  /** File content, base64. */
  contentBase64: string;
  filter?: AreaFilterInput;
  unofficial?: boolean;
}

export interface AreaImportSummary {
  file: string;
  format: 'geopackage' | 'geojson' | 'kml' | 'shapefile';
  crs: string;
  /** Areas written to the project. */
  count: number;
  /** Of which replaced an area with the same code. */
  replaced: number;
  featuresRead: number;
  filteredOut: number;
  /** Areas whose geometry was repaired (or kept with problems). */
  repaired: number;
  /** Features not imported. */
  dropped: number;
  repairs: { code: string; feature: string; fixes: string[] }[];
  drops: { feature: string; code?: string; reason: string }[];
  /** Members and plants whose located area changed. */
  relocated: { members: number; plants: number };
}

export interface AreaListItem {
  code: string;
  name: string;
  distributor: string;
  unofficial: boolean;
  bbox: [number, number, number, number];
  memberCount: number;
  plantCount: number;
}

export interface AreasFeatureCollection {
  type: 'FeatureCollection';
  /** Extent of every area, or null when the project has none. */
  bbox: [number, number, number, number] | null;
  features: {
    type: 'Feature';
    properties: Omit<AreaListItem, 'bbox'>;
    geometry: MapGeometry;
  }[];
}

export interface LocateResult {
  /** Area containing the point (interior preferred), or null. */
  code: string | null;
  /** Distance to the located area's border when under 100 m, else null. */
  nearBorderMetres: number | null;
  /** Distance to the located area's border (any size), or null when outside every area. */
  borderDistanceMetres: number | null;
  /** Every area containing the point (two or more on a shared border). */
  codes: string[];
}

export interface CustomPerimeterArgs extends ProjectRef {
  code: string;
  name?: string;
  /** Ring of [lon, lat] positions (closed or not), or a GeoJSON Polygon/MultiPolygon. */
  polygon: [number, number][] | MapGeometry;
}

export interface AreaSummary {
  code: string;
  name: string;
  distributor: string;
  unofficial: boolean;
  sourceFile: string;
  members: { id: number; name: string; category: Member['category']; annualKWh: number; configurationId: number | null }[];
  plants: { id: number; name: string; kWp: number; source: Plant['source']; ownerMemberId: number | null; configurationId: number | null }[];
  /** Configurations whose substation code is this area. */
  configurations: { id: number; name: string }[];
  totalKWp: number;
  annualConsumptionKWh: number;
  /** Filled once the simulation runs (kWh per year); null until then. */
  sharedEnergyKWh: number | null;
  /** Filled once the simulation runs (€ per year); null until then. */
  incentivesEur: number | null;
}

/** Role of a point on the map, for its colour. */
export type MapRole = 'producer' | 'prosumer' | 'consumer' | 'third-party-producer';
/** Why a point is flagged on the map. */
export type MapWarning = 'outside-configuration-area' | 'near-border' | 'no-area';

export interface MapPoint {
  kind: 'member' | 'plant';
  id: number;
  name: string;
  lat: number;
  lon: number;
  role: MapRole;
  /** Member category (for plants: the owner's, when there is one). */
  category: Member['category'] | null;
  /** Plants only. */
  source: Plant['source'] | null;
  kWp: number | null;
  locatedAreaCode: string | null;
  configurationId: number | null;
  /** Substation code of the point's configuration ('' or null when unknown). */
  configurationAreaCode: string | null;
  borderDistanceMetres: number | null;
  warnings: MapWarning[];
}

export interface BasemapFeatureCollection<P> {
  type: 'FeatureCollection';
  features: { type: 'Feature'; properties: P; geometry: MapGeometry }[];
}

/** The offline basemap shipped in resources/basemap (see SOURCES.md). */
export interface BasemapData {
  outline: BasemapFeatureCollection<{ name: string; italy: boolean }>;
  regions: BasemapFeatureCollection<{ name: string; code: string }>;
  provinces: BasemapFeatureCollection<{ name: string; sigla: string; region: string }>;
  places: {
    type: 'FeatureCollection';
    features: { type: 'Feature'; properties: { name: string; prov: string; rank: 0 | 1 | 2 }; geometry: { type: 'Point'; coordinates: [number, number] } }[];
  };
  /** Attribution the map must show. */
  attribution: string;
}

/** One OpenStreetMap tile fetched by the core (only when the user turns the layer on). */
export interface MapTile {
  /** `data:image/png;base64,…`, or null when neither the cache nor the network has it. */
  dataUrl: string | null;
  source: 'cache' | 'network' | 'unavailable';
}

export interface CoreApi {
  importAreas(args: ImportAreasArgs): Promise<AreaImportSummary>;
  importAreasContent(args: ImportAreasContentArgs): Promise<AreaImportSummary>;
  listAreas(args: ProjectRef & { query?: string }): Promise<AreaListItem[]>;
  getAreasGeoJson(args: ProjectRef & { simplifyMetres?: number }): Promise<AreasFeatureCollection>;
  locatePoint(args: ProjectRef & { lat: number; lon: number }): Promise<LocateResult>;
  setCustomPerimeter(args: CustomPerimeterArgs): Promise<AreaListItem>;
  removeArea(args: ProjectRef & { code: string }): Promise<null>;
  getAreaSummary(args: ProjectRef & { code: string }): Promise<AreaSummary>;
  listMapPoints(args: ProjectRef): Promise<MapPoint[]>;
  getBasemap(args: Record<string, never>): Promise<BasemapData>;
  getMapTile(args: { z: number; x: number; y: number }): Promise<MapTile>;
}
// --- end map / substation areas -----------------------------------------------------------

// --- import: curves, bills, members, workbook ---------------------------------------------
// Operations of the data import (issue 4), logic in ./import-service. Curve shapes come from
// core/model/curve-import (pure), so the renderer compiles this file without any io code.

export type ImportKind = 'curves' | 'bills' | 'members' | 'workbook';

/** Curve-import shapes, shared with the importer (core/model/curve-import). */
export type ImportColumnInfo = DetectedColumn;
export type CurveMappingData = CurveMapping;
export type CurvePreviewData = CurvePreview;
export type CurveQualityData = CurveQualityReport;

/** Where bad input is, as the user sees it (1-based row, Excel column letter). */
export interface ImportLocationData {
  file: string;
  sheet?: string;
  row?: number;
  column?: string;
}

export interface ImportPreview {
  /** Handle of the uploaded file, for startImport (kept by the core for one hour). */
  fileId: string;
  name: string;
  sizeBytes: number;
  kind: ImportKind;
  sheets: string[];
  /** First rows of the first (or chosen) sheet, as text. */
  firstRows: string[][];
  /** Curves only: detected layout and suggested mapping; absent when detection failed. */
  curve?: CurvePreviewData;
  /** Why the curve layout could not be detected (the user may still pick a mapping). */
  curveError?: { message: string; messageIt: string; location: ImportLocationData };
}

export interface ImportStartArgs extends ProjectRef {
  fileId: string;
  kind?: ImportKind;
  /** Curves: corrections of the detected mapping (unit, step, POD column, start…). */
  mapping?: Partial<CurveMappingData>;
  /** Bills and single-POD curves without a POD column: the POD of every row. */
  pod?: string;
  /**
   * Curves: import the file as the PRODUCTION of this plant (kWh produced per interval),
   * stored apart from the PODs' withdrawal curves; the file may lack a POD column.
   */
  plantId?: number;
}

export interface ImportedCurveSummary {
  pod: string;
  memberId: number | null;
  memberName: string;
  /** UTC ISO instant of the first interval. */
  start: string;
  stepMinutes: 15 | 60;
  length: number;
  totalKWh: number;
  coveragePct: number;
  repaired: boolean;
}

export interface ImportResult {
  kind: ImportKind;
  file: string;
  curves?: ImportedCurveSummary[];
  reports?: CurveQualityData[];
  bills?: { pods: string[]; records: number; years: number[]; totalKWh: number };
  members?: { created: number; updated: number; configurationsCreated: number; names: string[] };
  /** Curves imported as a plant's production (`plantId`). */
  production?: PlantProductionSummary;
  /** Workbook: the new project. */
  project?: ProjectSummary;
}

export interface ImportJobStatus extends Omit<JobStatus, 'result'> {
  result?: ImportResult;
  /** Location of the bad input when the import failed on the file's content. */
  location?: ImportLocationData;
}

export interface ImportedData {
  curves: (ImportedCurveSummary & { sourceFile: string; importedAt: string; unit: string })[];
  bills: { pod: string; memberId: number | null; memberName: string; records: number; years: number[]; totalKWh: number }[];
  reports: { pod: string; memberId: number | null; memberName: string; sourceFile: string; importedAt: string; report: CurveQualityData }[];
  /** Imported production of plants (series or monthly). */
  production?: PlantProductionSummary[];
}

/** The project's weather file. */
export interface ProjectWeatherSummary {
  name: string;
  importedAt: string;
  source: string;
  lat: number;
  lon: number;
  elevation: number;
  hours: number;
  /** Mean wind speed at 10 m [m/s]. */
  meanWindSpeedMs: number;
}

/** A plant's imported production: a series (measured PV, wind, hydro…) or 12 monthly energies. */
export interface PlantProductionSummary {
  plantId: number;
  plantName: string;
  kind: 'series' | 'monthly';
  /** Series: UTC ISO instant of the first interval, step and number of intervals. */
  start?: string;
  stepMinutes?: 15 | 60;
  length?: number;
  /** Monthly: January…December [kWh]. */
  monthlyKWh?: number[];
  totalKWh: number;
  sourceFile: string;
  importedAt: string;
}

export interface LoadCurveData {
  pod: string;
  /** UTC ISO instant of the first interval. */
  start: string;
  stepMinutes: 15 | 60;
  /** kWh per interval; null where missing. */
  kWh: (number | null)[];
}

/** A file produced by the core, for the UI to save (Blob download). */
export interface FileContent {
  name: string;
  base64: string;
}

export interface CoreApi {
  /** Uploads a file (base64) and previews it: kind, sheets, first rows, curve layout. */
  previewImportFile(args: ProjectRef & { name: string; base64: string; kind?: ImportKind | 'auto' }): Promise<ImportPreview>;
  /** Starts importing an uploaded file as a job (one transaction when it writes). */
  startImport(args: ImportStartArgs): Promise<{ jobId: string }>;
  getImportJob(args: { jobId: string }): Promise<ImportJobStatus>;
  cancelImportJob(args: { jobId: string }): Promise<null>;
  /** Imports a file by path at once (CLI, desktop dialogs). */
  importFromPath(args: ProjectRef & { path: string; kind?: ImportKind | 'auto'; mapping?: Partial<CurveMappingData>; pod?: string; plantId?: number }): Promise<ImportResult>;
  /** A plant's production as 12 monthly energies [kWh] (micro-hydro, other), replacing any imported series. */
  setPlantMonthlyProduction(args: ProjectRef & { plantId: number; monthlyKWh: number[] }): Promise<PlantProductionSummary>;
  /** Removes a plant's imported production (series or monthly): it is modelled again (PV, wind) or zero. */
  clearPlantProduction(args: ProjectRef & { plantId: number }): Promise<null>;
  /**
   * Sets the project's weather file (PVGIS TMY/hourly JSON or CSV, EPW) by path or uploaded
   * content: it replaces the embedded climate for every plant (PV irradiance, wind speed).
   */
  setProjectWeather(args: ProjectRef & ({ path: string } | { name: string; base64: string })): Promise<ProjectWeatherSummary>;
  getProjectWeather(args: ProjectRef): Promise<ProjectWeatherSummary | null>;
  clearProjectWeather(args: ProjectRef): Promise<null>;
  listImportedData(args: ProjectRef): Promise<ImportedData>;
  getLoadCurve(args: ProjectRef & { pod: string }): Promise<LoadCurveData>;
  exportProjectWorkbook(args: ProjectRef): Promise<FileContent>;
  getWorkbookTemplate(args: Record<string, never>): Promise<FileContent>;
  /** Creates a new project from a project workbook (path as in createProject). */
  createProjectFromWorkbook(args: { path: string; name: string; base64: string }): Promise<ProjectSummary>;
}
// --- end import: curves, bills, members, workbook -----------------------------------------

// --- eligibility rules --------------------------------------------------------------------
// Operations of the eligibility checks (issue 7). The engine is core/rules (pure); the extra
// inputs it reads are the rule fields of core/rules/fields, stored beside each entity.
import type { EntityKind, Finding, LocalRuleSpec, RuleInfo } from '../rules';
import type { RuleFieldValues } from '../rules/fields';

/** Result of checking a project against the operating rules and its local rules. */
export interface CheckProjectResult {
  /** Evaluation date used for deadline checks, ISO `YYYY-MM-DD`. */
  today: string;
  /** Sorted: blocking first, then warnings, then information; in rule order within each. */
  findings: Finding[];
  blocking: number;
  warnings: number;
  infos: number;
  /** Every national rule checked, with its source. */
  rules: RuleInfo[];
  /** Members and plants in no configuration: the configuration rules do not see them. */
  unassigned: { members: number; plants: number };
  /** Local rules the project adds. */
  localRules: number;
}

/** Stored rule fields of every entity; keys of the records are entity ids. */
export interface RuleFieldsView {
  community: RuleFieldValues;
  configurations: Record<string, RuleFieldValues>;
  members: Record<string, RuleFieldValues>;
  plants: Record<string, RuleFieldValues>;
}

export interface LocalRulePresetInfo {
  id: string;
  title: { it: string; en: string };
  source: string;
  sourceDate: string;
  ruleIds: string[];
}

export interface LocalRulesView {
  rules: LocalRuleSpec[];
  /** Shipped presets (resources/rules/presets). */
  presets: LocalRulePresetInfo[];
}

export interface CoreApi {
  checkProject(args: ProjectRef & { today?: string }): Promise<CheckProjectResult>;
  getRuleFields(args: ProjectRef): Promise<RuleFieldsView>;
  /** Patch of rule fields (core/rules/fields RULE_FIELDS); null clears a field. Community: id 0. */
  updateRuleFields(
    args: ProjectRef & { entity: { kind: EntityKind; id: number }; patch: Record<string, unknown> },
  ): Promise<RuleFieldValues>;
  listLocalRules(args: ProjectRef): Promise<LocalRulesView>;
  setLocalRules(args: ProjectRef & { rules: LocalRuleSpec[] }): Promise<LocalRulesView>;
  applyLocalRulePreset(args: ProjectRef & { preset: string }): Promise<LocalRulesView>;
}
// --- end eligibility rules ----------------------------------------------------------------
