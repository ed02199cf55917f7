/**
 * Sunrise and sunset from a simple solar computation: declination and equation of time
 * by Spencer's Fourier series (J.W. Spencer, "Fourier series representation of the
 * position of the sun", Search 2(5):172, 1971), standard altitude −0.833° (refraction and
 * solar semi-diameter, as in NOAA's sunrise equation). Accuracy about ±2 min at Italian
 * latitudes, enough for a lighting schedule.
 */
import { civilFromDays, dayOfYear, MS_PER_DAY } from '../model/calendar/civilDate';

const DEG = Math.PI / 180;
const SUN_ALTITUDE_AT_RISE_DEG = -0.833;

export interface SunTimes {
  /** Sunrise [ms UTC]; equals solar noon when the sun never rises (polar night). */
  sunriseUtcMs: number;
  /** Sunset [ms UTC]; equals solar noon when the sun never rises. */
  sunsetUtcMs: number;
}

/**
 * Sunrise and sunset of UTC day `dayNumber` (days since 1970-01-01) at latitude and
 * longitude [degrees, north and east positive].
 */
export function sunTimesUtc(dayNumber: number, latitudeDeg: number, longitudeDeg: number): SunTimes {
  const c = civilFromDays(dayNumber);
  const n = dayOfYear(c.year, c.month, c.day);
  const g = (2 * Math.PI * (n - 1)) / 365;
  const decl =
    0.006918 - 0.399912 * Math.cos(g) + 0.070257 * Math.sin(g) - 0.006758 * Math.cos(2 * g) +
    0.000907 * Math.sin(2 * g) - 0.002697 * Math.cos(3 * g) + 0.00148 * Math.sin(3 * g);
  const eotMin =
    229.18 * (0.000075 + 0.001868 * Math.cos(g) - 0.032077 * Math.sin(g) - 0.014615 * Math.cos(2 * g) - 0.040849 * Math.sin(2 * g));
  const noonMin = 720 - 4 * longitudeDeg - eotMin;
  const phi = latitudeDeg * DEG;
  const cosH = (Math.sin(SUN_ALTITUDE_AT_RISE_DEG * DEG) - Math.sin(phi) * Math.sin(decl)) / (Math.cos(phi) * Math.cos(decl));
  const halfDayMin = (4 * Math.acos(Math.min(1, Math.max(-1, cosH)))) / DEG;
  const dayStart = dayNumber * MS_PER_DAY;
  return {
    sunriseUtcMs: dayStart + (noonMin - halfDayMin) * 60_000,
    sunsetUtcMs: dayStart + (noonMin + halfDayMin) * 60_000,
  };
}
