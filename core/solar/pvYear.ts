/**
 * Hourly / 15-minute PV yield for one weather year.
 *
 * Chain (each step cites its model): NREL SPA sun position at the irradiance instant
 * (Reda & Andreas 2004) → angle of incidence → beam + sky diffuse (Perez 1990 default,
 * Hay–Davies 1980 or isotropic) + ground reflected (albedo) → far-horizon beam shading →
 * incidence-angle modifier (Martin & Ruiz 2001 default, or ASHRAE with Brandemuehl–Beckman
 * equivalent diffuse angles) → cell temperature (Faiman 2008 default, or SAPM King et al. 2004)
 * → PVWatts v5 DC power with temperature coefficient → system losses → degradation
 * (1 − d)^yearIndex → PVWatts v5 inverter efficiency curve with clipping at the AC rating
 * kWp/(DC/AC ratio).
 */
import type { TimeBase } from '../model/timeseries';
import { aoiProjection } from './aoi';
import { pressureFromAltitude, relativeAirmassKastenYoung } from './airmass';
import { cellTemperatureFaiman, cellTemperatureSapm, SAPM_OPEN_RACK_GLASS_GLASS } from './cellTemperature';
import { pvwattsDc } from './dcPower';
import { PvParameterError } from './errors';
import { dayOfYearUtc, extraterrestrialNormal } from './extraterrestrial';
import { groundReflected } from './groundReflected';
import { horizonElevationAt } from './horizon';
import { iamAshrae, iamAshraeCos, iamMartinRuizCos, iamMartinRuizDiffuse } from './iam';
import { pvwattsInverter } from './inverter';
import { resolvePvParams, type PvParams } from './pvParams';
import { skyDiffuseHayDavies } from './skyDiffuseHayDavies';
import { skyDiffuseIsotropic } from './skyDiffuseIsotropic';
import { skyDiffusePerez } from './skyDiffusePerez';
import { sunPositionSeries } from './sunPositionFast';
import type { WeatherYear } from '../model/weather-year';

const D2R = Math.PI / 180;

export interface PvYearResult {
  /** The weather's time base (UTC). */
  base: TimeBase;
  /** AC energy per step [kWh]. */
  kWh: Float64Array;
  /** Sum over the year [kWh]. */
  annualKWh: number;
  /** Energy per calendar month (UTC month of the step start, index 0 = January) [kWh]. */
  monthlyKWh: number[];
}

function checkWeather(w: WeatherYear): void {
  const n = w.base.length;
  for (const key of ['ghi', 'dni', 'dhi', 'tAir', 'windSpeed'] as const) {
    const a = w[key];
    if (!a || a.length !== n) throw new PvParameterError(`weather.${key}`, `must have ${n} values (base.length), got ${a ? a.length : 'none'}`);
  }
  if (!(Math.abs(w.lat) <= 90)) throw new PvParameterError('weather.lat', `out of range: ${w.lat}`);
  if (!(Math.abs(w.lon) <= 180)) throw new PvParameterError('weather.lon', `out of range: ${w.lon}`);
}

export function simulatePvYear(weather: WeatherYear, params: PvParams): PvYearResult {
  const p = resolvePvParams(params);
  checkWeather(weather);
  const { base } = weather;
  const n = base.length;
  const stepH = base.stepMinutes / 60;
  const elevation = Number.isFinite(weather.elevation) ? weather.elevation : 0;
  const sun = sunPositionSeries(base.startUtcMs + weather.irradianceTimeOffsetH * 3_600_000, base.stepMinutes, n, {
    latitudeDeg: weather.lat,
    longitudeDeg: weather.lon,
    elevationM: elevation,
    pressureMbar: pressureFromAltitude(elevation) / 100,
    temperatureC: 12,
  });

  const tilt = p.tiltDeg;
  const az = p.azimuthDeg;
  const gamma = p.tempCoeffPctPerK / 100;
  const derate = (1 - p.lossesPct / 100) * (1 - p.degradationPctPerYear / 100) ** p.yearIndex;
  const acRating = p.kWp / p.dcAcRatio;
  const pdc0 = acRating / p.inverterEtaNom;
  const horizon = p.useHorizon ? weather.horizon : undefined;

  // Diffuse incidence-angle modifiers, constant for a fixed plane.
  let iamSky = 1;
  let iamGround = 1;
  if (p.iam === 'martin-ruiz') {
    const d = iamMartinRuizDiffuse(tilt, p.iamParam);
    iamSky = d.sky;
    iamGround = d.ground;
  } else if (p.iam === 'ashrae') {
    // Brandemuehl & Beckman (1980) equivalent incidence angles (Duffie & Beckman eq. 5.4.2).
    iamSky = iamAshrae(59.7 - 0.1388 * tilt + 0.001497 * tilt * tilt, p.iamParam);
    iamGround = iamAshrae(90 - 0.5788 * tilt + 0.002693 * tilt * tilt, p.iamParam);
  }
  const beamIam =
    p.iam === 'martin-ruiz'
      ? (c: number) => iamMartinRuizCos(c, p.iamParam)
      : p.iam === 'ashrae'
        ? (c: number) => iamAshraeCos(c, p.iamParam)
        : () => 1;
  const cosTilt = Math.cos(tilt * D2R);
  const sinTilt = Math.sin(tilt * D2R);
  const tc = p.cellTemperature;
  const sapm = tc.kind === 'sapm' ? (tc.params ?? SAPM_OPEN_RACK_GLASS_GLASS) : SAPM_OPEN_RACK_GLASS_GLASS;
  const u0 = tc.kind === 'faiman' ? (tc.u0 ?? 25) : 25;
  const u1 = tc.kind === 'faiman' ? (tc.u1 ?? 6.84) : 6.84;

  const poaSrc = weather.poa;
  const usePoa =
    poaSrc !== undefined && Math.abs(poaSrc.tiltDeg - tilt) < 0.5 && Math.abs(((poaSrc.azimuthDeg - az + 540) % 360) - 180) < 0.5;

  const kWh = new Float64Array(n);
  const monthlyKWh = new Array<number>(12).fill(0);
  const stepMs = base.stepMinutes * 60_000;
  let dayKey = -1;
  let e0 = 1367;
  let month = 0;
  let annual = 0;
  for (let i = 0; i < n; i++) {
    const t = base.startUtcMs + i * stepMs;
    const dk = Math.floor(t / 86_400_000);
    if (dk !== dayKey) {
      dayKey = dk;
      e0 = extraterrestrialNormal(dayOfYearUtc(t));
      month = new Date(t).getUTCMonth();
    }
    const ghi = weather.ghi[i]!;
    const z = sun.zenithDeg[i]!;
    const sAz = sun.azimuthDeg[i]!;
    let beam = 0;
    let sky = 0;
    let ground = 0;
    let cosAoi = 0;
    if (usePoa) {
      cosAoi = aoiProjection(tilt, az, z, sAz);
      beam = poaSrc.beam[i]!;
      sky = poaSrc.diffuse[i]!;
      ground = poaSrc.reflected[i]!;
    } else if (ghi > 0 || weather.dhi[i]! > 0) {
      const dhiRaw = weather.dhi[i]!;
      if (z < 90) {
        const dni = weather.dni[i]!;
        const dhi = dhiRaw;
        const zr = z * D2R;
        cosAoi = Math.max(-1, Math.min(1, cosTilt * Math.cos(zr) + sinTilt * Math.sin(zr) * Math.cos((sAz - az) * D2R)));
        let visible = cosAoi > 0;
        if (visible && horizon) visible = 90 - z > horizonElevationAt(horizon, sAz);
        beam = visible ? dni * cosAoi : 0;
        if (p.transposition === 'perez') sky = skyDiffusePerez(tilt, dhi, dni, e0, z, cosAoi, relativeAirmassKastenYoung(z));
        else if (p.transposition === 'haydavies') sky = skyDiffuseHayDavies(tilt, dhi, dni, e0, z, cosAoi);
        else sky = skyDiffuseIsotropic(tilt, dhi);
      } else {
        // Sun geometrically below the horizon at the irradiance instant: treat all as isotropic diffuse.
        sky = skyDiffuseIsotropic(tilt, Math.max(ghi, dhiRaw));
      }
      ground = groundReflected(tilt, ghi, p.albedo);
    }
    const poa = beam + sky + ground;
    if (!(poa > 0)) continue;
    const eff = beam * beamIam(cosAoi) + sky * iamSky + ground * iamGround;
    const tAir = weather.tAir[i]!;
    const ws = weather.windSpeed[i]!;
    const tCell = tc.kind === 'sapm' ? cellTemperatureSapm(poa, tAir, ws, sapm) : cellTemperatureFaiman(poa, tAir, ws, u0, u1);
    const pdc = pvwattsDc(p.kWp, eff, tCell, gamma) * derate;
    const pac = pvwattsInverter(pdc, pdc0, p.inverterEtaNom);
    const e = pac * stepH;
    kWh[i] = e;
    monthlyKWh[month] = monthlyKWh[month]! + e;
    annual += e;
  }
  return { base, kWh, annualKWh: annual, monthlyKWh };
}
