/**
 * Published worked examples, and Gauss–Boaga at well-known Italian points checked
 * against proj4 (definitions in proj4-defs.ts).
 */
import { describe, expect, it } from 'vitest';
import proj4 from 'proj4';
import type { TmParams } from '../../../../core/geo/projection/transverse-mercator';
import { tmForward, tmInverse } from '../../../../core/geo/projection/transverse-mercator';
import { INTERNATIONAL_1924 } from '../../../../core/geo/projection/ellipsoid';
import { applyHelmert, applyHelmertInverse, ecefToGeodetic, geodeticToEcef } from '../../../../core/geo/projection/helmert';
import { crsFromEpsg, crsFromWkt, toWgs84Transformer } from '../../../../core/geo/projection/crs';
import { haversineMetres } from '../../../../core/geo/earth';
import { GAUSS_BOAGA_1, GAUSS_BOAGA_2, MONTE_MARIO_LONLAT, ORACLE_CRS, WGS84_LONLAT } from './proj4-defs';

const dms = (d: number, m: number, s: number): number => d + m / 60 + s / 3600;

describe('Snyder (1987), Map Projections — A Working Manual, USGS PP 1395, p. 269', () => {
  // Transverse Mercator on the Clarke 1866 ellipsoid (a = 6,378,206.4 m, b = 6,356,583.8 m),
  // k0 = 0.9996, central meridian 75°W (UTM zone 18): φ = 40°30'N, λ = 73°30'W gives
  // x = 127,106.5 m, y = 4,484,124.4 m, printed to 0.1 m (so ±0.05 m).
  const a = 6378206.4, b = 6356583.8;
  const clarke1866: TmParams = { ellipsoid: { name: 'Clarke 1866', a, invF: a / (a - b) }, lon0: -75, lat0: 0, k0: 0.9996, falseEasting: 0, falseNorthing: 0 };

  it('forward: x = 127,106.5 m, y = 4,484,124.4 m', () => {
    const [x, y] = tmForward(clarke1866, -73.5, 40.5);
    expect(Math.abs(x - 127106.5)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(y - 4484124.4)).toBeLessThanOrEqual(0.05);
    // proj4's own result for the same ellipsoid, to 0.1 mm.
    const [px, py] = proj4('+proj=longlat +ellps=clrk66 +no_defs', '+proj=tmerc +lat_0=0 +lon_0=-75 +k=0.9996 +x_0=0 +y_0=0 +ellps=clrk66 +units=m +no_defs', [-73.5, 40.5]);
    expect(Math.hypot(x - px!, y - py!)).toBeLessThan(1e-4);
  });

  it('inverse: the printed x, y return 40°30\'N, 73°30\'W within the 0.05 m rounding (5e-7°)', () => {
    const [lon, lat] = tmInverse(clarke1866, 127106.5, 4484124.4);
    expect(Math.abs(lon + 73.5)).toBeLessThan(1e-6);
    expect(Math.abs(lat - 40.5)).toBeLessThan(1e-6);
  });
});

describe('EPSG Guidance Note 7-2 worked examples', () => {
  it('geographic → geocentric on WGS 84 (§ 2.2.1): 53°48\'33.82"N, 2°07\'46.38"E, h = 73 m', () => {
    const lon = dms(2, 7, 46.38), lat = dms(53, 48, 33.82);
    const [x, y, z] = geodeticToEcef({ name: 'WGS 84', a: 6378137, invF: 298.257223563 }, lon, lat, 73);
    // Published X = 3,771,793.97 m, Y = 140,253.34 m, Z = 5,124,304.35 m (to the cm).
    expect(Math.abs(x - 3771793.97)).toBeLessThanOrEqual(0.005);
    expect(Math.abs(y - 140253.34)).toBeLessThanOrEqual(0.005);
    expect(Math.abs(z - 5124304.35)).toBeLessThanOrEqual(0.005);
    const [lon2, lat2] = ecefToGeodetic({ name: 'WGS 84', a: 6378137, invF: 298.257223563 }, x, y, z);
    expect(haversineMetres(lon, lat, lon2, lat2)).toBeLessThan(1e-6);
  });

  it('Position Vector 7-parameter transformation (method 9606), WGS 72 → WGS 84', () => {
    // tZ = +4.5 m, rZ = +0.554″, dS = +0.219 ppm (other terms 0).
    const h = { tx: 0, ty: 0, tz: 4.5, rx: 0, ry: 0, rz: 0.554, ds: 0.219 };
    const [x, y, z] = applyHelmert(h, 3657660.66, 255768.55, 5201382.11);
    // Published X = 3,657,660.78 m, Y = 255,778.43 m, Z = 5,201,387.75 m. The formula gives
    // X = 3,657,660.774 m (X·(1 + dS) − rZ·Y by hand: 3,657,661.461 − 0.687): the note's X is
    // 6 mm off its own formula, so it is checked to 1 cm, as other implementations do.
    expect(Math.abs(x - 3657660.78)).toBeLessThanOrEqual(0.01);
    expect(Math.abs(y - 255778.43)).toBeLessThanOrEqual(0.005);
    expect(Math.abs(z - 5201387.75)).toBeLessThanOrEqual(0.005);
    const back = applyHelmertInverse(h, x, y, z);
    expect(Math.hypot(back[0] - 3657660.66, back[1] - 255768.55, back[2] - 5201382.11)).toBeLessThan(1e-6);
  });
});

describe('Gauss–Boaga at well-known points, against proj4', () => {
  // Roma 40 datum origin at Monte Mario (IGM, 1940): φ = 41°55'25.51"N, λ = 12°27'08.40"E of
  // Greenwich, on the International 1924 ellipsoid. Its meridian is the edge shared by the
  // west (zone 1) and east (zone 2) zones, so it has coordinates in both.
  const monteMario: [number, number] = [dms(12, 27, 8.4), dms(41, 55, 25.51)];

  it('projects the Monte Mario origin into both zones to 0.1 mm, and back', () => {
    for (const [epsg, def] of [[3003, GAUSS_BOAGA_1], [3004, GAUSS_BOAGA_2]] as const) {
      const crs = crsFromEpsg(epsg);
      if (crs?.kind !== 'transverse-mercator') throw new Error('expected Transverse Mercator');
      expect(crs.tm.ellipsoid).toEqual(INTERNATIONAL_1924);
      const [e, n] = tmForward(crs.tm, ...monteMario);
      const [pe, pn] = proj4(MONTE_MARIO_LONLAT, def, monteMario);
      expect(Math.hypot(e - pe!, n - pn!)).toBeLessThan(1e-4);
      const [lon, lat] = tmInverse(crs.tm, e, n);
      expect(haversineMetres(lon, lat, ...monteMario)).toBeLessThan(1e-6);
    }
    // Zone 1 (9°E) is 3.45° west of Monte Mario, zone 2 (15°E) 2.55° east: the origin lies
    // east of zone 1's false easting and west of zone 2's.
    const [e1] = proj4(MONTE_MARIO_LONLAT, GAUSS_BOAGA_1, monteMario);
    const [e2] = proj4(MONTE_MARIO_LONLAT, GAUSS_BOAGA_2, monteMario);
    expect(e1).toBeGreaterThan(1500000);
    expect(e2).toBeLessThan(2520000);
  });

  // City centres in WGS 84 (degrees), each in its Gauss–Boaga zone.
  const zone1 = { Milano: [9.1900, 45.4642], Torino: [7.6869, 45.0703], Genova: [8.9463, 44.4056], Firenze: [11.2558, 43.7696], Cagliari: [9.1217, 39.2238] };
  const zone2 = { Roma: [12.4964, 41.9028], Napoli: [14.2681, 40.8518], Bari: [16.8719, 41.1171], Palermo: [13.3615, 38.1157], Venezia: [12.3155, 45.4408] };
  const ESRI_GB: Record<3003 | 3004, string> = {
    3003: 'PROJCS["Monte_Mario_Italy_1",GEOGCS["GCS_Monte_Mario",DATUM["D_Monte_Mario",SPHEROID["International_1924",6378388.0,297.0]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",1500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",9.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]',
    3004: 'PROJCS["Monte_Mario_Italy_2",GEOGCS["GCS_Monte_Mario",DATUM["D_Monte_Mario",SPHEROID["International_1924",6378388.0,297.0]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",2520000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",15.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]',
  };

  for (const [epsg, cities] of [[3003, zone1], [3004, zone2]] as const) {
    it(`EPSG:${epsg} with the Monte Mario → WGS 84 Helmert, by code and from an ESRI .prj without TOWGS84: within 1 mm`, () => {
      const oracle = proj4(WGS84_LONLAT, ORACLE_CRS.find((c) => c.epsg === epsg)!.proj4);
      for (const crs of [crsFromEpsg(epsg)!, crsFromWkt(ESRI_GB[epsg], `gb${epsg}.prj`)]) {
        const toWgs84 = toWgs84Transformer(crs);
        for (const [name, [lon, lat]] of Object.entries(cities)) {
          const [e, n] = oracle.forward([lon!, lat!]);
          const [l1, p1] = oracle.inverse([e!, n!]);
          const [l2, p2] = toWgs84(e!, n!);
          expect(haversineMetres(l1!, p1!, l2, p2), name).toBeLessThan(1e-3);
          // The datum shift itself is tens of metres: the Helmert is really applied.
          const [g1, g2] = crs.kind === 'transverse-mercator' ? tmInverse(crs.tm, e!, n!) : [0, 0];
          expect(haversineMetres(g1, g2, l2, p2), name).toBeGreaterThan(20);
        }
      }
    });
  }
});
