/**
 * NREL Solar Position Algorithm (SPA), full-accuracy single-instant version.
 *
 * Reda, I. & Andreas, A. (2004) "Solar position algorithm for solar radiation applications",
 * Solar Energy 76(5):577–589 (NREL/TP-560-34302, rev. 2008). Uncertainty ±0.0003° for years
 * −2000…6000. Angles in degrees [°], distances in astronomical units [AU].
 *
 * The computation is split into a geocentric part (depends only on time) and a topocentric
 * part (depends on the observer) so that `sunPositionFast` can reuse the geocentric part.
 */
import { B_TERMS, L_TERMS, NUTATION_ABCD, NUTATION_Y, R_TERMS } from './spaTables';

const D2R = Math.PI / 180;
const R2D = 180 / Math.PI;

/** Reduce an angle to [0, 360) [°]. */
export function limitDegrees(deg: number): number {
  const r = deg % 360;
  return r < 0 ? r + 360 : r;
}

/** Julian day [d] of a UTC instant given in Unix milliseconds. */
export function julianDayFromUtcMs(utcMs: number): number {
  return utcMs / 86_400_000 + 2440587.5;
}

function seriesSum(terms: readonly number[], jme: number): number {
  let s = 0;
  for (let k = 0; k < terms.length; k += 3) s += terms[k]! * Math.cos(terms[k + 1]! + terms[k + 2]! * jme);
  return s;
}

function polySeries(table: readonly (readonly number[])[], jme: number): number {
  let s = 0;
  let p = 1;
  for (const terms of table) {
    s += seriesSum(terms, jme) * p;
    p *= jme;
  }
  return s / 1e8;
}

/** Time-only (observer-independent) quantities of the SPA. */
export interface SpaGeocentric {
  /** Julian day (UT) [d]. */
  jd: number;
  /** Earth heliocentric longitude L [°], latitude B [°], radius vector R [AU]. */
  helioLongitudeDeg: number;
  helioLatitudeDeg: number;
  radiusAu: number;
  /** Nutation in longitude Δψ and true obliquity ε [°]. */
  nutationLongitudeDeg: number;
  obliquityDeg: number;
  /** Apparent sidereal time at Greenwich ν [°]. */
  siderealTimeDeg: number;
  /** Geocentric sun right ascension α and declination δ [°]. */
  rightAscensionDeg: number;
  declinationDeg: number;
}

/** Mean sidereal time at Greenwich ν0 [°] (Reda & Andreas eq. 12). */
export function meanSiderealTimeDeg(jd: number): number {
  const jc = (jd - 2451545) / 36525;
  return limitDegrees(280.46061837 + 360.98564736629 * (jd - 2451545) + 0.000387933 * jc * jc - (jc * jc * jc) / 38710000);
}

/** Geocentric part of the SPA (steps 3.1–3.8 of Reda & Andreas). `deltaTSec` = TT − UT [s]. */
export function spaGeocentric(utcMs: number, deltaTSec: number): SpaGeocentric {
  const jd = julianDayFromUtcMs(utcMs);
  const jde = jd + deltaTSec / 86400;
  const jce = (jde - 2451545) / 36525;
  const jme = jce / 10;

  const L = limitDegrees(polySeries(L_TERMS, jme) * R2D);
  const B = polySeries(B_TERMS, jme) * R2D;
  const R = polySeries(R_TERMS, jme);

  const theta = limitDegrees(L + 180);
  const beta = -B;

  // Nutation (eqs. 15–23): mean elongation of the moon, anomalies, argument of latitude, node.
  const jce2 = jce * jce;
  const jce3 = jce2 * jce;
  const x0 = 297.85036 + 445267.11148 * jce - 0.0019142 * jce2 + jce3 / 189474;
  const x1 = 357.52772 + 35999.05034 * jce - 0.0001603 * jce2 - jce3 / 300000;
  const x2 = 134.96298 + 477198.867398 * jce + 0.0086972 * jce2 + jce3 / 56250;
  const x3 = 93.27191 + 483202.017538 * jce - 0.0036825 * jce2 + jce3 / 327270;
  const x4 = 125.04452 - 1934.136261 * jce + 0.0020708 * jce2 + jce3 / 450000;
  let dPsi = 0;
  let dEps = 0;
  for (let i = 0, n = NUTATION_ABCD.length / 4; i < n; i++) {
    const y = i * 5;
    const arg =
      (x0 * NUTATION_Y[y]! + x1 * NUTATION_Y[y + 1]! + x2 * NUTATION_Y[y + 2]! + x3 * NUTATION_Y[y + 3]! + x4 * NUTATION_Y[y + 4]!) * D2R;
    const c = i * 4;
    dPsi += (NUTATION_ABCD[c]! + NUTATION_ABCD[c + 1]! * jce) * Math.sin(arg);
    dEps += (NUTATION_ABCD[c + 2]! + NUTATION_ABCD[c + 3]! * jce) * Math.cos(arg);
  }
  dPsi /= 36_000_000;
  dEps /= 36_000_000;

  // True obliquity of the ecliptic (eqs. 24–25), U = JME/10.
  const u = jme / 10;
  const eps0 =
    84381.448 +
    u * (-4680.93 + u * (-1.55 + u * (1999.25 + u * (-51.38 + u * (-249.67 + u * (-39.05 + u * (7.12 + u * (27.87 + u * (5.79 + u * 2.45)))))))));
  const eps = eps0 / 3600 + dEps;

  // Aberration and apparent sun longitude (eqs. 26–27).
  const dTau = -20.4898 / (3600 * R);
  const lambda = theta + dPsi + dTau;

  const nu = meanSiderealTimeDeg(jd) + dPsi * Math.cos(eps * D2R);

  const lr = lambda * D2R;
  const er = eps * D2R;
  const br = beta * D2R;
  const alpha = limitDegrees(Math.atan2(Math.sin(lr) * Math.cos(er) - Math.tan(br) * Math.sin(er), Math.cos(lr)) * R2D);
  const delta = Math.asin(Math.sin(br) * Math.cos(er) + Math.cos(br) * Math.sin(er) * Math.sin(lr)) * R2D;

  return {
    jd,
    helioLongitudeDeg: L,
    helioLatitudeDeg: B,
    radiusAu: R,
    nutationLongitudeDeg: dPsi,
    obliquityDeg: eps,
    siderealTimeDeg: limitDegrees(nu),
    rightAscensionDeg: alpha,
    declinationDeg: delta,
  };
}

/** Observer for the topocentric part of the SPA. */
export interface SpaObserver {
  latitudeDeg: number;
  /** Longitude, east positive [°]. */
  longitudeDeg: number;
  /** Elevation above sea level [m]. */
  elevationM: number;
  /** Annual mean local pressure [mbar]; default 1013.25. */
  pressureMbar?: number;
  /** Annual mean local temperature [°C]; default 12. */
  temperatureC?: number;
  /** Atmospheric refraction at sunrise/sunset [°]; default 0.5667. */
  atmosRefractDeg?: number;
}

export interface TopocentricSun {
  /** Topocentric zenith angle including refraction [°]. */
  zenithDeg: number;
  /** Topocentric azimuth, compass (eastward from north) [°]. */
  azimuthDeg: number;
  /** Apparent elevation (refraction corrected) [°]. */
  elevationDeg: number;
  /** Topocentric local hour angle H′ [°]. */
  hourAngleDeg: number;
  /** Topocentric declination δ′ [°] and right ascension α′ [°]. */
  declinationDeg: number;
  rightAscensionDeg: number;
}

/**
 * Topocentric part of the SPA (steps 3.9–3.14): parallax, refraction, zenith and azimuth,
 * from a geocentric right ascension α, declination δ, sidereal time ν and radius R.
 */
export function spaTopocentric(
  alphaDeg: number,
  deltaDeg: number,
  nuDeg: number,
  radiusAu: number,
  obs: SpaObserver,
): TopocentricSun {
  const P = obs.pressureMbar ?? 1013.25;
  const T = obs.temperatureC ?? 12;
  const refr = obs.atmosRefractDeg ?? 0.5667;
  const phi = obs.latitudeDeg * D2R;
  const H = limitDegrees(nuDeg + obs.longitudeDeg - alphaDeg) * D2R;
  const xi = (8.794 / (3600 * radiusAu)) * D2R;
  const uu = Math.atan(0.99664719 * Math.tan(phi));
  const x = Math.cos(uu) + (obs.elevationM / 6378140) * Math.cos(phi);
  const y = 0.99664719 * Math.sin(uu) + (obs.elevationM / 6378140) * Math.sin(phi);
  const d = deltaDeg * D2R;
  const sinXi = Math.sin(xi);
  const den = Math.cos(d) - x * sinXi * Math.cos(H);
  const dAlpha = Math.atan2(-x * sinXi * Math.sin(H), den);
  const dPrime = Math.atan2((Math.sin(d) - y * sinXi) * Math.cos(dAlpha), den);
  const Hp = H - dAlpha;
  const e0 = Math.asin(Math.sin(phi) * Math.sin(dPrime) + Math.cos(phi) * Math.cos(dPrime) * Math.cos(Hp)) * R2D;
  let dE = 0;
  if (e0 >= -1 * (0.26667 + refr)) {
    dE = (P / 1010) * (283 / (273 + T)) * (1.02 / (60 * Math.tan((e0 + 10.3 / (e0 + 5.11)) * D2R)));
  }
  const e = e0 + dE;
  const gamma = Math.atan2(Math.sin(Hp), Math.cos(Hp) * Math.sin(phi) - Math.tan(dPrime) * Math.cos(phi)) * R2D;
  return {
    zenithDeg: 90 - e,
    azimuthDeg: limitDegrees(gamma + 180),
    elevationDeg: e,
    hourAngleDeg: Hp * R2D,
    declinationDeg: dPrime * R2D,
    rightAscensionDeg: limitDegrees(alphaDeg + dAlpha * R2D),
  };
}

export interface SpaResult extends TopocentricSun {
  geocentric: SpaGeocentric;
}

/** Full SPA at one UTC instant. `deltaTSec` = TT − UT [s] (see `estimateDeltaT`). */
export function solarPositionSpa(utcMs: number, obs: SpaObserver, deltaTSec: number): SpaResult {
  const g = spaGeocentric(utcMs, deltaTSec);
  const t = spaTopocentric(g.rightAscensionDeg, g.declinationDeg, g.siderealTimeDeg, g.radiusAu, obs);
  return { ...t, geocentric: g };
}

/**
 * Incidence angle on a surface, SPA eq. 47 form using the compass convention [°].
 * `slopeDeg` tilt from horizontal; `surfaceAzimuthDeg` compass azimuth of the surface normal.
 * (The SPA paper's "azimuth rotation" γ is measured from south, so compass = 180 + γ.)
 */
export function incidenceAngleDeg(zenithDeg: number, sunAzimuthDeg: number, slopeDeg: number, surfaceAzimuthDeg: number): number {
  const z = zenithDeg * D2R;
  const w = slopeDeg * D2R;
  const c = Math.cos(z) * Math.cos(w) + Math.sin(w) * Math.sin(z) * Math.cos((sunAzimuthDeg - surfaceAzimuthDeg) * D2R);
  return Math.acos(Math.max(-1, Math.min(1, c))) * R2D;
}
