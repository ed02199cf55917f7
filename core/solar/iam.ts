const D2R = Math.PI / 180;

/**
 * ASHRAE incidence-angle modifier [-]: 1 − b0·(1/cos θ − 1), clipped at 0, 0 for θ ≥ 90°.
 * Souka, A.F. & Safwat, H.H. (1966) Solar Energy 10:170–174; ASHRAE Standard 93-77. Default b0 = 0.05.
 */
export function iamAshrae(aoiDeg: number, b0 = 0.05): number {
  if (!(aoiDeg < 90)) return 0;
  return iamAshraeCos(Math.cos(aoiDeg * D2R), b0);
}

/** ASHRAE modifier from cos θ [-] (avoids the acos in the hot loop). */
export function iamAshraeCos(cosAoi: number, b0 = 0.05): number {
  if (!(cosAoi > 0)) return 0;
  return Math.max(0, 1 - b0 * (1 / cosAoi - 1));
}

/**
 * Martin & Ruiz (2001) beam incidence-angle modifier [-]:
 * (1 − exp(−cos θ/ar)) / (1 − exp(−1/ar)), 0 for θ ≥ 90°. Default ar = 0.16.
 * Martin, N. & Ruiz, J.M. (2001) "Calculation of the PV modules angular losses under field
 * conditions by means of an analytical model", Sol. Energy Mater. Sol. Cells 70:25–38.
 */
export function iamMartinRuiz(aoiDeg: number, ar = 0.16): number {
  if (!(aoiDeg < 90)) return 0;
  return iamMartinRuizCos(Math.cos(aoiDeg * D2R), ar);
}

/** Martin & Ruiz beam modifier from cos θ [-]. */
export function iamMartinRuizCos(cosAoi: number, ar = 0.16): number {
  if (!(cosAoi > 0)) return 0;
  return (1 - Math.exp(-cosAoi / ar)) / (1 - Math.exp(-1 / ar));
}

/**
 * Martin & Ruiz (2001) modifiers for isotropic sky diffuse and ground-reflected irradiance [-]
 * on a plane tilted β [°], with c1 = 4/(3π) and c2 = 0.5·ar − 0.154 (paper eq. 9–10).
 */
export function iamMartinRuizDiffuse(tiltDeg: number, ar = 0.16): { sky: number; ground: number } {
  const c1 = 4 / (3 * Math.PI);
  const c2 = 0.5 * ar - 0.154;
  const b = Math.max(tiltDeg, 1e-6) * D2R;
  const sinB = Math.sin(b);
  const cosB = Math.cos(b);
  const xs = sinB + (Math.PI - b - sinB) / (1 + cosB);
  const xg = sinB + (b - sinB) / (1 - cosB);
  const f = (x: number): number => 1 - Math.exp((-1 / ar) * (c1 * x + c2 * x * x));
  return { sky: f(xs), ground: f(xg) };
}
