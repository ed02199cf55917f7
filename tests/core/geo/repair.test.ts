import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon } from '../../../core/geo/types';
import { polygonsOf } from '../../../core/geo/types';
import { repairGeometry } from '../../../core/geo/repair';
import { signedArea } from '../../../core/geo/ring';
import { pointInGeometry } from '../../../core/geo/pip';

const kinds = (r: ReturnType<typeof repairGeometry>) => r.issues.map((i) => i.kind).sort();

describe('repairGeometry', () => {
  it('leaves a valid CCW polygon untouched', () => {
    const g: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] };
    const r = repairGeometry(g);
    expect(r.issues).toEqual([]);
    expect(r.geometry).toEqual(g);
  });

  it('closes rings, drops duplicate vertices and fixes orientation', () => {
    const g: Polygon = {
      type: 'Polygon',
      coordinates: [
        [[0, 0], [0, 10], [0, 10], [10, 10], [10, 0]], // clockwise, unclosed, duplicate
        [[2, 2], [4, 2], [4, 4], [2, 4], [2, 2]], // hole counter-clockwise (should be CW)
      ],
    };
    const r = repairGeometry(g);
    expect(kinds(r)).toEqual(['duplicate-vertices', 'orientation', 'unclosed-ring']);
    const [outer, hole] = (r.geometry as Polygon).coordinates;
    expect(outer!.length).toBe(5);
    expect(outer![0]).toEqual(outer![4]);
    expect(signedArea(outer!)).toBe(100);
    expect(signedArea(hole!)).toBe(-4);
    expect(r.issues.every((i) => i.repaired)).toBe(true);
  });

  it('splits a bow-tie into two triangles', () => {
    const bowTie: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]]] };
    const r = repairGeometry(bowTie);
    expect(r.geometry?.type).toBe('MultiPolygon');
    const polys = (r.geometry as MultiPolygon).coordinates;
    expect(polys.length).toBe(2);
    for (const p of polys) {
      expect(signedArea(p[0]!)).toBeCloseTo(1, 12); // each lobe: triangle of area 1, CCW
      expect(p[0]).toContainEqual([1, 1]);
    }
    expect(r.issues.find((i) => i.kind === 'self-intersection')?.repaired).toBe(true);
    expect(pointInGeometry(r.geometry!, 0.5, 1)).toBe(true);
    expect(pointInGeometry(r.geometry!, 1, 0.5)).toBe(false);
  });

  it('turns an inner loop of a self-touching ring into a hole (opposite winding)', () => {
    // outer square 0..10 that at (5,0) goes into an inner square loop 4..6 and back
    const g: Polygon = {
      type: 'Polygon',
      coordinates: [[[0, 0], [5, 0], [5, 4], [4, 4], [4, 6], [6, 6], [6, 4], [5, 4], [5, 0], [10, 0], [10, 10], [0, 10], [0, 0]]],
    };
    const r = repairGeometry(g);
    expect(r.geometry).not.toBeNull();
    const polys = polygonsOf(r.geometry!);
    const rings = polys.flat();
    const areas = rings.map((x) => Math.round(signedArea(x) * 1e9) / 1e9).sort((a, b) => a - b);
    expect(areas).toEqual([-4, 100]);
    expect(pointInGeometry(r.geometry!, 5, 5)).toBe(false);
    expect(pointInGeometry(r.geometry!, 2, 2)).toBe(true);
  });

  it('drops degenerate rings and reports an empty result', () => {
    const g: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [1, 1], [0, 0]]] };
    const r = repairGeometry(g);
    expect(r.geometry).toBeNull();
    expect(kinds(r)).toContain('degenerate-ring');
    expect(kinds(r)).toContain('empty');
  });

  it('removes NaN positions and spikes', () => {
    const g: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [NaN, 3], [1, 1], [1, 2], [1, 1], [0, 1], [0, 0]]] };
    const r = repairGeometry(g);
    expect(kinds(r)).toEqual(['non-finite', 'spike']);
    expect(signedArea((r.geometry as Polygon).coordinates[0]!)).toBe(1);
  });

  it('cuts a hole crossing the exterior out of it', () => {
    // Square 0..10 with a "hole" 8..12 × 4..6 half outside: the result is the square
    // minus the part of the hole inside it, a 2 × 2 notch on the right side.
    const g: Polygon = {
      type: 'Polygon',
      coordinates: [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]], [[8, 4], [8, 6], [12, 6], [12, 4], [8, 4]]],
    };
    const r = repairGeometry(g);
    expect(kinds(r)).toEqual(['ring-crossing']);
    expect(r.issues[0]!.repaired).toBe(true);
    const rings = (r.geometry as Polygon).coordinates;
    expect(rings.length).toBe(1);
    expect(signedArea(rings[0]!)).toBe(100 - 4);
    expect(pointInGeometry(r.geometry!, 9, 5)).toBe(false);
    expect(pointInGeometry(r.geometry!, 5, 5)).toBe(true);
  });
});

describe('repairGeometry on polygon-clipping', () => {
  it('fills a regular pentagram drawn in one stroke (non-zero winding: the centre is wound twice)', () => {
    // Star polygon {5/2}, circumradius R = 1: the outline has 5 outer vertices (R) and
    // 5 inner ones at r = R·cos 72°/cos 36°; its area is 10 triangles ½·R·r·sin 36°.
    const R = 1, deg = Math.PI / 180;
    const ring: [number, number][] = [];
    for (let k = 0; k <= 5; k++) ring.push([R * Math.cos((90 + 144 * k) * deg), R * Math.sin((90 + 144 * k) * deg)]);
    ring[5] = ring[0]!;
    const r = repairGeometry({ type: 'Polygon', coordinates: [ring] });
    const inner = (R * Math.cos(72 * deg)) / Math.cos(36 * deg);
    const outline = (r.geometry as Polygon).coordinates;
    expect(outline.length).toBe(1);
    expect(outline[0]!.length).toBe(11);
    expect(signedArea(outline[0]!)).toBeCloseTo(5 * R * inner * Math.sin(36 * deg), 12);
    expect(pointInGeometry(r.geometry!, 0, 0)).toBe(true);
    expect(r.issues.map((i) => i.message)).toEqual(['polygon 0, ring 0: self-intersecting ring split into 1 filled ring(s)']);
  });

  it('reports the lobe of a bow-tie that was wound clockwise', () => {
    // Left lobe (0,0)…(0,2) is traversed counter-clockwise, the right lobe clockwise.
    const r = repairGeometry({ type: 'Polygon', coordinates: [[[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]]] });
    expect(r.issues.map((i) => i.message)).toEqual([
      'polygon 0, ring 0: self-intersecting ring split into 2 filled ring(s)',
      'polygon 0: reoriented 1 ring(s) (exterior CCW, holes CW)',
    ]);
  });

  it('keeps the source vertices of a valid polygon, collinear ones included', () => {
    const g: Polygon = { type: 'Polygon', coordinates: [[[1, 1], [0, 1], [0, 0], [0.5, 0], [1, 0], [1, 1]]] };
    expect(repairGeometry(g)).toEqual({ geometry: g, issues: [] });
  });

  it('accepts a hole touching the exterior at one vertex', () => {
    const g: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]], [[0, 0], [2, 4], [4, 2], [0, 0]]] };
    expect(repairGeometry(g).issues).toEqual([]);
  });

  it('merges overlapping holes into one', () => {
    const g: Polygon = {
      type: 'Polygon',
      coordinates: [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]], [[2, 2], [2, 5], [5, 5], [5, 2], [2, 2]], [[4, 4], [4, 7], [7, 7], [7, 4], [4, 4]]],
    };
    const r = repairGeometry(g);
    expect(kinds(r)).toEqual(['ring-crossing']);
    const [outer, hole, ...rest] = (r.geometry as Polygon).coordinates;
    expect(rest).toEqual([]);
    expect(signedArea(outer!)).toBe(100);
    expect(signedArea(hole!)).toBe(-(9 + 9 - 1)); // two 3 × 3 squares sharing a 1 × 1 corner
  });

  it('repairs each part of a MultiPolygon and names it', () => {
    const g: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]], [[[10, 0], [12, 2], [12, 0], [10, 2], [10, 0]]]],
    };
    const r = repairGeometry(g);
    expect(r.issues.map((i) => [i.kind, i.polygon])).toEqual([['self-intersection', 1], ['orientation', 1]]);
    expect(polygonsOf(r.geometry!).length).toBe(3);
  });

  it('is idempotent: a repaired geometry has nothing left to repair', () => {
    const bowTie: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]], [[0.1, 1], [0.5, 1.2], [0.5, 0.8], [0.1, 1]]] };
    const once = repairGeometry(bowTie);
    expect(once.geometry).not.toBeNull();
    expect(repairGeometry(once.geometry!)).toEqual({ geometry: once.geometry, issues: [] });
  });

  it('leaves self-intersections alone when asked to', () => {
    const bowTie: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]]] };
    expect(repairGeometry(bowTie, { selfIntersections: false })).toEqual({ geometry: bowTie, issues: [] });
  });
});
