/**
 * Shapes of the load-curve import: the detected preview, the column mapping the user can
 * correct, and the parsed per-POD series.
 */
import type { EnergySeries } from '../../model/timeseries';
import type { CurveQualityReport } from './curveQuality';
import type { CurveMeasure } from '../../model/curve-import';

export type { CurveLayout, CurveUnit, ColumnRole, DetectedColumn, CurveMapping, CurvePreview } from '../../model/curve-import';

/** One POD's curve: UTC time base, kWh per interval; quality report of checks and repairs. */
export interface ParsedCurve {
  pod: string;
  /** What the curve measures when the file says it per column (Chain 2); else the mapping's. */
  measure?: CurveMeasure;
  series: EnergySeries;
  quality: CurveQualityReport;
}

export interface CurveParseOptions {
  /** Fraction done [0…1]. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
  /** Repair gaps/negatives/outliers (default true); false keeps NaN for missing values. */
  repair?: boolean;
}
