/**
 * Wind speed at hub height from a measurement at a reference height (weather files give
 * 10 m), by the two textbook vertical profiles of the neutral surface layer.
 */

/**
 * Power law v_h = v_ref · (h / h_ref)^α [m/s]. α = 1/7 is the classic open-terrain value
 * (the "one-seventh power law", Peterson & Hennessey, J. Appl. Meteorol. 17 (1978) 390–394).
 * @param speedRefMs wind speed at `refHeightM` [m/s]
 * @param hubHeightM hub height above ground [m]
 * @param alpha shear exponent [-]
 */
export function windSpeedPowerLaw(speedRefMs: number, hubHeightM: number, refHeightM = 10, alpha = 1 / 7): number {
  return speedRefMs * Math.pow(hubHeightM / refHeightM, alpha);
}

/**
 * Logarithmic law v_h = v_ref · ln(h / z0) / ln(h_ref / z0) [m/s], z0 the surface roughness
 * length [m] (e.g. 0.03 open farmland, 0.1 farmland with hedges, 0.5–1 suburbs and towns; the
 * European Wind Atlas classes, Troen & Petersen 1989).
 */
export function windSpeedLogLaw(speedRefMs: number, hubHeightM: number, roughnessM: number, refHeightM = 10): number {
  if (!(roughnessM > 0) || hubHeightM <= roughnessM || refHeightM <= roughnessM) {
    throw new RangeError(`heights must exceed the roughness length ${roughnessM} m`);
  }
  return (speedRefMs * Math.log(hubHeightM / roughnessM)) / Math.log(refHeightM / roughnessM);
}
