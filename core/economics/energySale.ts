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
import { centsOf, centsWithin, Decimal, fromCents, roundEur } from './money';
import { constantSegments, segmentBuffer, sumsBySegment, wholeSeries } from './constantSegments';
import { allPlausibleNonNegativePrices, allPlausiblePrices, assertValidZonalPrice, MAX_PLAUSIBLE_PZ_EUR_PER_MWH, MIN_PLAUSIBLE_PZ_EUR_PER_MWH } from './zonalPrice';

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
  return saleSums(injectedKWh, prices, null).zonal;
}

/** `zonalValuesEur` rounded to the cent [c€ each]: what RID pays. */
export function zonalValuesCents(injectedKWh: ArrayLike<number>, prices: readonly ArrayLike<number>[]): Float64Array {
  for (const pz of prices) checkSameLength(injectedKWh, pz);
  return (fastSaleCents(injectedKWh, prices, null) ?? referenceSaleCents(injectedKWh, prices, null)).zonal;
}

/**
 * Value of the injection at each price series, Σ E_h × Pz_h / 1000, and with `bands` its
 * value with the PMG bands [€ each, not rounded]: the injection read once for three series,
 * only steps with energy priced (night hours add nothing), each series summed in step order
 * (the same doubles as one series alone). The bands fill chronologically, the same way whatever
 * the price; until energy first goes beyond the last band every series adds the same banded
 * amounts: one sum for all of them, copied out when they part. Each step is checked (the
 * first bad one named), and a price at a step with energy when its series is not plausible
 * throughout.
 */
function saleSums(injectedKWh: ArrayLike<number>, prices: readonly ArrayLike<number>[], bands: readonly PmgBand[] | null): { zonal: Float64Array; pmg: Float64Array } {
  const K = prices.length;
  const zonal = new Float64Array(K);
  const pmg = new Float64Array(K);
  const checked = prices.every(allPlausiblePrices);
  let common = 0;
  let parted = false;
  const nBands = bands?.length ?? 0;
  let cum = 0;
  let b = 0; // the first band not yet full (nBands when all are): cum only grows
  for (let k = 0; k < K; k += 3) {
    // Three series side by side (a missing one repeats the first); the bands on the first pass.
    const pa = prices[k]!;
    const pb = prices[k + 1] ?? pa;
    const pc = prices[k + 2] ?? pa;
    const first = k === 0;
    let za = 0, zb = 0, zc = 0;
    for (let h = 0; h < injectedKWh.length; h++) {
      let e = injectedKWh[h]!;
      if (first && !(e >= 0)) throw new Error(`Injected energy at step ${h} must be ≥ 0 kWh, got ${e}`);
      // A step with nothing injected adds nothing and fills no band.
      if (e === 0) continue;
      if (first && !checked) for (const pz of prices) checkPrice(pz, h);
      za += (e * pa[h]!) / 1000;
      zb += (e * pb[h]!) / 1000;
      zc += (e * pc[h]!) / 1000;
      if (!first || bands === null) continue;
      while (b < nBands && !(cum < bands[b]!.upToKWh)) b++;
      while (e > 0 && b < nBands) {
        const take = Math.min(bands[b]!.upToKWh - cum, e);
        const banded = (take * bands[b]!.eurPerMWh) / 1000;
        if (parted) for (let q = 0; q < K; q++) pmg[q] += banded;
        else common += banded;
        cum += take;
        e -= take;
        if (e > 0) b++;
      }
      if (e > 0) {
        // Beyond the last band: at each series' zonal price.
        if (!parted) {
          pmg.fill(common);
          parted = true;
        }
        for (let q = 0; q < K; q++) pmg[q] += (e * prices[q]![h]!) / 1000;
        cum += e;
      }
    }
    zonal[k] = za;
    if (k + 1 < K) zonal[k + 1] = zb;
    if (k + 2 < K) zonal[k + 2] = zc;
  }
  if (!parted) pmg.fill(common);
  return { zonal, pmg };
}

/**
 * The cents of `saleSums` (zonal values and, with `bands`, PMG values) from fast sums, or null
 * when they cannot stand for it: the injection summed over the steps where every price series
 * is constant (constantSegments.ts: one segment a month at monthly average prices), each sum
 * times the price, divided by 1000 once, in place of a product and a division per step. Every
 * term is ≥ 0 (no negative price). The reference rounds each step's product and quotient and
 * each addition; the fast sum each addition of energy, each product and each addition of
 * segment: they lie within 3n + 4 units of 2^-53 of the amount for n steps (margin doubled),
 * which fixes the cent unless the amount lies that close to a half cent (centsWithin). The
 * PMG value is summed fast only while the year's energy stays (by a margin) inside the first
 * band: every step then fills it whole, at one price. Null also when a step or price needs
 * checking: the reference then names it.
 */
function fastSaleCents(injectedKWh: ArrayLike<number>, prices: readonly ArrayLike<number>[], bands: readonly PmgBand[] | null): { zonal: Float64Array; pmg: Float64Array } | null {
  if (!prices.every(allPlausibleNonNegativePrices) || (bands !== null && !(bands.length > 0 && bands[0]!.eurPerMWh >= 0))) return null;
  const n = injectedKWh.length;
  const segs = constantSegments(prices, wholeSeries(n));
  const segKWh = segmentBuffer(segs.starts.length - 1);
  if (!sumsBySegment(injectedKWh, segs, segKWh)) return null;
  const err = (eur: number) => (3 * n + 16) * 2.3e-16 * eur;
  const zonal = new Float64Array(prices.length);
  for (let k = 0; k < prices.length; k++) {
    const pz = segs.values[k]!;
    let sum = 0;
    for (let s = 0; s + 1 < segs.starts.length; s++) sum += segKWh[s]! * pz[s]!;
    const eur = sum / 1000;
    const cents = eur === 0 ? 0 : centsWithin(eur, err(eur));
    if (cents === null) return null;
    zonal[k] = cents;
  }
  const pmg = new Float64Array(prices.length);
  if (bands !== null) {
    // The year's energy [kWh]: within 2n units of 2^-53 of the sum in step order by which the
    // bands fill, far inside the margin.
    let kWh = 0;
    for (let s = 0; s + 1 < segs.starts.length; s++) kWh += segKWh[s]!;
    if (!(kWh <= bands[0]!.upToKWh * (1 - 1e-9))) return null;
    const eur = (bands[0]!.eurPerMWh * kWh) / 1000;
    const cents = eur === 0 ? 0 : centsWithin(eur, err(eur));
    if (cents === null) return null;
    pmg.fill(cents);
  }
  return { zonal, pmg };
}

/** The cents of `saleSums` [c€ each]. */
function referenceSaleCents(injectedKWh: ArrayLike<number>, prices: readonly ArrayLike<number>[], bands: readonly PmgBand[] | null): { zonal: Float64Array; pmg: Float64Array } {
  const { zonal, pmg } = saleSums(injectedKWh, prices, bands);
  return { zonal: zonal.map(centsOf), pmg: pmg.map(centsOf) };
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
 * its Pz scenarios), reading the injection once for three series (see saleSums).
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
  const { zonal, pmg } = fastSaleCents(injectedKWh, prices, bands) ?? referenceSaleCents(injectedKWh, prices, bands);
  return Array.from(pmg, (c, k) => new PmgYear(c, zonal[k]!));
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
