/**
 * The balance loop. Time is processed in blocks of whole sharing periods (a quarter of a
 * year): for each block, every point's flows are computed and summed per period (the only
 * read of its series), the configuration's shared energy and its oldest-first split are
 * settled, then every point's pro-rata share is taken from its per-period sums, over the
 * periods that share something only (a period with no shared energy adds exactly 0). Per-point
 * series are never kept for the whole year: memory is the input plus per-period arrays, and
 * every buffer that does not leave the run is reused from one run to the next (scratch.ts).
 * Pure consumers go four at a time (consumer-groups.ts); with single-interval periods their
 * loads are read in place. A single plant's injection is written straight into its result
 * series, which the oldest-first split then reads.
 *
 * Cost: the loads are read once (the floor `npm run bench` prints), the per-period withdrawal
 * of every point is written once and read back once (a quarter of the loads' bytes each way
 * with quarter-hour data). That write and read-back, plus the sums per period and the checks
 * on every value, put the 1,000-member case at 2.6–7.8 times the floor on this shared
 * machine, depending on the other work running (see the README for measured figures).
 */
import type { BatteryState } from './battery';
import { createBatteryState } from './battery';
import { activeMonthRuns, consumerSharesGroup, quarterHourEvGroup, quarterHourGroup, singleStepGroup, singleStepOne } from './consumer-groups';
import type { SharingPeriods } from './periods';
import type { Block, PeriodSums } from './point-flows';
import { consumerBlock, generalBlock, T_FIELDS, T_INJ, T_PROD } from './point-flows';
import { splitSharedOldestFirst } from './plant-split';
import { pointSharesBlock, S_FIELDS } from './point-shares';
import type { SharedBatteryFlows } from './shared-battery';
import { dispatchSharedBatteries } from './shared-battery';
import { resetScratch, scratchSpace } from './scratch';
import { loadEvQuarterHours, loadEvSingleSteps, plantOnlyQuarterHours, plantOnlySingleSteps, prosumerQuarterHours, prosumerSingleSteps } from './quarter-hour-flows';
import type { PointInput } from './types';
import { assertPointValues } from './validate';

/**
 * Target block length [intervals]: a quarter of a year at 15 minutes. Long runs let the
 * memory prefetcher stream each series; the per-period buffers take points × 2,190 × 8 bytes
 * (17.5 MB for 1,000 points), read back once per block. Re-measured once the per-block set-up
 * was gone (1,000 members, medians of 7 interleaved runs): blocks of 4,380, 2,688, 1,344 and
 * 672 intervals, whose buffers stay in the 32 MB L3 cache, were 4–20 % slower, not faster:
 * shorter runs of each series cost the prefetcher more than the cache saves on the read-back.
 */
const BLOCK_STEPS = 8760;

export interface EngineSetup {
  points: readonly PointInput[];
  periods: SharingPeriods;
  /** Month 0…11 of each period. */
  periodMonth: Uint8Array;
  /** Interval length [h]. */
  stepHours: number;
  /** Flattened plants (points in order, then their plants): owning point index. */
  plantPoint: Int32Array;
  /** Indices into the flattened plants of in-substation plants, oldest first. */
  splitOrder: readonly number[];
  /** Per flattened plant: earns the incentive. */
  eligible: readonly boolean[];
}

/**
 * What the loop leaves for compute.ts. Arrays not returned in the result (point totals and
 * shares, plant totals, consumption, storage, battery flows) live in the reusable scratch
 * (scratch.ts): valid until the next run.
 */
export interface EngineOutput {
  /** Point totals, stride T_FIELDS (point-flows T_* slots) [kWh]. */
  pointTotals: Float64Array;
  /** Point shares, stride S_FIELDS (point-shares S_* slots) [kWh]. */
  pointShares: Float64Array;
  /** Point share as consumer by month, stride 12 [kWh]. */
  pointMonthly: Float64Array;
  plantProduction: Float64Array;
  plantInjection: Float64Array;
  /** Per flattened plant: shared energy per period [kWh]. */
  plantShared: Float64Array[];
  /** Per flattened plant: injection per period [kWh] (AUC: E_ACVC by voltage needs it). */
  plantInjected: Float64Array[];
  /** Per period, in-substation, storage included (withdrawal of storage × η) [kWh]. */
  injected: Float64Array;
  withdrawn: Float64Array;
  shared: Float64Array;
  incentivised: Float64Array;
  /** Shared energy not covered by plants, i.e. by storage release [kWh]. */
  storageShared: Float64Array;
  /** Per period, points that count (in the substation), storage excluded [kWh]. */
  production: Float64Array;
  consumption: Float64Array;
  /** Per period, points that count: injection (storage release included), withdrawal for loads [kWh]. */
  injectionCounted: Float64Array;
  withdrawalCounted: Float64Array;
  /** Per point: state of its battery after the run, or null. */
  batteries: (BatteryState | null)[];
  /** Per point: flows of its 'shared-energy' battery, or null. */
  sharedBatteryFlows: (SharedBatteryFlows | null)[];
}

function isGeneral(p: PointInput): boolean {
  return p.plants.length > 0 || p.battery?.strategy === 'self-consumption';
}

export function runEngine(s: EngineSetup): EngineOutput {
  const { points, periods, periodMonth: pMonth, stepHours, plantPoint, splitOrder, eligible } = s;
  const np = periods.base.length;
  const fst = periods.firstStep;
  const periodHours = periods.base.stepMinutes / 60;
  const nPoints = points.length;
  const nPlants = plantPoint.length;
  const perPeriod = Math.max(1, Math.round(periodHours / stepHours));
  const bp = Math.max(1, Math.floor(BLOCK_STEPS / perPeriod)); // periods per block
  const maxSteps = bp * perPeriod;

  resetScratch();
  const out: EngineOutput = {
    pointTotals: scratchSpace(nPoints * T_FIELDS),
    pointShares: scratchSpace(nPoints * S_FIELDS),
    pointMonthly: scratchSpace(nPoints * 12),
    plantProduction: scratchSpace(nPlants),
    plantInjection: scratchSpace(nPlants),
    plantShared: Array.from({ length: nPlants }, () => new Float64Array(np)),
    plantInjected: Array.from({ length: nPlants }, () => new Float64Array(np)),
    injected: new Float64Array(np),
    withdrawn: new Float64Array(np),
    shared: new Float64Array(np),
    incentivised: new Float64Array(np),
    storageShared: scratchSpace(np, false), // written for every period before use
    production: new Float64Array(np),
    consumption: scratchSpace(np),
    injectionCounted: scratchSpace(np, false), // written for every period
    withdrawalCounted: new Float64Array(np),
    batteries: [],
    sharedBatteryFlows: [],
  };
  const firstPlant = new Int32Array(nPoints + 1);
  for (let k = 0, j = 0; j <= nPoints; j++) {
    while (k < nPlants && plantPoint[k]! < j) k++;
    firstPlant[j] = k;
  }

  // Batteries.
  const selfState: (BatteryState | null)[] = [];
  const sharedStates: BatteryState[] = [];
  const sharedFlows: SharedBatteryFlows[] = [];
  for (const p of points) {
    const b = p.battery;
    let st: BatteryState | null = null;
    let fl: SharedBatteryFlows | null = null;
    if (b?.strategy === 'self-consumption') {
      st = createBatteryState(b, stepHours);
      selfState.push(st);
    } else {
      selfState.push(null);
      if (b !== undefined) {
        st = createBatteryState(b, periodHours);
        fl = { charge: scratchSpace(np), discharge: scratchSpace(np) };
        if (p.inSubstation) {
          sharedStates.push(st);
          sharedFlows.push(fl);
        }
      }
    }
    out.batteries.push(st);
    out.sharedBatteryFlows.push(fl);
  }

  // Buffers, allocated once.
  const general = points.map(isGeneral);
  const groups = consumerGroups(points, general, perPeriod !== 1);
  const grouped = new Uint8Array(nPoints);
  for (const g of groups) for (const j of g.members) grouped[j] = 1;
  // With single-interval periods a pure consumer's load is its withdrawal per period: no copy.
  const direct = perPeriod === 1;
  const inPlace = (j: number) => {
    const p = points[j]!;
    return direct && !general[j] && p.load !== undefined && p.ev === undefined; // a shared-energy battery acts later, per period
  };
  const wdSlot = new Int32Array(nPoints).fill(-1);
  let nSlots = 0;
  for (let j = 0; j < nPoints; j++) if (!inPlace(j)) wdSlot[j] = nSlots++;
  // Injection per period of a general point: a single plant's own series (its result), else
  // a per-block row of the scratch.
  const singlePlant = (j: number) => firstPlant[j + 1]! - firstPlant[j]! === 1;
  let nGen = 0;
  for (let j = 0; j < nPoints; j++) if (general[j] && !singlePlant(j)) nGen++;
  const pwd = scratchSpace(nSlots * bp, false); // withdrawal per point and block period
  const pinj = scratchSpace(nGen * bp, false); // injection per general point and block period
  const genSlot = new Int32Array(nPoints).fill(-1);
  for (let j = 0, g = 0; j < nPoints; j++) if (general[j] && !singlePlant(j)) genSlot[j] = g++;
  const injStep = scratchSpace(maxSteps, false);
  const prodScratch = scratchSpace(maxSteps, false);
  const injIn = scratchSpace(np);
  const wdIn = scratchSpace(np);
  const sumsIn: PeriodSums = { production: out.production, consumption: out.consumption, injection: injIn, withdrawal: wdIn };
  // Points outside the substation (or excluded) keep their own totals but add nothing to the
  // configuration's series: their sums per period go to one array never read.
  const sink = scratchSpace(np);
  const sumsOut: PeriodSums = { production: sink, consumption: sink, injection: sink, withdrawal: sink };
  const kS = scratchSpace(np, false);
  const kI = scratchSpace(np, false);
  const kJ = scratchSpace(np, false);
  const runs = new Int32Array(bp + 1);
  const act = new Int32Array(bp);
  // Shares: in-substation points whose only flow for sharing is a withdrawal go four at a time.
  const withdrawalOnly = (j: number) => points[j]!.inSubstation && !general[j] && points[j]!.battery === undefined;
  const shareGroups: [number, number, number, number][] = [];
  const shareSingles: number[] = [];
  const wo = points.map((_, j) => j).filter(withdrawalOnly);
  for (let q = 0; q + 4 <= wo.length; q += 4) shareGroups.push([wo[q]!, wo[q + 1]!, wo[q + 2]!, wo[q + 3]!]);
  for (let q = wo.length - (wo.length % 4); q < wo.length; q++) shareSingles.push(wo[q]!);
  for (let j = 0; j < nPoints; j++) if (points[j]!.inSubstation && !withdrawalOnly(j)) shareSingles.push(j);
  const splitInj = splitOrder.map((k) => out.plantInjected[k]!);
  const splitOut = splitOrder.map((k) => out.plantShared[k]!);
  const splitEligible = splitOrder.map((k) => eligible[k]!);
  const { pointTotals: tot, pointShares: sh, pointMonthly: pm } = out;
  const { injected, withdrawn, shared, incentivised, storageShared } = out;
  const blk: Block = { h0: 0, h1: 0, firstStep: fst };

  for (let h0 = 0; h0 < np; h0 += bp) {
    const h1 = Math.min(np, h0 + bp);
    blk.h0 = h0;
    blk.h1 = h1;
    const s0 = fst[h0]!;
    // Every period of the block is whole (4 quarter hours): true but at a partial first or last hour.
    const regular = perPeriod === 1 || fst[h1]! - s0 === perPeriod * (h1 - h0);
    const quarters = perPeriod === 4 && regular;

    // 1. Flows of every point, summed per period.
    for (const g of groups) {
      const [ja, jb, jc, jd] = g.members;
      const sums = g.inSubstation ? sumsIn : sumsOut;
      const la = points[ja]!.load!;
      const lb = points[jb]!.load!;
      const lc = points[jc]!.load!;
      const ld = points[jd]!.load!;
      let ok = true;
      if (g.ev && regular) {
        const ev = (j: number) => points[j]!.ev!;
        ok = quarterHourEvGroup(la, ev(ja), lb, ev(jb), lc, ev(jc), ld, ev(jd), s0, h0, h1, pwd, wdSlot[ja]! * bp, wdSlot[jb]! * bp, wdSlot[jc]! * bp, wdSlot[jd]! * bp, sums.consumption, sums.withdrawal, tot, ja * T_FIELDS, jb * T_FIELDS, jc * T_FIELDS, jd * T_FIELDS);
      } else if (g.ev) {
        for (const j of g.members) ok = consumerBlock(points[j]!.load!, points[j]!.ev!, blk, sums, pwd, wdSlot[j]! * bp, tot, j * T_FIELDS) && ok;
      } else if (direct) {
        ok = singleStepGroup(la, lb, lc, ld, h0, h1, sums.consumption, sums.withdrawal, tot, ja * T_FIELDS, jb * T_FIELDS, jc * T_FIELDS, jd * T_FIELDS);
      } else if (regular) {
        ok = quarterHourGroup(la, lb, lc, ld, s0, h0, h1, pwd, wdSlot[ja]! * bp, wdSlot[jb]! * bp, wdSlot[jc]! * bp, wdSlot[jd]! * bp, sums.consumption, sums.withdrawal, tot, ja * T_FIELDS, jb * T_FIELDS, jc * T_FIELDS, jd * T_FIELDS);
      } else {
        for (const j of g.members) ok = consumerBlock(points[j]!.load!, null, blk, sums, pwd, wdSlot[j]! * bp, tot, j * T_FIELDS) && ok;
      }
      if (!ok) for (const j of g.members) assertPointValues(points[j]!);
    }
    for (let j = 0; j < nPoints; j++) {
      if (grouped[j]) continue;
      const p = points[j]!;
      const sums = p.inSubstation ? sumsIn : sumsOut;
      const o = wdSlot[j]! * bp;
      let ok: boolean;
      if (!general[j]) {
        if (wdSlot[j]! < 0) ok = singleStepOne(p.load!, h0, h1, sums.consumption, sums.withdrawal, tot, j * T_FIELDS);
        else if (quarters && p.load !== undefined && p.ev !== undefined) ok = loadEvQuarterHours(p.load, p.ev, s0, h0, h1, sums, pwd, o, tot, j * T_FIELDS);
        else if (direct && p.load !== undefined && p.ev !== undefined) ok = loadEvSingleSteps(p.load, p.ev, h0, h1, sums, pwd, o, tot, j * T_FIELDS);
        else ok = consumerBlock(p.load ?? null, p.ev ?? null, blk, sums, pwd, o, tot, j * T_FIELDS);
      } else {
        const k0 = firstPlant[j]!;
        const k1 = firstPlant[j + 1]!;
        // A single plant's injection per period is its point's: written straight into its series.
        const injRow = k1 - k0 === 1 ? out.plantInjected[k0]! : pinj;
        const gi = k1 - k0 === 1 ? h0 : genSlot[j]! * bp;
        if ((quarters || direct) && selfState[j] === null && p.ev === undefined && k1 - k0 === 1) {
          // The point's injection per interval (injStep) only splits several plants: not needed here.
          const prod = p.plants[0]!.production;
          if (direct) {
            if (p.load === undefined) ok = plantOnlySingleSteps(prod, h0, h1, sums, injRow, gi, pwd, o, tot, j * T_FIELDS);
            else ok = prosumerSingleSteps(prod, p.load, h0, h1, sums, injRow, gi, pwd, o, tot, j * T_FIELDS);
          } else if (p.load === undefined) ok = plantOnlyQuarterHours(prod, s0, h0, h1, sums, injRow, gi, pwd, o, tot, j * T_FIELDS);
          else ok = prosumerQuarterHours(prod, p.load, s0, h0, h1, sums, injRow, gi, pwd, o, tot, j * T_FIELDS);
        } else {
          ok = generalBlock(p.plants, p.load ?? null, p.ev ?? null, selfState[j]!, blk, injStep, prodScratch, sums, injRow, gi, pwd, o, tot, j * T_FIELDS);
        }
        if (k1 - k0 > 1) {
          for (let k = k0; k < k1; k++) {
            const prod = p.plants[k - k0]!.production;
            const full = out.plantInjected[k]!;
            let tp = 0;
            let ti = 0;
            for (let h = h0; h < h1; h++) {
              let y = 0;
              const end = fst[h + 1]!;
              for (let i = fst[h]!; i < end; i++) {
                const x = prod[i]!;
                const sum = prodScratch[i - s0]!;
                tp += x;
                if (sum > 0) y += (injStep[i - s0]! * x) / sum;
              }
              full[h] = y;
              ti += y;
            }
            out.plantProduction[k] += tp;
            out.plantInjection[k] += ti;
          }
        }
      }
      if (!ok) assertPointValues(p);
    }

    // 2. Shared energy of the block's periods, storage, oldest-first split.
    injected.set(injIn.subarray(h0, h1), h0);
    withdrawn.set(wdIn.subarray(h0, h1), h0);
    dispatchSharedBatteries(sharedStates, sharedFlows, injected, withdrawn, storageShared, h0, h1);
    for (let h = h0; h < h1; h++) {
      const x = Math.min(injected[h]!, withdrawn[h]!);
      shared[h] = x;
      storageShared[h] = x; // becomes the part no plant covers
    }
    splitSharedOldestFirst(splitInj, splitOut, storageShared, h0, h1, 0, splitEligible, incentivised);
    for (let h = h0; h < h1; h++) {
      const w = withdrawn[h]!;
      const x = injected[h]!;
      kS[h] = w > 0 ? shared[h]! / w : 0;
      kI[h] = w > 0 ? incentivised[h]! / w : 0;
      kJ[h] = x > 0 ? shared[h]! / x : 0;
      out.injectionCounted[h] = x;
      out.withdrawalCounted[h] = wdIn[h]!;
    }

    // 3. Pro-rata shares of in-substation points.
    const nRuns = activeMonthRuns(kS, kJ, pMonth, h0, h1, act, runs);
    // Where point j's withdrawal of period h is: wArr[j][h + wOff(j)].
    const wArr = (j: number): Float64Array => (wdSlot[j]! < 0 ? points[j]!.load! : pwd);
    const wOff = (j: number): number => (wdSlot[j]! < 0 ? 0 : wdSlot[j]! * bp - h0);
    for (const [ja, jb, jc, jd] of shareGroups) {
      consumerSharesGroup(wArr(ja), wOff(ja), wArr(jb), wOff(jb), wArr(jc), wOff(jc), wArr(jd), wOff(jd), act, runs, nRuns, pMonth, kS, kI, sh, pm, ja, jb, jc, jd);
    }
    for (const j of shareSingles) {
      const fl = out.sharedBatteryFlows[j] ?? null;
      const eta = fl === null ? 0 : points[j]!.battery!.roundTripEfficiency;
      // Injection of period h at inj[io + h − h0] (see injRow above), none for a consumer.
      const k0 = firstPlant[j]!;
      const single = general[j] && singlePlant(j);
      const inj = !general[j] ? null : single ? out.plantInjected[k0]! : pinj;
      const io = single ? h0 : genSlot[j]! * bp;
      pointSharesBlock(act, runs, nRuns, h0, pMonth, kS, kI, kJ, wArr(j), wOff(j) + h0, inj, io, fl, eta, sh, j * S_FIELDS, pm, j * 12);
    }
  }

  // Production and injection of a single-plant point are the point's.
  for (let k = 0; k < nPlants; k++) {
    const j = plantPoint[k]!;
    if (singlePlant(j)) {
      out.plantProduction[k] = tot[j * T_FIELDS + T_PROD]!;
      out.plantInjection[k] = tot[j * T_FIELDS + T_INJ]!;
    }
  }
  return out;
}

/** Four pure consumers on the same side of the substation, all with EV charging or none. */
interface ConsumerGroup {
  members: [number, number, number, number];
  inSubstation: boolean;
  ev: boolean;
}

/**
 * Pure consumers (a load, maybe EV charging; no plant, no battery) in fours, each four on one
 * side of the substation and of one kind; the remainder goes point by point. Consumers with
 * EV charging are grouped only with periods of several intervals (`withEv`): with single
 * intervals their own loop is as fast.
 */
function consumerGroups(points: readonly PointInput[], general: readonly boolean[], withEv: boolean): ConsumerGroup[] {
  const groups: ConsumerGroup[] = [];
  for (const side of [true, false]) {
    for (const ev of withEv ? [false, true] : [false]) {
      const js: number[] = [];
      points.forEach((p, j) => {
        if (!general[j] && p.inSubstation === side && p.load !== undefined && (p.ev !== undefined) === ev && p.battery === undefined) js.push(j);
      });
      for (let q = 0; q + 4 <= js.length; q += 4) groups.push({ members: [js[q]!, js[q + 1]!, js[q + 2]!, js[q + 3]!], inSubstation: side, ev });
    }
  }
  return groups;
}
