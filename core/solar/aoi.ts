const D2R = Math.PI / 180;

/**
 * Cosine of the angle of incidence between the sun beam and the surface normal [-]
 * (dot product of unit vectors; e.g. Duffie & Beckman, Solar Engineering of Thermal Processes, eq. 1.6.3).
 * Tilt from horizontal [°]; azimuths in compass degrees [°]; zenith [°]. Clamped to [−1, 1].
 */
export function aoiProjection(tiltDeg: number, surfaceAzimuthDeg: number, zenithDeg: number, sunAzimuthDeg: number): number {
  const t = tiltDeg * D2R;
  const z = zenithDeg * D2R;
  const p = Math.cos(t) * Math.cos(z) + Math.sin(t) * Math.sin(z) * Math.cos((sunAzimuthDeg - surfaceAzimuthDeg) * D2R);
  return Math.max(-1, Math.min(1, p));
}

/** Angle of incidence [°]. */
export function aoiDeg(tiltDeg: number, surfaceAzimuthDeg: number, zenithDeg: number, sunAzimuthDeg: number): number {
  return Math.acos(aoiProjection(tiltDeg, surfaceAzimuthDeg, zenithDeg, sunAzimuthDeg)) / D2R;
}
