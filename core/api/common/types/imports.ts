/**
 * Shapes of the import operations: curves, bills, members registry, project workbook,
 * production series and the project weather. Curve shapes come from core/model (pure).
 */
import type { CurveMapping, CurveMeasure, CurvePreview, CurveQualityReport, DetectedColumn } from '../../../model/curve-import';

export type { CurveMeasure } from '../../../model/curve-import';
import type { JobStatus, ProjectSummary } from './projects';
import type { Member } from '../../../model/entities';

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

export interface ImportedCurveSummary {
  pod: string;
  /** What the curve measures at the POD. */
  measure: CurveMeasure;
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
  reports: { pod: string; measure: CurveMeasure; memberId: number | null; memberName: string; sourceFile: string; importedAt: string; report: CurveQualityData }[];
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
  measure: CurveMeasure;
  /** UTC ISO instant of the first interval. */
  start: string;
  stepMinutes: 15 | 60;
  /** kWh per interval; null where missing. */
  kWh: (number | null)[];
}

/**
 * The load the engine uses for a POD: the consumption of the member owning it on the reference
 * year's base (UTC start), with where it comes from. A member with several PODs has one load.
 */
export interface EffectiveLoadData {
  pod: string;
  memberId: number;
  memberName: string;
  /** Every POD of the member: the load is their sum. */
  memberPods: string[];
  /** The member's configuration; null: the run leaves the member out. */
  configurationId: number | null;
  /** Imported curves of every POD, synthesised from bills, or the annual kWh on the member's shape. */
  source: 'curve' | 'bills' | 'annual';
  loadProfile: Member['loadProfile'];
  /** True when the shape follows the sun at the run's assumed site (no coordinates). */
  siteAssumed: boolean;
  referenceYear: number;
  /** UTC ISO instant of the first interval. */
  start: string;
  stepMinutes: 15 | 60;
  /** kWh per interval. */
  kWh: number[];
  totalKWh: number;
}

/** A file produced by the core, for the UI to save (Blob download). */
export interface FileContent {
  name: string;
  base64: string;
}
