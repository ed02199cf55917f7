/** Ring primitives: closing, cleaning, orientation, area (planar, in degrees²). */
import type { Position, Ring } from './types';

/** True when first and last positions are identical. */
export function isClosed(ring: readonly Position[]): boolean {
  if (ring.length === 0) return false;
  const a = ring[0]!, b = ring[ring.length - 1]!;
  return a[0] === b[0] && a[1] === b[1];
}

/**
 * Signed planar area in square degrees (shoelace); positive = counter-clockwise
 * in a lon/lat (x east, y north) frame. Works on closed or unclosed rings.
 */
export function signedArea(ring: readonly Position[]): number {
  let s = 0;
  const n = ring.length;
  if (n < 3) return 0;
  const x0 = ring[0]![0], y0 = ring[0]![1]; // offset for numerical stability
  for (let i = 0, j = n - 1; i < n; j = i++) {
    s += (ring[j]![0] - x0) * (ring[i]![1] - y0) - (ring[i]![0] - x0) * (ring[j]![1] - y0);
  }
  return s / 2;
}

/** Returns a copy of the ring closed (first position appended when missing). */
export function closeRing(ring: readonly Position[]): Ring {
  const out = ring.slice() as Ring;
  if (out.length > 0 && !isClosed(out)) out.push([out[0]![0], out[0]![1]]);
  return out;
}

/** Removes consecutive duplicate positions; returns the new ring and how many were removed. */
export function dropConsecutiveDuplicates(ring: readonly Position[]): { ring: Ring; removed: number } {
  const out: Ring = [];
  for (const p of ring) {
    const last = out[out.length - 1];
    if (last && last[0] === p[0] && last[1] === p[1]) continue;
    out.push(p);
  }
  return { ring: out, removed: ring.length - out.length };
}

/**
 * Removes spikes (A→B→A back-tracking, i.e. collinear with reversal) from a closed ring.
 * Returns the new closed ring and the number of removed vertices.
 */
export function removeSpikes(ring: readonly Position[]): { ring: Ring; removed: number } {
  const pts = ring.slice(0, isClosed(ring) ? -1 : undefined) as Ring;
  let removed = 0;
  let changed = true;
  while (changed && pts.length >= 3) {
    changed = false;
    for (let i = 0; i < pts.length && pts.length >= 3; i++) {
      const a = pts[(i - 1 + pts.length) % pts.length]!, b = pts[i]!, c = pts[(i + 1) % pts.length]!;
      const cross = (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0]);
      const dot = (b[0] - a[0]) * (c[0] - b[0]) + (b[1] - a[1]) * (c[1] - b[1]);
      const dup = a[0] === c[0] && a[1] === c[1];
      if (cross === 0 && (dot < 0 || dup)) {
        pts.splice(i, 1);
        removed++;
        if (dup && pts.length >= 3) { pts.splice(i % pts.length, 1); removed++; }
        changed = true;
        i--;
      }
    }
  }
  return { ring: closeRing(pts), removed };
}

/** Number of distinct positions of a closed ring (closing point not counted). */
export function distinctCount(ring: readonly Position[]): number {
  return isClosed(ring) ? ring.length - 1 : ring.length;
}

/**
 * A point strictly inside a simple ring (not on its boundary). See interiorPointOfRings.
 * Returns null for degenerate rings.
 */
export function interiorPoint(ring: readonly Position[]): Position | null {
  return interiorPointOfRings([ring]);
}

/**
 * A point strictly inside the region the rings bound by the even-odd rule (for a
 * valid polygon: inside the exterior, outside every hole): midpoint of the widest
 * interior span of a horizontal scan line placed in the widest gap between vertex
 * latitudes. Returns null when the rings bound no area.
 */
export function interiorPointOfRings(rings: readonly (readonly Position[])[]): Position | null {
  const ys = Array.from(new Set(rings.flatMap((r) => r.map((p) => p[1])))).sort((a, b) => a - b);
  if (ys.length < 2) return null;
  let best = 0, gap = -1;
  for (let i = 0; i + 1 < ys.length; i++) {
    const g = ys[i + 1]! - ys[i]!;
    if (g > gap) { gap = g; best = i; }
  }
  const y = (ys[best]! + ys[best + 1]!) / 2;
  const xs: number[] = [];
  for (const ring of rings) {
    const n = ring.length;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const a = ring[j]!, b = ring[i]!;
      if ((a[1] > y) !== (b[1] > y)) xs.push(a[0] + ((y - a[1]) * (b[0] - a[0])) / (b[1] - a[1]));
    }
  }
  xs.sort((a, b) => a - b);
  let wi = -1, wide = -1;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    if (xs[i + 1]! - xs[i]! > wide) { wide = xs[i + 1]! - xs[i]!; wi = i; }
  }
  if (wi < 0 || wide <= 0) return null;
  return [(xs[wi]! + xs[wi + 1]!) / 2, y];
}

/**
 * Winding number of a ring around (x, y): how many times the ring turns
 * counter-clockwise around the point (negative for clockwise turns), 0 outside.
 * Undefined for points on the ring itself.
 */
export function windingNumber(ring: readonly Position[], x: number, y: number): number {
  let w = 0;
  const n = ring.length;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const a = ring[j]!, b = ring[i]!;
    const side = (b[0] - a[0]) * (y - a[1]) - (x - a[0]) * (b[1] - a[1]); // > 0: point left of a→b
    if (a[1] <= y) { if (b[1] > y && side > 0) w++; }
    else if (b[1] <= y && side < 0) w--;
  }
  return w;
}
