/**
 * Approximate inversion of plane-of-array components to horizontal irradiance [W/m²], used when a
 * source (PVGIS seriescalc `Gb(i), Gd(i), Gr(i)`) gives only POA values:
 * DNI = Gb(i)/cos θ (θ angle of incidence, only when cos θ > 0.05),
 * DHI = Gd(i)/((1 + cos β)/2) (isotropic-sky inversion, Liu & Jordan 1963),
 * GHI = DHI + DNI·cos Z. The inversion is exact for the beam and approximate for the diffuse
 * (the source's anisotropic diffuse model is not reproduced). Angles [°].
 */
import { aoiProjection } from './aoi';

export function poaToHorizontal(
  beamPoa: number,
  diffusePoa: number,
  tiltDeg: number,
  surfaceAzimuthDeg: number,
  zenithDeg: number,
  sunAzimuthDeg: number,
): { ghi: number; dni: number; dhi: number } {
  const cosAoi = aoiProjection(tiltDeg, surfaceAzimuthDeg, zenithDeg, sunAzimuthDeg);
  const cosZ = Math.cos((zenithDeg * Math.PI) / 180);
  const dni = cosAoi > 0.05 && cosZ > 0 ? beamPoa / cosAoi : 0;
  const dhi = diffusePoa / ((1 + Math.cos((tiltDeg * Math.PI) / 180)) / 2);
  const ghi = dhi + dni * Math.max(cosZ, 0);
  return { ghi, dni, dhi };
}
