/** Types shared by all area importers. */
import type { Area } from '../../geo/types';
import type { AreaFilter } from '../../geo/filter';

export type GeoFormat = 'geopackage' | 'geojson' | 'kml' | 'shapefile';

export interface ImportOptions {
  /** Keep only areas intersecting a bbox or within a distance (metres) of a point. */
  filter?: AreaFilter;
  /** Mark every imported area as unofficial (not from a GSE publication). */
  unofficial?: boolean;
  /** GeoPackage: feature table to read (default: the one with `cod_ac`, else the first). */
  layer?: string;
  /** What to do with a feature whose geometry bytes/text cannot be decoded: 'throw' (default) or 'drop'. */
  onBadFeature?: 'throw' | 'drop';
  /** Name used in messages instead of the path (e.g. the original upload name). */
  displayName?: string;
  /** GeoPackage: reading stops with an error after this many milliseconds (default 60 000). */
  deadlineMs?: number;
  /** Lower caps than core/io/geo/area-limits (never higher): features and vertices read. */
  limits?: { maxFeatures?: number; maxVertices?: number };
}

/** An area whose geometry was changed (or kept with problems) during import. */
export interface RepairedEntry {
  code: string;
  /** Source feature, e.g. "row 12" or "feature 3". */
  feature: string;
  /** Human-readable descriptions of fixes (and of problems left, prefixed "unrepaired:"). */
  fixes: string[];
}

/** A feature that was not imported. */
export interface DroppedEntry {
  feature: string;
  code?: string;
  reason: string;
}

export interface ImportReport {
  file: string;
  format: GeoFormat;
  /** Name of the source CRS (e.g. "WGS 84 / UTM zone 32N"). */
  crs: string;
  /** Number of areas returned. */
  count: number;
  /** Features read from the file (before filtering). */
  featuresRead: number;
  /** Features skipped by the spatial filter. */
  filteredOut: number;
  repaired: RepairedEntry[];
  dropped: DroppedEntry[];
}

export interface ImportResult {
  areas: Area[];
  report: ImportReport;
}
