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
import { centsOf, Decimal, fromCents, roundEur } from './money';
import { allPlausiblePrices, assertValidZonalPrice, MAX_PLAUSIBLE_PZ_EUR_PER_MWH, MIN_PLAUSIBLE_PZ_EUR_PER_MWH } from './zonalPrice';

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
  return zonalSums(injectionSteps(injectedKWh), prices);
}

/** The steps with energy injected: their index and energy [kWh], `n` of them. */
interface Injection {
  at: Int32Array;
  kWh: Float64Array;
  n: number;
}

/** Buffers of {@link injectionSteps}, reused from call to call (grown as needed). */
let injection: Injection = { at: new Int32Array(0), kWh: new Float64Array(0), n: 0 };

/**
 * The steps of `injectedKWh` with energy, each checked (≥ 0), in order: only they are sold
 * (night hours add nothing). Valid until the next call.
 */
function injectionSteps(injectedKWh: ArrayLike<number>): Injection {
  if (injection.at.length < injectedKWh.length) injection = { at: new Int32Array(injectedKWh.length), kWh: new Float64Array(injectedKWh.length), n: 0 };
  const { at, kWh } = injection;
  let n = 0;
  for (let h = 0; h < injectedKWh.length; h++) {
    const e = injectedKWh[h]!;
    if (!(e >= 0)) throw new Error(`Injected energy at step ${h} must be ≥ 0 kWh, got ${e}`);
    if (e !== 0) {
      at[n] = h;
      kWh[n] = e;
      n++;
    }
  }
  injection.n = n;
  return injection;
}

/**
 * Σ E_h × Pz_h / 1000 of the steps `inj` at each price series [€], summed in step order. A
 * series with an implausible price is checked at those steps first (the first bad one named).
 */
function zonalSums(inj: Injection, prices: readonly ArrayLike<number>[]): Float64Array {
  const { at, kWh, n } = inj;
  if (!prices.every(allPlausiblePrices)) {
    for (let j = 0; j < n; j++) for (const pz of prices) checkPrice(pz, at[j]!);
  }
  const sums = new Float64Array(prices.length);
  for (let k = 0; k < prices.length; k++) {
    const pz = prices[k]!;
    let s = 0;
    for (let j = 0; j < n; j++) s += (kWh[j]! * pz[at[j]!]!) / 1000;
    sums[k] = s;
  }
  return sums;
}

function checkPrice(pz: ArrayLike<number>, h: number): void {
  const v = pz[h]!;
  if (!(v >= MIN_PLAUSIBLE_PZ_EUR_PER_MWH && v <= MAX_PLAUSIBLE_PZ_EUR_PER_MWH)) assertValidZonalPrice(v, `step ${h}`);
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
  /** The same in integer cents [c€] (sums of many plants, exact in doubles). */
  revenueCents: number;
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
 * its Pz scenarios), reading the injection once and only its steps with energy: the bands
 * fill the same way whatever the price, and each price's sums are made in the same order as
 * alone (the same doubles).
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
  const inj = injectionSteps(injectedKWh);
  // Per price series: value at zonal prices [€].
  const zonal = zonalSums(inj, prices);
  const K = prices.length;
  // Per price series: value with the bands [€] (typed: no boxing). Until energy first goes
  // beyond the last band every series adds the same banded amounts: one sum for all of them
  // [€] (the same doubles), copied out when they part.
  const pmg = new Float64Array(K);
  let common = 0;
  let parted = false;
  const nBands = bands.length;
  let cum = 0;
  let b = 0; // the first band not yet full (nBands when all are): cum only grows
  for (let j = 0; j < inj.n; j++) {
    let e = inj.kWh[j]!;
    while (b < nBands && !(cum < bands[b]!.upToKWh)) b++;
    while (e > 0 && b < nBands) {
      const take = Math.min(bands[b]!.upToKWh - cum, e);
      const banded = (take * bands[b]!.eurPerMWh) / 1000;
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
      const h = inj.at[j]!;
      for (let k = 0; k < K; k++) pmg[k] += (e * prices[k]![h]!) / 1000;
      cum += e;
    }
  }
  if (!parted) pmg.fill(common);
  const out: PmgRevenue[] = [];
  for (let k = 0; k < K; k++) out.push(new PmgYear(centsOf(pmg[k]!), centsOf(zonal[k]!)));
  return out;
}

/** A year of RID with PMG, kept in integer cents; the decimal amounts are made when read. */
class PmgYear implements PmgRevenue {
  readonly topUpCents: number;
  readonly revenueCents: number;
  constructor(
    readonly pmgValueCents: number,
    readonly zonalValueCents: number,
  ) {
    this.topUpCents = Math.max(0, zonalValueCents - pmgValueCents);
    this.revenueCents = pmgValueCents + this.topUpCents;
  }
  get pmgValueEur(): Decimal {
    return fromCents(this.pmgValueCents);
  }
  get zonalValueEur(): Decimal {
    return fromCents(this.zonalValueCents);
  }
  get topUpEur(): Decimal {
    return fromCents(this.topUpCents);
  }
  get revenueEur(): Decimal {
    return fromCents(this.revenueCents);
  }
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
