/**
 * A prosumer with one plant, a load and a 'self-consumption' battery (no EV), over periods of
 * four quarter hours (period h covers intervals s0 + 4 (h − h0) … + 3): generalBlock's
 * arithmetic (point-flows.ts, battery.ts) without its general cases — no per-interval
 * injection kept (one plant: nothing to split), no absent series, no per-period flush test.
 * The battery's state of charge is a chain from one interval to the next, kept in locals.
 * Energies [kWh]. Returns false on a negative, NaN or infinite value.
 */
import type { BatteryState } from './battery';
import type { PeriodSums } from './point-flows';
import { T_CONS, T_INJ, T_PROD, T_SELF, T_WD } from './point-flows';

export function batteryProsumerQuarterHours(
  prod: Float64Array,
  load: Float64Array,
  battery: BatteryState,
  s0: number,
  h0: number,
  h1: number,
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
  let ok = true;
  let soc = battery.soc;
  let charged = battery.charged;
  let discharged = battery.discharged;
  let losses = battery.losses;
  const capacity = battery.capacity;
  const socMin = battery.socMin;
  const eta = battery.etaOneWay;
  const maxE = battery.maxEnergy;
  let tProd = 0;
  let tCons = 0;
  let tSelf = 0;
  let tInj = 0;
  let tWd = 0;
  for (let h = h0, i = s0, k = 0; h < h1; h++, i += 4, k++) {
    let hp = 0;
    let hc = 0;
    let hi = 0;
    let hw = 0;
    let hs = 0;
    for (let q = i; q < i + 4; q++) {
      const p = prod[q]!;
      const c = load[q]!;
      if (!(p >= 0 && c >= 0)) ok = false;
      let self = p < c ? p : c;
      let surplus = p - self;
      let deficit = c - self;
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
      hp += p;
      hc += c;
      hi += surplus;
      hw += deficit;
      hs += self;
    }
    sP[h] += hp;
    sC[h] += hc;
    sI[h] += hi;
    sW[h] += hw;
    injOut[ioff + k] = hi;
    wdOut[woff + k] = hw;
    tProd += hp;
    tCons += hc;
    tInj += hi;
    tWd += hw;
    tSelf += hs;
  }
  battery.soc = soc;
  battery.charged = charged;
  battery.discharged = discharged;
  battery.losses = losses;
  tot[off + T_PROD] += tProd;
  tot[off + T_CONS] += tCons;
  tot[off + T_SELF] += tSelf;
  tot[off + T_INJ] += tInj;
  tot[off + T_WD] += tWd;
  return ok && tProd + tCons < Infinity;
}

/**
 * A point with a load and a 'self-consumption' battery, one plant or none (`prod` null), no
 * EV, over single-interval periods (hourly data: interval h is period h): generalBlock's
 * single-interval loop (point-flows.ts) with its general cases taken out — no absent load, no
 * EV, no per-interval injection kept (nothing to split) — the same arithmetic in the same
 * order. generalBlock tests for each absent series and for the battery at every interval and
 * keeps the battery's state across those branches: about 20–30 ns per interval measured here,
 * this loop 6–16 ns (the state-of-charge chain and the charge/discharge branches remain).
 */
export function batteryPointSingleSteps(
  prod: Float64Array | null,
  load: Float64Array,
  battery: BatteryState,
  h0: number,
  h1: number,
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
  let ok = true;
  let soc = battery.soc;
  let charged = battery.charged;
  let discharged = battery.discharged;
  let losses = battery.losses;
  const capacity = battery.capacity;
  const socMin = battery.socMin;
  const eta = battery.etaOneWay;
  const maxE = battery.maxEnergy;
  let tProd = 0;
  let tCons = 0;
  let tSelf = 0;
  let tInj = 0;
  let tWd = 0;
  for (let h = h0, k = 0; h < h1; h++, k++) {
    const p = prod === null ? 0 : prod[h]!;
    const c = load[h]!;
    if (!(p >= 0 && c >= 0)) ok = false;
    let self = p < c ? p : c;
    let surplus = p - self;
    let deficit = c - self;
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
    sP[h] += p;
    sC[h] += c;
    sI[h] += surplus;
    sW[h] += deficit;
    injOut[ioff + k] = surplus;
    wdOut[woff + k] = deficit;
    tProd += p;
    tCons += c;
    tInj += surplus;
    tWd += deficit;
    tSelf += self;
  }
  battery.soc = soc;
  battery.charged = charged;
  battery.discharged = discharged;
  battery.losses = losses;
  tot[off + T_PROD] += tProd;
  tot[off + T_CONS] += tCons;
  tot[off + T_SELF] += tSelf;
  tot[off + T_INJ] += tInj;
  tot[off + T_WD] += tWd;
  return ok && tProd + tCons < Infinity;
}
