/**
 * Geometry validation and repair, with a structured report.
 *
 * Repairs applied (in order, per ring): drop non-finite positions, drop
 * consecutive duplicate positions, close unclosed rings, remove spikes
 * (A→B→A), drop rings with fewer than 3 distinct positions or zero area,
 * split self-crossing rings (bow-ties, figure-eights, loops) into simple rings
 * classified by the even-odd rule, normalise orientation (exterior CCW, holes CW,
 * RFC 7946). Problems that are detected but not repaired (collinear overlaps of a
 * ring with itself, crossings between different rings) are reported with
 * `repaired: false`; the geometry is kept because even-odd point tests still work.
 */
import type { AreaGeometry, Position, Ring } from './types';
import { geometryFromPolygons, polygonsOf } from './types';
import { closeRing, distinctCount, dropConsecutiveDuplicates, interiorPoint, isClosed, removeSpikes, signedArea } from './ring';
import { findIntersections } from './intersections';
import { classifyPointInRings } from './pip';

export type RepairIssueKind =
  | 'non-finite'
  | 'duplicate-vertices'
  | 'unclosed-ring'
  | 'spike'
  | 'degenerate-ring'
  | 'self-intersection'
  | 'self-overlap'
  | 'ring-crossing'
  | 'orientation'
  | 'empty';

export interface RepairIssue {
  kind: RepairIssueKind;
  /** Polygon index in the input (0 for a Polygon). */
  polygon: number;
  /** Ring index in the polygon (0 = exterior), -1 when not ring specific. */
  ring: number;
  /** True when the issue was fixed in the returned geometry. */
  repaired: boolean;
  message: string;
}

export interface RepairResult {
  /** Repaired geometry, or null when nothing usable remains. */
  geometry: AreaGeometry | null;
  issues: RepairIssue[];
}

/** Options for repairGeometry. */
export interface RepairOptions {
  /** Check and repair self-intersections (default true). */
  selfIntersections?: boolean;
}

interface CleanRing { ring: Ring; index: number }

function cleanRing(raw: readonly Position[], polygon: number, ringIdx: number, issues: RepairIssue[]): Ring | null {
  const where = `polygon ${polygon}, ring ${ringIdx}`;
  let ring = raw.filter((p) => Array.isArray(p) && Number.isFinite(p[0]) && Number.isFinite(p[1])).map((p) => [p[0], p[1]] as Position);
  if (ring.length !== raw.length) issues.push({ kind: 'non-finite', polygon, ring: ringIdx, repaired: true, message: `${where}: dropped ${raw.length - ring.length} non-finite position(s)` });
  const dd = dropConsecutiveDuplicates(ring);
  ring = dd.ring;
  if (ring.length >= 2 && isClosed(ring) && ring.length === 2) ring = ring.slice(0, 1);
  if (dd.removed > 0) issues.push({ kind: 'duplicate-vertices', polygon, ring: ringIdx, repaired: true, message: `${where}: removed ${dd.removed} duplicate consecutive vertex(es)` });
  if (ring.length > 0 && !isClosed(ring)) {
    ring = closeRing(ring);
    issues.push({ kind: 'unclosed-ring', polygon, ring: ringIdx, repaired: true, message: `${where}: ring was not closed; closing point added` });
  }
  const sp = removeSpikes(ring);
  if (sp.removed > 0) {
    ring = sp.ring;
    issues.push({ kind: 'spike', polygon, ring: ringIdx, repaired: true, message: `${where}: removed ${sp.removed} spike vertex(es)` });
  }
  if (distinctCount(ring) < 3) {
    issues.push({ kind: 'degenerate-ring', polygon, ring: ringIdx, repaired: true, message: `${where}: dropped degenerate ring (${distinctCount(ring)} distinct vertices)` });
    return null;
  }
  return ring;
}

const key = (p: Position): string => `${p[0]},${p[1]}`;

/** Splits a closed ring at its self-intersections into simple closed rings. */
export function splitSelfIntersecting(ring: Ring, cuts: { seg: number; t: number; point: Position }[]): Ring[] {
  const bySeg = new Map<number, { t: number; point: Position }[]>();
  for (const c of cuts) {
    if (c.t <= 0 || c.t >= 1) continue;
    const l = bySeg.get(c.seg) ?? [];
    l.push(c);
    bySeg.set(c.seg, l);
  }
  const noded: Position[] = [];
  for (let s = 0; s + 1 < ring.length; s++) {
    noded.push(ring[s]!);
    const l = bySeg.get(s);
    if (l) for (const c of l.sort((a, b) => a.t - b.t)) noded.push(c.point);
  }
  noded.push(ring[0]!);
  const out: Ring[] = [];
  const path: Position[] = [];
  const at = new Map<string, number>();
  for (const p of noded) {
    const k = key(p);
    const idx = at.get(k);
    if (idx !== undefined) {
      const loop = path.slice(idx);
      loop.push(p);
      const dd = dropConsecutiveDuplicates(loop).ring;
      if (distinctCount(dd) >= 3 && signedArea(dd) !== 0) out.push(dd);
      for (let i = idx + 1; i < path.length; i++) at.delete(key(path[i]!));
      path.length = idx + 1;
    } else {
      at.set(k, path.length);
      path.push(p);
    }
  }
  return out;
}

/** True when ring `a` lies inside ring `b` (rings that may touch but do not cross). */
function ringInsideRing(a: Ring, b: Ring): boolean {
  for (let i = 0; i + 1 < a.length; i++) {
    const mx = (a[i]![0] + a[i + 1]![0]) / 2, my = (a[i]![1] + a[i + 1]![1]) / 2;
    const c = classifyPointInRings([b], mx, my);
    if (c !== 'boundary') return c === 'inside';
  }
  return false;
}

function orient(ring: Ring, ccw: boolean): { ring: Ring; flipped: boolean } {
  const a = signedArea(ring);
  if ((a > 0) === ccw) return { ring, flipped: false };
  return { ring: ring.slice().reverse(), flipped: true };
}

/** Validates and repairs a Polygon/MultiPolygon. Never throws. */
export function repairGeometry(geometry: AreaGeometry, options: RepairOptions = {}): RepairResult {
  const checkSelf = options.selfIntersections !== false;
  const issues: RepairIssue[] = [];
  const outPolys: Ring[][] = [];
  const inPolys = polygonsOf(geometry) ?? [];
  inPolys.forEach((poly, pi) => {
    if (!Array.isArray(poly) || poly.length === 0) return;
    const cleaned: CleanRing[] = [];
    poly.forEach((raw, ri) => {
      const r = Array.isArray(raw) ? cleanRing(raw, pi, ri, issues) : null;
      if (r) cleaned.push({ ring: r, index: ri });
    });
    if (cleaned.length === 0 || cleaned[0]!.index !== 0) {
      if (cleaned.length > 0) issues.push({ kind: 'degenerate-ring', polygon: pi, ring: 0, repaired: true, message: `polygon ${pi}: exterior ring unusable; polygon and its ${cleaned.length} hole(s) dropped` });
      return;
    }
    let exteriors: Ring[] = [cleaned[0]!.ring];
    let holes: Ring[] = cleaned.slice(1).map((c) => c.ring);
    if (checkSelf) {
      const rings = cleaned.map((c) => c.ring);
      const hits = findIntersections(rings);
      const cutsByRing = new Map<number, { seg: number; t: number; point: Position }[]>();
      const reported = new Set<string>();
      for (const h of hits) {
        const ringA = cleaned[h.ringA]!.index, ringB = cleaned[h.ringB]!.index;
        if (h.kind === 'overlap') {
          const k = `o${ringA}/${ringB}`;
          if (!reported.has(k)) issues.push({ kind: 'self-overlap', polygon: pi, ring: ringA, repaired: false, message: `polygon ${pi}: ring ${ringA} overlaps ${ringA === ringB ? 'itself' : `ring ${ringB}`} along a segment near (${h.point[0]}, ${h.point[1]})` });
          reported.add(k);
          continue;
        }
        if (h.ringA !== h.ringB) {
          if (h.kind === 'touch') continue; // rings touching at a vertex is allowed
          const k = `c${ringA}/${ringB}`;
          if (!reported.has(k)) issues.push({ kind: 'ring-crossing', polygon: pi, ring: ringA, repaired: false, message: `polygon ${pi}: ring ${ringA} crosses ring ${ringB} near (${h.point[0]}, ${h.point[1]})` });
          reported.add(k);
          continue;
        }
        const l = cutsByRing.get(h.ringA) ?? [];
        l.push({ seg: h.segA, t: h.tA, point: h.point }, { seg: h.segB, t: h.tB, point: h.point });
        cutsByRing.set(h.ringA, l);
      }
      if (cutsByRing.size > 0) {
        const newExt: Ring[] = [];
        const newHoles: Ring[] = [];
        rings.forEach((ring, k) => {
          const cuts = cutsByRing.get(k);
          const isExt = k === 0;
          if (!cuts) { (isExt ? newExt : newHoles).push(ring); return; }
          const pieces = splitSelfIntersecting(ring, cuts);
          if (pieces.length <= 1 && !cuts.some((c) => c.t > 0 && c.t < 1)) { (isExt ? newExt : newHoles).push(ring); return; }
          let filled = 0, voids = 0;
          for (const piece of pieces) {
            // Even-odd: a piece is filled iff it is nested in an even number of other pieces.
            const depth = pieces.reduce((d, other) => d + (other !== piece && ringInsideRing(piece, other) ? 1 : 0), 0);
            const inside = depth % 2 === 0;
            if (isExt) { (inside ? newExt : newHoles).push(piece); }
            else if (inside) newHoles.push(piece);
            if (inside) filled++; else voids++;
          }
          issues.push({
            kind: 'self-intersection', polygon: pi, ring: cleaned[k]!.index, repaired: true,
            message: `polygon ${pi}, ring ${cleaned[k]!.index}: self-intersecting ring split into ${filled} filled ring(s)` + (voids ? ` and ${voids} ${isExt ? 'hole' : 'discarded'} ring(s)` : ''),
          });
        });
        exteriors = newExt;
        holes = newHoles;
      }
    }
    // Zero-area rings (e.g. a symmetric bow-tie that could not be split) are unusable.
    const zero = (r: Ring): boolean => signedArea(r) === 0;
    const zeroCount = exteriors.filter(zero).length + holes.filter(zero).length;
    if (zeroCount > 0) {
      issues.push({ kind: 'degenerate-ring', polygon: pi, ring: -1, repaired: true, message: `polygon ${pi}: dropped ${zeroCount} zero-area ring(s)` });
      exteriors = exteriors.filter((r) => !zero(r));
      holes = holes.filter((r) => !zero(r));
    }
    if (exteriors.length === 0) return;
    // Orientation.
    let flipped = 0;
    exteriors = exteriors.map((r) => { const o = orient(r, true); if (o.flipped) flipped++; return o.ring; });
    holes = holes.map((r) => { const o = orient(r, false); if (o.flipped) flipped++; return o.ring; });
    if (flipped > 0) issues.push({ kind: 'orientation', polygon: pi, ring: -1, repaired: true, message: `polygon ${pi}: reoriented ${flipped} ring(s) (exterior CCW, holes CW)` });
    if (exteriors.length === 1) {
      outPolys.push([exteriors[0]!, ...holes]);
      return;
    }
    // Several exteriors: attach each hole to the smallest exterior containing it.
    const groups: Ring[][] = exteriors.map((e) => [e]);
    const areas = exteriors.map((e) => Math.abs(signedArea(e)));
    for (const h of holes) {
      const ip = interiorPoint(h);
      let best = -1;
      if (ip) exteriors.forEach((e, i) => {
        if (classifyPointInRings([e], ip[0], ip[1]) !== 'outside' && (best < 0 || areas[i]! < areas[best]!)) best = i;
      });
      if (best >= 0) groups[best]!.push(h);
      else issues.push({ kind: 'degenerate-ring', polygon: pi, ring: -1, repaired: true, message: `polygon ${pi}: dropped a hole lying outside every exterior ring` });
    }
    outPolys.push(...groups);
  });
  if (outPolys.length === 0) {
    issues.push({ kind: 'empty', polygon: -1, ring: -1, repaired: false, message: 'no usable polygon left after repair' });
    return { geometry: null, issues };
  }
  return { geometry: geometryFromPolygons(outPolys), issues };
}

/** Validates without repairing: the issues repairGeometry would report. */
export function validateGeometry(geometry: AreaGeometry): RepairIssue[] {
  return repairGeometry(geometry).issues;
}
