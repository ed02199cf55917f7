/**
 * Douglas–Peucker simplification for display. Tolerance in METRES, measured on a
 * local equirectangular plane at the ring's mean latitude. Rings keep at least
 * 4 positions (a closed triangle); rings that would collapse are returned unchanged
 * for exteriors and dropped for holes smaller than the tolerance.
 */
import type { AreaGeometry, Position, Ring } from './types';
import { geometryFromPolygons, polygonsOf } from './types';
import { METRES_PER_DEGREE_LAT } from './earth';

/** Simplifies an open or closed polyline; keeps the first and last points. */
export function simplifyLine(points: readonly Position[], toleranceMetres: number): Position[] {
  const n = points.length;
  if (n <= 2 || toleranceMetres <= 0) return points.slice();
  let lat = 0;
  for (const p of points) lat += p[1];
  lat /= n;
  const ky = METRES_PER_DEGREE_LAT, kx = ky * Math.cos((lat * Math.PI) / 180);
  const tol2 = toleranceMetres * toleranceMetres;
  const keep = new Uint8Array(n);
  keep[0] = 1; keep[n - 1] = 1;
  const stack: number[] = [0, n - 1];
  while (stack.length > 0) {
    const last = stack.pop()!, first = stack.pop()!;
    const ax = points[first]![0] * kx, ay = points[first]![1] * ky;
    const bx = points[last]![0] * kx, by = points[last]![1] * ky;
    const dx = bx - ax, dy = by - ay, len2 = dx * dx + dy * dy;
    let maxD = -1, idx = -1;
    for (let i = first + 1; i < last; i++) {
      const px = points[i]![0] * kx - ax, py = points[i]![1] * ky - ay;
      let d2: number;
      if (len2 === 0) d2 = px * px + py * py;
      else {
        const t = Math.max(0, Math.min(1, (px * dx + py * dy) / len2));
        const ex = px - t * dx, ey = py - t * dy;
        d2 = ex * ex + ey * ey;
      }
      if (d2 > maxD) { maxD = d2; idx = i; }
    }
    if (idx >= 0 && maxD > tol2) {
      keep[idx] = 1;
      stack.push(first, idx, idx, last);
    }
  }
  const out: Position[] = [];
  for (let i = 0; i < n; i++) if (keep[i]) out.push(points[i]!);
  return out;
}

/** Simplifies a closed ring; returns null when it collapses below a triangle. */
export function simplifyRing(ring: Ring, toleranceMetres: number): Ring | null {
  if (ring.length <= 4) return ring.slice();
  // Split at the vertex farthest from the first one so both halves are anchored.
  const first = ring[0]!;
  let far = 1, best = -1;
  for (let i = 1; i < ring.length - 1; i++) {
    const d = (ring[i]![0] - first[0]) ** 2 + (ring[i]![1] - first[1]) ** 2;
    if (d > best) { best = d; far = i; }
  }
  const a = simplifyLine(ring.slice(0, far + 1), toleranceMetres);
  const b = simplifyLine(ring.slice(far), toleranceMetres);
  const out = a.concat(b.slice(1));
  return out.length >= 4 ? out : null;
}

/** Simplifies every ring of a geometry (tolerance in metres). */
export function simplifyGeometry(geometry: AreaGeometry, toleranceMetres: number): AreaGeometry {
  const polys = polygonsOf(geometry).map((poly) => {
    const rings: Ring[] = [];
    poly.forEach((ring, i) => {
      const s = simplifyRing(ring, toleranceMetres);
      if (s) rings.push(s);
      else if (i === 0) rings.push(ring.slice());
    });
    return rings;
  });
  return geometryFromPolygons(polys);
}
