/**
 * Weather year: the irradiance, temperature and wind input of the PV and wind chains, as
 * read from a file (core/io/weather) or synthesised (core/solar/syntheticYear). Pure data.
 */
import type { TimeBase } from './timeseries';

/**
 * Far-horizon profile: elevation of the horizon line [°] at compass azimuths [°]
 * (0 N, 90 E, 180 S, 270 W), e.g. from the PVGIS horizon tool (printhorizon), whose own
 * azimuth convention (0 = S, 90 = W, −90 = E) is converted with core/solar's `horizonFromPvgis`.
 */
export interface HorizonProfile {
  azimuthDeg: readonly number[];
  elevationDeg: readonly number[];
}

/** Plane-of-array components supplied by the source (e.g. PVGIS seriescalc Gb(i), Gd(i), Gr(i)). */
export interface PoaComponents {
  /** Plane tilt [°] and compass azimuth [°] the components refer to. */
  tiltDeg: number;
  azimuthDeg: number;
  /** Beam, sky-diffuse and ground-reflected irradiance on the plane [W/m²]. */
  beam: Float64Array;
  diffuse: Float64Array;
  reflected: Float64Array;
}

export interface WeatherYear {
  /** Site latitude [°N], longitude [°E], elevation [m]. */
  lat: number;
  lon: number;
  elevation: number;
  /** UTC time base; value i covers [start + i·step, start + (i+1)·step). */
  base: TimeBase;
  /** Global horizontal, direct normal, diffuse horizontal irradiance [W/m²]. */
  ghi: Float64Array;
  dni: Float64Array;
  dhi: Float64Array;
  /** Air temperature at 2 m [°C]. */
  tAir: Float64Array;
  /** Wind speed at 10 m [m/s]. */
  windSpeed: Float64Array;
  /** Human-readable description of the data source. */
  source: string;
  /**
   * Instant, in hours after the start of each interval, that the irradiance values represent
   * (the sun position is computed at that instant). PVGIS-SARAH hourly data: e.g. 0.1761 h;
   * interval averages: stepMinutes/120 (the midpoint).
   */
  irradianceTimeOffsetH: number;
  /** Far-horizon profile; when present the beam is blocked while the sun is below it. */
  horizon?: HorizonProfile;
  /** True when months come from different years (TMY); calendar re-indexing applies. */
  isTypicalYear?: boolean;
  /** For a typical year: the source year of each month (index 0 = January). */
  monthYears?: number[];
  /** Plane-of-array components when the source gives them instead of horizontal values. */
  poa?: PoaComponents;
}
