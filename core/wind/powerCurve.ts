/**
 * Power curves of wind turbines: output [kW] against hub-height wind speed [m/s], linear
 * between tabulated points, zero below cut-in and at or above cut-out.
 */

export interface PowerCurve {
  /** Wind speeds [m/s], increasing. */
  speedsMs: readonly number[];
  /** Output at each speed as a fraction of rated power [-]. */
  powerFraction: readonly number[];
  /** Below this speed the turbine does not produce [m/s]. */
  cutInMs: number;
  /** At or above this speed the turbine stops [m/s]. */
  cutOutMs: number;
  /** Where the numbers come from. */
  source: string;
}

/**
 * Generic small-turbine curve (stall-regulated, direct drive, rated at 11 m/s), normalised to
 * rated power: the certified power-performance test of the Bergey Excel 15 (15.6 kW rated,
 * 9.6 m rotor; Small Wind Certification Council test to AWEA 9.1 / IEC 61400-12-1), as published
 * in NREL's turbine-models library (Distributed/BergeyExcel15_15.6kW_9.6.csv), divided by 15.6 kW
 * and capped at 1 above rated speed (the turbine's stall overshoot is not counted: a
 * conservative generic curve). Cut-out at 25 m/s (furling/shut-down of small turbines; the
 * IEC 61400-2 class I–IV turbines are designed for a reference speed of 30–50 m/s).
 */
export const GENERIC_SMALL_TURBINE_CURVE: PowerCurve = {
  speedsMs: [2.52, 2.99, 3.49, 4.01, 4.51, 5, 5.5, 6, 6.5, 7, 7.49, 8, 8.5, 9, 9.49, 9.99, 10.51, 11.01],
  powerFraction: [0, 0.108, 0.328, 0.679, 1.28, 2.074, 2.878, 3.824, 4.897, 6.089, 7.226, 8.5, 9.731, 11.265, 12.361, 13.664, 14.502, 15.612].map((kw) =>
    Math.min(1, kw / 15.6),
  ),
  cutInMs: 2.52,
  cutOutMs: 25,
  source: 'Bergey Excel 15 SWCC power-performance test, NREL turbine-models (Distributed/BergeyExcel15_15.6kW_9.6.csv), normalised to rated power',
};

/**
 * Output of a turbine of `ratedKW` [kW] at hub-height speed `speedMs` [m/s] [kW]: linear
 * interpolation of the curve, the last point held up to cut-out.
 */
export function powerFromCurve(curve: PowerCurve, speedMs: number, ratedKW: number): number {
  if (!(speedMs >= curve.cutInMs) || speedMs >= curve.cutOutMs) return 0;
  const v = curve.speedsMs;
  const p = curve.powerFraction;
  const last = v.length - 1;
  if (speedMs >= v[last]!) return p[last]! * ratedKW;
  let i = 0;
  while (v[i + 1]! < speedMs) i++;
  const t = (speedMs - v[i]!) / (v[i + 1]! - v[i]!);
  return (p[i]! + t * (p[i + 1]! - p[i]!)) * ratedKW;
}
