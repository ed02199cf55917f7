/**
 * Behind-the-meter balance of one connection point over the sharing periods [h0, h1):
 * self-consumption = min(production, consumption); injection = production − self-consumption;
 * withdrawal = consumption − self-consumption, interval by interval. A 'self-consumption'
 * battery then charges from the surplus and discharges to the remaining load. Plants of
 * third-party producers and standalone plants have no load: all their production is injected.
 * Results are summed per period. Energies [kWh].
 *
 * Values are checked on the fly: a negative, NaN or infinite input makes the functions return
 * false, and the caller reports it with the offending series and interval.
 */
import type { BatteryState } from './battery';
import type { PlantInput } from './types';

/** Slots of a point's running totals [kWh] in a flat Float64Array (stride T_FIELDS). */
export const T_PROD = 0;
export const T_CONS = 1;
export const T_EV = 2;
export const T_SELF = 3;
export const T_INJ = 4;
export const T_WD = 5;
export const T_FIELDS = 6;

/** Configuration sums per period [kWh], on the side (inside / outside) of the point. */
export interface PeriodSums {
  production: Float64Array;
  consumption: Float64Array;
  injection: Float64Array;
  withdrawal: Float64Array;
}

/** Where one block is: periods [h0, h1) whose intervals start at `firstStep[h]`. */
export interface Block {
  h0: number;
  h1: number;
  firstStep: Int32Array;
}

/**
 * Pure consumer (no plant, no behind-the-meter battery): withdrawal = load + EV. Adds per
 * period into `sums`, writes the point's withdrawal per period into `wdOut[woff + h − h0]`,
 * totals into `tot[off…]`. Returns false on an invalid value.
 */
export function consumerBlock(
  load: Float64Array | null,
  ev: Float64Array | null,
  blk: Block,
  sums: PeriodSums,
  wdOut: Float64Array,
  woff: number,
  tot: Float64Array,
  off: number,
): boolean {
  const { h0, h1, firstStep: fst } = blk;
  const cons = sums.consumption;
  const wd = sums.withdrawal;
  let sum = 0;
  let sumEv = 0;
  let bad = false;
  if (load !== null && ev !== null) {
    for (let h = h0; h < h1; h++) {
      let s = 0;
      let se = 0;
      const end = fst[h + 1]!;
      for (let i = fst[h]!; i < end; i++) {
        const l = load[i]!;
        const e = ev[i]!;
        if (!(l >= 0 && e >= 0)) bad = true;
        s += l;
        se += e;
      }
      s += se;
      cons[h] += s;
      wd[h] += s;
      wdOut[woff + h - h0] = s;
      sum += s;
      sumEv += se;
    }
  } else if (load !== null || ev !== null) {
    const a = (load ?? ev)!;
    for (let h = h0; h < h1; h++) {
      const i = fst[h]!;
      const end = fst[h + 1]!;
      let s: number;
      if (end - i === 4) {
        // Quarter hours in an hourly period: the common case, unrolled.
        const x0 = a[i]!;
        const x1 = a[i + 1]!;
        const x2 = a[i + 2]!;
        const x3 = a[i + 3]!;
        if (!(x0 >= 0 && x1 >= 0 && x2 >= 0 && x3 >= 0)) bad = true;
        s = x0 + x1 + x2 + x3;
      } else {
        s = 0;
        for (let k = i; k < end; k++) {
          const x = a[k]!;
          if (!(x >= 0)) bad = true;
          s += x;
        }
      }
      cons[h] += s;
      wd[h] += s;
      wdOut[woff + h - h0] = s;
      sum += s;
    }
    if (load === null) sumEv = sum;
  } else {
    for (let h = h0; h < h1; h++) wdOut[woff + h - h0] = 0;
  }
  tot[off + T_CONS] += sum;
  tot[off + T_EV] += sumEv;
  tot[off + T_WD] += sum;
  return !bad && sum < Infinity;
}

/**
 * General point (plants and/or a 'self-consumption' battery; `load` and `ev` null when
 * absent). Writes the point's injection
 * per interval into `injStep` (indexed from 0 at the block's first interval), its injection
 * and withdrawal per period into `injOut` / `wdOut` at `ioff` / `woff` + h − h0, adds into `sums` and
 * `tot[off…]`. `prodScratch` holds the summed production of several plants per interval.
 * Returns false on an invalid value.
 */
export function generalBlock(
  plants: readonly PlantInput[],
  load: Float64Array | null,
  ev: Float64Array | null,
  battery: BatteryState | null,
  blk: Block,
  injStep: Float64Array,
  prodScratch: Float64Array,
  sums: PeriodSums,
  injOut: Float64Array,
  ioff: number,
  wdOut: Float64Array,
  woff: number,
  tot: Float64Array,
  off: number,
): boolean {
  const sP = sums.production;
  const sC = sums.consumption;
  const sI = sums.injection;
  const sW = sums.withdrawal;
  const { h0, h1, firstStep: fst } = blk;
  const s0 = fst[h0]!;
  const s1 = fst[h1]!;
  let bad = false;
  let prod: Float64Array | null = null;
  let pOff = 0; // prod index = interval − pOff
  if (plants.length === 1) {
    prod = plants[0]!.production;
  } else if (plants.length > 1) {
    prod = prodScratch;
    pOff = s0;
    const p0 = plants[0]!.production;
    for (let i = s0; i < s1; i++) {
      const x = p0[i]!;
      if (!(x >= 0)) bad = true;
      prod[i - s0] = x;
    }
    for (let k = 1; k < plants.length; k++) {
      const pk = plants[k]!.production;
      for (let i = s0; i < s1; i++) {
        const x = pk[i]!;
        if (!(x >= 0)) bad = true;
        prod[i - s0] += x;
      }
    }
  }
  let tProd = 0;
  let tCons = 0;
  let tEv = 0;
  let tSelf = 0;
  let tInj = 0;
  let tWd = 0;
  // The battery's state in locals, written back after the block: the state of charge is a
  // chain from one interval to the next, kept in registers rather than in the object. Same
  // arithmetic as chargeBattery / dischargeBattery (battery.ts).
  const hasBattery = battery !== null;
  let soc = hasBattery ? battery.soc : 0;
  let charged = hasBattery ? battery.charged : 0;
  let discharged = hasBattery ? battery.discharged : 0;
  let losses = hasBattery ? battery.losses : 0;
  const capacity = hasBattery ? battery.capacity : 0;
  const socMin = hasBattery ? battery.socMin : 0;
  const eta = hasBattery ? battery.etaOneWay : 1;
  const maxE = hasBattery ? battery.maxEnergy : 0;
  if (s1 - s0 === h1 - h0) {
    // Every period is one interval (hourly data, or sharing per interval): interval i is
    // period h, no per-period sums to flush. Same arithmetic as the loop below.
    for (let i = s0, h = h0; i < s1; i++, h++) {
      const p = prod === null ? 0 : prod[i - pOff]!;
      const e = ev === null ? 0 : ev[i]!;
      const l = load === null ? 0 : load[i]!;
      if (!(p >= 0 && e >= 0 && l >= 0)) bad = true;
      const c = l + e;
      let self = p < c ? p : c;
      let surplus = p - self;
      let deficit = c - self;
      if (hasBattery) {
        if (surplus > 0) {
          const room = (capacity - soc) / eta;
          let x = surplus < maxE ? surplus : maxE;
          if (room < x) x = room;
          if (x > 0) {
            const stored = x * eta;
            soc += stored;
            charged += x;
            losses += x - stored;
            surplus -= x;
          }
        } else if (deficit > 0) {
          const avail = (soc - socMin) * eta;
          let x = deficit < maxE ? deficit : maxE;
          if (avail < x) x = avail;
          if (x > 0) {
            const drawn = x / eta;
            soc -= drawn;
            discharged += x;
            losses += drawn - x;
            deficit -= x;
            self += x;
          }
        }
      }
      injStep[i - s0] = surplus;
      sP[h] += p;
      sC[h] += c;
      sI[h] += surplus;
      sW[h] += deficit;
      injOut[ioff + h - h0] = surplus;
      wdOut[woff + h - h0] = deficit;
      tProd += p;
      tCons += c;
      tInj += surplus;
      tWd += deficit;
      tEv += e;
      tSelf += self;
    }
  } else {
    // One loop over the block's intervals; a period's sums are flushed at its last interval
    // (every interval with hourly data: no inner loop of one turn per period).
    let h = h0;
    let next = fst[h0 + 1]!; // first interval of the next period
    let hp = 0;
    let hc = 0;
    let hi = 0;
    let hw = 0;
    for (let i = s0; i < s1; i++) {
      const p = prod === null ? 0 : prod[i - pOff]!;
      const e = ev === null ? 0 : ev[i]!;
      const l = load === null ? 0 : load[i]!;
      if (!(p >= 0 && e >= 0 && l >= 0)) bad = true;
      const c = l + e;
      let self = p < c ? p : c;
      let surplus = p - self;
      let deficit = c - self;
      if (hasBattery) {
        if (surplus > 0) {
          const room = (capacity - soc) / eta;
          let x = surplus < maxE ? surplus : maxE;
          if (room < x) x = room;
          if (x > 0) {
            const stored = x * eta;
            soc += stored;
            charged += x;
            losses += x - stored;
            surplus -= x;
          }
        } else if (deficit > 0) {
          const avail = (soc - socMin) * eta;
          let x = deficit < maxE ? deficit : maxE;
          if (avail < x) x = avail;
          if (x > 0) {
            const drawn = x / eta;
            soc -= drawn;
            discharged += x;
            losses += drawn - x;
            deficit -= x;
            self += x;
          }
        }
      }
      injStep[i - s0] = surplus;
      hp += p;
      hc += c;
      hi += surplus;
      hw += deficit;
      tEv += e;
      tSelf += self;
      if (i + 1 === next) {
        sP[h] += hp;
        sC[h] += hc;
        sI[h] += hi;
        sW[h] += hw;
        injOut[ioff + h - h0] = hi;
        wdOut[woff + h - h0] = hw;
        tProd += hp;
        tCons += hc;
        tInj += hi;
        tWd += hw;
        hp = 0;
        hc = 0;
        hi = 0;
        hw = 0;
        h++;
        if (h < h1) next = fst[h + 1]!;
      }
    }
  }
  if (hasBattery) {
    battery.soc = soc;
    battery.charged = charged;
    battery.discharged = discharged;
    battery.losses = losses;
  }
  tot[off + T_PROD] += tProd;
  tot[off + T_CONS] += tCons;
  tot[off + T_EV] += tEv;
  tot[off + T_SELF] += tSelf;
  tot[off + T_INJ] += tInj;
  tot[off + T_WD] += tWd;
  return !bad && tProd + tCons < Infinity;
}
