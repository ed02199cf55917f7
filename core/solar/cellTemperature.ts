/**
 * Faiman (2008) module temperature [°C]: Ta + E/(u0 + u1·ws).
 * Faiman, D. (2008) "Assessing the outdoor operating temperature of photovoltaic modules",
 * Prog. Photovolt. 16:307–315. E plane-of-array irradiance [W/m²], Ta [°C], ws wind [m/s];
 * defaults u0 = 25 W/(m²K), u1 = 6.84 W·s/(m³K) (IEC 61853-2 / pvlib).
 */
export function cellTemperatureFaiman(poa: number, tAir: number, windSpeed: number, u0 = 25, u1 = 6.84): number {
  return tAir + poa / (u0 + u1 * Math.max(0, windSpeed));
}

/** Sandia (SAPM) thermal-model parameters: a [-], b [s/m], ΔT [°C]. */
export interface SapmThermal {
  a: number;
  b: number;
  deltaT: number;
}

/** King et al. (2004) SAND2004-3535, Table 1: open-rack glass/glass and glass/polymer. */
export const SAPM_OPEN_RACK_GLASS_GLASS: SapmThermal = { a: -3.47, b: -0.0594, deltaT: 3 };
export const SAPM_OPEN_RACK_GLASS_POLYMER: SapmThermal = { a: -3.56, b: -0.075, deltaT: 3 };

/**
 * SAPM cell temperature [°C], King, D.L., Boyson, W.E., Kratochvil, J.A. (2004) "Photovoltaic
 * Array Performance Model", SAND2004-3535, eq. 11–12:
 * Tm = E·exp(a + b·ws) + Ta, Tc = Tm + (E/1000)·ΔT.
 */
export function cellTemperatureSapm(poa: number, tAir: number, windSpeed: number, p: SapmThermal = SAPM_OPEN_RACK_GLASS_GLASS): number {
  const tm = poa * Math.exp(p.a + p.b * windSpeed) + tAir;
  return tm + (poa / 1000) * p.deltaT;
}
