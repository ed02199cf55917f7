/**
 * Spatial index over area polygons for fast point location: a packed Hilbert
 * R-tree (Flatbush) of polygon-part bounding boxes, built once. A query asks the
 * tree for the parts whose bbox holds the point, then runs the exact banded
 * even-odd test of pip.ts on each (boundary counts as inside, see pip.ts).
 */
import Flatbush from 'flatbush';
import type { Area } from './types';
import { polygonsOf } from './types';
import type { PointClass, PreparedPolygon } from './pip';
import { classifyPrepared, preparePolygon } from './pip';

export interface AreaIndex {
  readonly areas: readonly Area[];
  /** One entry per polygon part, in tree item order. */
  readonly parts: readonly { area: number; polygon: PreparedPolygon }[];
  /** Bbox tree of `parts` (degrees); null when there is no part (Flatbush needs ≥ 1 item). */
  readonly tree: Flatbush | null;
}

/** Location result: the area and how the point relates to it. */
export interface AreaHit {
  area: Area;
  relation: Exclude<PointClass, 'outside'>;
}

/** Builds the index: one bbox per polygon part of every area. */
export function buildAreaIndex(areas: readonly Area[]): AreaIndex {
  const parts: { area: number; polygon: PreparedPolygon }[] = [];
  areas.forEach((area, i) => {
    for (const poly of polygonsOf(area.geometry)) {
      if (poly.length === 0 || poly[0]!.length < 3) continue;
      parts.push({ area: i, polygon: preparePolygon(poly) });
    }
  });
  if (parts.length === 0) return { areas, parts, tree: null };
  const tree = new Flatbush(parts.length);
  for (const { polygon: p } of parts) tree.add(p.minX, p.minY, p.maxX, p.maxY);
  tree.finish();
  return { areas, parts, tree };
}

/**
 * All areas containing (lon, lat), boundary included, in area order.
 * Usually 0 or 1 result; 2+ on shared borders or overlapping areas.
 */
export function locatePoint(index: AreaIndex, lon: number, lat: number): AreaHit[] {
  if (!index.tree || !Number.isFinite(lon) || !Number.isFinite(lat)) return [];
  const candidates = index.tree.search(lon, lat, lon, lat);
  // Tree order is Hilbert order: back to input order, for stable results.
  if (candidates.length > 1) candidates.sort((a, b) => a - b);
  const hits: AreaHit[] = [];
  for (const k of candidates) {
    const part = index.parts[k]!;
    const c = classifyPrepared(part.polygon, lon, lat);
    if (c === 'outside') continue;
    const area = index.areas[part.area]!;
    const prev = hits.find((h) => h.area === area);
    if (prev) { if (c === 'inside') prev.relation = 'inside'; continue; }
    hits.push({ area, relation: c });
  }
  return hits;
}

/** The first area containing (lon, lat) (interior preferred over boundary), or undefined. */
export function locateArea(index: AreaIndex, lon: number, lat: number): Area | undefined {
  const hits = locatePoint(index, lon, lat);
  return (hits.find((h) => h.relation === 'inside') ?? hits[0])?.area;
}
