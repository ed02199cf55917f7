/**
 * Point-in-polygon, even-odd rule (holes respected, overlapping parts of a
 * self-overlapping ring cancel out as in GDAL/Shapely's even-odd view).
 *
 * Boundary convention (documented and consistent everywhere in core/geo):
 * a polygon is a CLOSED set. A point lying exactly on an edge or on a vertex
 * (of the exterior ring or of a hole) is classified 'boundary' and counts as
 * INSIDE for every boolean test. "Exactly" means the orientation determinant
 * (xj-xi)*(y-yi) - (x-xi)*(yj-yi), evaluated in IEEE double precision, is 0
 * and the point is within the edge's extent. Consequently a point on the border
 * shared by two adjacent areas belongs to both; the index returns both.
 */
import type { AreaGeometry, Ring } from './types';
import { polygonsOf } from './types';

export type PointClass = 'inside' | 'outside' | 'boundary';

const OUTSIDE = 0;
const INSIDE = 1;
const BOUNDARY = 2;

/**
 * Core test over one edge list. Returns 1 when the edge crosses the ray to the
 * right of the point (toggle), 2 when the point is on the edge, 0 otherwise.
 */
function edgeTest(x: number, y: number, xi: number, yi: number, xj: number, yj: number): number {
  if (xi === x && yi === y) return BOUNDARY;
  if ((yi > y) !== (yj > y)) {
    const cross = (xj - xi) * (y - yi) - (x - xi) * (yj - yi);
    if (cross === 0) return BOUNDARY;
    return (cross > 0) === (yj > yi) ? INSIDE : OUTSIDE;
  }
  if (yi === y && yj === y && (x - xi) * (x - xj) <= 0) return BOUNDARY;
  return OUTSIDE;
}

/** Classifies a point against the rings of ONE polygon (exterior + holes), even-odd. */
export function classifyPointInRings(rings: Ring[], x: number, y: number): PointClass {
  let inside = false;
  for (const ring of rings) {
    const n = ring.length;
    if (n === 0) continue;
    // Works for closed and unclosed rings: the closing edge is last→first.
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const r = edgeTest(x, y, ring[j]![0], ring[j]![1], ring[i]![0], ring[i]![1]);
      if (r === BOUNDARY) return 'boundary';
      if (r === INSIDE) inside = !inside;
    }
  }
  return inside ? 'inside' : 'outside';
}

/** Classifies (lon, lat) against a Polygon/MultiPolygon (any part). */
export function classifyPoint(geometry: AreaGeometry, lon: number, lat: number): PointClass {
  let result: PointClass = 'outside';
  for (const poly of polygonsOf(geometry)) {
    const c = classifyPointInRings(poly, lon, lat);
    if (c === 'boundary') return 'boundary';
    if (c === 'inside') result = 'inside';
  }
  return result;
}

/** True when (lon, lat) is inside the geometry or on its boundary. */
export function pointInGeometry(geometry: AreaGeometry, lon: number, lat: number): boolean {
  return classifyPoint(geometry, lon, lat) !== 'outside';
}

/**
 * A polygon pre-processed for fast repeated point tests: edges are bucketed into
 * horizontal bands so a test only visits edges whose latitude range spans the point.
 */
export interface PreparedPolygon {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  /** Edges flattened as x1,y1,x2,y2 (degrees). */
  edges: Float64Array;
  bandCount: number;
  bandHeight: number;
  /** bandStart[b]..bandStart[b+1] indexes into bandEdges. */
  bandStart: Int32Array;
  bandEdges: Int32Array;
}

/** Builds a PreparedPolygon from the rings of one polygon. */
export function preparePolygon(rings: Ring[]): PreparedPolygon {
  let edgeCount = 0;
  for (const ring of rings) edgeCount += ring.length;
  const edges = new Float64Array(edgeCount * 4);
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  let e = 0;
  for (const ring of rings) {
    const n = ring.length;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const x1 = ring[j]![0], y1 = ring[j]![1], x2 = ring[i]![0], y2 = ring[i]![1];
      if (x1 === x2 && y1 === y2) continue; // zero-length edge (e.g. explicit closing point)
      edges[e++] = x1; edges[e++] = y1; edges[e++] = x2; edges[e++] = y2;
      if (x1 < minX) minX = x1;
      if (x1 > maxX) maxX = x1;
      if (y1 < minY) minY = y1;
      if (y1 > maxY) maxY = y1;
    }
  }
  const count = e / 4;
  const bandCount = Math.max(1, Math.min(4096, Math.ceil(count / 8)));
  const bandHeight = (maxY - minY) / bandCount || 1;
  const counts = new Int32Array(bandCount + 1);
  const bandOf = (y: number): number => Math.min(bandCount - 1, Math.max(0, Math.floor((y - minY) / bandHeight)));
  for (let k = 0; k < count; k++) {
    const a = bandOf(Math.min(edges[k * 4 + 1]!, edges[k * 4 + 3]!));
    const b = bandOf(Math.max(edges[k * 4 + 1]!, edges[k * 4 + 3]!));
    for (let band = a; band <= b; band++) counts[band + 1]!++;
  }
  for (let band = 0; band < bandCount; band++) counts[band + 1]! += counts[band]!;
  const bandStart = counts.slice();
  const fill = counts.slice();
  const bandEdges = new Int32Array(bandStart[bandCount]!);
  for (let k = 0; k < count; k++) {
    const a = bandOf(Math.min(edges[k * 4 + 1]!, edges[k * 4 + 3]!));
    const b = bandOf(Math.max(edges[k * 4 + 1]!, edges[k * 4 + 3]!));
    for (let band = a; band <= b; band++) bandEdges[fill[band]!++] = k;
  }
  return { minX, minY, maxX, maxY, edges: edges.subarray(0, e), bandCount, bandHeight, bandStart, bandEdges };
}

/** Classifies a point against a PreparedPolygon (same semantics as classifyPointInRings). */
export function classifyPrepared(p: PreparedPolygon, x: number, y: number): PointClass {
  if (x < p.minX || x > p.maxX || y < p.minY || y > p.maxY) return 'outside';
  const band = Math.min(p.bandCount - 1, Math.max(0, Math.floor((y - p.minY) / p.bandHeight)));
  const ed = p.edges;
  let inside = false;
  for (let k = p.bandStart[band]!, end = p.bandStart[band + 1]!; k < end; k++) {
    const o = p.bandEdges[k]! * 4;
    const r = edgeTest(x, y, ed[o]!, ed[o + 1]!, ed[o + 2]!, ed[o + 3]!);
    if (r === BOUNDARY) return 'boundary';
    if (r === INSIDE) inside = !inside;
  }
  return inside ? 'inside' : 'outside';
}
