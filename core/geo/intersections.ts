/**
 * Segment-intersection detection among the rings of one polygon, using a
 * sort-by-x sweep (O(n log n + k) for typical boundaries).
 */
import type { Position, Ring } from './types';

/** One intersection between two non-adjacent segments. */
export interface SegmentIntersection {
  /** Ring index and segment index (segment s joins ring[s] → ring[s+1]). */
  ringA: number;
  segA: number;
  ringB: number;
  segB: number;
  /** Intersection point (degrees); for collinear overlaps, one point of the overlap. */
  point: Position;
  /** Parameters along A and B in [0,1]. */
  tA: number;
  tB: number;
  /** 'cross' = proper or T-junction crossing, 'touch' = shared vertex, 'overlap' = collinear overlap. */
  kind: 'cross' | 'touch' | 'overlap';
}

interface Seg { r: number; s: number; ax: number; ay: number; bx: number; by: number; minX: number; maxX: number; minY: number; maxY: number }

/** Finds intersections between segments of closed rings, skipping consecutive segments of the same ring. */
export function findIntersections(rings: readonly Ring[], limit = 10_000): SegmentIntersection[] {
  const segs: Seg[] = [];
  const segCount: number[] = [];
  rings.forEach((ring, r) => {
    segCount.push(Math.max(0, ring.length - 1));
    for (let s = 0; s + 1 < ring.length; s++) {
      const a = ring[s]!, b = ring[s + 1]!;
      segs.push({ r, s, ax: a[0], ay: a[1], bx: b[0], by: b[1], minX: Math.min(a[0], b[0]), maxX: Math.max(a[0], b[0]), minY: Math.min(a[1], b[1]), maxY: Math.max(a[1], b[1]) });
    }
  });
  segs.sort((p, q) => p.minX - q.minX);
  const out: SegmentIntersection[] = [];
  for (let i = 0; i < segs.length; i++) {
    const a = segs[i]!;
    for (let j = i + 1; j < segs.length; j++) {
      const b = segs[j]!;
      if (b.minX > a.maxX) break;
      if (b.minY > a.maxY || b.maxY < a.minY) continue;
      if (a.r === b.r) {
        const m = segCount[a.r]!;
        const d = Math.abs(a.s - b.s);
        if (d === 1 || d === m - 1) continue; // consecutive segments share a vertex
      }
      const hit = intersect(a, b);
      if (hit) {
        out.push(hit);
        if (out.length >= limit) return out;
      }
    }
  }
  return out;
}

function intersect(a: Seg, b: Seg): SegmentIntersection | null {
  const rx = a.bx - a.ax, ry = a.by - a.ay, sx = b.bx - b.ax, sy = b.by - b.ay;
  const qpx = b.ax - a.ax, qpy = b.ay - a.ay;
  const d = rx * sy - ry * sx;
  const base = { ringA: a.r, segA: a.s, ringB: b.r, segB: b.s };
  if (d === 0) {
    if (qpx * ry - qpy * rx !== 0) return null; // parallel, not collinear
    const len2 = rx * rx + ry * ry;
    if (len2 === 0) return null;
    const t0 = (qpx * rx + qpy * ry) / len2;
    const t1 = t0 + (sx * rx + sy * ry) / len2;
    const lo = Math.max(0, Math.min(t0, t1)), hi = Math.min(1, Math.max(t0, t1));
    if (lo > hi) return null;
    const point: Position = [a.ax + lo * rx, a.ay + lo * ry];
    if (lo === hi) return { ...base, point, tA: lo, tB: t0 === lo ? 0 : 1, kind: 'touch' };
    return { ...base, point, tA: lo, tB: 0, kind: 'overlap' };
  }
  const t = (qpx * sy - qpy * sx) / d;
  const u = (qpx * ry - qpy * rx) / d;
  if (t < 0 || t > 1 || u < 0 || u > 1) return null;
  const endA = t === 0 || t === 1, endB = u === 0 || u === 1;
  if (endA && endB) {
    const p: Position = t === 0 ? [a.ax, a.ay] : [a.bx, a.by];
    return { ...base, point: p, tA: t, tB: u, kind: 'touch' };
  }
  // T-junction: use the exact vertex coordinates of the segment whose endpoint lies on the other.
  let point: Position;
  if (endB) point = u === 0 ? [b.ax, b.ay] : [b.bx, b.by];
  else if (endA) point = t === 0 ? [a.ax, a.ay] : [a.bx, a.by];
  else point = [a.ax + t * rx, a.ay + t * ry];
  return { ...base, point, tA: t, tB: u, kind: 'cross' };
}
