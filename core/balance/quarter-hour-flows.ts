/**
 * The behind-the-meter flows of point-flows.ts for the common kinds of point, over blocks
 * whose periods are all four quarter hours (period h covers intervals s0 + 4 (h − h0) …
 * + 3) or all single intervals: the loops need no period table and read the values straight. Same
 * arithmetic, in the same order, as the general loops. Energies [kWh].
 *
 * Each returns false on a negative, NaN or infinite value; the caller reports it.
 */
import type { PeriodSums } from './point-flows';
import { T_CONS, T_EV, T_INJ, T_PROD, T_SELF, T_WD } from './point-flows';

/** A consumer with a load and EV charging: withdrawal = load + EV per period. */
export function loadEvQuarterHours(
  load: Float64Array,
  ev: Float64Array,
  s0: number,
  h0: number,
  h1: number,
  sums: PeriodSums,
  wdOut: Float64Array,
  woff: number,
  tot: Float64Array,
  off: number,
): boolean {
  const cons = sums.consumption;
  const wd = sums.withdrawal;
  let ok = true;
  let sum = 0;
  let sumEv = 0;
  for (let h = h0, i = s0, k = woff; h < h1; h++, i += 4, k++) {
    const l0 = load[i]!;
    const l1 = load[i + 1]!;
    const l2 = load[i + 2]!;
    const l3 = load[i + 3]!;
    const e0 = ev[i]!;
    const e1 = ev[i + 1]!;
    const e2 = ev[i + 2]!;
    const e3 = ev[i + 3]!;
    if (!(l0 >= 0 && l1 >= 0 && l2 >= 0 && l3 >= 0 && e0 >= 0 && e1 >= 0 && e2 >= 0 && e3 >= 0)) ok = false;
    const se = e0 + e1 + e2 + e3;
    const s = l0 + l1 + l2 + l3 + se;
    cons[h] += s;
    wd[h] += s;
    wdOut[k] = s;
    sum += s;
    sumEv += se;
  }
  tot[off + T_CONS] += sum;
  tot[off + T_EV] += sumEv;
  tot[off + T_WD] += sum;
  return ok && sum < Infinity;
}

/** A plant with no load behind its meter: everything produced is injected. */
export function plantOnlyQuarterHours(
  prod: Float64Array,
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
  const sI = sums.injection;
  let ok = true;
  let t = 0;
  for (let h = h0, i = s0, k = 0; h < h1; h++, i += 4, k++) {
    const p0 = prod[i]!;
    const p1 = prod[i + 1]!;
    const p2 = prod[i + 2]!;
    const p3 = prod[i + 3]!;
    if (!(p0 >= 0 && p1 >= 0 && p2 >= 0 && p3 >= 0)) ok = false;
    const s = p0 + p1 + p2 + p3;
    sP[h] += s;
    sI[h] += s;
    injOut[ioff + k] = s;
    wdOut[woff + k] = 0;
    t += s;
  }
  tot[off + T_PROD] += t;
  tot[off + T_INJ] += t;
  return ok && t < Infinity;
}

/**
 * One plant and a load, no EV, no battery: self-consumption = min(production, load) per
 * interval, the surplus is injected and the shortfall withdrawn.
 */
export function prosumerQuarterHours(
  prod: Float64Array,
  load: Float64Array,
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
  let tProd = 0;
  let tCons = 0;
  let tSelf = 0;
  let tInj = 0;
  let tWd = 0;
  // The four quarter hours unrolled; an hour's self-consumption is summed before it joins the
  // running total (one add a period on that chain instead of four).
  for (let h = h0, i = s0, k = 0; h < h1; h++, i += 4, k++) {
    const p0 = prod[i]!;
    const p1 = prod[i + 1]!;
    const p2 = prod[i + 2]!;
    const p3 = prod[i + 3]!;
    const c0 = load[i]!;
    const c1 = load[i + 1]!;
    const c2 = load[i + 2]!;
    const c3 = load[i + 3]!;
    if (!(p0 >= 0 && p1 >= 0 && p2 >= 0 && p3 >= 0 && c0 >= 0 && c1 >= 0 && c2 >= 0 && c3 >= 0)) ok = false;
    const m0 = p0 < c0 ? p0 : c0;
    const m1 = p1 < c1 ? p1 : c1;
    const m2 = p2 < c2 ? p2 : c2;
    const m3 = p3 < c3 ? p3 : c3;
    const hp = p0 + p1 + p2 + p3;
    const hc = c0 + c1 + c2 + c3;
    const hi = p0 - m0 + (p1 - m1) + (p2 - m2) + (p3 - m3);
    const hw = c0 - m0 + (c1 - m1) + (c2 - m2) + (c3 - m3);
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
    tSelf += m0 + m1 + (m2 + m3);
  }
  tot[off + T_PROD] += tProd;
  tot[off + T_CONS] += tCons;
  tot[off + T_SELF] += tSelf;
  tot[off + T_INJ] += tInj;
  tot[off + T_WD] += tWd;
  return ok && tProd + tCons < Infinity;
}

/**
 * Periods of a single interval (hourly data, or sharing per interval): period h is interval
 * h. The same three kinds of point as above.
 */
export function loadEvSingleSteps(load: Float64Array, ev: Float64Array, h0: number, h1: number, sums: PeriodSums, wdOut: Float64Array, woff: number, tot: Float64Array, off: number): boolean {
  const cons = sums.consumption;
  const wd = sums.withdrawal;
  let ok = true;
  let sum = 0;
  let sumEv = 0;
  for (let h = h0, k = woff; h < h1; h++, k++) {
    const l = load[h]!;
    const e = ev[h]!;
    if (!(l >= 0 && e >= 0)) ok = false;
    const s = l + e;
    cons[h] += s;
    wd[h] += s;
    wdOut[k] = s;
    sum += s;
    sumEv += e;
  }
  tot[off + T_CONS] += sum;
  tot[off + T_EV] += sumEv;
  tot[off + T_WD] += sum;
  return ok && sum < Infinity;
}

export function plantOnlySingleSteps(prod: Float64Array, h0: number, h1: number, sums: PeriodSums, injOut: Float64Array, ioff: number, wdOut: Float64Array, woff: number, tot: Float64Array, off: number): boolean {
  const sP = sums.production;
  const sI = sums.injection;
  let ok = true;
  let t = 0;
  for (let h = h0, k = 0; h < h1; h++, k++) {
    const p = prod[h]!;
    if (!(p >= 0)) ok = false;
    sP[h] += p;
    sI[h] += p;
    injOut[ioff + k] = p;
    wdOut[woff + k] = 0;
    t += p;
  }
  tot[off + T_PROD] += t;
  tot[off + T_INJ] += t;
  return ok && t < Infinity;
}

export function prosumerSingleSteps(prod: Float64Array, load: Float64Array, h0: number, h1: number, sums: PeriodSums, injOut: Float64Array, ioff: number, wdOut: Float64Array, woff: number, tot: Float64Array, off: number): boolean {
  const sP = sums.production;
  const sC = sums.consumption;
  const sI = sums.injection;
  const sW = sums.withdrawal;
  let ok = true;
  let tProd = 0;
  let tCons = 0;
  let tSelf = 0;
  let tInj = 0;
  let tWd = 0;
  for (let h = h0, k = 0; h < h1; h++, k++) {
    const p = prod[h]!;
    const c = load[h]!;
    if (!(p >= 0 && c >= 0)) ok = false;
    const self = p < c ? p : c;
    const hi = p - self;
    const hw = c - self;
    sP[h] += p;
    sC[h] += c;
    sI[h] += hi;
    sW[h] += hw;
    injOut[ioff + k] = hi;
    wdOut[woff + k] = hw;
    tProd += p;
    tCons += c;
    tSelf += self;
    tInj += hi;
    tWd += hw;
  }
  tot[off + T_PROD] += tProd;
  tot[off + T_CONS] += tCons;
  tot[off + T_SELF] += tSelf;
  tot[off + T_INJ] += tInj;
  tot[off + T_WD] += tWd;
  return ok && tProd + tCons < Infinity;
}
