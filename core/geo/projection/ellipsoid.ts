/** Reference ellipsoids: semi-major axis `a` in metres, inverse flattening `invF`. */
export interface Ellipsoid {
  name: string;
  /** Semi-major axis, metres. */
  a: number;
  /** Inverse flattening 1/f (dimensionless). */
  invF: number;
}

export const WGS84: Ellipsoid = { name: 'WGS 84', a: 6378137, invF: 298.257223563 };
export const GRS80: Ellipsoid = { name: 'GRS 1980', a: 6378137, invF: 298.257222101 };
/** International 1924 (Hayford), used by Monte Mario / Gauss–Boaga and ED50. */
export const INTERNATIONAL_1924: Ellipsoid = { name: 'International 1924', a: 6378388, invF: 297 };

/** Flattening f. */
export function flattening(e: Ellipsoid): number {
  return e.invF === 0 ? 0 : 1 / e.invF;
}

/** First eccentricity squared e². */
export function eccentricitySquared(e: Ellipsoid): number {
  const f = flattening(e);
  return f * (2 - f);
}
