/** Filtering and searching of area lists (bbox, distance in metres, code prefix). */
import type { Area, BBox } from './types';
import { bboxAround, bboxIntersects } from './bbox';
import { distanceToGeometryMetres } from './distance';

/** Areas whose bbox intersects `bbox` (degrees). Cheap, conservative. */
export function filterAreasByBBox<T extends Area>(areas: readonly T[], bbox: BBox): T[] {
  return areas.filter((a) => bboxIntersects(a.bbox, bbox));
}

/** Areas that contain (lon, lat) or lie within `metres` of it (exact edge distance). */
export function filterAreasWithinDistance<T extends Area>(areas: readonly T[], lon: number, lat: number, metres: number): T[] {
  const box = bboxAround(lon, lat, metres);
  return areas.filter((a) => bboxIntersects(a.bbox, box) && distanceToGeometryMetres(a.geometry, lon, lat) <= metres);
}

/** Spatial filter accepted by importers and the store. */
export type AreaFilter =
  | { bbox: BBox }
  | { near: { lon: number; lat: number; metres: number } };

/** Applies an AreaFilter (no filter → same list). */
export function applyAreaFilter<T extends Area>(areas: readonly T[], filter?: AreaFilter): T[] {
  if (!filter) return areas.slice();
  if ('bbox' in filter) return filterAreasByBBox(areas, filter.bbox);
  return filterAreasWithinDistance(areas, filter.near.lon, filter.near.lat, filter.near.metres);
}

/** Normalises an area code for comparison: trimmed, upper case, no inner spaces. */
export function normaliseAreaCode(code: string): string {
  return code.replace(/\s+/g, '').toUpperCase();
}

/**
 * Areas whose code starts with `query` (case-insensitive, spaces ignored), sorted by code.
 * An empty query returns no areas. `limit` caps the result (default 50).
 */
export function searchAreasByCode<T extends Area>(areas: readonly T[], query: string, limit = 50): T[] {
  const q = normaliseAreaCode(query);
  if (q === '') return [];
  return areas
    .filter((a) => normaliseAreaCode(a.code).startsWith(q))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .slice(0, limit);
}
