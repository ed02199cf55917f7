/**
 * Monthly incentive per plant: C_ACI = Σ_h TIP_h × E_ACI,h [RO §2.2.2.1.2 p.38], with
 * E_ACI already attributed to each plant (oldest plant first [RO App. A p.143–144] — done
 * upstream by the shared-energy model).
 */
import type { PlantSource } from '../model/entities';
import { type TimeBase, stepStartUtcMs } from '../model/timeseries';
import { monthKeysOfSteps, monthOfKey } from './civilMonths';
import { Decimal, roundEur, sumEur } from './money';
import {
  TIP_REFERENCE_PRICE_EUR_PER_MWH,
  fcZonaleEurPerMWh,
  reductionFactorF,
  tipPowerClass,
} from './tipTariff';
import { assertValidZonalPrice, MAX_PLAUSIBLE_PZ_EUR_PER_MWH, MIN_PLAUSIBLE_PZ_EUR_PER_MWH } from './zonalPrice';

export interface IncentivePlantInput {
  plantId: number;
  /** Power of the plant or section [kW] (sets TPbase and CAP). */
  powerKw: number;
  /** Italian region (sets FC_zonale for PV). */
  region: string;
  source: PlantSource;
  /** Capital-grant share 0…0.4 [-] (sets F). */
  grantShare: number;
  /** Incentivised shared energy E_ACI attributed to this plant, per step [kWh]. */
  eaciKWh: ArrayLike<number>;
  /**
   * Part of `eaciKWh` shared with withdrawal points exempt from F (see fExemption.ts), per
   * step [kWh]. Default: none. [RO p.39; App. B §3 p.149]
   */
  eaciFExemptKWh?: ArrayLike<number>;
}

export interface MonthlyIncentiveInput {
  /** Time base of every series (60- or 15-minute steps). */
  base: TimeBase;
  /** Zonal price of the hour containing each step [€/MWh]. */
  pzEurPerMWh: ArrayLike<number>;
  plants: readonly IncentivePlantInput[];
}

export interface PlantMonthIncentive {
  year: number;
  /** 1…12, civil month in `base.timeZone`. */
  month: number;
  /** Incentivised shared energy of the month [kWh]. */
  eaciKWh: number;
  /** Incentive of the month, rounded to the cent [€]. */
  incentiveEur: Decimal;
  /** Energy-weighted average TIP of the month [€/MWh] (0 without energy). */
  averageTipEurPerMWh: number;
}

export interface PlantIncentive {
  plantId: number;
  months: PlantMonthIncentive[];
  /** Sum of the monthly (rounded) amounts [€]. */
  totalEur: Decimal;
}

function hourLabel(base: TimeBase, i: number): string {
  return `step ${i} (${new Date(stepStartUtcMs(base, i)).toISOString()})`;
}

function checkLength(name: string, arr: ArrayLike<number>, base: TimeBase): void {
  if (arr.length !== base.length) {
    throw new Error(`${name} has ${arr.length} steps, the time base has ${base.length}`);
  }
}

/**
 * Monthly incentive of each plant [€ per civil month], Σ_h TIP_h × E_ACI,h / 1000 with TIP in
 * €/MWh and E in kWh. Each month is summed in double precision (compensated) and rounded to
 * the cent once, as GSE publishes monthly amounts.
 *
 * @throws when a series length differs from the time base, a kWh value is negative or not
 *   finite, or a zonal price is missing / implausible (the error names the step and instant).
 */
export function monthlyIncentivePerPlant(input: MonthlyIncentiveInput): PlantIncentive[] {
  return monthlyIncentivePerPlantAtPrices(input.base, [input.pzEurPerMWh], input.plants)[0]!;
}

/**
 * `monthlyIncentivePerPlant` of the same plants at several zonal price series (a run's P50
 * prices and its Pz scenarios): one pass over each plant's E_ACI for all of them, each price's
 * sums made exactly as alone. Result: one list of plants per price series.
 */
export function monthlyIncentivePerPlantAtPrices(base: TimeBase, prices: readonly ArrayLike<number>[], plants: readonly IncentivePlantInput[]): PlantIncentive[][] {
  const K = prices.length;
  for (const pzEurPerMWh of prices) {
    checkLength('Zonal price series', pzEurPerMWh, base);
    // The label (a date formatted) only for the value that fails: formatting 8,760 of them cost
    // more than the incentive itself.
    for (let i = 0; i < base.length; i++) {
      const pz = pzEurPerMWh[i];
      if (!(typeof pz === 'number' && pz >= MIN_PLAUSIBLE_PZ_EUR_PER_MWH && pz <= MAX_PLAUSIBLE_PZ_EUR_PER_MWH)) assertValidZonalPrice(pz, hourLabel(base, i));
    }
  }
  const keys = monthKeysOfSteps(base);
  const out: PlantIncentive[][] = prices.map(() => []);
  // Month sums and Kahan compensations per price series [€] (typed: no boxed doubles).
  const eur = new Float64Array(K);
  const comp = new Float64Array(K);
  const months: PlantMonthIncentive[][] = prices.map(() => []);
  for (const p of plants) {
    checkLength(`E_ACI of plant ${p.plantId}`, p.eaciKWh, base);
    if (p.eaciFExemptKWh) checkLength(`F-exempt E_ACI of plant ${p.plantId}`, p.eaciFExemptKWh, base);
    const cls = tipPowerClass(p.powerKw);
    const f = reductionFactorF(p.grantShare);
    const fc = fcZonaleEurPerMWh(p.region, p.source);
    for (let k = 0; k < K; k++) months[k] = [];
    let curKey = Number.NaN;
    let kWh = 0;
    const eaci = p.eaciKWh;
    const exempt = p.eaciFExemptKWh;
    const ks = keys;
    const n = base.length;
    const cap = cls.capEurPerMWh;
    const tpBase = cls.tpBaseEurPerMWh;
    eur.fill(0);
    comp.fill(0);
    for (let i = 0; i < n; i++) {
      if (ks[i] !== curKey) {
        if (!Number.isNaN(curKey)) flushMonth(months, curKey, eur, kWh);
        curKey = ks[i]!;
        eur.fill(0);
        comp.fill(0);
        kWh = 0;
      }
      const e = eaci[i]!;
      const ex = exempt ? exempt[i]! : 0;
      if (e !== 0 || ex !== 0) {
        if (!Number.isFinite(e) || e < 0 || !Number.isFinite(ex) || ex < 0 || ex > e + 1e-9) {
          throw new Error(`Plant ${p.plantId}: invalid E_ACI at ${hourLabel(base, i)} (total ${e} kWh, F-exempt ${ex} kWh)`);
        }
        // F applies to the non-exempt part only [RO p.39]
        const weighted = (e - ex) * (1 - f) + ex;
        for (let k = 0; k < K; k++) {
          const variable = Math.max(0, TIP_REFERENCE_PRICE_EUR_PER_MWH - prices[k]![i]!);
          const tipNoF = Math.min(cap, tpBase + variable) + fc; // [RO p.38]
          const amount = (tipNoF * weighted) / 1000;
          const y = amount - comp[k]!;
          const t = eur[k]! + y;
          comp[k] = t - eur[k]! - y;
          eur[k] = t;
        }
        kWh += e;
      }
    }
    if (!Number.isNaN(curKey)) flushMonth(months, curKey, eur, kWh);
    for (let k = 0; k < K; k++) out[k]!.push({ plantId: p.plantId, months: months[k]!, totalEur: sumEur(months[k]!.map((m) => m.incentiveEur)) });
  }
  return out;
}

/** Closes a month of every price series: its sum rounded to the cent, its average TIP. */
function flushMonth(months: PlantMonthIncentive[][], key: number, eur: Float64Array, kWh: number): void {
  const m = monthOfKey(key);
  for (let k = 0; k < months.length; k++) {
    const sum = eur[k]!;
    months[k]!.push({ year: m.year, month: m.month, eaciKWh: kWh, incentiveEur: roundEur(sum), averageTipEurPerMWh: kWh > 0 ? (sum * 1000) / kWh : 0 });
  }
}
