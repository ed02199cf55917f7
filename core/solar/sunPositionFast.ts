/**
 * Vectorised sun position for a regular series of instants (a year of 15-min or hourly steps).
 *
 * Method: the expensive, observer-independent part of the NREL SPA (Reda & Andreas 2004:
 * heliocentric series, nutation, aberration → geocentric α, δ, R) is evaluated exactly once per
 * UT day at 0 h and linearly interpolated in between (α and δ change < 1.1°/day with a second
 * derivative giving < 0.001° interpolation error); the sidereal time and the topocentric
 * part (parallax, refraction, hour angle, zenith, azimuth) are computed exactly for every instant.
 * Agreement with the full SPA is better than 0.002°.
 */
import { decimalYearFromUtcMs, estimateDeltaT } from './deltaT';
import { julianDayFromUtcMs, meanSiderealTimeDeg, spaGeocentric, type SpaObserver } from './spa';

const DAY_MS = 86_400_000;

export interface SunPositionSeries {
  /** Apparent (refracted) topocentric zenith [°]. */
  zenithDeg: Float64Array;
  /** Compass azimuth [°]. */
  azimuthDeg: Float64Array;
}

/**
 * The series of the last few (time base, observer) asked for: the plants of a project often
 * share a site (the members' centroid, or the embedded climate's), and a run asks for each
 * plant's series in turn. Callers read the arrays, never change them.
 */
const MEMO_LIMIT = 8;
const memo = new Map<string, SunPositionSeries>();

/**
 * Sun position at instants `firstUtcMs + i·stepMinutes` for i = 0…length−1.
 * `deltaTSec` defaults to `estimateDeltaT` of the first instant.
 */
export function sunPositionSeries(
  firstUtcMs: number,
  stepMinutes: number,
  length: number,
  obs: SpaObserver,
  deltaTSec?: number,
): SunPositionSeries {
  const key = JSON.stringify([firstUtcMs, stepMinutes, length, obs, deltaTSec ?? null]);
  const hit = memo.get(key);
  if (hit) return hit;
  const out = computeSunPositionSeries(firstUtcMs, stepMinutes, length, obs, deltaTSec);
  memo.set(key, out);
  if (memo.size > MEMO_LIMIT) memo.delete(memo.keys().next().value as string);
  return out;
}

function computeSunPositionSeries(
  firstUtcMs: number,
  stepMinutes: number,
  length: number,
  obs: SpaObserver,
  deltaTSec?: number,
): SunPositionSeries {
  const zenithDeg = new Float64Array(length);
  const azimuthDeg = new Float64Array(length);
  if (length === 0) return { zenithDeg, azimuthDeg };
  const dT = deltaTSec ?? estimateDeltaT(decimalYearFromUtcMs(firstUtcMs));
  const stepMs = stepMinutes * 60_000;
  const lastUtcMs = firstUtcMs + (length - 1) * stepMs;
  const day0 = Math.floor(firstUtcMs / DAY_MS);
  const nNodes = Math.floor(lastUtcMs / DAY_MS) - day0 + 2;
  const alpha = new Float64Array(nNodes);
  const delta = new Float64Array(nNodes);
  const radius = new Float64Array(nNodes);
  const nutRa = new Float64Array(nNodes);
  for (let k = 0; k < nNodes; k++) {
    const g = spaGeocentric((day0 + k) * DAY_MS, dT);
    let a = g.rightAscensionDeg;
    if (k > 0) {
      // unwrap so that interpolation never crosses the 360° seam
      while (a - alpha[k - 1]! > 180) a -= 360;
      while (a - alpha[k - 1]! < -180) a += 360;
    }
    alpha[k] = a;
    delta[k] = g.declinationDeg;
    radius[k] = g.radiusAu;
    nutRa[k] = g.nutationLongitudeDeg * Math.cos((g.obliquityDeg * Math.PI) / 180);
  }
  // Observer constants of the topocentric step (Reda & Andreas eqs. 35–47), hoisted out of the loop.
  const D2R = Math.PI / 180;
  const phi = obs.latitudeDeg * D2R;
  const sinPhi = Math.sin(phi);
  const cosPhi = Math.cos(phi);
  const uu = Math.atan(0.99664719 * Math.tan(phi));
  const xObs = Math.cos(uu) + (obs.elevationM / 6378140) * cosPhi;
  const yObs = 0.99664719 * Math.sin(uu) + (obs.elevationM / 6378140) * sinPhi;
  const refrFactor = ((obs.pressureMbar ?? 1013.25) / 1010) * (283 / (273 + (obs.temperatureC ?? 12)));
  const refrLimit = -(0.26667 + (obs.atmosRefractDeg ?? 0.5667));
  const jd0 = julianDayFromUtcMs(firstUtcMs);
  for (let i = 0; i < length; i++) {
    const t = firstUtcMs + i * stepMs;
    const pos = t / DAY_MS - day0;
    const k = Math.min(nNodes - 2, Math.floor(pos));
    const f = pos - k;
    const a = alpha[k]! + f * (alpha[k + 1]! - alpha[k]!);
    const d = (delta[k]! + f * (delta[k + 1]! - delta[k]!)) * D2R;
    const r = radius[k]! + f * (radius[k + 1]! - radius[k]!);
    const jd = jd0 + (i * stepMs) / DAY_MS;
    const nu = meanSiderealTimeDeg(jd) + nutRa[k]! + f * (nutRa[k + 1]! - nutRa[k]!);
    const H = (nu + obs.longitudeDeg - a) * D2R;
    const sinXi = Math.sin((8.794 / (3600 * r)) * D2R);
    const cosH = Math.cos(H);
    const sinH = Math.sin(H);
    const cosD = Math.cos(d);
    const den = cosD - xObs * sinXi * cosH;
    const dAlpha = Math.atan2(-xObs * sinXi * sinH, den);
    const dPrime = Math.atan2((Math.sin(d) - yObs * sinXi) * Math.cos(dAlpha), den);
    const Hp = H - dAlpha;
    const cosHp = Math.cos(Hp);
    const sinDp = Math.sin(dPrime);
    const cosDp = Math.cos(dPrime);
    const e0 = Math.asin(sinPhi * sinDp + cosPhi * cosDp * cosHp) / D2R;
    const e = e0 >= refrLimit ? e0 + refrFactor * (1.02 / (60 * Math.tan((e0 + 10.3 / (e0 + 5.11)) * D2R))) : e0;
    const g = Math.atan2(Math.sin(Hp), cosHp * sinPhi - (sinDp / cosDp) * cosPhi) / D2R;
    zenithDeg[i] = 90 - e;
    azimuthDeg[i] = g + 180 >= 360 ? g - 180 : g + 180;
  }
  return { zenithDeg, azimuthDeg };
}
