/**
 * PVWatts v5 inverter model [kW AC] (Dobos 2014, NREL/TP-6A20-62641, eq. 9–10):
 * ζ = Pdc/Pdc0, η = (ηnom/ηref)·(−0.0162·ζ − 0.0059/ζ + 0.9858), Pac = min(η·Pdc, Pac0),
 * with Pac0 = ηnom·Pdc0 the AC rating; Pac = 0 for Pdc ≤ 0.
 * @param pdc DC input [kW]; @param pdc0 DC input at the AC rating [kW]
 * Defaults ηnom = 0.96, ηref = 0.9637.
 */
export function pvwattsInverter(pdc: number, pdc0: number, etaNom = 0.96, etaRef = 0.9637): number {
  if (!(pdc > 0)) return 0;
  const zeta = pdc / pdc0;
  const eta = (etaNom / etaRef) * (-0.0162 * zeta - 0.0059 / zeta + 0.9858);
  return Math.max(0, Math.min(eta * pdc, etaNom * pdc0));
}
