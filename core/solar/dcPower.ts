/**
 * PVWatts v5 DC power [kW] (Dobos, A.P. (2014) "PVWatts Version 5 Manual", NREL/TP-6A20-62641, eq. 3):
 * P = Pdc0·(E/1000)·(1 + γ·(Tc − 25)). Pdc0 [kWp], E transmitted POA irradiance [W/m²],
 * Tc cell temperature [°C], γ temperature coefficient [1/K] (default −0.004 = −0.4 %/K).
 */
export function pvwattsDc(kWp: number, effectivePoa: number, cellTempC: number, gammaPerK = -0.004): number {
  return kWp * (effectivePoa / 1000) * (1 + gammaPerK * (cellTempC - 25));
}
