/**
 * Monthly incentive per plant: C_ACI = Σ_h TIP_h × E_ACI,h [RO §2.2.2.1.2 p.38], with
 * E_ACI already attributed to each plant (oldest plant first [RO App. A p.143–144] — done
 * upstream by the shared-energy model).
 */
import type { PlantSource } from '../model/entities';
import { type TimeBase, stepStartUtcMs } from '../model/timeseries';
import { monthKeysOfSteps, monthOfKey } from './civilMonths';
import { centsOf, centsWithin, Decimal, fromCents } from './money';
import { fcZonaleEurPerMWh, reductionFactorF, tipBeforeFEurPerMWh, tipPowerClass, type TipPowerClass } from './tipTariff';
import { allPlausiblePrices, assertValidZonalPrice } from './zonalPrice';
import { constantSegments, segmentBuffer, sumsBySegment } from './constantSegments';

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
  /** Key of each month (year × 12 + month − 1, as `months`) and its incentive in integer cents [c€]: the months without their objects. */
  monthKeys: Int32Array;
  monthCents: readonly number[];
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
 * prices and its Pz scenarios): each month to the cent exactly as its reference sum
 * ({@link referenceMonthEur}) gives it. A plant without F-exempt energy is summed fast: its
 * E_ACI is read once, summed over the steps where every price series' TIP is constant
 * (constantSegments.ts: one segment a month at monthly average prices), and each sum
 * multiplied by the TIP, divided by 1000 once; that fast sum's error bound decides whether it
 * fixes the cent (centsWithin), and only when it cannot (about one month in 10^9) is the
 * reference summed. Result: one list of plants per price series.
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
  const K = prices.length;
  const out: PlantIncentive[][] = prices.map(() => []);
  for (const p of plants) {
    checkLength(`E_ACI of plant ${p.plantId}`, p.eaciKWh, base);
    if (p.eaciFExemptKWh) checkLength(`F-exempt E_ACI of plant ${p.plantId}`, p.eaciFExemptKWh, base);
    const cls = tipPowerClass(p.powerKw);
    const f = reductionFactorF(p.grantShare);
    const fc = fcZonaleEurPerMWh(p.region, p.source);
    const tips = prices.map((pz) => tipSeries(pz, cls, fc));
    const segs = constantSegments(tips, runs.starts);
    // Per segment: E_ACI [kWh] (the fast path's; read before the next plant).
    const segKWh = segmentBuffer(segs.starts.length - 1);
    const fast = !p.eaciFExemptKWh && sumsBySegment(p.eaciKWh, segs, segKWh);
    // Otherwise every step checked (the first bad one named), then each month by its reference.
    // The months' energy: found there, else when read.
    const monthKWh = fast ? null : checkedMonthKWh(p, base, runs);
    const g = 1 - f;
    for (let k = 0; k < K; k++) {
      const tip = segs.values[k]!;
      const at: PlantAtPrice = { plant: p, f, tip: tips[k]!, runs, monthKWh };
      const monthCents: number[] = [];
      // Whole cents add up exactly in doubles, as the decimal sum of the months.
      let total = 0;
      for (let r = 0; r < nRuns; r++) {
        let cents: number | null = null;
        if (fast) {
          // Σ TIP × E × (1 − F) over the month's segments [€/MWh × kWh], then [€].
          let sum = 0;
          for (let s = segs.firstOfCut[r]!; s < segs.firstOfCut[r + 1]!; s++) sum += tip[s]! * (segKWh[s]! * g);
          const eur = sum / 1000;
          // Every term is ≥ 0 (TIP > 0, E ≥ 0). The reference rounds each step's energy × (1 −
          // F), its product and quotient, and each compensated addition; the fast sum each
          // addition of energy, of segment and each product: within (2n + 8) units of 2^-53 of
          // the amount for n steps (margin doubled) [€]. A sum of 0 has no energy, so the
          // reference adds nothing either.
          cents = eur === 0 ? 0 : centsWithin(eur, (2 * (runs.starts[r + 1]! - runs.starts[r]!) + 16) * 2.3e-16 * eur);
        }
        cents ??= centsOf(referenceMonthEur(at, r));
        monthCents.push(cents);
        total += cents;
      }
      out[k]!.push(new Incentive(at, monthCents, total));
    }
  }
  return out;
}

/** Checks every step with energy of plant `p` (the first bad one named); each month's E_ACI [kWh]. */
function checkedMonthKWh(p: IncentivePlantInput, base: TimeBase, runs: MonthRuns): number[] {
  const eaci = p.eaciKWh;
  const exempt = p.eaciFExemptKWh;
  const out: number[] = [];
  for (let r = 0; r < runs.keys.length; r++) {
    let kWh = 0;
    for (let i = runs.starts[r]!, to = runs.starts[r + 1]!; i < to; i++) {
      const e = eaci[i]!;
      const ex = exempt ? exempt[i]! : 0;
      if (e !== 0 || ex !== 0) {
        if (!(e >= 0 && e < Infinity && ex >= 0 && ex < Infinity && ex <= e + 1e-9)) {
          throw new Error(`Plant ${p.plantId}: invalid E_ACI at ${hourLabel(base, i)} (total ${e} kWh, F-exempt ${ex} kWh)`);
        }
        kWh += e;
      }
    }
    out.push(kWh);
  }
  return out;
}

/** Month `r`'s E_ACI of steps already checked, added in step order [kWh] (a step of 0 adds nothing). */
function monthKWhOf(p: IncentivePlantInput, runs: MonthRuns, r: number): number {
  let kWh = 0;
  for (let i = runs.starts[r]!, to = runs.starts[r + 1]!; i < to; i++) kWh += p.eaciKWh[i]!;
  return kWh;
}

/** One plant at one price series: its E_ACI, F, TIP before F, months and their E_ACI [kWh]. */
interface PlantAtPrice {
  plant: IncentivePlantInput;
  f: number;
  tip: Float64Array;
  runs: MonthRuns;
  /** The months' E_ACI when already found [kWh]; null: worked out when read. */
  monthKWh: readonly number[] | null;
}

/**
 * Month `r`'s incentive as its sum is defined [€, not rounded]: Σ_h TIP_h × E_h / 1000 (TIP
 * before F in €/MWh, E in kWh, F on the non-exempt part only [RO p.39]), each step's amount
 * in doubles, summed in step order with Kahan compensation. The reference the fast sums stand
 * for; its steps are checked.
 */
function referenceMonthEur(m: PlantAtPrice, r: number): number {
  const eaci = m.plant.eaciKWh;
  const exempt = m.plant.eaciFExemptKWh;
  let eur = 0;
  let comp = 0; // Kahan compensation
  for (let i = m.runs.starts[r]!, to = m.runs.starts[r + 1]!; i < to; i++) {
    const e = eaci[i]!;
    const ex = exempt ? exempt[i]! : 0;
    if (e !== 0 || ex !== 0) {
      const y = (m.tip[i]! * ((e - ex) * (1 - m.f) + ex)) / 1000 - comp;
      const t = eur + y;
      comp = t - eur - y;
      eur = t;
    }
  }
  return eur;
}

/** A month's incentive; the decimal amount and the average TIP are worked out when read. */
class MonthIncentive implements PlantMonthIncentive {
  readonly year: number;
  readonly month: number;
  readonly eaciKWh: number;
  constructor(
    private readonly at: PlantAtPrice,
    private readonly r: number,
    readonly incentiveCents: number,
  ) {
    const { year, month } = monthOfKey(at.runs.keys[r]!);
    this.year = year;
    this.month = month;
    this.eaciKWh = at.monthKWh?.[r] ?? monthKWhOf(at.plant, at.runs, r);
  }
  get incentiveEur(): Decimal {
    return fromCents(this.incentiveCents);
  }
  get averageTipEurPerMWh(): number {
    return this.eaciKWh > 0 ? (referenceMonthEur(this.at, this.r) * 1000) / this.eaciKWh : 0;
  }
}

/** A plant's incentive, kept in integer cents; its months and decimal total are made when read (a sweep reads the cents only). */
class Incentive implements PlantIncentive {
  readonly plantId: number;
  readonly monthKeys: Int32Array;
  private monthList: PlantMonthIncentive[] | null = null;
  constructor(
    private readonly at: PlantAtPrice,
    readonly monthCents: readonly number[],
    readonly totalCents: number,
  ) {
    this.plantId = at.plant.plantId;
    this.monthKeys = at.runs.keys;
  }
  get months(): PlantMonthIncentive[] {
    return (this.monthList ??= Array.from(this.monthCents, (c, r) => new MonthIncentive(this.at, r, c)));
  }
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
