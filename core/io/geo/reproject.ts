/** Converts raw source-CRS polygons to WGS 84 lon/lat rings. */
import type { Ring } from '../../geo/types';
import type { ToWgs84 } from '../../geo/projection/crs';
import type { RawPolygons } from './wkb';

/** Applies `toWgs84` (or nothing when undefined) to every vertex. */
export function reprojectPolygons(polygons: RawPolygons, toWgs84: ToWgs84 | undefined): Ring[][] {
  if (!toWgs84) return polygons as Ring[][];
  return polygons.map((p) => p.map((ring) => ring.map(([x, y]) => toWgs84(x, y))));
}

/** True when every vertex is a plausible lon/lat (|lon| ≤ 180, |lat| ≤ 90). */
export function looksGeographic(polygons: RawPolygons | Ring[][]): boolean {
  for (const p of polygons) for (const ring of p) for (const [x, y] of ring) {
    if (!(Math.abs(x) <= 180 && Math.abs(y) <= 90)) return false;
  }
  return true;
}
