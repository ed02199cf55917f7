/**
 * The state of one balance run, laid out flat before the first block: per point its series,
 * kind and buffer offsets in plain arrays, the groups of four in an Int32Array. The block
 * phases (engine-flows.ts, engine-shares.ts) are small functions over this one object of
 * one shape: they reach no PointInput in their loops, so they compile quickly and stay
 * compiled when the next run brings new input objects (a single large loop function over the
 * input objects took 70–170 ms of optimising compiler time per change of the objects' shapes,
 * meanwhile running unoptimised and allocating a boxed number per arithmetic result).
 */
import type { BatteryState } from './battery';
import type { ConsumerFlows } from './consumer-memo';
import type { PeriodSums } from './point-flows';
import type { SharedBatteryFlows } from './shared-battery';
import type { PlantInput, PointInput } from './types';

/** How a point outside the groups of four is processed in phase 1 (engine-flows.ts). */
export const K_GROUPED = 0;
/** Pure consumer whose load is read in place (single-interval periods, no EV). */
export const K_IN_PLACE = 1;
/** Pure consumer with EV charging and/or no load (or a shared-energy battery). */
export const K_CONSUMER = 2;
/** Exactly one plant, no self-consumption battery, no EV: plant-only or prosumer loops. */
export const K_ONE_PLANT = 3;
/** One plant, a load and a self-consumption battery, no EV: battery-point-flows.ts. */
export const K_BATTERY_PROSUMER = 4;
/** Anything else with plants or a self-consumption battery: generalBlock. */
export const K_GENERAL = 5;
/** A load and a self-consumption battery, no plant, no EV: battery-point-flows.ts with single-interval periods, else generalBlock. */
export const K_BATTERY_CONSUMER = 6;

export interface EngineRun {
  points: readonly PointInput[];
  /** Per point: load, EV and plants (null / empty when absent). */
  load: (Float64Array | null)[];
  ev: (Float64Array | null)[];
  plants: PlantInput[][];
  /** Per point: 1 in the substation. */
  inSub: Uint8Array;
  /** Per point: K_* kind. */
  kind: Uint8Array;
  /** Per point: its self-consumption battery, or null. */
  selfState: (BatteryState | null)[];
  /** Per point: row of its withdrawal per period in `pwd` (−1: read in place from its load). */
  wdSlot: Int32Array;
  /** Per point with several plants: row of its injection per period in `pinj`, else −1. */
  genSlot: Int32Array;
  /** Flattened plants of point j: [firstPlant[j], firstPlant[j + 1]). */
  firstPlant: Int32Array;
  /** Groups of four pure consumers: members at 4g…4g+3, side and EV flags. */
  groupMembers: Int32Array;
  groupIn: Uint8Array;
  groupEv: Uint8Array;
  /** Points whose shares go four at a time (withdrawal only), 4 per row; and the others. */
  shareGroups: Int32Array;
  shareSingles: Int32Array;
  /**
   * Grouped points whose share as consumer is wanted when not every point's is (a balance's
   * totals, compute.ts): summed after the blocks from their loads (engine-shares.ts).
   */
  sharePost: Int32Array;
  /**
   * Only some points' shares as consumer are wanted: phase 2 leaves kI and kJ out and phase 3
   * reads kS in their place (the points' incentivised and producer slots are then not shares).
   */
  consumerOnly: boolean;
  /**
   * Kept sums of an earlier run on the same consumers (consumer-memo.ts), or null; taken for
   * every group (`reuseAll`) or for those without EV charging only.
   */
  reuse: ConsumerFlows | null;
  reuseAll: boolean;
  /** Periods per block, intervals per period (1 or 4), first interval of each period. */
  bp: number;
  perPeriod: number;
  fst: Int32Array;
  pMonth: Uint8Array;
  /** Work buffers (engine.ts). Withdrawal per period of point j: row wdSlot[j] × stride of pwd. */
  pwd: Float64Array;
  /** Length of a pwd row: the block's periods and one spare slot (engine-flows.ts). */
  stride: number;
  /**
   * Quarter hours: a period can share only if the points with plants inject in it or a
   * shared-energy battery releases, so in whole-hour blocks the groups of four store their
   * withdrawal for those periods and the `win` after each run of them (slots `sl`), the
   * others going to the spare slot. A period that shares outside them (a battery releasing
   * longer) has its withdrawals summed again from the loads (engine-shares.ts).
   */
  maskable: boolean;
  win: number;
  /** Slots used in this block's compact rows. */
  nStored: number;
  /** This block's groups store at sl[h − h0] (compact) rather than at h − h0. */
  masked: boolean;
  sl: Int32Array;
  /** Share pass: position in the rows of the t-th active period. */
  ix: Int32Array;
  /** In-substation withdrawal of the groups of four per period, added in after them. */
  gw: Float64Array;
  /** gw as it stands after the groups without EV charging (they come first), for consumer-memo.ts. */
  gwNoEv: Float64Array;
  /** Sums adding a consumer's withdrawal into gw alone (its consumption into the sink). */
  gwSums: PeriodSums;
  pinj: Float64Array;
  injStep: Float64Array;
  prodScratch: Float64Array;
  sumsIn: PeriodSums;
  sumsOut: PeriodSums;
  injIn: Float64Array;
  wdIn: Float64Array;
  kS: Float64Array;
  kI: Float64Array;
  kJ: Float64Array;
  /** Active periods of the block and their month runs (activeMonthRuns); kS, kI of each. */
  act: Int32Array;
  runs: Int32Array;
  ksAct: Float64Array;
  kiAct: Float64Array;
  /** Outputs (EngineOutput). */
  tot: Float64Array;
  sh: Float64Array;
  pm: Float64Array;
  plantProduction: Float64Array;
  plantInjection: Float64Array;
  plantInjected: Float64Array[];
  sharedStates: BatteryState[];
  sharedFlows: SharedBatteryFlows[];
  /** Per point: its shared-energy battery's flows, or null. */
  pointFlows: (SharedBatteryFlows | null)[];
  /** Per point: round-trip efficiency of its shared-energy battery (0 without). */
  pointEta: Float64Array;
  splitInj: Float64Array[];
  splitOut: Float64Array[];
  splitEligible: boolean[];
  injected: Float64Array;
  withdrawn: Float64Array;
  shared: Float64Array;
  incentivised: Float64Array;
  storageShared: Float64Array;
  injectionCounted: Float64Array;
  withdrawalCounted: Float64Array;
}
