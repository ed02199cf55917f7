/**
 * Phase 1 of a block (engine.ts): the behind-the-meter flows of every point over periods
 * [h0, h1), summed per period into the configuration's sums and each point's withdrawal (and
 * injection) per period into the run's buffers. Dispatches on the kinds laid out by engine.ts
 * (engine-run.ts); the arithmetic is in the kernels (consumer-groups.ts, quarter-hour-flows.ts,
 * point-flows.ts).
 */
import { quarterHourEvGroup, quarterHourGroup, singleStepEvGroup, singleStepGroup, singleStepOne } from './consumer-groups';
import type { EngineRun } from './engine-run';
import { batteryPointSingleSteps, batteryProsumerQuarterHours } from './battery-point-flows';
import { K_BATTERY_CONSUMER, K_BATTERY_PROSUMER, K_CONSUMER, K_GENERAL, K_GROUPED, K_IN_PLACE, K_ONE_PLANT } from './engine-run';
import type { Block } from './point-flows';
import { consumerBlock, generalBlock, T_FIELDS } from './point-flows';
import { loadEvQuarterHours, loadEvSingleSteps, plantOnlyQuarterHours, plantOnlySingleSteps, prosumerQuarterHours, prosumerSingleSteps } from './quarter-hour-flows';
import type { PointInput } from './types';
import { assertPointValues } from './validate';

/** Every period of [h0, h1) is whole (a partial hour only at the start or end of the data). */
function isRegular(r: EngineRun, h0: number, h1: number): boolean {
  return r.perPeriod === 1 || r.fst[h1]! - r.fst[h0]! === r.perPeriod * (h1 - h0);
}

export function flowsBlock(r: EngineRun, blk: Block): void {
  const { h0, h1 } = blk;
  const regular = isRegular(r, h0, h1);
  // With compact rows the points with plants go first: their injection tells which periods
  // may share (engine-run.ts). Otherwise the groups go first, every period in its own slot.
  r.masked = r.maskable && regular;
  if (r.masked) singlesBlock(r, blk, regular);
  const { sl, injIn, win } = r;
  let n = 0;
  let after = win + 1; // periods since the last one with injection
  // Slots are read by the quarter-hour group kernels only (single intervals: rows at h − h0).
  if (r.perPeriod !== 1) {
    for (let h = h0; h < h1; h++) {
      after = injIn[h]! > 0 ? 0 : after + 1;
      sl[h - h0] = !r.masked ? h - h0 : after <= win ? n++ : r.bp;
    }
  }
  r.nStored = n;
  // Sums kept from a run on the same consumers (consumer-memo.ts): every group's, or those of
  // the groups without EV charging, the others summed after them as they would be.
  if (r.reuse === null) groupsBlock(r, blk, regular, false);
  else if (r.reuseAll) r.gw.set(r.reuse.gw.subarray(h0, h1), h0);
  else {
    r.gw.set(r.reuse.gwNoEv.subarray(h0, h1), h0);
    groupsBlock(r, blk, regular, true);
  }
  // The groups added their withdrawal only (into gw); for pure consumers it is also their
  // consumption (consumer-groups.ts). Added before the other points, it is their sums as such.
  const { consumption, withdrawal } = r.sumsIn;
  const gw = r.gw;
  for (let h = h0; h < h1; h++) {
    consumption[h] += gw[h]!;
    withdrawal[h] += gw[h]!;
  }
  if (!r.masked) singlesBlock(r, blk, regular);
}

function singlesBlock(r: EngineRun, blk: Block, regular: boolean): void {
  const { kind } = r;
  const { h0, h1 } = blk;
  for (let j = 0; j < kind.length; j++) {
    const k = kind[j]!;
    if (k === K_GROUPED) continue;
    let ok: boolean;
    if (k === K_IN_PLACE) {
      const sums = r.inSub[j] ? r.sumsIn : r.sumsOut;
      ok = singleStepOne(r.load[j]!, h0, h1, sums.consumption, sums.withdrawal, r.tot, j * T_FIELDS);
    } else if (k === K_CONSUMER) ok = consumerOne(r, j, blk, regular);
    else ok = producerOne(r, j, blk, regular ? k : K_GENERAL);
    if (!ok) assertPointValues(r.points[j]!);
  }
}

/** The groups of four (with EV charging only: `evOnly`); groups come in-substation without EV first (engine.ts). */
function groupsBlock(r: EngineRun, blk: Block, regular: boolean, evOnly: boolean): void {
  const { h0, h1 } = blk;
  const s0 = r.fst[h0]!;
  const { groupMembers: gm, load, ev, pwd, wdSlot, tot, stride: bp, sl } = r;
  const direct = r.perPeriod === 1;
  let noEvDone = false;
  for (let g = 0; g < r.groupIn.length; g++) {
    if (!noEvDone && !(r.groupIn[g] && !r.groupEv[g])) {
      noEvDone = true;
      if (!evOnly) r.gwNoEv.set(r.gw.subarray(h0, h1), h0);
    }
    if (evOnly && !r.groupEv[g]) continue;
    const ja = gm[4 * g]!;
    const jb = gm[4 * g + 1]!;
    const jc = gm[4 * g + 2]!;
    const jd = gm[4 * g + 3]!;
    const sums = r.groupIn[g] ? r.sumsIn : r.sumsOut;
    const gw = r.groupIn[g] ? r.gw : r.sumsOut.withdrawal;
    const isEv = r.groupEv[g] === 1;
    const la = load[ja]!;
    const lb = load[jb]!;
    const lc = load[jc]!;
    const ld = load[jd]!;
    let ok = true;
    if (isEv && direct) {
      ok = singleStepEvGroup(la, ev[ja]!, lb, ev[jb]!, lc, ev[jc]!, ld, ev[jd]!, h0, h1, pwd, wdSlot[ja]! * bp, wdSlot[jb]! * bp, wdSlot[jc]! * bp, wdSlot[jd]! * bp, gw, tot, ja * T_FIELDS, jb * T_FIELDS, jc * T_FIELDS, jd * T_FIELDS);
    } else if (isEv && regular) {
      ok = quarterHourEvGroup(la, ev[ja]!, lb, ev[jb]!, lc, ev[jc]!, ld, ev[jd]!, s0, h0, h1, pwd, sl, wdSlot[ja]! * bp, wdSlot[jb]! * bp, wdSlot[jc]! * bp, wdSlot[jd]! * bp, gw, tot, ja * T_FIELDS, jb * T_FIELDS, jc * T_FIELDS, jd * T_FIELDS);
    } else if (direct) {
      ok = singleStepGroup(la, lb, lc, ld, h0, h1, gw, tot, ja * T_FIELDS, jb * T_FIELDS, jc * T_FIELDS, jd * T_FIELDS);
    } else if (regular) {
      ok = quarterHourGroup(la, lb, lc, ld, s0, h0, h1, pwd, sl, wdSlot[ja]! * bp, wdSlot[jb]! * bp, wdSlot[jc]! * bp, wdSlot[jd]! * bp, gw, tot, ja * T_FIELDS, jb * T_FIELDS, jc * T_FIELDS, jd * T_FIELDS);
    } else {
      for (let q = 4 * g; q < 4 * g + 4; q++) {
        const j = gm[q]!;
        // Consumption and withdrawal alike into gw (a partial period: never compact rows).
        ok = consumerBlock(load[j]!, isEv ? ev[j]! : null, blk, r.groupIn[g] ? r.gwSums : sums, pwd, wdSlot[j]! * bp, tot, j * T_FIELDS) && ok;
      }
    }
    if (!ok) for (let q = 4 * g; q < 4 * g + 4; q++) assertPointValues(r.points[gm[q]!]!);
  }
  if (!noEvDone && !evOnly) r.gwNoEv.set(r.gw.subarray(h0, h1), h0);
}

/** A pure consumer outside the groups (EV charging, or a shared-energy battery, or no load). */
function consumerOne(r: EngineRun, j: number, blk: Block, regular: boolean): boolean {
  const { h0, h1 } = blk;
  const sums = r.inSub[j] ? r.sumsIn : r.sumsOut;
  const o = r.wdSlot[j]! * r.stride;
  const l = r.load[j]!;
  const e = r.ev[j]!;
  if (l !== null && e !== null) {
    if (r.perPeriod === 4 && regular) return loadEvQuarterHours(l, e, r.fst[h0]!, h0, h1, sums, r.pwd, o, r.tot, j * T_FIELDS);
    if (r.perPeriod === 1) return loadEvSingleSteps(l, e, h0, h1, sums, r.pwd, o, r.tot, j * T_FIELDS);
  }
  return consumerBlock(l, e, blk, sums, r.pwd, o, r.tot, j * T_FIELDS);
}

/**
 * A point with plants or a self-consumption battery, of kind `k` (K_GENERAL when the block has
 * a partial period: only generalBlock handles those).
 */
function producerOne(r: EngineRun, j: number, blk: Block, k: number): boolean {
  const { h0, h1 } = blk;
  const sums = r.inSub[j] ? r.sumsIn : r.sumsOut;
  const o = r.wdSlot[j]! * r.stride;
  const k0 = r.firstPlant[j]!;
  const k1 = r.firstPlant[j + 1]!;
  // A single plant's injection per period is its point's: written straight into its series.
  const injRow = k1 - k0 === 1 ? r.plantInjected[k0]! : r.pinj;
  const gi = k1 - k0 === 1 ? h0 : r.genSlot[j]! * r.bp;
  const load = r.load[j]!;
  const off = j * T_FIELDS;
  if (k === K_BATTERY_PROSUMER && r.perPeriod === 4) {
    const prod = r.plants[j]![0]!.production;
    return batteryProsumerQuarterHours(prod, load!, r.selfState[j]!, r.fst[h0]!, h0, h1, sums, injRow, gi, r.pwd, o, r.tot, off);
  }
  if ((k === K_BATTERY_PROSUMER || k === K_BATTERY_CONSUMER) && r.perPeriod === 1) {
    const prod = k === K_BATTERY_PROSUMER ? r.plants[j]![0]!.production : null;
    return batteryPointSingleSteps(prod, load!, r.selfState[j]!, h0, h1, sums, injRow, gi, r.pwd, o, r.tot, off);
  }
  if (k === K_ONE_PLANT) {
    // The point's injection per interval (injStep) only splits several plants: not needed here.
    const prod = r.plants[j]![0]!.production;
    if (r.perPeriod === 1) {
      if (load === null) return plantOnlySingleSteps(prod, h0, h1, sums, injRow, gi, r.pwd, o, r.tot, off);
      return prosumerSingleSteps(prod, load, h0, h1, sums, injRow, gi, r.pwd, o, r.tot, off);
    }
    const s0 = r.fst[h0]!;
    if (load === null) return plantOnlyQuarterHours(prod, s0, h0, h1, sums, injRow, gi, r.pwd, o, r.tot, off);
    return prosumerQuarterHours(prod, load, s0, h0, h1, sums, injRow, gi, r.pwd, o, r.tot, off);
  }
  const ok = generalBlock(r.plants[j]!, load, r.ev[j]!, r.selfState[j]!, blk, r.injStep, r.prodScratch, sums, injRow, gi, r.pwd, o, r.tot, off);
  if (k1 - k0 > 1) splitPlantInjection(r, j, blk);
  return ok;
}

/** Several plants behind one meter: each plant's injection pro rata to its production per interval. */
function splitPlantInjection(r: EngineRun, j: number, blk: Block): void {
  const { h0, h1, firstStep: fst } = blk;
  const s0 = fst[h0]!;
  const k0 = r.firstPlant[j]!;
  const k1 = r.firstPlant[j + 1]!;
  const { injStep, prodScratch } = r;
  for (let k = k0; k < k1; k++) {
    const prod = r.plants[j]![k - k0]!.production;
    const full = r.plantInjected[k]!;
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
    r.plantProduction[k] += tp;
    r.plantInjection[k] += ti;
  }
}

/** The K_* kind of a point not in a group of four (`general`: plants or a self-consumption battery). */
export function pointKind(p: PointInput, general: boolean, inPlace: boolean, selfBattery: boolean): number {
  if (!general) return inPlace ? K_IN_PLACE : K_CONSUMER;
  if (p.ev !== undefined || p.plants.length > 1) return K_GENERAL;
  if (p.plants.length === 0) return selfBattery && p.load !== undefined ? K_BATTERY_CONSUMER : K_GENERAL;
  if (!selfBattery) return K_ONE_PLANT;
  return p.load !== undefined ? K_BATTERY_PROSUMER : K_GENERAL;
}
