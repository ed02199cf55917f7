/**
 * Shapes of a load-curve import shared by the importer (core/io/import), the API contract and
 * the renderer: the detected layout and columns, the column mapping the user can correct,
 * and the data-quality report of each POD's curve. Types only.
 */
import type { StepMinutes } from './timeseries';

/**
 * - `daily`: one row per civil day with 24/25 hourly or 96/100 quarter-hour value columns
 *   (distributor-portal export), optional POD column;
 * - `long`: one row per interval, timestamp (one column, or date + time) and value,
 *   optional POD column;
 * - `wide`: one row per interval, a timestamp and one value column per POD (the POD in the header);
 * - `chain2`: an in-home device's export of the 2G meter (Chain 2): a timestamp and cumulative
 *   counters or power samples of withdrawal/injection at irregular instants, one POD;
 * - `single`: one column of 8,760/8,784 hourly or 35,040/35,136 quarter-hour values from a stated start.
 */
export type CurveLayout = 'daily' | 'long' | 'wide' | 'chain2' | 'single';

export type CurveUnit = 'kWh' | 'kW';

/**
 * What a curve measures at its POD: `withdrawal` — energy taken from the grid as the meter
 * records it (a distributor download; at a prosumer's POD already net of self-consumption);
 * `injection` — energy the meter records going into the grid; `consumption` — the gross
 * consumption of the site (a submeter, an estimate), before any self-consumption.
 */
export type CurveMeasure = 'withdrawal' | 'injection' | 'consumption';
export const CURVE_MEASURES: readonly CurveMeasure[] = ['withdrawal', 'injection', 'consumption'];

export type ColumnRole = 'pod' | 'date' | 'datetime' | 'time' | 'value' | 'ignored';

export interface DetectedColumn {
  /** 0-based column index. */
  index: number;
  /** Excel letter. */
  letter: string;
  /** Header text ('' when the file has no header). */
  header: string;
  role: ColumnRole;
}

/** How to read the table; produced by `previewCurves`, correctable by the user. */
export interface CurveMapping {
  layout: CurveLayout;
  /** Sheet to read (XLSX), default the one previewed. */
  sheet?: string;
  /** 0-based header row index, or null when there is no header. */
  headerRow: number | null;
  /** 0-based index of the first data row. */
  firstDataRow: number;
  /** POD column, or null when the file holds one POD (then `pod` is used). */
  podColumn: number | null;
  /** POD for files without a POD column (validated). */
  pod?: string;
  /** Daily: the date column. Long: the date or date-time column. */
  dateColumn: number | null;
  /** Long: a separate time-of-day column, else null. */
  timeColumn: number | null;
  /** Daily: the value columns in file order (24, 25, 96 or 100). Wide: one per POD. Long/single: one column. */
  valueColumns: number[];
  /** Values are energy per interval [kWh] or average power over the interval [kW]. */
  unit: CurveUnit | 'unknown';
  stepMinutes: StepMinutes;
  /** Long and wide: whether a timestamp labels the start (default) or the end of its interval. */
  timestampAt: 'start' | 'end';
  /** Single: civil start of the first interval, "YYYY-MM-DD" or "YYYY-MM-DDTHH:mm" (Europe/Rome). */
  start?: string;
  /** What the values measure (from the headers, else `withdrawal`: a distributor download). */
  measure?: CurveMeasure;
}

export interface CurvePreview {
  layout: CurveLayout;
  sheet?: string;
  columns: DetectedColumn[];
  podColumn?: number;
  unit: CurveUnit | 'unknown';
  stepMinutes: StepMinutes;
  /** First rows as display text (header included), for the mapping dialog. */
  firstRows: string[][];
  /** Suggested mapping (unit may be 'unknown', start may be missing: the UI asks). */
  mapping: CurveMapping;
  /** Notes for the user, Italian. */
  notes: string[];
  /** What the values measure, from the headers ("prelievo", "immissione", "consumo"), else withdrawal. */
  measure: CurveMeasure;
  /** True when a header said what the values measure. */
  measureDetected: boolean;
}

export interface GapRepair {
  /** Civil start, ISO with offset. */
  start: string;
  /** Missing intervals. */
  intervals: number;
  method: 'linear' | 'profile';
}

export interface CurveQualityReport {
  pod: string;
  stepMinutes: number;
  /** Intervals in the series. */
  length: number;
  /** Valid values as read, before repairs. */
  validValues: number;
  /** Share of intervals with a value as read [%]. */
  coveragePct: number;
  gaps: {
    count: number;
    missingIntervals: number;
    longestIntervals: number;
    longestHours: number;
    /** Gaps filled by interpolation / by profile. */
    interpolated: number;
    profileFilled: number;
    /** First gaps, for display (at most 50). */
    list: GapRepair[];
  };
  /** Repeated timestamps (or days): the first value is kept, the others dropped. */
  duplicates: { count: number; policy: 'kept-first' };
  negatives: { count: number; repair: 'treated-as-gap' };
  outliers: { count: number; rule: string; repair: 'treated-as-gap'; examples: { at: string; kWh: number }[] };
  /** Energy [kWh] as read (valid values only) and after repair. */
  kWhRead: number;
  kWhAfterRepair: number;
  /** True when values were changed. */
  repaired: boolean;
  notes: string[];
}
