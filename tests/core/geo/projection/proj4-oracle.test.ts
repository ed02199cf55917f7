/**
 * Our projections against proj4 (an independent implementation: Poder/Engsager extended
 * Transverse Mercator, its own geocentric and Helmert code) on a grid across Italy.
 *
 * Tolerances, as horizontal distances:
 *  - pure projection (UTM on WGS 84, ETRS89, RDN2008): 0.1 mm, both directions;
 *  - with a datum shift (Monte Mario 7-parameter Helmert for Gauss–Boaga, ED50 3-parameter
 *    shift): 1 mm, both directions. Both sides apply the same published parameters, so they
 *    agree far better than the shifts themselves match reality (metres for Monte Mario →
 *    WGS 84 without the IGM grids). What is left is how each side inverts the Helmert and
 *    drops the ellipsoidal height (a few tenths of a millimetre).
 */
import { describe, expect, it } from 'vitest';
import proj4 from 'proj4';
import { crsFromEpsg, crsFromWkt, toWgs84Transformer, type Crs } from '../../../../core/geo/projection/crs';
import { tmForward } from '../../../../core/geo/projection/transverse-mercator';
import { datumShiftFromWgs84 } from '../../../../core/geo/projection/helmert';
import { haversineMetres } from '../../../../core/geo/earth';
import { ORACLE_CRS, WGS84_LONLAT, type OracleCrs } from './proj4-defs';

const PURE_M = 1e-4;
const HELMERT_M = 1e-3;

/** Grid points every 0.25° from 36.5°N to 47°N, over `lonFrom`..`lonTo` °E. */
function grid(lonFrom: number, lonTo: number): [number, number][] {
  const pts: [number, number][] = [];
  for (let lon = lonFrom; lon <= lonTo + 1e-9; lon += 0.25) for (let lat = 36.5; lat <= 47 + 1e-9; lat += 0.25) pts.push([lon, lat]);
  return pts;
}

function ours(o: OracleCrs): Extract<Crs, { kind: 'transverse-mercator' }> {
  const crs = o.wkt ? crsFromWkt(o.wkt, `EPSG:${o.epsg}.prj`) : crsFromEpsg(o.epsg);
  if (crs?.kind !== 'transverse-mercator') throw new Error(`EPSG:${o.epsg} is not a Transverse Mercator CRS here`);
  return crs;
}

/** Our WGS 84 → projected chain: datum shift (if any), then Transverse Mercator. */
function ourForward(crs: Extract<Crs, { kind: 'transverse-mercator' }>, lon: number, lat: number): [number, number] {
  const [l, p] = crs.toWgs84 ? datumShiftFromWgs84(crs.tm.ellipsoid, crs.toWgs84, lon, lat) : [lon, lat];
  return tmForward(crs.tm, l, p);
}

describe('projections agree with proj4 across Italy', () => {
  for (const o of ORACLE_CRS) {
    const tol = o.helmert ? HELMERT_M : PURE_M;
    // The zone's own span: central meridian −3° … +3.5° (Italy's zones overlap by 0.5°).
    const pts = grid(Math.max(6.5, o.lon0 - 3), Math.min(18.75, o.lon0 + 3.5));

    it(`EPSG:${o.epsg} projected → WGS 84 (the importers' direction) within ${tol * 1000} mm`, () => {
      const crs = ours(o);
      expect(crs.toWgs84 !== undefined).toBe(o.helmert);
      const toWgs84 = toWgs84Transformer(crs);
      const oracle = proj4(WGS84_LONLAT, o.proj4);
      let worst = 0;
      for (const [lon, lat] of pts) {
        const [e, n] = oracle.forward([lon, lat]);
        const [l1, p1] = oracle.inverse([e!, n!]);
        const [l2, p2] = toWgs84(e!, n!);
        worst = Math.max(worst, haversineMetres(l1!, p1!, l2, p2));
      }
      expect(worst).toBeLessThan(tol);
    });

    it(`EPSG:${o.epsg} WGS 84 → projected within ${tol * 1000} mm`, () => {
      const crs = ours(o);
      const oracle = proj4(WGS84_LONLAT, o.proj4);
      let worst = 0;
      for (const [lon, lat] of pts) {
        const [e1, n1] = oracle.forward([lon, lat]);
        const [e2, n2] = ourForward(crs, lon, lat);
        worst = Math.max(worst, Math.hypot(e2 - e1!, n2 - n1!));
      }
      expect(worst).toBeLessThan(tol);
    });
  }

  it('UTM 32N stretched over the whole of Italy (6.5°E–18.75°E, up to 9.75° off the central meridian) within 0.1 mm', () => {
    // National datasets often keep all of Italy in zone 32; the series must hold out there.
    for (const o of ORACLE_CRS.filter((c) => c.epsg === 32632 || c.epsg === 6707)) {
      const crs = ours(o);
      const toWgs84 = toWgs84Transformer(crs);
      const oracle = proj4(WGS84_LONLAT, o.proj4);
      let worstInverse = 0, worstForward = 0;
      for (const [lon, lat] of grid(12.5, 18.75)) {
        const [e, n] = oracle.forward([lon, lat]);
        const [l1, p1] = oracle.inverse([e!, n!]);
        const [l2, p2] = toWgs84(e!, n!);
        worstInverse = Math.max(worstInverse, haversineMetres(l1!, p1!, l2, p2));
        const [e2, n2] = ourForward(crs, lon, lat);
        worstForward = Math.max(worstForward, Math.hypot(e2 - e!, n2 - n!));
      }
      expect(worstInverse).toBeLessThan(PURE_M);
      expect(worstForward).toBeLessThan(PURE_M);
    }
  });
});
