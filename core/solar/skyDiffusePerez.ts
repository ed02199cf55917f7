const D2R = Math.PI / 180;

/**
 * Perez et al. (1990) "all sites composite" coefficients F11 F12 F13 F21 F22 F23, one row per
 * sky-clearness bin ε: [1, 1.065), [1.065, 1.23), [1.23, 1.5), [1.5, 1.95), [1.95, 2.8),
 * [2.8, 4.5), [4.5, 6.2), [6.2, ∞).
 * Perez, R., Ineichen, P., Seals, R., Michalsky, J., Stewart, R. (1990) "Modeling daylight
 * availability and irradiance components from direct and global irradiance", Solar Energy 44(5):271–289, Table 6.
 */
export const PEREZ_1990_COEFFS: readonly (readonly number[])[] = [
  [-0.008, 0.588, -0.062, -0.06, 0.072, -0.022],
  [0.13, 0.683, -0.151, -0.019, 0.066, -0.029],
  [0.33, 0.487, -0.221, 0.055, -0.064, -0.026],
  [0.568, 0.187, -0.295, 0.109, -0.152, -0.014],
  [0.873, -0.392, -0.362, 0.226, -0.462, 0.001],
  [1.132, -1.237, -0.412, 0.288, -0.823, 0.056],
  [1.06, -1.6, -0.359, 0.264, -1.127, 0.131],
  [0.678, -0.327, -0.25, 0.156, -1.377, 0.251],
];

const EPS_BINS = [1.065, 1.23, 1.5, 1.95, 2.8, 4.5, 6.2];
const KAPPA = 1.041; // for zenith in radians
const COS85 = Math.cos(85 * D2R);

/**
 * Perez 1990 sky diffuse irradiance on a tilted plane [W/m²]: isotropic, circumsolar and
 * horizon-brightening components, DHI·[(1 − F1)(1 + cos β)/2 + F1·a/b + F2·sin β],
 * a = max(cos θ, 0), b = max(cos Z, cos 85°), ε = ((DHI + DNI)/DHI + κZ³)/(1 + κZ³),
 * Δ = DHI·AM/E0 with AM the relative air mass. Negative totals are clipped to 0.
 */
export function skyDiffusePerez(
  tiltDeg: number,
  dhi: number,
  dni: number,
  dniExtra: number,
  zenithDeg: number,
  aoiCos: number,
  relativeAirmass: number,
): number {
  if (!(dhi > 0)) return 0;
  const z = zenithDeg * D2R;
  const kz3 = KAPPA * z * z * z;
  const eps = ((dhi + dni) / dhi + kz3) / (1 + kz3);
  const delta = (dhi * (Number.isFinite(relativeAirmass) ? relativeAirmass : 0)) / dniExtra;
  let bin = 0;
  while (bin < EPS_BINS.length && eps >= EPS_BINS[bin]!) bin++;
  const c = PEREZ_1990_COEFFS[bin]!;
  const f1 = Math.max(0, c[0]! + c[1]! * delta + c[2]! * z);
  const f2 = c[3]! + c[4]! * delta + c[5]! * z;
  const a = Math.max(aoiCos, 0);
  const b = Math.max(Math.cos(z), COS85);
  const t = tiltDeg * D2R;
  const sky = dhi * ((1 - f1) * ((1 + Math.cos(t)) / 2) + (f1 * a) / b + f2 * Math.sin(t));
  return Math.max(0, sky);
}
