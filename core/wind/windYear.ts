/**
 * A year of micro-wind production from a weather year: the 10 m wind speed of each step
 * scaled to hub height (power or log law), optionally corrected for air density (from the
 * step's temperature and the site's elevation), read on the power curve, less losses.
 */
import type { TimeBase } from '../model/timeseries';
import type { WeatherYear } from '../model/weather-year';
import { airDensityKgM3, densityEquivalentSpeed, standardPressurePa } from './airDensity';
import { GENERIC_SMALL_TURBINE_CURVE, powerFromCurve, type PowerCurve } from './powerCurve';
import { windSpeedLogLaw, windSpeedPowerLaw } from './windProfile';

/** Default hub height [m]: the lowest tower of small turbines such as the Bergey Excel 10 (18–49 m). */
export const DEFAULT_HUB_HEIGHT_M = 18;
/** Height of the weather file's wind speed [m]. */
export const WEATHER_WIND_HEIGHT_M = 10;
/** Default losses of a small turbine [-] (availability, electrical, turbulence): the product's round figure. */
export const DEFAULT_WIND_LOSSES = 0.1;

export type WindShear = { law: 'power'; alpha: number } | { law: 'log'; roughnessM: number };

export interface WindTurbineParams {
  /** Rated power [kW]. */
  ratedKW: number;
  /** Hub height [m]; default 18. */
  hubHeightM?: number;
  /** Vertical profile; default power law with α = 1/7. */
  shear?: WindShear;
  /** Correct the curve for the air density of each step (temperature, site elevation); default true. */
  densityCorrection?: boolean;
  /** Default: GENERIC_SMALL_TURBINE_CURVE. */
  curve?: PowerCurve;
  /** Losses, fraction of the gross output [-]; default 0.1. */
  losses?: number;
}

/** Hub-height wind speed [m/s] from the weather's 10 m value. */
export function hubHeightSpeed(speed10Ms: number, hubHeightM: number, shear: WindShear): number {
  return shear.law === 'power'
    ? windSpeedPowerLaw(speed10Ms, hubHeightM, WEATHER_WIND_HEIGHT_M, shear.alpha)
    : windSpeedLogLaw(speed10Ms, hubHeightM, shear.roughnessM, WEATHER_WIND_HEIGHT_M);
}

/** Energy per weather step [kWh] (on the weather's base) and its total. */
export function simulateWindYear(weather: WeatherYear, params: WindTurbineParams): { base: TimeBase; kWh: Float64Array; annualKWh: number } {
  if (!(params.ratedKW > 0)) throw new RangeError(`ratedKW must be > 0, got ${params.ratedKW}`);
  const hub = params.hubHeightM ?? DEFAULT_HUB_HEIGHT_M;
  if (!(hub > 0)) throw new RangeError(`hubHeightM must be > 0, got ${hub}`);
  const shear = params.shear ?? { law: 'power', alpha: 1 / 7 };
  const curve = params.curve ?? GENERIC_SMALL_TURBINE_CURVE;
  const losses = params.losses ?? DEFAULT_WIND_LOSSES;
  const correct = params.densityCorrection ?? true;
  const pressure = standardPressurePa(weather.elevation || 0);
  const hours = weather.base.stepMinutes / 60;
  const n = weather.base.length;
  const kWh = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    let v = hubHeightSpeed(weather.windSpeed[i]!, hub, shear);
    if (correct) v = densityEquivalentSpeed(v, airDensityKgM3(weather.tAir[i]!, pressure));
    const e = powerFromCurve(curve, v, params.ratedKW) * (1 - losses) * hours;
    kWh[i] = e;
    total += e;
  }
  return { base: weather.base, kWh, annualKWh: total };
}
