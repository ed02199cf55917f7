/**
 * Air density for the power-curve correction: the curve of a turbine is stated at the
 * standard density ρ0 = 1.225 kg/m³ (ISO 2533 at sea level, 15 °C).
 */

/** Standard sea-level air density [kg/m³]. */
export const STANDARD_AIR_DENSITY = 1.225;
/** Gas constant of dry air [J/(kg·K)]. */
const R_DRY_AIR = 287.05;

/** Pressure of the ISO 2533 standard atmosphere at an elevation [Pa] (troposphere). */
export function standardPressurePa(elevationM: number): number {
  return 101_325 * Math.pow(1 - 2.25577e-5 * elevationM, 5.25588);
}

/** Dry-air density ρ = p / (R · T) [kg/m³] at `temperatureC` [°C] and `pressurePa` [Pa]. */
export function airDensityKgM3(temperatureC: number, pressurePa: number): number {
  return pressurePa / (R_DRY_AIR * (temperatureC + 273.15));
}

/**
 * Wind speed equivalent at standard density, to read a power curve stated at ρ0:
 * v_eq = v · (ρ / ρ0)^(1/3) — the density normalisation of IEC 61400-12-1 (§9.1.5) taken in
 * the other direction (same kinetic power flux ½ρv³).
 */
export function densityEquivalentSpeed(speedMs: number, densityKgM3: number): number {
  return speedMs * Math.cbrt(densityKgM3 / STANDARD_AIR_DENSITY);
}
