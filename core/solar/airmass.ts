/**
 * Relative optical air mass [-], Kasten, F. & Young, A.T. (1989) "Revised optical air mass
 * tables and approximation formula", Applied Optics 28:4735–4738. Zenith in degrees [°]
 * (apparent zenith recommended). Returns NaN for zenith > 90°.
 */
export function relativeAirmassKastenYoung(zenithDeg: number): number {
  if (!(zenithDeg <= 90)) return NaN;
  return 1 / (Math.cos((zenithDeg * Math.PI) / 180) + 0.50572 * (96.07995 - zenithDeg) ** -1.6364);
}

/** Absolute (pressure-corrected) air mass [-]; pressure [Pa]. */
export function absoluteAirmass(relativeAirmass: number, pressurePa = 101325): number {
  return (relativeAirmass * pressurePa) / 101325;
}

/** Standard-atmosphere surface pressure [Pa] at an altitude [m] (ISO 2533 / pvlib alt2pres). */
export function pressureFromAltitude(altitudeM: number): number {
  return 100 * ((44331.514 - altitudeM) / 11880.516) ** (1 / 0.1902632);
}
