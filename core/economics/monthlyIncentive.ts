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
import { allPlausiblePrices, assertValidZonalPrice } from './zonalPrice';

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
 * prices and its Pz scenarios): each plant's E_ACI is read once, its steps with energy kept,
 * and only those are priced (night hours add nothing), three price series side by side; each
 * price's sums are made exactly as alone (the same doubles, in the same order). Result: one
 * list of plants per price series.
 */
export function monthlyIncentivePerPlantAtPrices(base: TimeBase, prices: readonly ArrayLike<number>[], plants: readonly IncentivePlantInput[]): PlantIncentive[][] {
  for (const pzEurPerMWh of prices) {
    checkLength('Zonal price series', pzEurPerMWh, base);
    // Checked once per series (series are read, never changed: see tipSeries); the label (a
    // date formatted) only for the value that fails.
    if (!allPlausiblePrices(pzEurPerMWh)) {
      for (let i = 0; i < base.length; i++) assertValidZonalPrice(pzEurPerMWh[i], hourLabel(base, i));
    }
  }
  const runs = monthRuns(monthKeysOfSteps(base));
  const nRuns = runs.keys.length;
  const out: PlantIncentive[][] = prices.map(() => []);
  // Per month: its E_ACI [kWh]; per month and price series: its incentive [€, not rounded].
  const monthKWh = new Float64Array(nRuns);
  const eur = new Float64Array(nRuns * prices.length);
  for (const p of plants) {
    checkLength(`E_ACI of plant ${p.plantId}`, p.eaciKWh, base);
    if (p.eaciFExemptKWh) checkLength(`F-exempt E_ACI of plant ${p.plantId}`, p.eaciFExemptKWh, base);
    const cls = tipPowerClass(p.powerKw);
    const f = reductionFactorF(p.grantShare);
    const fc = fcZonaleEurPerMWh(p.region, p.source);
    for (let k = 0; k < prices.length; k += 3) {
      // Up to three series in one pass: their sums are independent, so the processor overlaps
      // them (a compensated sum waits on its previous step). A missing third repeats the first.
      const a = tipSeries(prices[k]!, cls, fc);
      const b = k + 1 < prices.length ? tipSeries(prices[k + 1]!, cls, fc) : a;
      const c = k + 2 < prices.length ? tipSeries(prices[k + 2]!, cls, fc) : a;
      monthSums(p, base, runs, f, a, b, c, monthKWh, eur, k, prices.length);
    }
    for (let k = 0; k < prices.length; k++) {
      const months: PlantMonthIncentive[] = [];
      // Whole cents add up exactly in doubles, as the decimal sum of the months.
      let total = 0;
      for (let r = 0; r < nRuns; r++) {
        const m = new MonthIncentive(runs.keys[r]!, monthKWh[r]!, eur[r * prices.length + k]!);
        total += m.incentiveCents;
        months.push(m);
      }
      out[k]!.push(new Incentive(p.plantId, months, total));
    }
  }
  return out;
}

/**
 * Σ TIP × E_ACI / 1000 of each month of plant `p` at three TIP-before-F series [€], each
 * summed in step order in doubles with Kahan compensation, into `eur[r × stride + k…k+2]`
 * (those below `stride`), and each month's E_ACI into `monthKWh` [kWh]. Only steps with
 * energy count (night hours add nothing); each is checked (the first bad one named).
 */
function monthSums(p: IncentivePlantInput, base: TimeBase, runs: MonthRuns, f: number, a: Float64Array, b: Float64Array, c: Float64Array, monthKWh: Float64Array, eur: Float64Array, k: number, stride: number): void {
  const eaci = p.eaciKWh;
  const exempt = p.eaciFExemptKWh;
  for (let r = 0; r < runs.keys.length; r++) {
    let kWh = 0;
    let sa = 0, ca = 0, sb = 0, cb = 0, sc = 0, cc = 0; // sums and their compensations
    for (let i = runs.starts[r]!, to = runs.starts[r + 1]!; i < to; i++) {
      const e = eaci[i]!;
      const ex = exempt ? exempt[i]! : 0;
      if (e !== 0 || ex !== 0) {
        if (!(e >= 0 && e < Infinity && ex >= 0 && ex < Infinity && ex <= e + 1e-9)) {
          throw new Error(`Plant ${p.plantId}: invalid E_ACI at ${hourLabel(base, i)} (total ${e} kWh, F-exempt ${ex} kWh)`);
        }
        kWh += e;
        // F applies to the non-exempt part only [RO p.39]: the energy TIP before F pays [kWh].
        const w = (e - ex) * (1 - f) + ex;
        // C_ACI,h = TIP_h × E_h / 1000 [€] (TIP in €/MWh, E in kWh), then one Kahan step each.
        const ya = (a[i]! * w) / 1000 - ca;
        const ta = sa + ya;
        ca = ta - sa - ya;
        sa = ta;
        const yb = (b[i]! * w) / 1000 - cb;
        const tb = sb + yb;
        cb = tb - sb - yb;
        sb = tb;
        const yc = (c[i]! * w) / 1000 - cc;
        const tc = sc + yc;
        cc = tc - sc - yc;
        sc = tc;
      }
    }
    monthKWh[r] = kWh;
    const o = r * stride + k;
    eur[o] = sa;
    if (k + 1 < stride) eur[o + 1] = sb;
    if (k + 2 < stride) eur[o + 2] = sc;
  }
}

/** A month's incentive; the decimal amount is made when read (a sweep reads the cents only). */
class MonthIncentive implements PlantMonthIncentive {
  readonly year: number;
  readonly month: number;
  readonly incentiveCents: number;
  readonly averageTipEurPerMWh: number;
  constructor(
    key: number,
    readonly eaciKWh: number,
    eur: number,
  ) {
    const { year, month } = monthOfKey(key);
    this.year = year;
    this.month = month;
    this.incentiveCents = centsOf(eur);
    this.averageTipEurPerMWh = eaciKWh > 0 ? (eur * 1000) / eaciKWh : 0;
  }
  get incentiveEur(): Decimal {
    return fromCents(this.incentiveCents);
  }
}

/** A plant's incentive; the decimal total is made when read. */
class Incentive implements PlantIncentive {
  constructor(
    readonly plantId: number,
    readonly months: PlantMonthIncentive[],
    readonly totalCents: number,
  ) {}
  get totalEur(): Decimal {
    return fromCents(this.totalCents);
  }
}

/** Runs of equal month keys: the key of each and where each starts (plus the end). */
interface MonthRuns {
  keys: Int32Array;
  starts: Int32Array;
}

/** The {@link MonthRuns} of `keys`, kept per keys array. */
const runsMemo = new WeakMap<Int32Array, MonthRuns>();
function monthRuns(keys: Int32Array): MonthRuns {
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
