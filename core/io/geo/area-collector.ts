/**
 * Shared back end of the importers: turns decoded features into Areas —
 * attribute mapping, geometry repair, spatial filtering, merging of features
 * sharing a code, and the import report.
 */
import type { Area, AttributeValue, BBox, Ring } from '../../geo/types';
import { geometryFromPolygons, polygonsOf } from '../../geo/types';
import { bboxAround, bboxIntersects, bboxOfGeometry } from '../../geo/bbox';
import { applyAreaFilter } from '../../geo/filter';
import { repairGeometry } from '../../geo/repair';
import { codeOf, distributorOf, nameOf } from './attributes';
import type { DroppedEntry, GeoFormat, ImportOptions, ImportResult, RepairedEntry } from './import-types';
import { IoError, type IoLocation } from '../io-error';
import { MAX_AREA_FEATURES, MAX_AREA_VERTICES, tooManyFeatures, tooManyVertices } from './area-limits';
import { formatMessage, type Message } from '../../model/messages';

/** Where a feature is in its file (layer, 1-based row/record/feature number, name). */
export type FeatureAt = Omit<IoLocation, 'file'>;

/** A decoded source feature. `polygons` are WGS 84 lon/lat rings; null when not a polygon. */
export interface RawFeature {
  /** e.g. "row 12", "feature 3", "placemark 5". */
  label: string;
  attributes: Record<string, AttributeValue>;
  polygons: Ring[][] | null;
  /** Geometry type name when not polygonal (for the report). */
  otherType?: string;
  /** Code to use when attributes have none (e.g. KML <name>). */
  fallbackCode?: string;
  fallbackName?: string;
}

export class AreaCollector {
  private readonly byCode = new Map<string, Area & { feature: string }>();
  private readonly repaired = new Map<string, RepairedEntry>();
  private readonly dropped: DroppedEntry[] = [];
  private read = 0;
  private vertices = 0;
  private filteredOut = 0;
  private readonly prefilter: BBox | undefined;

  constructor(
    readonly file: string,
    readonly format: GeoFormat,
    readonly crsName: string,
    private readonly options: ImportOptions = {},
  ) {
    const f = options.filter;
    this.prefilter = f ? ('bbox' in f ? f.bbox : bboxAround(f.near.lon, f.near.lat, f.near.metres)) : undefined;
  }

  /** Adds one feature. */
  add(raw: RawFeature): void {
    const maxFeatures = Math.min(MAX_AREA_FEATURES, this.options.limits?.maxFeatures ?? Infinity);
    const maxVertices = Math.min(MAX_AREA_VERTICES, this.options.limits?.maxVertices ?? Infinity);
    if (++this.read > maxFeatures) throw tooManyFeatures(this.file, maxFeatures);
    for (const polygon of raw.polygons ?? []) for (const ring of polygon) this.vertices += ring.length;
    if (this.vertices > maxVertices) throw tooManyVertices(this.file, maxVertices);
    const code = codeOf(raw.attributes) || raw.fallbackCode?.trim() || '';
    if (!raw.polygons) {
      this.dropped.push({ feature: raw.label, code: code || undefined, reason: `geometry is ${raw.otherType ?? 'missing'}, not a polygon` });
      return;
    }
    if (!code) {
      this.dropped.push({ feature: raw.label, reason: 'no area code (cod_ac / code attribute)' });
      return;
    }
    const input = geometryFromPolygons(raw.polygons);
    if (this.prefilter && raw.polygons.length > 0 && !bboxIntersects(bboxOfGeometry(input), this.prefilter)) {
      this.filteredOut++;
      return;
    }
    const { geometry, issues } = repairGeometry(input);
    if (!geometry) {
      this.dropped.push({ feature: raw.label, code, reason: `unusable geometry: ${issues.map((i) => i.message).join('; ') || 'empty'}` });
      return;
    }
    if (issues.length > 0) {
      this.noteRepair(code, raw.label, issues.map((i) => (i.repaired ? i.message : `unrepaired: ${i.message}`)));
    }
    const attributes: Record<string, AttributeValue> = { ...raw.attributes };
    const existing = this.byCode.get(code);
    if (existing) {
      const merged = geometryFromPolygons([...polygonsOf(existing.geometry), ...polygonsOf(geometry)]);
      existing.geometry = merged;
      existing.bbox = bboxOfGeometry(merged);
      this.noteRepair(code, raw.label, [`merged with ${existing.feature} (same code ${code}) into a MultiPolygon`]);
      return;
    }
    const area: Area & { feature: string } = {
      code,
      name: nameOf(raw.attributes) || raw.fallbackName?.trim() || code,
      distributor: distributorOf(raw.attributes),
      geometry,
      bbox: bboxOfGeometry(geometry),
      attributes,
      feature: raw.label,
    };
    if (this.options.unofficial) area.unofficial = true;
    this.byCode.set(code, area);
  }

  /** Records a feature whose geometry could not be decoded (throws unless onBadFeature = 'drop'). */
  bad(label: string, at: FeatureAt, reason: Message): void {
    if (this.options.onBadFeature !== 'drop') throw new IoError({ file: this.file, ...at }, 'io/bad-geometry', reason);
    this.read++;
    this.dropped.push({ feature: label, reason: formatMessage(reason, 'en') });
  }

  private noteRepair(code: string, feature: string, fixes: string[]): void {
    const e = this.repaired.get(code);
    if (e) e.fixes.push(...fixes);
    else this.repaired.set(code, { code, feature, fixes: [...fixes] });
  }

  /** Final result. Throws IoError when the file held no polygon feature at all. */
  finish(): ImportResult {
    if (this.read === 0) throw new IoError({ file: this.file }, 'io/empty', { code: 'io.area-collector.layer-empty-features' });
    const all: Area[] = [];
    for (const a of this.byCode.values()) {
      const { feature: _f, ...area } = a;
      all.push(area);
    }
    if (all.length === 0 && this.filteredOut === 0) {
      const why = this.dropped.slice(0, 3).map((d) => `${d.feature}: ${d.reason}`).join('; ');
      throw new IoError({ file: this.file }, 'io/bad-geometry', { code: 'io.area-collector.usable-polygon-area-found', params: { length: this.dropped.length, value: why ? `: ${why}` : '' } });
    }
    const kept = applyAreaFilter(all, this.options.filter);
    this.filteredOut += all.length - kept.length;
    const keptCodes = new Set(kept.map((a) => a.code));
    return {
      areas: kept,
      report: {
        file: this.file,
        format: this.format,
        crs: this.crsName,
        count: kept.length,
        featuresRead: this.read,
        filteredOut: this.filteredOut,
        repaired: [...this.repaired.values()].filter((r) => keptCodes.has(r.code)),
        dropped: this.dropped,
      },
    };
  }
}
