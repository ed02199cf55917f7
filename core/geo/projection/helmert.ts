/**
 * Seven-parameter Helmert datum shift (Position Vector convention, as used by
 * OGC WKT1 TOWGS84 and PROJ +towgs84): translations in METRES, rotations in
 * ARC-SECONDS, scale in PARTS PER MILLION. A 3-parameter shift is the same with
 * zero rotations and scale.
 */
import type { Ellipsoid } from './ellipsoid';
import { eccentricitySquared, WGS84 } from './ellipsoid';

export interface Helmert {
  tx: number; ty: number; tz: number;
  rx: number; ry: number; rz: number;
  /** Scale difference, ppm. */
  ds: number;
}

const D2R = Math.PI / 180;
const AS2R = Math.PI / 648000;

/**
 * Monte Mario (Rome 1940) → WGS 84, EPSG transformation 1660 / PROJ default for
 * EPSG:3003 and 3004 (`+towgs84=-104.1,-49.1,-9.9,0.971,-2.917,0.714,-11.68`).
 * Accuracy over mainland Italy is metre-level (a few metres at worst); regional
 * IGM grids (not used here) are needed for sub-metre work.
 */
export const MONTE_MARIO_TO_WGS84: Helmert = { tx: -104.1, ty: -49.1, tz: -9.9, rx: 0.971, ry: -2.917, rz: 0.714, ds: -11.68 };

/** Converts a Coordinate-Frame parameter set (ESRI "Coordinate_Frame", EPSG 9607) to Position Vector. */
export function coordinateFrameToPositionVector(h: Helmert): Helmert {
  return { ...h, rx: -h.rx, ry: -h.ry, rz: -h.rz };
}

/** Geodetic (lon, lat degrees, height metres) → ECEF [X, Y, Z] metres. */
export function geodeticToEcef(ell: Ellipsoid, lon: number, lat: number, h = 0): [number, number, number] {
  const e2 = eccentricitySquared(ell);
  const phi = lat * D2R, lam = lon * D2R;
  const s = Math.sin(phi), c = Math.cos(phi);
  const N = ell.a / Math.sqrt(1 - e2 * s * s);
  return [(N + h) * c * Math.cos(lam), (N + h) * c * Math.sin(lam), (N * (1 - e2) + h) * s];
}

/** ECEF [X, Y, Z] metres → geodetic [lon, lat] degrees (iterative, sub-mm). */
export function ecefToGeodetic(ell: Ellipsoid, x: number, y: number, z: number): [number, number] {
  const e2 = eccentricitySquared(ell);
  const p = Math.hypot(x, y);
  let phi = Math.atan2(z, p * (1 - e2));
  for (let i = 0; i < 6; i++) {
    const s = Math.sin(phi);
    const N = ell.a / Math.sqrt(1 - e2 * s * s);
    phi = Math.atan2(z + e2 * N * s, p);
  }
  return [Math.atan2(y, x) / D2R, phi / D2R];
}

/** Applies a Position-Vector Helmert transform to ECEF coordinates. */
export function applyHelmert(h: Helmert, x: number, y: number, z: number): [number, number, number] {
  const rx = h.rx * AS2R, ry = h.ry * AS2R, rz = h.rz * AS2R, m = 1 + h.ds * 1e-6;
  return [
    h.tx + m * (x - rz * y + ry * z),
    h.ty + m * (rz * x + y - rx * z),
    h.tz + m * (-ry * x + rx * y + z),
  ];
}

/**
 * Exact inverse of applyHelmert: solves m·R·p = P − t for p, with R the small-angle
 * rotation matrix of applyHelmert. Negating the seven parameters instead would leave
 * a closure error of about 2.5 mm for Monte Mario in Italy (second-order terms of the
 * ~15 ppm scale and ~3″ rotations over 6,400 km).
 */
export function applyHelmertInverse(h: Helmert, x: number, y: number, z: number): [number, number, number] {
  const rx = h.rx * AS2R, ry = h.ry * AS2R, rz = h.rz * AS2R, m = 1 + h.ds * 1e-6;
  const u = (x - h.tx) / m, v = (y - h.ty) / m, w = (z - h.tz) / m;
  // R = [[1, −rz, ry], [rz, 1, −rx], [−ry, rx, 1]]; R⁻¹ = adj(R) / det(R).
  const det = 1 + rx * rx + ry * ry + rz * rz;
  return [
    ((1 + rx * rx) * u + (rz + rx * ry) * v + (rx * rz - ry) * w) / det,
    ((rx * ry - rz) * u + (1 + ry * ry) * v + (rx + ry * rz) * w) / det,
    ((ry + rx * rz) * u + (ry * rz - rx) * v + (1 + rz * rz) * w) / det,
  ];
}

/** Shifts geodetic coordinates on `from` ellipsoid to WGS 84 (lon/lat degrees). */
export function datumShiftToWgs84(from: Ellipsoid, h: Helmert, lon: number, lat: number): [number, number] {
  const [x, y, z] = geodeticToEcef(from, lon, lat);
  const [X, Y, Z] = applyHelmert(h, x, y, z);
  return ecefToGeodetic(WGS84, X, Y, Z);
}

/** Shifts WGS 84 lon/lat to the datum on `to` ellipsoid (inverse of datumShiftToWgs84). */
export function datumShiftFromWgs84(to: Ellipsoid, h: Helmert, lon: number, lat: number): [number, number] {
  const [x, y, z] = geodeticToEcef(WGS84, lon, lat);
  const [X, Y, Z] = applyHelmertInverse(h, x, y, z);
  return ecefToGeodetic(to, X, Y, Z);
}
