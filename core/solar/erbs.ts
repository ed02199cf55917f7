/**
 * Erbs, D.G., Klein, S.A., Duffie, J.A. (1982) "Estimation of the diffuse radiation fraction for
 * hourly, daily and monthly-average global radiation", Solar Energy 28(4):293–302.
 * Splits GHI [W/m²] into DNI and DHI [W/m²] from the clearness index kt = GHI/(E0·max(cos Z, 0.065)).
 * DNI is set to 0 for zenith > 87° (pvlib-python convention).
 */
export interface ErbsResult {
  dni: number;
  dhi: number;
  kt: number;
}

const D2R = Math.PI / 180;

export function erbsDiffuseFraction(kt: number): number {
  if (kt <= 0.22) return 1 - 0.09 * kt;
  if (kt <= 0.8) return 0.9511 - 0.1604 * kt + 4.388 * kt ** 2 - 16.638 * kt ** 3 + 12.336 * kt ** 4;
  return 0.165;
}

export function decomposeErbs(ghi: number, zenithDeg: number, dniExtra: number, maxZenithDeg = 87): ErbsResult {
  const cosZ = Math.cos(zenithDeg * D2R);
  if (!(ghi > 0)) return { dni: 0, dhi: 0, kt: 0 };
  const kt = Math.min(1, Math.max(0, ghi / (dniExtra * Math.max(cosZ, 0.065))));
  const dhi = erbsDiffuseFraction(kt) * ghi;
  const dni = (ghi - dhi) / cosZ;
  // keep closure GHI = DHI + DNI·cos Z: where DNI is rejected, all of GHI is diffuse
  if (zenithDeg > maxZenithDeg || !(dni > 0)) return { dni: 0, dhi: ghi, kt };
  return { dni, dhi, kt };
}
