/**
 * Monthly incentive per plant: C_ACI = Σ_h TIP_h × E_ACI,h [RO §2.2.2.1.2 p.38], with
 * E_ACI already attributed to each plant (oldest plant first [RO App. A p.143–144] — done
 * upstream by the shared-energy model).
 */
import type { PlantSource } from '../model/entities';
import { type TimeBase, stepStartUtcMs } from '../model/timeseries';
import { monthKeysOfSteps, monthOfKey } from './civilMonths';
import { centsOf, Decimal, fromCents } from './money';
import { fcZonaleEurPerMWh, reductionFactorF, tipBeforeFEurPerMWh, tipPowerClass, type TipPowerClass } from './tipTariff';
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
  /** The same in integer cents [c€] (sums of many months and plants, exact in doubles). */
  incentiveCents: number;
  /** Energy-weighted average TIP of the month [€/MWh] (0 without energy). */
  averageTipEurPerMWh: number;
}

export interface PlantIncentive {
  plantId: number;
  months: PlantMonthIncentive[];
  /** Sum of the monthly (rounded) amounts [€]. */
  totalEur: Decimal;
  /** The same in integer cents [c€]. */
  totalCents: number;
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
  for (const pzEurPerMWh of prices) {
    checkLength('Zonal price series', pzEurPerMWh, base);
    // The label (a date formatted) only for the value that fails: formatting 8,760 of them cost
    // more than the incentive itself.
    for (let i = 0; i < base.length; i++) {
      const pz = pzEurPerMWh[i];
      if (!(typeof pz === 'number' && pz >= MIN_PLAUSIBLE_PZ_EUR_PER_MWH && pz <= MAX_PLAUSIBLE_PZ_EUR_PER_MWH)) assertValidZonalPrice(pz, hourLabel(base, i));
    }
  }
  const runs = monthRuns(monthKeysOfSteps(base));
  const out: PlantIncentive[][] = prices.map(() => []);
  for (const p of plants) {
    checkLength(`E_ACI of plant ${p.plantId}`, p.eaciKWh, base);
    if (p.eaciFExemptKWh) checkLength(`F-exempt E_ACI of plant ${p.plantId}`, p.eaciFExemptKWh, base);
    const cls = tipPowerClass(p.powerKw);
    const f = reductionFactorF(p.grantShare);
    const fc = fcZonaleEurPerMWh(p.region, p.source);
    const tips = prices.map((pz) => tipSeries(pz, cls, fc));
    const eaci = p.eaciKWh;
    const exempt = p.eaciFExemptKWh;
    const months: PlantMonthIncentive[][] = prices.map(() => []);
    for (let r = 0; r < runs.keys.length; r++) {
      const from = runs.starts[r]!;
      const to = runs.starts[r + 1]!;
      const { year, month } = monthOfKey(runs.keys[r]!);
      // The month's energy, each step checked once (the first bad one named).
      let kWh = 0;
      for (let i = from; i < to; i++) {
        const e = eaci[i]!;
        const ex = exempt ? exempt[i]! : 0;
        if (e !== 0 || ex !== 0) {
          if (!Number.isFinite(e) || e < 0 || !Number.isFinite(ex) || ex < 0 || ex > e + 1e-9) {
            throw new Error(`Plant ${p.plantId}: invalid E_ACI at ${hourLabel(base, i)} (total ${e} kWh, F-exempt ${ex} kWh)`);
          }
          kWh += e;
        }
      }
      // Each price series: its month summed in doubles (compensated; plain locals, no boxing).
      for (let k = 0; k < tips.length; k++) {
        const tip = tips[k]!;
        let eur = 0;
        let comp = 0; // Kahan compensation
        for (let i = from; i < to; i++) {
          const e = eaci[i]!;
          const ex = exempt ? exempt[i]! : 0;
          if (e !== 0 || ex !== 0) {
            // F applies to the non-exempt part only [RO p.39]
            const amount = (tip[i]! * ((e - ex) * (1 - f) + ex)) / 1000;
            const y = amount - comp;
            const t = eur + y;
            comp = t - eur - y;
            eur = t;
          }
        }
        const cents = centsOf(eur);
        months[k]!.push({ year, month, eaciKWh: kWh, incentiveEur: fromCents(cents), incentiveCents: cents, averageTipEurPerMWh: kWh > 0 ? (eur * 1000) / kWh : 0 });
      }
    }
    for (let k = 0; k < prices.length; k++) {
      // Whole cents add up exactly in doubles, as the decimal sum of the months.
      let total = 0;
      for (const m of months[k]!) total += m.incentiveCents;
      out[k]!.push({ plantId: p.plantId, months: months[k]!, totalEur: fromCents(total), totalCents: total });
    }
  }
  return out;
}

/** Runs of equal month keys: the key of each and where each starts (plus the end), kept per keys array. */
const runsMemo = new WeakMap<Int32Array, { keys: Int32Array; starts: Int32Array }>();
function monthRuns(keys: Int32Array): { keys: Int32Array; starts: Int32Array } {
  let runs = runsMemo.get(keys);
  if (!runs) {
    const k: number[] = [];
    const starts: number[] = [];
    for (let i = 0; i < keys.length; i++) {
      if (i === 0 || keys[i] !== keys[i - 1]) {
        k.push(keys[i]!);
        starts.push(i);
      }
    }
    starts.push(keys.length);
    runs = { keys: Int32Array.from(k), starts: Int32Array.from(starts) };
    runsMemo.set(keys, runs);
  }
  return runs;
}

/**
 * TIP before F of every step at the prices `pz` for one power class and FC [€/MWh], kept per
 * price series (the sweeps' variants read the same prices). Price series are read, never
 * changed: a run that needs other prices makes a new series.
 */
const tipMemo = new WeakMap<object, Map<string, Float64Array>>();
function tipSeries(pz: ArrayLike<number>, cls: TipPowerClass, fc: number): Float64Array {
  let byClass = tipMemo.get(pz);
  if (!byClass) tipMemo.set(pz, (byClass = new Map()));
  const key = `${cls.capEurPerMWh}|${cls.tpBaseEurPerMWh}|${fc}`;
  let tip = byClass.get(key);
  if (!tip) {
    tip = new Float64Array(pz.length);
    for (let i = 0; i < tip.length; i++) tip[i] = tipBeforeFEurPerMWh(cls, fc, pz[i]!);
    byClass.set(key, tip);
  }
  return tip;
}
