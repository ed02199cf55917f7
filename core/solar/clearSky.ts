/**
 * Haurwitz (1945) clear-sky global horizontal irradiance [W/m²]:
 * GHIcs = 1098·cos Z·exp(−0.057/cos Z) for cos Z > 0.
 * Haurwitz, B. (1945) "Insolation in relation to cloudiness and cloud density", J. Meteorology 2:154–166;
 * evaluated in Reno, Hansen & Stein (2012) SAND2012-2389.
 */
export function clearSkyHaurwitz(zenithDeg: number): number {
  const c = Math.cos((zenithDeg * Math.PI) / 180);
  return c > 0 ? 1098 * c * Math.exp(-0.057 / c) : 0;
}
