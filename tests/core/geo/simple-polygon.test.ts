import { describe, expect, it } from 'vitest';
import polygonClipping from 'polygon-clipping';
import type { Ring } from '../../../core/geo/types';
import { isSimplePolygon } from '../../../core/geo/simple-polygon';
import { interiorPointOfRings, signedArea, windingNumber } from '../../../core/geo/ring';
import { classifyPointInRings } from '../../../core/geo/pip';
import { mulberry32 } from '../../../core/model/prng';

const square = (x: number, y: number, s: number): Ring => [[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]];

describe('isSimplePolygon (the fast path that skips polygon-clipping)', () => {
  it('accepts simple rings, collinear vertices and holes strictly inside', () => {
    expect(isSimplePolygon([square(0, 0, 10)])).toBe(true);
    expect(isSimplePolygon([[[0, 0], [5, 0], [10, 0], [10, 10], [0, 10], [0, 0]]])).toBe(true);
    expect(isSimplePolygon([square(0, 0, 10), square(2, 2, 2), square(6, 6, 2)])).toBe(true);
  });

  it('sends everything doubtful to polygon-clipping', () => {
    expect(isSimplePolygon([[[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]]])).toBe(false); // bow-tie
    expect(isSimplePolygon([square(0, 0, 10), square(20, 20, 2)])).toBe(false); // hole outside
    expect(isSimplePolygon([square(0, 0, 10), square(2, 2, 6), square(4, 4, 2)])).toBe(false); // hole in a hole
    expect(isSimplePolygon([square(0, 0, 10), [[0, 0], [4, 2], [2, 4], [0, 0]]])).toBe(false); // touches at a vertex
    expect(isSimplePolygon([square(0, 0, 10), square(8, 4, 4)])).toBe(false); // crosses
    expect(isSimplePolygon([[[0, 0], [4, 0], [4, 4], [2, 0], [0, 4], [0, 0]]])).toBe(false); // vertex on an edge
  });

  it('never calls a ring simple that polygon-clipping would change (random hexagons)', () => {
    const rand = mulberry32(2024);
    let simple = 0, notSimple = 0;
    for (let k = 0; k < 400; k++) {
      const ring: Ring = [];
      for (let v = 0; v < 6; v++) ring.push([Math.round(rand() * 8), Math.round(rand() * 8)]);
      ring.push(ring[0]!);
      if (new Set(ring.map((p) => `${p[0]},${p[1]}`)).size < 6) continue; // repeated vertices: not this test
      if (!isSimplePolygon([ring])) { notSimple++; continue; }
      simple++;
      const union = polygonClipping.union([ring]);
      expect(union.length).toBe(1);
      expect(union[0]!.length).toBe(1);
      expect(signedArea(union[0]![0]!)).toBeCloseTo(Math.abs(signedArea(ring)), 9);
    }
    expect(simple).toBeGreaterThan(20);
    expect(notSimple).toBeGreaterThan(20);
  });
});

describe('ring helpers used to report repairs', () => {
  it('winding number: +1 inside a counter-clockwise ring, −1 clockwise, 2 wound twice, 0 outside', () => {
    const ccw = square(0, 0, 2);
    expect(windingNumber(ccw, 1, 1)).toBe(1);
    expect(windingNumber(ccw.slice().reverse(), 1, 1)).toBe(-1);
    expect(windingNumber([...ccw, ...ccw.slice(1)], 1, 1)).toBe(2);
    expect(windingNumber(ccw, 3, 1)).toBe(0);
  });

  it('interior point of a polygon with a hole lies in the polygon, not in the hole', () => {
    // The widest latitude gap of a 10 × 10 square with a hole 1..9 × 4..6 is 0..1 or 9..10
    // wide; whichever is picked, the point must be inside the exterior and outside the hole.
    const rings = [square(0, 0, 10), [[1, 4], [1, 6], [9, 6], [9, 4], [1, 4]] as Ring];
    const p = interiorPointOfRings(rings)!;
    expect(classifyPointInRings(rings, p[0], p[1])).toBe('inside');
    expect(interiorPointOfRings([[[0, 0], [1, 1], [2, 2], [0, 0]]])).toBeNull();
  });
});
