/**
 * A short-range weather forecast for the outlook: hourly values on a regular UTC grid. Each
 * value covers the hour [startUtcMs + i h, startUtcMs + (i+1) h) — the layout of Open-Meteo's
 * `shortwave_radiation`, a mean over the hour *preceding* its time stamp (the reader shifts it).
 */
import type { Message } from '../model/messages';
import { sunPositionSeries } from '../solar/sunPositionFast';
import { clearSkyHaurwitz } from '../solar/clearSky';

export interface Forecast {
  /** File name, or the clear-sky estimate. */
  source: string;
  /** Zone of the file's local hours (IANA, or "UTC"), for display. */
  timeZone: string;
  startUtcMs: number;
  hours: number;
  /**
   * Global horizontal irradiance, hour mean [W/m²]; null where the file gives cloud cover only.
   * A file with only `global_tilted_irradiance` (its own plane) puts it here, and says so in `note`.
   */
  ghi: Float64Array | null;
  /** Cloud cover [%] (used where there is no irradiance). */
  cloudCover: Float64Array | null;
  /** Air temperature at 2 m [°C]; null: 15 °C assumed. */
  tAir: Float64Array | null;
  /** Site of the forecast, when the file names it. */
  lat: number | null;
  lon: number | null;
  /** What the reader had to assume, for the user. */
  note?: Message;
}

/**
 * Clear-sky global horizontal irradiance at a site [W/m²] (Haurwitz 1945), hour means taken as
 * the value at mid-hour.
 */
export function clearSkyGhi(lat: number, lon: number, startUtcMs: number, hours: number): Float64Array {
  const sun = sunPositionSeries(startUtcMs + 30 * 60_000, 60, hours, { latitudeDeg: lat, longitudeDeg: lon, elevationM: 0, pressureMbar: 1013.25, temperatureC: 12 });
  return sun.zenithDeg.map((z) => clearSkyHaurwitz(z));
}

/**
 * Global irradiance under a cloud cover from the clear-sky value: Kasten & Czeplak (1980),
 * GHI = GHIcs · (1 − 0.75·(N/8)^3.4) with N the cover in oktas (here cover % / 100 · 8).
 */
export function ghiFromCloudCover(clearSky: number, coverPct: number): number {
  const n = Math.min(1, Math.max(0, coverPct / 100));
  return clearSky * (1 - 0.75 * Math.pow(n, 3.4));
}
