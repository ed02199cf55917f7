/**
 * Validation of hourly zonal prices Pz [€/MWh] before they enter a tariff or a revenue.
 *
 * Negative day-ahead prices are possible in principle, but the Italian MGP has had a floor
 * of 0 €/MWh for most of its history and a harmonised floor of −500 €/MWh since the
 * SDAC coupling; the harmonised ceiling was raised from 3,000 to 4,000 €/MWh in 2022.
 * Values outside [−500, 4000] are treated as data errors (wrong unit, e.g. €/kWh × 1000
 * twice, or a shifted column).
 */

/** Lowest accepted zonal price [€/MWh] (SDAC harmonised minimum clearing price). */
export const MIN_PLAUSIBLE_PZ_EUR_PER_MWH = -500;
/** Highest accepted zonal price [€/MWh] (SDAC harmonised maximum clearing price, 2022). */
export const MAX_PLAUSIBLE_PZ_EUR_PER_MWH = 4000;

/**
 * Throws when `pz` is missing, not finite or outside the plausible range. `where` names
 * the hour (e.g. "step 17 (2023-01-01T17:00Z)") so the message points to the bad value.
 */
export function assertValidZonalPrice(pz: number | null | undefined, where: string): asserts pz is number {
  if (pz === null || pz === undefined || typeof pz !== 'number' || Number.isNaN(pz)) {
    throw new Error(`Zonal price Pz missing at ${where}`);
  }
  if (!Number.isFinite(pz)) {
    throw new Error(`Zonal price Pz at ${where} is not finite (${pz})`);
  }
  if (pz < MIN_PLAUSIBLE_PZ_EUR_PER_MWH || pz > MAX_PLAUSIBLE_PZ_EUR_PER_MWH) {
    throw new Error(
      `Zonal price Pz at ${where} is ${pz} €/MWh, outside the plausible range ` +
        `[${MIN_PLAUSIBLE_PZ_EUR_PER_MWH}, ${MAX_PLAUSIBLE_PZ_EUR_PER_MWH}] €/MWh (wrong unit?)`,
    );
  }
}

/**
 * True when every price of `pz` is plausible (a number in the range above), found once per
 * series and kept while the series lives: a run and every variant of a sweep read the same
 * price series many times. Series are read, never changed (a run that needs other prices makes
 * a new series). False: the caller checks value by value, to name the step that fails.
 */
export function allPlausiblePrices(pz: ArrayLike<number>): boolean {
  return priceRange(pz).plausible;
}

/** True when every price of `pz` is plausible and none is negative (kept as above). */
export function allPlausibleNonNegativePrices(pz: ArrayLike<number>): boolean {
  const r = priceRange(pz);
  return r.plausible && r.nonNegative;
}

function priceRange(pz: ArrayLike<number>): { plausible: boolean; nonNegative: boolean } {
  let r = ranges.get(pz);
  if (!r) {
    r = { plausible: true, nonNegative: true };
    for (let i = 0; i < pz.length && r.plausible; i++) {
      const v = pz[i];
      r.plausible = typeof v === 'number' && v >= MIN_PLAUSIBLE_PZ_EUR_PER_MWH && v <= MAX_PLAUSIBLE_PZ_EUR_PER_MWH;
      if (v! < 0) r.nonNegative = false;
    }
    ranges.set(pz, r);
  }
  return r;
}

const ranges = new WeakMap<object, { plausible: boolean; nonNegative: boolean }>();
