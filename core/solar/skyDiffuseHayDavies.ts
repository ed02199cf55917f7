const D2R = Math.PI / 180;

/**
 * Hay & Davies (1980) sky diffuse irradiance on a tilted plane [W/m²].
 * Hay, J.E. & Davies, J.A. (1980) "Calculation of the solar radiation incident on an inclined
 * surface", Proc. First Canadian Solar Radiation Data Workshop, 59–72.
 * Anisotropy index A = DNI/E0; circumsolar part DHI·A·Rb with Rb = max(cos θ, 0)/max(cos Z, cos 89°);
 * isotropic part DHI·(1 − A)·(1 + cos β)/2.
 * @param aoiCos cosine of the angle of incidence [-]
 * @param zenithDeg solar zenith [°]; dni, dhi, dniExtra [W/m²]
 */
export function skyDiffuseHayDavies(tiltDeg: number, dhi: number, dni: number, dniExtra: number, zenithDeg: number, aoiCos: number): number {
  const a = dni / dniExtra;
  const rb = Math.max(aoiCos, 0) / Math.max(Math.cos(zenithDeg * D2R), 0.01745240643728351);
  const iso = dhi * (1 - a) * ((1 + Math.cos(tiltDeg * D2R)) / 2);
  return Math.max(0, iso + dhi * a * rb);
}
