/**
 * The balance loop. Time is processed in blocks of whole sharing periods (a quarter of a
 * year): for each block, every point's flows are computed and summed per period (the only
 * read of its series; engine-flows.ts), the configuration's shared energy and its
 * oldest-first split are settled, then every point's pro-rata share is taken from its
 * per-period sums, over the periods that share something only (engine-shares.ts). Per-point
 * series are never kept for the whole year: memory is the input plus per-period arrays, and
 * every buffer that does not leave the run is reused from one run to the next (scratch.ts).
 * This function only lays the run out flat (engine-run.ts) and calls the phases: small
 * functions that read no input object in their loops, so the optimising compiler keeps them
 * from one run to the next (the former single loop function was recompiled, 70–170 ms of
 * compiler time, at each run's new input objects, and ran unoptimised meanwhile).
 * Pure consumers go four at a time (consumer-groups.ts), those with EV charging in fours of
 * their own; with single-interval periods the loads of those without are read in place. With quarter hours, the groups keep their withdrawal only for the
 * periods that may share (plants injecting, then as long as shared-energy batteries may
 * release at full power; any other period that shares is summed again from the loads): two
 * thirds of the periods on the bench's year, half without batteries.
 *
 * Two options serve a sweep (issue 16), whose evaluations each run P50 and P90: phase 3 for
 * some points only (`sharesOf`; compute.ts computeBalanceTotals, the P90 balance its money
 * reads: the F-exempt members' shares and the plants'), and the groups' sums taken from an
 * earlier run on the same consumers (`consumers`, consumer-memo.ts): P90 takes every group,
 * the next variant's P50 the groups without EV charging. A 100-member hourly evaluation's two
 * balances went from 4.6–5.0 to 2.7–2.9 ms of CPU, old and new side by side on a loaded
 * machine (README, *How the balance runs*).
 *
 * Cost: the loads are read once (the floor `npm run bench` prints); the per-period withdrawal
 * of every point is written (compact) and read back (periods that share). On the bench's
 * 1,000 members the run is 3.1–3.4 times the floor in CPU time on this shared machine (3.3–4.4
 * on the wall clock); the README has the measured figures and what is left.
 */
import type { BatteryState } from './battery';
import { createBatteryState } from './battery';
import { flowsBlock, pointKind } from './engine-flows';
import type { EngineRun } from './engine-run';
import { K_GROUPED } from './engine-run';
import { groupedSharesFromLoads, settleBlock, sharesBlock } from './engine-shares';
import type { ConsumerFlowsCache } from './consumer-memo';
import { flagsOf, int32Of } from './flags';
import { keepConsumerFlows, takeConsumerFlows } from './consumer-memo';
import type { SharingPeriods } from './periods';
import type { Block } from './point-flows';
import { T_FIELDS, T_INJ, T_PROD } from './point-flows';
import { S_FIELDS } from './point-shares';
import type { SharedBatteryFlows } from './shared-battery';
import { resetScratch, resetTransient, scratchSpace, transientSpace } from './scratch';
import type { PointInput } from './types';

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
  /**
   * Per point: 1 when its share as consumer is wanted, the others' shares being left out
   * (phase 3 runs for those points only: compute.ts's totals); null: every point's shares.
   */
  sharesOf: Uint8Array | null;
  /** Groups' sums of earlier runs (taken when one matches, else this run's kept); or null. */
  consumers: ConsumerFlowsCache | null;
  /** The result's per-period series from the transient space (scratch.ts), valid until the next such run. */
  transientSeries?: boolean;
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
  const { points, periods, periodMonth: pMonth, stepHours, plantPoint, splitOrder, eligible, sharesOf } = s;
  const np = periods.base.length;
  const fst = periods.firstStep;
  const periodHours = periods.base.stepMinutes / 60;
  const nPoints = points.length;
  const nPlants = plantPoint.length;
  const perPeriod = Math.max(1, Math.round(periodHours / stepHours));
  const bp = Math.max(1, Math.floor(BLOCK_STEPS / perPeriod)); // periods per block
  const maxSteps = bp * perPeriod;

  resetScratch();
  // The result's per-period series: fresh arrays, or the transient space (scratch.ts) when the
  // caller reads them before its next such run.
  if (s.transientSeries) resetTransient();
  const series = (): Float64Array => (s.transientSeries ? transientSpace(np) : new Float64Array(np));
  const out: EngineOutput = {
    pointTotals: scratchSpace(nPoints * T_FIELDS),
    pointShares: scratchSpace(nPoints * S_FIELDS),
    pointMonthly: scratchSpace(nPoints * 12),
    plantProduction: scratchSpace(nPlants),
    plantInjection: scratchSpace(nPlants),
    plantShared: Array.from({ length: nPlants }, series),
    plantInjected: Array.from({ length: nPlants }, series),
    injected: series(),
    withdrawn: series(),
    shared: series(),
    incentivised: series(),
    storageShared: scratchSpace(np, false), // written for every period before use
    production: series(),
    consumption: scratchSpace(np),
    injectionCounted: scratchSpace(np, false), // written for every period
    withdrawalCounted: series(),
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
  const pointEta = new Float64Array(nPoints);
  points.forEach((p, j) => {
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
        pointEta[j] = b.roundTripEfficiency;
        if (p.inSubstation) {
          sharedStates.push(st);
          sharedFlows.push(fl);
        }
      }
    }
    out.batteries.push(st);
    out.sharedBatteryFlows.push(fl);
  });

  // Kinds and buffer rows.
  const general = points.map(isGeneral);
  const groups = consumerGroups(points, general);
  const kind = new Uint8Array(nPoints);
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
  const genSlot = new Int32Array(nPoints).fill(-1);
  let nGen = 0;
  for (let j = 0; j < nPoints; j++) if (general[j] && !singlePlant(j)) genSlot[j] = nGen++;
  for (let j = 0; j < nPoints; j++) kind[j] = grouped[j] ? K_GROUPED : pointKind(points[j]!, general[j]!, inPlace(j), selfState[j] !== null);
  // Points outside the substation (or excluded) keep their own totals but add nothing to the
  // configuration's series: their sums per period go to one array never read.
  const sink = scratchSpace(np);
  const gw = scratchSpace(np);
  const maskable = perPeriod === 4;
  // Periods a shared-energy battery may go on releasing after the plants stop injecting, at
  // full power (longer, when the deficit is the limit: summed again from the loads).
  let usable = 0;
  let power = 0;
  for (const st of sharedStates) {
    usable += (st.capacity - st.socMin) * st.etaOneWay;
    power += st.maxEnergy;
  }
  const win = sharedStates.length === 0 ? 0 : Math.min(bp, Math.ceil(usable / power) + 1);
  // Shares: in-substation points whose only flow for sharing is a withdrawal go four at a time
  // (when the groups' rows may be compact, only the groups' members: their rows share a layout).
  const withdrawalOnly = (j: number) => points[j]!.inSubstation && !general[j] && points[j]!.battery === undefined;
  const inGroups = (j: number) => !maskable || grouped[j] === 1;
  // With only some points' shares wanted, those go one by one, the grouped ones from their
  // loads after the blocks (their rows may be compact, or not written when reused).
  const wo = sharesOf !== null ? [] : points.map((_, j) => j).filter((j) => withdrawalOnly(j) && inGroups(j));
  const nWo4 = wo.length - (wo.length % 4);
  const shareSingles = wo.slice(nWo4);
  const sharePost: number[] = [];
  for (let j = 0; j < nPoints; j++) {
    if (!points[j]!.inSubstation || (sharesOf === null ? withdrawalOnly(j) && inGroups(j) : sharesOf[j] !== 1)) continue;
    (sharesOf !== null && grouped[j] === 1 ? sharePost : shareSingles).push(j);
  }
  const stride = bp + 1;

  const r: EngineRun = {
    points,
    load: points.map((p) => p.load ?? null),
    ev: points.map((p) => p.ev ?? null),
    plants: points.map((p) => p.plants),
    inSub: flagsOf(points, (p) => p.inSubstation),
    kind,
    selfState,
    wdSlot,
    genSlot,
    firstPlant,
    groupMembers: groupMembersOf(groups),
    groupIn: flagsOf(groups, (g) => g.inSubstation),
    groupEv: flagsOf(groups, (g) => g.ev),
    shareGroups: int32Of(wo.slice(0, nWo4)),
    shareSingles: int32Of(shareSingles),
    sharePost: int32Of(sharePost),
    consumerOnly: sharesOf !== null,
    reuse: null,
    reuseAll: false,
    bp,
    perPeriod,
    fst,
    pMonth,
    pwd: scratchSpace(nSlots * stride, false), // withdrawal per point and block period
    stride,
    maskable,
    win,
    nStored: 0,
    masked: false,
    sl: new Int32Array(bp),
    ix: new Int32Array(bp),
    gw,
    gwNoEv: scratchSpace(np, false), // written for every period
    gwSums: { production: sink, consumption: sink, injection: sink, withdrawal: gw },
    pinj: scratchSpace(nGen * bp, false), // injection per general point and block period
    injStep: scratchSpace(maxSteps, false),
    prodScratch: scratchSpace(maxSteps, false),
    sumsIn: { production: out.production, consumption: out.consumption, injection: scratchSpace(np), withdrawal: scratchSpace(np) },
    sumsOut: { production: sink, consumption: sink, injection: sink, withdrawal: sink },
    injIn: new Float64Array(0),
    wdIn: new Float64Array(0),
    kS: scratchSpace(np, false),
    kI: scratchSpace(np, false),
    kJ: scratchSpace(np, false),
    act: new Int32Array(bp),
    runs: new Int32Array(bp + 1),
    ksAct: scratchSpace(bp, false),
    kiAct: scratchSpace(bp, false),
    tot: out.pointTotals,
    sh: out.pointShares,
    pm: out.pointMonthly,
    plantProduction: out.plantProduction,
    plantInjection: out.plantInjection,
    plantInjected: out.plantInjected,
    sharedStates,
    sharedFlows,
    pointFlows: out.sharedBatteryFlows,
    pointEta,
    splitInj: splitOrder.map((k) => out.plantInjected[k]!),
    splitOut: splitOrder.map((k) => out.plantShared[k]!),
    splitEligible: splitOrder.map((k) => eligible[k]!),
    injected: out.injected,
    withdrawn: out.withdrawn,
    shared: out.shared,
    incentivised: out.incentivised,
    storageShared: out.storageShared,
    injectionCounted: out.injectionCounted,
    withdrawalCounted: out.withdrawalCounted,
  };
  r.injIn = r.sumsIn.injection;
  r.wdIn = r.sumsIn.withdrawal;
  if (s.consumers !== null) takeConsumerFlows(s.consumers, r, sharesOf === null);

  const blk: Block = { h0: 0, h1: 0, firstStep: fst };
  const anyShares = r.shareGroups.length + r.shareSingles.length > 0;
  for (let h0 = 0; h0 < np; h0 += bp) {
    const h1 = Math.min(np, h0 + bp);
    blk.h0 = h0;
    blk.h1 = h1;
    flowsBlock(r, blk); // 1. flows of every point, summed per period
    settleBlock(r, h0, h1); // 2. shared energy, storage, oldest-first split
    if (anyShares) sharesBlock(r, h0, h1); // 3. pro-rata shares of in-substation points
  }
  if (r.sharePost.length > 0) groupedSharesFromLoads(r, np);
  if (s.consumers !== null && r.reuse === null) keepConsumerFlows(s.consumers, r);

  // Production and injection of a single-plant point are the point's.
  const tot = out.pointTotals;
  for (let k = 0; k < nPlants; k++) {
    const j = plantPoint[k]!;
    if (singlePlant(j)) {
      out.plantProduction[k] = tot[j * T_FIELDS + T_PROD]!;
      out.plantInjection[k] = tot[j * T_FIELDS + T_INJ]!;
    }
  }
  return out;
}

/** The groups' points in a row, four per group. */
function groupMembersOf(groups: readonly ConsumerGroup[]): Int32Array {
  const out = new Int32Array(4 * groups.length);
  for (let g = 0; g < groups.length; g++) out.set(groups[g]!.members, 4 * g);
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
 * side of the substation and of one kind (with EV charging or without); the remainder goes
 * point by point. In-substation groups without EV charging come first (consumer-memo.ts keeps
 * the sums as they stand after them).
 */
function consumerGroups(points: readonly PointInput[], general: readonly boolean[]): ConsumerGroup[] {
  const groups: ConsumerGroup[] = [];
  for (const side of [true, false]) {
    for (const ev of [false, true]) {
      const js: number[] = [];
      points.forEach((p, j) => {
        if (!general[j] && p.inSubstation === side && p.load !== undefined && (p.ev !== undefined) === ev && p.battery === undefined) js.push(j);
      });
      for (let q = 0; q + 4 <= js.length; q += 4) groups.push({ members: [js[q]!, js[q + 1]!, js[q + 2]!, js[q + 3]!], inSubstation: side, ev });
    }
  }
  return groups;
}
