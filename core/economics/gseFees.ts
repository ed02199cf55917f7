/**
 * GSE fees of DM MASE 15 Mar 2024 n. 106, Allegato 1 [DM106 p.6] (amounts plus VAT where
 * due [DM106 Allegato 2 p.7]). The schedule is data (resources/parameters/gse-fees.json).
 */

/** Yearly tariff-service fee, binomial: fixed + variable per kW above a threshold [DM106 All.1 a)]. */
export interface TariffServiceFeeSchedule {
  /** No fee up to this power [kW] (3). */
  freeUpToKw: number;
  /** Fixed part above `freeUpToKw` [€/yr] (15). */
  fixedEurPerYear: number;
  /** Variable part applies to each kW above this power [kW] (20). */
  variableAboveKw: number;
  /** Variable part [€/kW/yr] (1). */
  variableEurPerKwYear: number;
}

/** One-off fee by power band: plants up to `upToKw` pay `eur`. */
export interface FeeBand {
  upToKw: number;
  eur: number;
}

export interface GseFeeSchedule {
  tariffService: TariffServiceFeeSchedule;
  /** One-off PNRR grant fee by power band [DM106 All.1 b)]. */
  pnrrGrantBands: FeeBand[];
  /** One-off preliminary eligibility check fee [€] [DM106 All.1 c)]. */
  preliminaryCheckEur: number;
}

function checkPower(powerKw: number): void {
  if (!Number.isFinite(powerKw) || powerKw <= 0) throw new Error(`Plant power must be > 0 kW, got ${powerKw}`);
}

/**
 * Yearly GSE fee for one plant admitted to the TIP [€/yr]: 0 up to 3 kW; 15 above 3 and up
 * to 20 kW; above 20 kW 15 + 1 €/kW for each kW over 20 [DM106 All.1 a) p.6]. "Each kW" is
 * read as proportional to the power over 20 kW (fractions of a kW pro rata).
 */
export function tariffServiceFeeEurPerYear(powerKw: number, s: TariffServiceFeeSchedule): number {
  checkPower(powerKw);
  if (powerKw <= s.freeUpToKw) return 0;
  return s.fixedEurPerYear + Math.max(0, powerKw - s.variableAboveKw) * s.variableEurPerKwYear;
}

/** One-off PNRR grant fee for a plant [€] [DM106 All.1 b) p.6]. @throws above the last band (1 MW). */
export function pnrrGrantFeeEur(powerKw: number, bands: readonly FeeBand[]): number {
  checkPower(powerKw);
  const band = bands.find((b) => powerKw <= b.upToKw);
  if (!band) throw new Error(`No PNRR grant fee band for ${powerKw} kW (grants are for plants ≤ 1 MW)`);
  return band.eur;
}
