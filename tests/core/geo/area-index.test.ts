import { describe, expect, it } from 'vitest';
import type { Area, Polygon } from '../../../core/geo/types';
import { bboxOfGeometry } from '../../../core/geo/bbox';
import { buildAreaIndex, locateArea, locatePoint } from '../../../core/geo/area-index';
import { pointInGeometry } from '../../../core/geo/pip';

const square = (code: string, x: number, y: number, s = 1): Area => {
  const geometry: Polygon = { type: 'Polygon', coordinates: [[[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]]] };
  return { code, name: code, distributor: 'd', geometry, bbox: bboxOfGeometry(geometry) };
};

describe('area index', () => {
  const areas: Area[] = [];
  for (let i = 0; i < 10; i++) for (let j = 0; j < 10; j++) areas.push(square(`AC${i}${j}`, 10 + i, 40 + j));
  const index = buildAreaIndex(areas);

  it('locates points in a grid of adjacent areas', () => {
    expect(locateArea(index, 10.5, 40.5)?.code).toBe('AC00');
    expect(locateArea(index, 13.2, 47.9)?.code).toBe('AC37');
    expect(locateArea(index, 9.99, 40.5)).toBeUndefined();
    expect(locateArea(index, 25, 45)).toBeUndefined();
  });

  it('returns both areas for a point on a shared border', () => {
    const hits = locatePoint(index, 11, 40.5);
    expect(hits.map((h) => h.area.code).sort()).toEqual(['AC00', 'AC10']);
    expect(hits.every((h) => h.relation === 'boundary')).toBe(true);
    expect(locatePoint(index, 11, 41).length).toBe(4); // shared corner
  });

  it('agrees with brute force on irregular areas', () => {
    const blobs: Area[] = [];
    for (let k = 0; k < 40; k++) {
      const cx = 7 + (k % 8) * 1.3, cy = 38 + Math.floor(k / 8) * 1.7;
      const ring: [number, number][] = [];
      for (let v = 0; v < 50; v++) {
        const t = (v / 50) * 2 * Math.PI, r = 0.9 + 0.3 * Math.sin(5 * t + k);
        ring.push([cx + r * Math.cos(t), cy + r * Math.sin(t)]);
      }
      ring.push(ring[0]!);
      const g: Polygon = { type: 'Polygon', coordinates: [ring] };
      blobs.push({ code: `B${k}`, name: '', distributor: '', geometry: g, bbox: bboxOfGeometry(g) });
    }
    const idx = buildAreaIndex(blobs);
    let s = 99;
    for (let i = 0; i < 2000; i++) {
      s = (s * 16807) % 2147483647; const x = 5 + (s / 2147483647) * 13;
      s = (s * 16807) % 2147483647; const y = 36 + (s / 2147483647) * 11;
      const expected = blobs.filter((b) => pointInGeometry(b.geometry, x, y)).map((b) => b.code).sort();
      expect(locatePoint(idx, x, y).map((h) => h.area.code).sort()).toEqual(expected);
    }
  });

  it('works with an empty list', () => {
    expect(locatePoint(buildAreaIndex([]), 12, 42)).toEqual([]);
  });
});

describe('area index order and input checks', () => {
  // Nested squares: every point of the small one lies in all three, so the result
  // order must be the input order, not the tree's Hilbert order.
  const nested = [square('BIG', 0, 0, 8), square('MID', 2, 2, 4), square('SMALL', 3, 3, 1)];
  const index = buildAreaIndex([...nested].reverse());

  it('returns overlapping areas in input order', () => {
    expect(locatePoint(index, 3.5, 3.5).map((h) => h.area.code)).toEqual(['SMALL', 'MID', 'BIG']);
    expect(locatePoint(index, 1, 1).map((h) => h.area.code)).toEqual(['BIG']);
  });

  it('finds nothing for non-finite coordinates', () => {
    expect(locatePoint(index, Number.NaN, 3.5)).toEqual([]);
    expect(locatePoint(index, 3.5, Number.POSITIVE_INFINITY)).toEqual([]);
  });
});
