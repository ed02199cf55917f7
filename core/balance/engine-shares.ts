/**
 * Phases 2 and 3 of a block (engine.ts). Settle: the configuration's shared energy per period
 * = min(injected, withdrawn) after the shared-energy batteries, its oldest-first split among
 * plants and the pro-rata coefficients kS = shared / W, kI = incentivised / W, kJ = shared / I
 * [RO App. A pp.143–144]. Shares: every in-substation point's Σ W_p,h × kS_h (by month),
 * Σ W_p,h × kI_h and Σ I_p,h × kJ_h over the periods that share something. Energies [kWh].
 */
import { activeMonthRuns, consumerSharesGroup } from './consumer-groups';
import type { EngineRun } from './engine-run';
import { K_ONE_PLANT } from './engine-run';
import { splitSharedOldestFirst } from './plant-split';
import { pointSharesBlock, S_CONSUMER, S_FIELDS } from './point-shares';
import { dispatchSharedBatteries } from './shared-battery';

export function settleBlock(r: EngineRun, h0: number, h1: number): void {
  const { injected, withdrawn, shared, incentivised, storageShared, injIn, wdIn, kS, kI, kJ } = r;
  for (let h = h0; h < h1; h++) {
    injected[h] = injIn[h]!;
    withdrawn[h] = wdIn[h]!;
  }
  dispatchSharedBatteries(r.sharedStates, r.sharedFlows, injected, withdrawn, storageShared, h0, h1);
  for (let h = h0; h < h1; h++) {
    const x = Math.min(injected[h]!, withdrawn[h]!);
    shared[h] = x;
    storageShared[h] = x; // becomes the part no plant covers
  }
  splitSharedOldestFirst(r.splitInj, r.splitOut, storageShared, h0, h1, 0, r.splitEligible, incentivised, r.act); // act: free until phase 3
  const { injectionCounted, withdrawalCounted } = r;
  if (r.consumerOnly) {
    // kS alone, as below (two divisions of three saved per period that shares).
    for (let h = h0; h < h1; h++) {
      const w = withdrawn[h]!;
      const s = shared[h]!;
      kS[h] = w > 0 ? (s === 0 ? s : s / w) : 0;
      injectionCounted[h] = injected[h]!;
      withdrawalCounted[h] = wdIn[h]!;
    }
    return;
  }
  for (let h = h0; h < h1; h++) {
    const w = withdrawn[h]!;
    const x = injected[h]!;
    const s = shared[h]!;
    if (s === 0) {
      // Nothing shared (every night): no incentive either, and 0 / w is s itself (its sign
      // kept), without the three divisions (each waits on the divider, ~4 ns a period).
      kS[h] = w > 0 ? s : 0;
      kI[h] = w > 0 ? incentivised[h]! : 0;
      kJ[h] = x > 0 ? s : 0;
    } else {
      kS[h] = w > 0 ? s / w : 0;
      kI[h] = w > 0 ? incentivised[h]! / w : 0;
      kJ[h] = x > 0 ? s / x : 0;
    }
    injectionCounted[h] = x;
    withdrawalCounted[h] = wdIn[h]!;
  }
}

export function sharesBlock(r: EngineRun, h0: number, h1: number): void {
  const { act, runs, pMonth, kS, sh, pm, wdSlot, load, pwd, bp, stride, ix, sl } = r;
  const kI = r.consumerOnly ? kS : r.kI; // not computed then (settleBlock)
  const kJ = r.consumerOnly ? kS : r.kJ;
  const nRuns = activeMonthRuns(kS, kJ, pMonth, h0, h1, act, runs);
  const { ksAct, kiAct, masked } = r;
  let free = r.nStored;
  const first = free;
  for (let t = 0, n = runs[nRuns]!; t < n; t++) {
    const h = act[t]!;
    ksAct[t] = kS[h]!;
    kiAct[t] = kI[h]!;
    if (masked && sl[h - h0] === bp) sl[h - h0] = free++; // shares without a stored slot
    ix[t] = masked ? sl[h - h0]! : h;
  }
  if (free > first && r.shareGroups.length > 0) refillGroups(r, h0, first, free);
  // Point j's withdrawal of active period t: row[off + ix[t]], the row being its load read in
  // place (off 0, ix = h) or its pwd row at wdSlot × stride (off − h0 with ix = h, or off 0
  // with ix its compact slot).
  const base = masked ? 0 : h0;
  const sg = r.shareGroups;
  for (let q = 0; q < sg.length; q += 4) {
    const ja = sg[q]!;
    const jb = sg[q + 1]!;
    const jc = sg[q + 2]!;
    const jd = sg[q + 3]!;
    const sa = wdSlot[ja]!;
    const sb = wdSlot[jb]!;
    const sc = wdSlot[jc]!;
    const sd = wdSlot[jd]!;
    consumerSharesGroup(
      sa < 0 ? load[ja]! : pwd, sa < 0 ? 0 : sa * stride - base,
      sb < 0 ? load[jb]! : pwd, sb < 0 ? 0 : sb * stride - base,
      sc < 0 ? load[jc]! : pwd, sc < 0 ? 0 : sc * stride - base,
      sd < 0 ? load[jd]! : pwd, sd < 0 ? 0 : sd * stride - base,
      act, ix, runs, nRuns, pMonth, ksAct, kiAct, sh, pm, ja, jb, jc, jd,
    );
  }
  const ss = r.shareSingles;
  for (let q = 0; q < ss.length; q++) {
    const j = ss[q]!;
    const slot = wdSlot[j]!;
    const wd = slot < 0 ? load[j]! : pwd;
    const wo = slot < 0 ? h0 : slot * stride;
    // Injection of period h at inj[io + h − h0] (engine-flows.ts), none for a consumer.
    const k0 = r.firstPlant[j]!;
    const general = r.kind[j]! >= K_ONE_PLANT;
    const single = general && r.firstPlant[j + 1]! - k0 === 1;
    const inj = !general ? null : single ? r.plantInjected[k0]! : r.pinj;
    const io = single ? h0 : r.genSlot[j]! * bp;
    pointSharesBlock(act, runs, nRuns, h0, pMonth, kS, kI, kJ, wd, wo, inj, io, r.pointFlows[j]!, r.pointEta[j]!, sh, j * S_FIELDS, pm, j * 12);
  }
}

/**
 * Compact rows (engine-run.ts): the in-substation groups' withdrawal of the active periods
 * that got no stored slot, summed again from the loads as the group kernels do, into the
 * slots [first, end) handed out in period order.
 */
function refillGroups(r: EngineRun, h0: number, first: number, end: number): void {
  const { sl, pwd, stride, fst, groupMembers: gm, load, ev } = r;
  const hs: number[] = [];
  for (let k = 0; hs.length < end - first; k++) if (sl[k]! >= first && sl[k]! < end) hs[sl[k]! - first] = h0 + k;
  for (let g = 0; g < r.groupIn.length; g++) {
    if (!r.groupIn[g]) continue;
    for (let q = 4 * g; q < 4 * g + 4; q++) {
      const j = gm[q]!;
      const l = load[j]!;
      const e = r.groupEv[g] ? ev[j]! : null;
      const row = r.wdSlot[j]! * stride;
      for (let m = 0; m < hs.length; m++) {
        const i = fst[hs[m]!]!;
        const x = l[i]! + l[i + 1]! + l[i + 2]! + l[i + 3]!;
        pwd[row + first + m] = e === null ? x : x + (e[i]! + e[i + 1]! + e[i + 2]! + e[i + 3]!);
      }
    }
  }
}

/**
 * Shares as consumer of the grouped points in `sharePost` (only some points' shares wanted):
 * Σ_h W_p,h × kS_h over the year's periods that share, W_p,h summed from the point's load
 * (and EV charging) over the period's intervals in the order the group kernels add them.
 * Into the points' S_CONSUMER slots only [kWh].
 */
export function groupedSharesFromLoads(r: EngineRun, np: number): void {
  const { sharePost, load, ev, kS, fst, sh } = r;
  for (let q = 0; q < sharePost.length; q++) {
    const j = sharePost[q]!;
    const l = load[j]!;
    const e = ev[j];
    let t = 0;
    for (let h = 0; h < np; h++) {
      const k = kS[h]!;
      if (k === 0) continue;
      const i1 = fst[h + 1]!;
      let w = 0;
      for (let i = fst[h]!; i < i1; i++) w += l[i]!;
      if (e !== null) {
        let z = 0;
        for (let i = fst[h]!; i < i1; i++) z += e[i]!;
        w += z;
      }
      t += w * k;
    }
    sh[j * S_FIELDS + S_CONSUMER] += t;
  }
}
