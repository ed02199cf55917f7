import { describe, expect, it } from 'vitest';
import type { Area, Polygon } from '../../../core/geo/types';
import { bboxOfGeometry, bboxAround } from '../../../core/geo/bbox';
import { borderProximity, distanceToBorderMetres, distanceToGeometryMetres } from '../../../core/geo/distance';
import { haversineMetres, METRES_PER_DEGREE_LAT } from '../../../core/geo/earth';
import { filterAreasByBBox, filterAreasWithinDistance, searchAreasByCode } from '../../../core/geo/filter';
import { simplifyGeometry, simplifyLine } from '../../../core/geo/simplify';

const sq = (code: string, x: number, y: number, s: number): Area => {
  const g: Polygon = { type: 'Polygon', coordinates: [[[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]]] };
  return { code, name: code, distributor: '', geometry: g, bbox: bboxOfGeometry(g) };
};

describe('distances (metres)', () => {
  const a = sq('AC001E00001', 12, 42, 0.1); // ~8.3 km x 11.1 km near Rome

  it('haversine: one degree of latitude ≈ 111.195 km', () => {
    expect(haversineMetres(12, 42, 12, 43)).toBeCloseTo(METRES_PER_DEGREE_LAT, 3);
    expect(METRES_PER_DEGREE_LAT).toBeCloseTo(111195.08, 1);
  });

  it('distance to the border from inside and outside', () => {
    // 0.0005° of latitude north of the south edge, well inside → 55.6 m
    expect(distanceToBorderMetres(a.geometry, 12.05, 42.0005)).toBeCloseTo(55.6, 0);
    // 0.001° east of the east edge at lat 42.05: 0.001 * cos(42.05°) * 111195 = 82.6 m
    const d = distanceToGeometryMetres(a.geometry, 12.101, 42.05);
    expect(d).toBeCloseTo(0.001 * Math.cos((42.05 * Math.PI) / 180) * METRES_PER_DEGREE_LAT, 1);
    expect(distanceToGeometryMetres(a.geometry, 12.05, 42.05)).toBe(0);
    // nearest point is a corner
    expect(distanceToBorderMetres(a.geometry, 11.999, 41.999)).toBeCloseTo(haversineMetres(11.999, 41.999, 12, 42), -1);
  });

  it('near-border flag (threshold 100 m)', () => {
    expect(borderProximity(a, 12.05, 42.0005).nearBorder).toBe(true);
    expect(borderProximity(a, 12.05, 42.05).nearBorder).toBe(false);
    expect(borderProximity(a, 12.05, 42.05).distanceMetres).toBeGreaterThan(4000);
  });
});

describe('filters and search', () => {
  const areas = [sq('AC001E00934', 12, 42, 0.1), sq('ac001e00935', 12.2, 42, 0.1), sq('AC002F00001', 9, 45, 0.1)];

  it('bbox and distance filters', () => {
    expect(filterAreasByBBox(areas, [11, 41, 13, 43]).map((a) => a.code)).toEqual(['AC001E00934', 'ac001e00935']);
    expect(filterAreasWithinDistance(areas, 12.15, 42.05, 5000).map((a) => a.code)).toEqual(['AC001E00934', 'ac001e00935']);
    expect(filterAreasWithinDistance(areas, 12.15, 42.05, 1000).map((a) => a.code)).toEqual([]);
    const box = bboxAround(12, 42, 1000);
    expect(box[3] - box[1]).toBeCloseTo((2 * 1000) / METRES_PER_DEGREE_LAT, 9);
  });

  it('searches codes by case-insensitive prefix', () => {
    expect(searchAreasByCode(areas, 'ac001e0093').map((a) => a.code)).toEqual(['AC001E00934', 'ac001e00935']);
    expect(searchAreasByCode(areas, ' AC002 ').map((a) => a.code)).toEqual(['AC002F00001']);
    expect(searchAreasByCode(areas, '')).toEqual([]);
    expect(searchAreasByCode(areas, 'X')).toEqual([]);
  });
});

describe('Douglas–Peucker simplification', () => {
  it('drops points closer than the tolerance and keeps far ones', () => {
    // a straight line along the equator with a 50 m bump and a 500 m bump
    const bump50 = 50 / METRES_PER_DEGREE_LAT, bump500 = 500 / METRES_PER_DEGREE_LAT;
    const line: [number, number][] = [[0, 0], [0.01, 0], [0.02, bump50], [0.03, 0], [0.04, bump500], [0.05, 0]];
    expect(simplifyLine(line, 100)).toEqual([[0, 0], [0.03, 0], [0.04, bump500], [0.05, 0]]);
    expect(simplifyLine(line, 10).length).toBe(6);
  });

  it('simplifies a dense ring but keeps it closed', () => {
    const ring: [number, number][] = [];
    for (let i = 0; i < 1000; i++) {
      const t = (i / 1000) * 2 * Math.PI;
      ring.push([12 + 0.1 * Math.cos(t), 42 + 0.1 * Math.sin(t)]);
    }
    ring.push(ring[0]!);
    const g = simplifyGeometry({ type: 'Polygon', coordinates: [ring] }, 50) as Polygon;
    const out = g.coordinates[0]!;
    expect(out.length).toBeLessThan(100);
    expect(out.length).toBeGreaterThan(10);
    expect(out[0]).toEqual(out[out.length - 1]);
  });
});
