/**
 * Geometry validation and repair, with a structured report.
 *
 * 1. Ring clean-up, reported ring by ring: drop non-finite positions, drop consecutive
 *    duplicates, close unclosed rings, remove spikes (A→B→A), drop rings with fewer than
 *    3 distinct positions.
 * 2. Each polygon is united with itself by polygon-clipping (a Martinez–Rueda sweep).
 *    That resolves self-crossing and self-touching rings (bow-ties, figure-eights, loops),
 *    holes crossing the exterior or each other, and orientation (exterior CCW, holes CW,
 *    RFC 7946). Fill rule, polygon-clipping's: a point is inside a ring when the ring winds
 *    around it a non-zero number of times, and inside the polygon when inside the exterior
 *    and in no hole.
 * Valid polygons skip the union (simple-polygon.ts says which, conservatively): most
 * areas are valid and the sweep would triple the import time. A polygon that comes back
 * from the union with as many rings and the same areas was valid too (say, a hole touching
 * the exterior at a vertex). Valid polygons keep their cleaned source rings, only
 * reoriented: the library's output would drop collinear vertices and move ring starts.
 * Otherwise the union is the result, and the report says why the rings changed.
 */
import polygonClipping from 'polygon-clipping';
import type { AreaGeometry, Position, Ring } from './types';
import { geometryFromPolygons, polygonsOf } from './types';
import { closeRing, distinctCount, dropConsecutiveDuplicates, interiorPointOfRings, isClosed, removeSpikes, signedArea, windingNumber } from './ring';
import { isSimplePolygon } from './simple-polygon';

export type RepairIssueKind =
  | 'non-finite'
  | 'duplicate-vertices'
  | 'unclosed-ring'
  | 'spike'
  | 'degenerate-ring'
  | 'self-intersection'
  | 'ring-crossing'
  | 'orientation'
  | 'empty';

export interface RepairIssue {
  kind: RepairIssueKind;
  /** Polygon index in the input (0 for a Polygon), -1 when not polygon specific. */
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
  /** Check and repair self-intersections and crossing rings (default true). */
  selfIntersections?: boolean;
}

/** Relative area tolerance for "the union left the rings as they were" (float noise only). */
const SAME_AREA = 1e-9;

function cleanRing(raw: readonly Position[], polygon: number, ringIdx: number, issues: RepairIssue[]): Ring | null {
  const where = `polygon ${polygon}, ring ${ringIdx}`;
  let ring = raw.filter((p) => Array.isArray(p) && Number.isFinite(p[0]) && Number.isFinite(p[1])).map((p) => [p[0], p[1]] as Position);
  if (ring.length !== raw.length) issues.push({ kind: 'non-finite', polygon, ring: ringIdx, repaired: true, message: `${where}: dropped ${raw.length - ring.length} non-finite position(s)` });
  const dd = dropConsecutiveDuplicates(ring);
  ring = dd.ring;
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

/** True when the union is one polygon with the input's ring count and ring areas. */
function sameRings(union: Ring[][], rings: readonly Ring[]): boolean {
  if (union.length !== 1 || union[0]!.length !== rings.length) return false;
  const before = rings.map((r) => Math.abs(signedArea(r))).sort((a, b) => a - b);
  const after = union[0]!.map((r) => Math.abs(signedArea(r))).sort((a, b) => a - b);
  const tol = SAME_AREA * before[before.length - 1]!;
  return before.every((a, i) => Math.abs(a - after[i]!) <= tol);
}

/** Exterior rings should turn counter-clockwise (positive area), holes clockwise. */
function wronglyWound(ring: Ring, exterior: boolean): boolean {
  const a = signedArea(ring);
  return exterior ? a < 0 : a > 0;
}

/**
 * How many filled pieces of a self-crossing ring the source ring went round the wrong
 * way (clockwise for an exterior): the sign of its winding number inside each piece.
 */
function piecesWoundAgainst(pieces: Ring[][], ring: Ring, exterior: boolean): number {
  let n = 0;
  for (const piece of pieces) {
    const p = interiorPointOfRings(piece);
    if (!p) continue;
    const w = windingNumber(ring, p[0], p[1]);
    if (exterior ? w < 0 : w > 0) n++;
  }
  return n;
}

function reorient(rings: Ring[]): { rings: Ring[]; flipped: number } {
  let flipped = 0;
  const out = rings.map((r, k) => {
    if (!wronglyWound(r, k === 0)) return r;
    flipped++;
    return r.slice().reverse();
  });
  return { rings: out, flipped };
}

const orientationIssue = (polygon: number, flipped: number): RepairIssue =>
  ({ kind: 'orientation', polygon, ring: -1, repaired: true, message: `polygon ${polygon}: reoriented ${flipped} ring(s) (exterior CCW, holes CW)` });

/**
 * polygon-clipping's union of one polygon with itself, or the library's error message:
 * its sweep can still fail on rare near-degenerate input, and repair must never throw.
 */
function tryUnion(rings: Ring[]): Ring[][] | string {
  try {
    return polygonClipping.union(rings);
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** Unites the cleaned rings of one polygon with themselves; reports what changed. */
function resolvePolygon(rings: Ring[], ringIndex: readonly number[], pi: number, issues: RepairIssue[]): Ring[][] {
  const union = tryUnion(rings);
  if (typeof union === 'string') {
    const { rings: kept, flipped } = reorient(rings);
    issues.push({ kind: 'self-intersection', polygon: pi, ring: -1, repaired: false, message: `polygon ${pi}: could not be checked for crossings (${union}); kept as read` });
    if (flipped > 0) issues.push(orientationIssue(pi, flipped));
    return [kept];
  }
  if (sameRings(union, rings)) {
    const { rings: kept, flipped } = reorient(rings);
    if (flipped > 0) issues.push(orientationIssue(pi, flipped));
    return [kept];
  }
  // The rings changed: say which ring crossed itself, else that rings crossed each other.
  let flipped = 0, selfCrossing = false;
  rings.forEach((ring, k) => {
    const exterior = k === 0;
    const alone = tryUnion([ring]);
    if (typeof alone === 'string' || sameRings(alone, [ring])) { if (wronglyWound(ring, exterior)) flipped++; return; }
    selfCrossing = true;
    const where = `polygon ${pi}, ring ${ringIndex[k]}`;
    if (alone.length === 0) {
      issues.push({ kind: 'degenerate-ring', polygon: pi, ring: ringIndex[k]!, repaired: true, message: `${where}: ring encloses no area (its loops cancel out); dropped` });
      return;
    }
    const holes = alone.reduce((s, p) => s + p.length - 1, 0);
    issues.push({
      kind: 'self-intersection', polygon: pi, ring: ringIndex[k]!, repaired: true,
      message: `${where}: self-intersecting ring split into ${alone.length} filled ring(s)` + (holes ? ` and ${holes} hole ring(s)` : ''),
    });
    flipped += piecesWoundAgainst(alone, ring, exterior);
  });
  if (!selfCrossing) {
    issues.push({ kind: 'ring-crossing', polygon: pi, ring: -1, repaired: true, message: `polygon ${pi}: rings cross or share an edge, or a hole lies outside the exterior or inside another hole; resolved as the exterior minus the holes` });
  }
  if (flipped > 0) issues.push(orientationIssue(pi, flipped));
  if (union.length === 0) issues.push({ kind: 'degenerate-ring', polygon: pi, ring: -1, repaired: true, message: `polygon ${pi}: no area left once crossings are resolved; dropped` });
  return union;
}

/** Validates and repairs a Polygon/MultiPolygon. Never throws. */
export function repairGeometry(geometry: AreaGeometry, options: RepairOptions = {}): RepairResult {
  const checkSelf = options.selfIntersections !== false;
  const issues: RepairIssue[] = [];
  const outPolys: Ring[][] = [];
  const inPolys = polygonsOf(geometry) ?? [];
  inPolys.forEach((poly, pi) => {
    if (!Array.isArray(poly) || poly.length === 0) return;
    const rings: Ring[] = [];
    const ringIndex: number[] = [];
    poly.forEach((raw, ri) => {
      const r = Array.isArray(raw) ? cleanRing(raw, pi, ri, issues) : null;
      if (r) { rings.push(r); ringIndex.push(ri); }
    });
    if (rings.length === 0 || ringIndex[0] !== 0) {
      if (rings.length > 0) issues.push({ kind: 'degenerate-ring', polygon: pi, ring: 0, repaired: true, message: `polygon ${pi}: exterior ring unusable; polygon and its ${rings.length} hole(s) dropped` });
      return;
    }
    if (checkSelf && !isSimplePolygon(rings)) {
      outPolys.push(...resolvePolygon(rings, ringIndex, pi, issues));
      return;
    }
    const { rings: kept, flipped } = reorient(rings);
    if (flipped > 0) issues.push(orientationIssue(pi, flipped));
    outPolys.push(kept);
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
