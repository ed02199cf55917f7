/**
 * Transverse Mercator (Gauss–Krüger) forward and inverse using Krüger's n-series
 * to order n⁶ (Karney 2011, "Transverse Mercator with an accuracy of a few
 * nanometres"). Within ±4° of the central meridian the truncation error is well
 * below 1 mm, so accuracy is limited by the input data, not the series.
 *
 * Angles are DEGREES, eastings/northings METRES.
 */
import type { Ellipsoid } from './ellipsoid';
import { flattening } from './ellipsoid';

/** Transverse Mercator parameters. */
export interface TmParams {
  ellipsoid: Ellipsoid;
  /** Longitude of the central meridian, degrees. */
  lon0: number;
  /** Latitude of origin, degrees (0 for UTM and Gauss–Boaga). */
  lat0: number;
  /** Scale factor on the central meridian (0.9996 for UTM and Gauss–Boaga). */
  k0: number;
  /** False easting, metres. */
  falseEasting: number;
  /** False northing, metres. */
  falseNorthing: number;
}

interface TmConsts { A: number; alpha: number[]; beta: number[]; delta: number[]; e: number; M0: number }

const cache = new WeakMap<TmParams, TmConsts>();
const D2R = Math.PI / 180;

function consts(p: TmParams): TmConsts {
  const hit = cache.get(p);
  if (hit) return hit;
  const f = flattening(p.ellipsoid);
  const n = f / (2 - f);
  const n2 = n * n, n3 = n2 * n, n4 = n3 * n, n5 = n4 * n, n6 = n5 * n;
  const A = (p.ellipsoid.a / (1 + n)) * (1 + n2 / 4 + n4 / 64 + n6 / 256);
  const alpha = [
    n / 2 - (2 / 3) * n2 + (5 / 16) * n3 + (41 / 180) * n4 - (127 / 288) * n5 + (7891 / 37800) * n6,
    (13 / 48) * n2 - (3 / 5) * n3 + (557 / 1440) * n4 + (281 / 630) * n5 - (1983433 / 1935360) * n6,
    (61 / 240) * n3 - (103 / 140) * n4 + (15061 / 26880) * n5 + (167603 / 181440) * n6,
    (49561 / 161280) * n4 - (179 / 168) * n5 + (6601661 / 7257600) * n6,
    (34729 / 80640) * n5 - (3418889 / 1995840) * n6,
    (212378941 / 319334400) * n6,
  ];
  const beta = [
    n / 2 - (2 / 3) * n2 + (37 / 96) * n3 - (1 / 360) * n4 - (81 / 512) * n5 + (96199 / 604800) * n6,
    (1 / 48) * n2 + (1 / 15) * n3 - (437 / 1440) * n4 + (46 / 105) * n5 - (1118711 / 3870720) * n6,
    (17 / 480) * n3 - (37 / 840) * n4 - (209 / 4480) * n5 + (5569 / 90720) * n6,
    (4397 / 161280) * n4 - (11 / 504) * n5 - (830251 / 7257600) * n6,
    (4583 / 161280) * n5 - (108847 / 3991680) * n6,
    (20648693 / 638668800) * n6,
  ];
  const delta = [
    2 * n - (2 / 3) * n2 - 2 * n3 + (116 / 45) * n4 + (26 / 45) * n5 - (2854 / 675) * n6,
    (7 / 3) * n2 - (8 / 5) * n3 - (227 / 45) * n4 + (2704 / 315) * n5 + (2323 / 945) * n6,
    (56 / 15) * n3 - (136 / 35) * n4 - (1262 / 105) * n5 + (73814 / 2835) * n6,
    (4279 / 630) * n4 - (332 / 35) * n5 - (399572 / 14175) * n6,
    (4174 / 315) * n5 - (144838 / 6237) * n6,
    (601676 / 22275) * n6,
  ];
  const e = (2 * Math.sqrt(n)) / (1 + n);
  const c: TmConsts = { A, alpha, beta, delta, e, M0: 0 };
  c.M0 = p.lat0 === 0 ? 0 : A * xiOf(c, p.lat0 * D2R, 0).xi;
  cache.set(p, c);
  return c;
}

function xiOf(c: TmConsts, phi: number, dLambda: number): { xi: number; eta: number } {
  const s = Math.sin(phi);
  const t = Math.sinh(Math.atanh(s) - c.e * Math.atanh(c.e * s));
  const xiP = Math.atan2(t, Math.cos(dLambda));
  const etaP = Math.atanh(Math.sin(dLambda) / Math.sqrt(1 + t * t));
  let xi = xiP, eta = etaP;
  for (let j = 1; j <= 6; j++) {
    xi += c.alpha[j - 1]! * Math.sin(2 * j * xiP) * Math.cosh(2 * j * etaP);
    eta += c.alpha[j - 1]! * Math.cos(2 * j * xiP) * Math.sinh(2 * j * etaP);
  }
  return { xi, eta };
}

/** Geographic (lon, lat degrees) → projected [easting, northing] metres. */
export function tmForward(p: TmParams, lon: number, lat: number): [number, number] {
  const c = consts(p);
  const { xi, eta } = xiOf(c, lat * D2R, (lon - p.lon0) * D2R);
  return [p.falseEasting + p.k0 * c.A * eta, p.falseNorthing + p.k0 * (c.A * xi - c.M0)];
}

/** Projected (easting, northing metres) → geographic [lon, lat] degrees. */
export function tmInverse(p: TmParams, easting: number, northing: number): [number, number] {
  const c = consts(p);
  const xi = (northing - p.falseNorthing + p.k0 * c.M0) / (p.k0 * c.A);
  const eta = (easting - p.falseEasting) / (p.k0 * c.A);
  let xiP = xi, etaP = eta;
  for (let j = 1; j <= 6; j++) {
    xiP -= c.beta[j - 1]! * Math.sin(2 * j * xi) * Math.cosh(2 * j * eta);
    etaP -= c.beta[j - 1]! * Math.cos(2 * j * xi) * Math.sinh(2 * j * eta);
  }
  const chi = Math.asin(Math.sin(xiP) / Math.cosh(etaP));
  let phi = chi;
  for (let j = 1; j <= 6; j++) phi += c.delta[j - 1]! * Math.sin(2 * j * chi);
  const lambda = Math.atan2(Math.sinh(etaP), Math.cos(xiP));
  return [p.lon0 + lambda / D2R, phi / D2R];
}
