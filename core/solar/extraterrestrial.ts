/** Solar constant used by Spencer-type models [W/m²] (as in pvlib-python). */
export const SOLAR_CONSTANT = 1366.1;

/**
 * Extraterrestrial normal irradiance [W/m²] for a day of year (1…366).
 * Earth–sun distance factor from Spencer, J.W. (1971) "Fourier series representation of the
 * position of the sun", Search 2(5):172.
 */
export function extraterrestrialNormal(dayOfYear: number, solarConstant = SOLAR_CONSTANT): number {
  const b = (2 * Math.PI * (dayOfYear - 1)) / 365;
  const r =
    1.00011 + 0.034221 * Math.cos(b) + 0.00128 * Math.sin(b) + 0.000719 * Math.cos(2 * b) + 0.000077 * Math.sin(2 * b);
  return solarConstant * r;
}

/** Day of year (1…366) of a UTC instant [ms]. */
export function dayOfYearUtc(utcMs: number): number {
  const d = new Date(utcMs);
  return Math.floor((utcMs - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000) + 1;
}
