/** Bounding-box helpers. All values in degrees (WGS84 lon/lat) unless stated. */
import type { AreaGeometry, BBox } from './types';
import { polygonsOf } from './types';
import { METRES_PER_DEGREE_LAT } from './earth';

/** Bounding box of a geometry. Returns [Inf, Inf, -Inf, -Inf] for an empty geometry. */
export function bboxOfGeometry(geometry: AreaGeometry): BBox {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const poly of polygonsOf(geometry)) {
    for (const ring of poly) {
      for (const p of ring) {
        const x = p[0], y = p[1];
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
    }
  }
  return [minX, minY, maxX, maxY];
}

/** True when the two boxes overlap or touch. */
export function bboxIntersects(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** True when point (lon, lat) lies in the box (edges included). */
export function bboxContainsPoint(b: BBox, lon: number, lat: number): boolean {
  return lon >= b[0] && lon <= b[2] && lat >= b[1] && lat <= b[3];
}

/** Union of two boxes. */
export function bboxUnion(a: BBox, b: BBox): BBox {
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}

/**
 * Box around (lon, lat) extending `metres` in every direction
 * (spherical approximation, accurate to well under 1% at Italian latitudes).
 */
export function bboxAround(lon: number, lat: number, metres: number): BBox {
  const dLat = metres / METRES_PER_DEGREE_LAT;
  const cos = Math.max(Math.cos((lat * Math.PI) / 180), 1e-6);
  const dLon = dLat / cos;
  return [lon - dLon, lat - dLat, lon + dLon, lat + dLat];
}

/** Box grown by `metres` on each side (uses the latitude furthest from the equator for safety). */
export function bboxExpand(b: BBox, metres: number): BBox {
  const dLat = metres / METRES_PER_DEGREE_LAT;
  const lat = Math.max(Math.abs(b[1]), Math.abs(b[3]));
  const dLon = dLat / Math.max(Math.cos(((lat + dLat) * Math.PI) / 180), 1e-6);
  return [b[0] - dLon, b[1] - dLat, b[2] + dLon, b[3] + dLat];
}

/** Bounding box of continental Italy plus islands (degrees), useful as a default filter. */
export const ITALY_BBOX: BBox = [6.6, 35.4, 18.6, 47.1];
