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
  const { base, pzEurPerMWh, plants } = input;
  checkLength('Zonal price series', pzEurPerMWh, base);
  // The label (a date formatted) only for the value that fails: formatting 8,760 of them cost
  // more than the incentive itself.
  for (let i = 0; i < base.length; i++) {
    const pz = pzEurPerMWh[i];
    if (!(typeof pz === 'number' && pz >= MIN_PLAUSIBLE_PZ_EUR_PER_MWH && pz <= MAX_PLAUSIBLE_PZ_EUR_PER_MWH)) assertValidZonalPrice(pz, hourLabel(base, i));
  }
  const keys = monthKeysOfSteps(base);

  return plants.map((p) => {
    checkLength(`E_ACI of plant ${p.plantId}`, p.eaciKWh, base);
    if (p.eaciFExemptKWh) checkLength(`F-exempt E_ACI of plant ${p.plantId}`, p.eaciFExemptKWh, base);
    const cls = tipPowerClass(p.powerKw);
    const f = reductionFactorF(p.grantShare);
    const fc = fcZonaleEurPerMWh(p.region, p.source);

    const months: PlantMonthIncentive[] = [];
    // Month totals are plain locals, not captured by a closure: a captured double lives boxed
    // on the heap, and this loop runs for every plant, price scenario and sweep variant.
    const flush = (key: number, eur: number, kWh: number): void => {
      if (Number.isNaN(key)) return;
      const m = monthOfKey(key);
      months.push({
        year: m.year,
        month: m.month,
        eaciKWh: kWh,
        incentiveEur: roundEur(eur),
        averageTipEurPerMWh: kWh > 0 ? (eur * 1000) / kWh : 0,
      });
    };
    let curKey = Number.NaN;
    let eur = 0;
    let comp = 0; // Kahan compensation
    let kWh = 0;
    const eaci = p.eaciKWh;
    const exempt = p.eaciFExemptKWh;
    // Locals, not the enclosing function's variables, in the hourly loop.
    const ks = keys;
    const pzs = pzEurPerMWh;
    const n = base.length;
    const cap = cls.capEurPerMWh;
    const tpBase = cls.tpBaseEurPerMWh;
    for (let i = 0; i < n; i++) {
      if (ks[i] !== curKey) {
        flush(curKey, eur, kWh);
        curKey = ks[i]!;
        eur = 0;
        comp = 0;
        kWh = 0;
      }
      const e = eaci[i]!;
      const ex = exempt ? exempt[i]! : 0;
      if (e !== 0 || ex !== 0) {
        if (!Number.isFinite(e) || e < 0 || !Number.isFinite(ex) || ex < 0 || ex > e + 1e-9) {
          throw new Error(`Plant ${p.plantId}: invalid E_ACI at ${hourLabel(base, i)} (total ${e} kWh, F-exempt ${ex} kWh)`);
        }
        const variable = Math.max(0, TIP_REFERENCE_PRICE_EUR_PER_MWH - pzs[i]!);
        const tipNoF = Math.min(cap, tpBase + variable) + fc; // [RO p.38]
        // F applies to the non-exempt part only [RO p.39]
        const amount = (tipNoF * ((e - ex) * (1 - f) + ex)) / 1000;
        const y = amount - comp;
        const t = eur + y;
        comp = t - eur - y;
        eur = t;
        kWh += e;
      }
    }
    flush(curKey, eur, kWh);
    return { plantId: p.plantId, months, totalEur: sumEur(months.map((m) => m.incentiveEur)) };
  });
}
