/**
 * Test areas around Milan, written by the tests themselves: two squares sharing a border,
 * the first with a hole. Exterior rings counter-clockwise, holes clockwise.
 *
 *   A AC001E00001  lon 9.00–9.10, lat 45.40–45.50, hole lon 9.04–9.06, lat 45.44–45.46
 *   B AC001E00002  lon 9.10–9.20, lat 45.40–45.50
 */
import type { Area, Ring } from '../../../core/geo/types';
import { bboxOfGeometry } from '../../../core/geo/bbox';

export const square = (x0: number, y0: number, x1: number, y1: number): Ring => [
  [x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0],
];
const hole: Ring = square(9.04, 45.44, 9.06, 45.46).reverse();

function area(code: string, rings: Ring[], distributor: string, extra: Record<string, string> = {}): Area {
  const geometry = { type: 'Polygon' as const, coordinates: rings };
  return { code, name: code, distributor, geometry, bbox: bboxOfGeometry(geometry), attributes: { cod_conseg: `C-${code}`, p_cab_pri: 'P1', t_cab_pri: 'CP', ...extra } };
}

export const AREA_A = area('AC001E00001', [square(9.0, 45.4, 9.1, 45.5), hole], 'e-distribuzione SpA');
export const AREA_B = area('AC001E00002', [square(9.1, 45.4, 9.2, 45.5)], 'Unareti SpA');

/** A GeoJSON FeatureCollection with GSE property names. */
export function areasGeoJson(areas: Area[]): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: areas.map((a) => ({
      type: 'Feature',
      properties: { cod_ac: a.code, rag_soc: a.distributor },
      geometry: a.geometry,
    })),
  });
}

/** Points (lat, lon) used by the tests. */
export const P = {
  insideA: { lat: 45.42, lon: 9.02 },
  inHoleOfA: { lat: 45.45, lon: 9.05 },
  insideB: { lat: 45.45, lon: 9.15 },
  outside: { lat: 45.6, lon: 9.3 },
  /** About 40 m west of the A/B border, inside A. */
  nearBorderA: { lat: 45.45, lon: 9.0995 },
};
