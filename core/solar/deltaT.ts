/**
 * ΔT = TT − UT [s] estimate for solar-position calculations.
 *
 * Espenak & Meeus (2006) "Five Millennium Canon of Solar Eclipses", NASA/TP-2006-214141,
 * polynomial for 2005–2050: ΔT = 62.92 + 0.32217·t + 0.005589·t², t = y − 2000.
 * Outside 1986–2050 the value is clamped to the polynomial's end points; an error of a few
 * seconds in ΔT changes the sun position by < 0.001°.
 */
export function estimateDeltaT(decimalYear: number): number {
  const y = Math.min(2050, Math.max(1986, decimalYear));
  if (y < 2005) {
    // Espenak & Meeus 1986–2005 polynomial.
    const t = y - 2000;
    return 63.86 + 0.3345 * t - 0.060374 * t ** 2 + 0.0017275 * t ** 3 + 0.000651814 * t ** 4 + 0.00002373599 * t ** 5;
  }
  const t = y - 2000;
  return 62.92 + 0.32217 * t + 0.005589 * t * t;
}

/** Decimal year of a UTC instant (approximate, sufficient for ΔT). */
export function decimalYearFromUtcMs(utcMs: number): number {
  return 1970 + utcMs / (365.2425 * 86_400_000);
}
