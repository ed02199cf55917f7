/**
 * Fast, conservative validity test for one polygon, so that repair only hands the
 * polygons that need it to polygon-clipping (its sweep costs about 1.2 µs per vertex
 * and allocates heavily: three to eight times the rest of an import of 500,000 vertices).
 *
 * `true` means the rings are simple, no two rings touch or cross, every hole starts
 * inside the exterior and outside the other holes. `false` means "maybe not": a touch,
 * a collinear overlap or a doubtful (zero) orientation all answer false, and
 * polygon-clipping decides.
 */
import type { Ring } from './types';
import { classifyPointInRings } from './pip';

interface Edge { r: number; s: number; ax: number; ay: number; bx: number; by: number; minX: number; maxX: number }

/** Sign of the turn a → b → c (twice the signed triangle area), degrees². */
const orient = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number =>
  (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);

/** True when segments p and q share any point (touching counts). Their bboxes overlap. */
function meet(p: Edge, q: Edge): boolean {
  const o1 = orient(p.ax, p.ay, p.bx, p.by, q.ax, q.ay), o2 = orient(p.ax, p.ay, p.bx, p.by, q.bx, q.by);
  if ((o1 > 0 && o2 > 0) || (o1 < 0 && o2 < 0)) return false;
  const o3 = orient(q.ax, q.ay, q.bx, q.by, p.ax, p.ay), o4 = orient(q.ax, q.ay, q.bx, q.by, p.bx, p.by);
  return !((o3 > 0 && o4 > 0) || (o3 < 0 && o4 < 0));
}

/** No two edges of the closed rings meet, except consecutive edges of a ring at their shared vertex. */
function edgesOnlyMeetAtJoints(rings: readonly Ring[]): boolean {
  const edges: Edge[] = [];
  const count: number[] = [];
  rings.forEach((ring, r) => {
    count.push(ring.length - 1);
    for (let s = 0; s + 1 < ring.length; s++) {
      const a = ring[s]!, b = ring[s + 1]!;
      edges.push({ r, s, ax: a[0], ay: a[1], bx: b[0], by: b[1], minX: Math.min(a[0], b[0]), maxX: Math.max(a[0], b[0]) });
    }
  });
  // Sweep along x: only edges whose x-ranges overlap are compared.
  edges.sort((p, q) => p.minX - q.minX);
  for (let i = 0; i < edges.length; i++) {
    const p = edges[i]!;
    const pMinY = Math.min(p.ay, p.by), pMaxY = Math.max(p.ay, p.by);
    for (let j = i + 1; j < edges.length; j++) {
      const q = edges[j]!;
      if (q.minX > p.maxX) break;
      if (Math.min(q.ay, q.by) > pMaxY || Math.max(q.ay, q.by) < pMinY) continue;
      if (p.r === q.r) {
        const d = Math.abs(p.s - q.s);
        if (d === 1 || d === count[p.r]! - 1) {
          // Consecutive edges share one vertex; they must not fold back onto each other.
          const collinear = orient(p.ax, p.ay, p.bx, p.by, q.ax, q.ay) === 0 && orient(p.ax, p.ay, p.bx, p.by, q.bx, q.by) === 0;
          if (collinear && (p.bx - p.ax) * (q.bx - q.ax) + (p.by - p.ay) * (q.by - q.ay) < 0) return false;
          continue;
        }
      }
      if (meet(p, q)) return false;
    }
  }
  return true;
}

/** Conservative validity test for the closed rings of one polygon (exterior first). */
export function isSimplePolygon(rings: readonly Ring[]): boolean {
  if (!edgesOnlyMeetAtJoints(rings)) return false;
  // Rings do not meet, so one vertex tells on which side of another ring a whole ring lies.
  const exterior = rings[0]!;
  for (let k = 1; k < rings.length; k++) {
    const [x, y] = rings[k]![0]!;
    if (classifyPointInRings([exterior], x, y) !== 'inside') return false;
    for (let j = 1; j < rings.length; j++) {
      if (j !== k && classifyPointInRings([rings[j]!], x, y) !== 'outside') return false;
    }
  }
  return true;
}
