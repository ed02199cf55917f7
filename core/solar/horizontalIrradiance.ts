/**
 * Horizontal irradiance GHI, DNI, DHI [W/m²] of a weather file, from whatever components the
 * file gives (pvlib does this in its models, never in iotools):
 * - all three: taken as they are;
 * - GHI and DHI: DNI = (GHI − DHI)/cos Z (0 when cos Z ≤ 0.05, the sun near the horizon);
 * - DNI and DHI: GHI = DHI + DNI·max(cos Z, 0);
 * - GHI alone (or GHI and DNI): Erbs decomposition (decomposeErbs) with the extraterrestrial
 *   normal irradiance of the interval's UTC day;
 * - plane-of-array components (PVGIS seriescalc): inverted with `poaToHorizontal`.
 * Z is the solar zenith [°] at the irradiance instant: interval start + `instantOffsetH` [h].
 */
import type { PoaComponents } from '../model/weather-year';
import { decomposeErbs } from './erbs';
import { dayOfYearUtc, extraterrestrialNormal } from './extraterrestrial';
import { poaToHorizontal } from './poaToHorizontal';
import { sunPositionSeries } from './sunPositionFast';

const HOUR_MS = 3_600_000;

export interface IrradianceSeriesTiming {
  /** UTC start of the first interval [ms], step [min] and number of intervals. */
  startUtcMs: number;
  stepMinutes: number;
  length: number;
  /** Hours after each interval start that the irradiance values represent [h]. */
  instantOffsetH: number;
}

export interface IrradianceSite {
  /** Latitude [°N], longitude [°E], elevation [m]. */
  lat: number;
  lon: number;
  elevation: number;
}

export interface HorizontalIrradiance {
  ghi: Float64Array;
  dni: Float64Array;
  dhi: Float64Array;
}

/**
 * Completes the horizontal components [W/m²]; NaN marks a component the file lacks at that
 * interval. Each interval needs GHI, or DNI and DHI (the reader checks it, naming the line).
 */
export function completeHorizontalIrradiance(site: IrradianceSite, timing: IrradianceSeriesTiming, given: HorizontalIrradiance): HorizontalIrradiance {
  const n = timing.length;
  const ghi = new Float64Array(n);
  const dni = new Float64Array(n);
  const dhi = new Float64Array(n);
  const has = (x: Float64Array, i: number) => !Number.isNaN(x[i]!);
  let needSun = false;
  for (let i = 0; i < n && !needSun; i++) needSun = !has(given.ghi, i) || !has(given.dni, i) || !has(given.dhi, i);
  const sun = needSun ? sunAtInstants(site, timing) : null;
  const stepMs = timing.stepMinutes * 60_000;
  for (let i = 0; i < n; i++) {
    const g = given.ghi[i]!;
    const b = given.dni[i]!;
    const d = given.dhi[i]!;
    const z = sun ? sun.zenithDeg[i]! : 0;
    const cosZ = Math.cos((z * Math.PI) / 180);
    if (has(given.ghi, i) && has(given.dni, i) && has(given.dhi, i)) {
      ghi[i] = g;
      dni[i] = b;
      dhi[i] = d;
    } else if (has(given.ghi, i) && has(given.dhi, i)) {
      ghi[i] = g;
      dhi[i] = d;
      dni[i] = cosZ > 0.05 ? Math.max(0, (g - d) / cosZ) : 0;
    } else if (has(given.dni, i) && has(given.dhi, i)) {
      dni[i] = b;
      dhi[i] = d;
      ghi[i] = d + b * Math.max(0, cosZ);
    } else if (has(given.ghi, i)) {
      const e = decomposeErbs(g, z, extraterrestrialNormal(dayOfYearUtc(timing.startUtcMs + i * stepMs)));
      ghi[i] = g;
      dni[i] = e.dni;
      dhi[i] = e.dhi;
    } else {
      throw new RangeError(`interval ${i}: no GHI, nor DNI and DHI`);
    }
  }
  return { ghi, dni, dhi };
}

/** Horizontal components [W/m²] behind plane-of-array beam and diffuse irradiance. */
export function horizontalFromPlaneOfArray(site: IrradianceSite, timing: IrradianceSeriesTiming, poa: PoaComponents): HorizontalIrradiance {
  const n = timing.length;
  const sun = sunAtInstants(site, timing);
  const out: HorizontalIrradiance = { ghi: new Float64Array(n), dni: new Float64Array(n), dhi: new Float64Array(n) };
  for (let i = 0; i < n; i++) {
    const h = poaToHorizontal(poa.beam[i]!, poa.diffuse[i]!, poa.tiltDeg, poa.azimuthDeg, sun.zenithDeg[i]!, sun.azimuthDeg[i]!);
    out.ghi[i] = h.ghi;
    out.dni[i] = h.dni;
    out.dhi[i] = h.dhi;
  }
  return out;
}

function sunAtInstants(site: IrradianceSite, t: IrradianceSeriesTiming) {
  return sunPositionSeries(t.startUtcMs + t.instantOffsetH * HOUR_MS, t.stepMinutes, t.length, { latitudeDeg: site.lat, longitudeDeg: site.lon, elevationM: site.elevation });
}
