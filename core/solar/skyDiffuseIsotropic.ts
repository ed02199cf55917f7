/**
 * Isotropic sky diffuse irradiance on a tilted plane [W/m²] (Liu & Jordan 1963):
 * DHI·(1 + cos β)/2. Tilt β [°], DHI [W/m²].
 */
export function skyDiffuseIsotropic(tiltDeg: number, dhi: number): number {
  return (dhi * (1 + Math.cos((tiltDeg * Math.PI) / 180))) / 2;
}
