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

  it('turns an inner loop of a self-touching ring into a hole (even-odd)', () => {
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

  it('reports (without repairing) a hole crossing the exterior', () => {
    const g: Polygon = {
      type: 'Polygon',
      coordinates: [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]], [[8, 4], [8, 6], [12, 6], [12, 4], [8, 4]]],
    };
    const r = repairGeometry(g);
    const crossing = r.issues.find((i) => i.kind === 'ring-crossing');
    expect(crossing?.repaired).toBe(false);
    expect(r.geometry).not.toBeNull();
  });
});
