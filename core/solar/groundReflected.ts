/**
 * Ground-reflected irradiance on a tilted plane [W/m²], isotropic ground:
 * GHI·albedo·(1 − cos β)/2 (Liu & Jordan 1963). Default albedo 0.25 (as in pvlib/PVWatts).
 */
export function groundReflected(tiltDeg: number, ghi: number, albedo = 0.25): number {
  return (ghi * albedo * (1 - Math.cos((tiltDeg * Math.PI) / 180))) / 2;
}
