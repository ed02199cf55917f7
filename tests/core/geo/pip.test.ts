import { describe, expect, it } from 'vitest';
import type { Polygon, MultiPolygon } from '../../../core/geo/types';
import { classifyPoint, classifyPrepared, pointInGeometry, preparePolygon } from '../../../core/geo/pip';

// 10x10 square with a 2x2 hole at (4..6, 4..6)
const withHole: Polygon = {
  type: 'Polygon',
  coordinates: [
    [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]],
    [[4, 4], [4, 6], [6, 6], [6, 4], [4, 4]],
  ],
};

describe('point in polygon (even-odd, closed set)', () => {
  it('classifies interior, hole and exterior points', () => {
    expect(classifyPoint(withHole, 1, 1)).toBe('inside');
    expect(classifyPoint(withHole, 5, 5)).toBe('outside'); // in the hole
    expect(classifyPoint(withHole, 11, 5)).toBe('outside');
    expect(classifyPoint(withHole, -0.0001, 5)).toBe('outside');
  });

  it('treats points exactly on edges or vertices as boundary (counted inside)', () => {
    expect(classifyPoint(withHole, 0, 5)).toBe('boundary'); // left edge
    expect(classifyPoint(withHole, 5, 10)).toBe('boundary'); // top (horizontal) edge
    expect(classifyPoint(withHole, 10, 10)).toBe('boundary'); // vertex
    expect(classifyPoint(withHole, 4, 5)).toBe('boundary'); // hole edge
    expect(classifyPoint(withHole, 6, 6)).toBe('boundary'); // hole vertex
    expect(pointInGeometry(withHole, 0, 5)).toBe(true);
    expect(pointInGeometry(withHole, 5, 5)).toBe(false);
  });

  it('handles diagonal edges, concave shapes and multipolygons', () => {
    const tri: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [4, 0], [0, 4], [0, 0]]] };
    expect(classifyPoint(tri, 2, 2)).toBe('boundary'); // on hypotenuse x + y = 4
    expect(classifyPoint(tri, 1.9, 2)).toBe('inside');
    expect(classifyPoint(tri, 2.1, 2)).toBe('outside');
    const multi: MultiPolygon = { type: 'MultiPolygon', coordinates: [withHole.coordinates, [[[20, 0], [30, 0], [30, 10], [20, 0]]]] };
    expect(pointInGeometry(multi, 29, 5)).toBe(true);
    expect(pointInGeometry(multi, 21, 5)).toBe(false);
    // ray passing exactly through a vertex must not double count
    const diamond: Polygon = { type: 'Polygon', coordinates: [[[0, 2], [2, 0], [4, 2], [2, 4], [0, 2]]] };
    expect(classifyPoint(diamond, 1, 2)).toBe('inside');
    expect(classifyPoint(diamond, -1, 2)).toBe('outside');
    expect(classifyPoint(diamond, 5, 2)).toBe('outside');
  });

  it('prepared (banded) polygons agree with the plain test', () => {
    const star: [number, number][] = [];
    for (let k = 0; k < 200; k++) {
      const t = (k / 200) * Math.PI * 2, r = 1 + 0.5 * Math.sin(7 * t);
      star.push([r * Math.cos(t), r * Math.sin(t)]);
    }
    star.push(star[0]!);
    const poly: Polygon = { type: 'Polygon', coordinates: [star, [[0.1, 0.1], [0.1, 0.3], [0.3, 0.3], [0.3, 0.1], [0.1, 0.1]]] };
    const prep = preparePolygon(poly.coordinates);
    let s = 12345;
    for (let i = 0; i < 3000; i++) {
      s = (s * 16807) % 2147483647; const x = (s / 2147483647) * 4 - 2;
      s = (s * 16807) % 2147483647; const y = (s / 2147483647) * 4 - 2;
      expect(classifyPrepared(prep, x, y)).toBe(classifyPoint(poly, x, y));
    }
    for (const p of star) expect(classifyPrepared(prep, p[0], p[1])).toBe('boundary');
    expect(classifyPrepared(prep, 0.2, 0.1)).toBe('boundary');
  });
});
