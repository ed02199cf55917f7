/**
 * Sale of injected energy. The injected energy stays the producer's [RO p.34 §2.2.2: RID is
 * one of the contributions, "ove richiesto"]; it can be sold:
 * - to GSE under dedicated withdrawal (RID) at the hourly zonal price [RO p.42 §2.2.2.3;
 *   ARERA 280/07 Allegato A; RO App. A p.145 definition];
 * - under RID with guaranteed minimum prices (PMG) for eligible small plants: the first
 *   kWh of each year are paid at the PMG bands, and at year end GSE tops up to the value at
 *   zonal prices when that is higher (ARERA 280/07 as amended; values and eligibility are
 *   yearly data in resources/parameters/energy-sale.json);
 * - on the market, at a price the user gives.
 */
import type { PlantSource } from '../model/entities';
import { Decimal, roundEur } from './money';
import { assertValidZonalPrice, MAX_PLAUSIBLE_PZ_EUR_PER_MWH, MIN_PLAUSIBLE_PZ_EUR_PER_MWH } from './zonalPrice';

function checkSameLength(a: ArrayLike<number>, b: ArrayLike<number>): void {
  if (a.length !== b.length) {
    throw new Error(`Injected energy has ${a.length} steps, zonal prices have ${b.length}`);
  }
}

/** Market value of injected energy at hourly zonal prices, Σ E_h × Pz_h / 1000 [€] (not rounded). */
export function zonalValueEur(injectedKWh: ArrayLike<number>, pzEurPerMWh: ArrayLike<number>): number {
  return zonalValuesEur(injectedKWh, [pzEurPerMWh])[0]!;
}

/** `zonalValueEur` at several price series, in one pass over the injection [€ each]. */
export function zonalValuesEur(injectedKWh: ArrayLike<number>, prices: readonly ArrayLike<number>[]): Float64Array {
  for (const pz of prices) checkSameLength(injectedKWh, pz);
  const K = prices.length;
  const sum = new Float64Array(K);
  for (let h = 0; h < injectedKWh.length; h++) {
    const e = injectedKWh[h]!;
    if (!(e >= 0)) throw new Error(`Injected energy at step ${h} must be ≥ 0 kWh, got ${e}`);
    if (e !== 0) addAtPrices(sum, prices, h, e);
  }
  return sum;
}

/** Adds `e` [kWh] of step `h` at each price series' zonal price to `sums` [€]. */
function addAtPrices(sums: Float64Array, prices: readonly ArrayLike<number>[], h: number, e: number): void {
  for (let k = 0; k < prices.length; k++) {
    const pz = prices[k]![h]!;
    // The label only for the price that fails (the sweeps run this loop millions of times).
    if (!(pz >= MIN_PLAUSIBLE_PZ_EUR_PER_MWH && pz <= MAX_PLAUSIBLE_PZ_EUR_PER_MWH)) assertValidZonalPrice(pz, `step ${h}`);
    sums[k] += (e * pz) / 1000;
  }
}

/** RID revenue at hourly zonal prices [€, to the cent]. */
export function ridRevenueEur(injectedKWh: ArrayLike<number>, pzEurPerMWh: ArrayLike<number>): Decimal {
  return roundEur(zonalValueEur(injectedKWh, pzEurPerMWh));
}

/** One PMG band: energy of the year up to `upToKWh` (cumulative) paid at `eurPerMWh`. */
export interface PmgBand {
  /** Cumulative yearly energy bound of the band [kWh]. */
  upToKWh: number;
  /** Guaranteed minimum price [€/MWh]. */
  eurPerMWh: number;
}

export interface PmgRevenue {
  /** Value of the banded energy at PMG plus the rest at zonal prices [€]. */
  pmgValueEur: Decimal;
  /** Value of all energy at zonal prices [€]. */
  zonalValueEur: Decimal;
  /** Year-end top-up when zonal value is higher [€]. */
  topUpEur: Decimal;
  /** What the producer receives: max(pmgValue, zonalValue) [€]. */
  revenueEur: Decimal;
}

/**
 * One calendar year of RID with PMG: hourly injections in chronological order, the first
 * kWh filling the bands; energy beyond the last band at zonal price; year-end top-up to the
 * zonal value when higher.
 */
export function pmgRevenueEur(
  injectedKWh: ArrayLike<number>,
  pzEurPerMWh: ArrayLike<number>,
  bands: readonly PmgBand[],
): PmgRevenue {
  return pmgRevenueAtPrices(injectedKWh, [pzEurPerMWh], bands)[0]!;
}

/**
 * `pmgRevenueEur` of one plant's injection at several zonal price series (a run's prices and
 * its Pz scenarios), in one pass: the bands fill the same way whatever the price, and each
 * price's sums are made in the same order as alone (the same doubles).
 */
export function pmgRevenueAtPrices(
  injectedKWh: ArrayLike<number>,
  prices: readonly ArrayLike<number>[],
  bands: readonly PmgBand[],
): PmgRevenue[] {
  for (const pz of prices) checkSameLength(injectedKWh, pz);
  for (let b = 1; b < bands.length; b++) {
    if (!(bands[b]!.upToKWh > bands[b - 1]!.upToKWh)) throw new Error('PMG bands must have increasing upToKWh');
  }
  const K = prices.length;
  // Per price series: value at zonal prices and value with the bands [€] (typed: no boxing).
  const zonal = new Float64Array(K);
  const pmg = new Float64Array(K);
  // Until energy first goes beyond the last band every series adds the same banded amounts:
  // one sum for all of them [€] (the same doubles), copied out when they part.
  let common = 0;
  let parted = false;
  const upTo = Float64Array.from(bands, (x) => x.upToKWh);
  const bandPrice = Float64Array.from(bands, (x) => x.eurPerMWh);
  const nBands = upTo.length;
  let cum = 0;
  let b = 0; // the first band not yet full (nBands when all are): cum only grows
  for (let h = 0; h < injectedKWh.length; h++) {
    let e = injectedKWh[h]!;
    if (!(e >= 0)) throw new Error(`Injected energy at step ${h} must be ≥ 0 kWh, got ${e}`);
    // A step with nothing injected adds nothing and fills no band.
    if (e === 0) continue;
    addAtPrices(zonal, prices, h, e);
    while (b < nBands && !(cum < upTo[b]!)) b++;
    while (e > 0 && b < nBands) {
      const take = Math.min(upTo[b]! - cum, e);
      const banded = (take * bandPrice[b]!) / 1000;
      if (parted) for (let k = 0; k < K; k++) pmg[k] += banded;
      else common += banded;
      cum += take;
      e -= take;
      if (e > 0) b++;
    }
    if (e > 0) {
      if (!parted) {
        pmg.fill(common);
        parted = true;
      }
      addAtPrices(pmg, prices, h, e);
      cum += e;
    }
  }
  if (!parted) pmg.fill(common);
  const out: PmgRevenue[] = [];
  for (let k = 0; k < K; k++) {
    const pmgValue = roundEur(pmg[k]!);
    const zonalValue = roundEur(zonal[k]!);
    const topUp = Decimal.max(0, zonalValue.minus(pmgValue));
    out.push({ pmgValueEur: pmgValue, zonalValueEur: zonalValue, topUpEur: topUp, revenueEur: pmgValue.plus(topUp) });
  }
  return out;
}

/** Sale of `injectedKWh` [kWh] at a flat user price [€/MWh] [€, to the cent]. */
export function marketSaleEur(injectedKWh: number, priceEurPerMWh: number): Decimal {
  if (!(injectedKWh >= 0)) throw new Error(`Injected energy must be ≥ 0 kWh, got ${injectedKWh}`);
  if (!Number.isFinite(priceEurPerMWh)) throw new Error(`Sale price must be finite, got ${priceEurPerMWh}`);
  return roundEur(new Decimal(injectedKWh).times(priceEurPerMWh).dividedBy(1000));
}

/** PMG eligibility limits [kW] (resources/parameters/energy-sale.json `pmgEligibility`). */
export interface PmgEligibility {
  /** Renewable plants without production incentives, up to this power [kW] (1000). */
  maxPowerKwWithoutIncentive: number;
  /** Incentivised plants keep PMG only for these sources, up to the power given [kW] (PV 100, hydro 500). */
  maxPowerKwWithIncentive: Partial<Record<PlantSource, number>>;
}

/**
 * True when a plant may sell under RID at guaranteed minimum prices. A plant receiving the
 * CACER tariff counts as incentivised (conservative reading of DL 145/2013).
 */
export function isPmgEligible(
  plant: { powerKw: number; source: PlantSource; incentivised: boolean },
  rules: PmgEligibility,
): boolean {
  if (!(plant.powerKw > 0)) return false;
  if (!plant.incentivised) return plant.powerKw <= rules.maxPowerKwWithoutIncentive;
  const max = rules.maxPowerKwWithIncentive[plant.source];
  return max !== undefined && plant.powerKw <= max;
}
