/**
 * Pure consumers (a load, no plant, no battery, no EV) are most of a configuration's points
 * and most of the balance's input. They are processed four at a time: the four loads are read
 * side by side, so each configuration sum per period is read and written once per four points
 * and the four running totals are independent dependency chains the processor overlaps
 * (one point at a time, the adds of its running total wait on each other). Per point the
 * order of the additions is unchanged; the configuration sum per period adds the four points
 * in group order. Energies [kWh].
 *
 * Values are checked on the fly as in point-flows.ts: a negative, NaN or infinite input makes
 * a kernel return false and the caller reports it.
 */
import { T_CONS, T_EV, T_WD } from './point-flows';
import { S_CONSUMER, S_FIELDS, S_INCENTIVISED } from './point-shares';

/**
 * Quarter-hour loads of four points, every period of the block exactly four intervals
 * (periods [h0, h1) start at interval s0 + 4 (h − h0)). Writes each point's withdrawal per
 * period into `wd` at rows `oa…od`, position `sl[h − h0]` (engine-flows.ts: every period, or
 * only those that may share with the rest sent to one spare slot), adds it into `withd` (the side's withdrawal per
 * period) and into the points' totals at `ta…td`. A pure consumer's consumption is its
 * withdrawal: the groups go before any other point of the block, so the side's consumption
 * per period is a copy of `withd` once they are done (engine-flows.ts), the same sums in the
 * same order, one array read and written here instead of two.
 */
export function quarterHourGroup(
  a: Float64Array,
  b: Float64Array,
  c: Float64Array,
  d: Float64Array,
  s0: number,
  h0: number,
  h1: number,
  wd: Float64Array,
  sl: Int32Array,
  oa: number,
  ob: number,
  oc: number,
  od: number,
  withd: Float64Array,
  tot: Float64Array,
  ta: number,
  tb: number,
  tc: number,
  td: number,
): boolean {
  let ok = true;
  let sa = 0;
  let sb = 0;
  let sc = 0;
  let sd = 0;
  for (let h = h0, i = s0, k = 0; h < h1; h++, i += 4, k++) {
    const a0 = a[i]!;
    const a1 = a[i + 1]!;
    const a2 = a[i + 2]!;
    const a3 = a[i + 3]!;
    const b0 = b[i]!;
    const b1 = b[i + 1]!;
    const b2 = b[i + 2]!;
    const b3 = b[i + 3]!;
    const c0 = c[i]!;
    const c1 = c[i + 1]!;
    const c2 = c[i + 2]!;
    const c3 = c[i + 3]!;
    const d0 = d[i]!;
    const d1 = d[i + 1]!;
    const d2 = d[i + 2]!;
    const d3 = d[i + 3]!;
    if (!(a0 >= 0 && a1 >= 0 && a2 >= 0 && a3 >= 0 && b0 >= 0 && b1 >= 0 && b2 >= 0 && b3 >= 0)) ok = false;
    if (!(c0 >= 0 && c1 >= 0 && c2 >= 0 && c3 >= 0 && d0 >= 0 && d1 >= 0 && d2 >= 0 && d3 >= 0)) ok = false;
    const ya = a0 + a1 + a2 + a3;
    const yb = b0 + b1 + b2 + b3;
    const yc = c0 + c1 + c2 + c3;
    const yd = d0 + d1 + d2 + d3;
    const x = sl[k]!;
    wd[oa + x] = ya;
    wd[ob + x] = yb;
    wd[oc + x] = yc;
    wd[od + x] = yd;
    withd[h] = withd[h]! + ya + yb + yc + yd;
    sa += ya;
    sb += yb;
    sc += yc;
    sd += yd;
  }
  addGroupTotals(tot, ta, tb, tc, td, sa, sb, sc, sd);
  return ok && sa + sb + sc + sd < Infinity;
}

/**
 * Loads of four points whose periods are single intervals (hourly data, or sharing per
 * interval): period h is interval h, so the loads themselves are the withdrawals per period
 * and nothing is copied. Adds into `withd` and the totals as quarterHourGroup.
 */
export function singleStepGroup(
  a: Float64Array,
  b: Float64Array,
  c: Float64Array,
  d: Float64Array,
  h0: number,
  h1: number,
  withd: Float64Array,
  tot: Float64Array,
  ta: number,
  tb: number,
  tc: number,
  td: number,
): boolean {
  let ok = true;
  let sa = 0;
  let sb = 0;
  let sc = 0;
  let sd = 0;
  for (let h = h0; h < h1; h++) {
    const ya = a[h]!;
    const yb = b[h]!;
    const yc = c[h]!;
    const yd = d[h]!;
    if (!(ya >= 0 && yb >= 0 && yc >= 0 && yd >= 0)) ok = false;
    withd[h] = withd[h]! + ya + yb + yc + yd;
    sa += ya;
    sb += yb;
    sc += yc;
    sd += yd;
  }
  addGroupTotals(tot, ta, tb, tc, td, sa, sb, sc, sd);
  return ok && sa + sb + sc + sd < Infinity;
}

/**
 * As singleStepGroup for four consumers with EV charging: withdrawal = load + EV per period,
 * written into `wd` at rows `oa…od` (position h − h0) for the share pass, the EV part also
 * kept in the points' totals (T_EV). Same arithmetic per point as loadEvSingleSteps
 * (quarter-hour-flows.ts); the side's sum per period adds the four points in group order.
 * One point at a time, each adds into two sums per period (consumption, withdrawal): 3–4 ns
 * per interval measured here, against under 1 ns per point for a group.
 */
export function singleStepEvGroup(
  a: Float64Array,
  ea: Float64Array,
  b: Float64Array,
  eb: Float64Array,
  c: Float64Array,
  ec: Float64Array,
  d: Float64Array,
  ed: Float64Array,
  h0: number,
  h1: number,
  wd: Float64Array,
  oa: number,
  ob: number,
  oc: number,
  od: number,
  withd: Float64Array,
  tot: Float64Array,
  ta: number,
  tb: number,
  tc: number,
  td: number,
): boolean {
  let ok = true;
  let sa = 0;
  let sb = 0;
  let sc = 0;
  let sd = 0;
  let va = 0;
  let vb = 0;
  let vc = 0;
  let vd = 0;
  for (let h = h0, k = 0; h < h1; h++, k++) {
    const la = a[h]!;
    const lb = b[h]!;
    const lc = c[h]!;
    const ld = d[h]!;
    const za = ea[h]!;
    const zb = eb[h]!;
    const zc = ec[h]!;
    const zd = ed[h]!;
    if (!(la >= 0 && lb >= 0 && lc >= 0 && ld >= 0 && za >= 0 && zb >= 0 && zc >= 0 && zd >= 0)) ok = false;
    const ya = la + za;
    const yb = lb + zb;
    const yc = lc + zc;
    const yd = ld + zd;
    wd[oa + k] = ya;
    wd[ob + k] = yb;
    wd[oc + k] = yc;
    wd[od + k] = yd;
    withd[h] = withd[h]! + ya + yb + yc + yd;
    sa += ya;
    sb += yb;
    sc += yc;
    sd += yd;
    va += za;
    vb += zb;
    vc += zc;
    vd += zd;
  }
  addGroupTotals(tot, ta, tb, tc, td, sa, sb, sc, sd);
  addGroupEv(tot, ta, tb, tc, td, va, vb, vc, vd);
  return ok && sa + sb + sc + sd < Infinity;
}

/** singleStepGroup for one point. */
export function singleStepOne(a: Float64Array, h0: number, h1: number, cons: Float64Array, withd: Float64Array, tot: Float64Array, ta: number): boolean {
  let ok = true;
  let sa = 0;
  for (let h = h0; h < h1; h++) {
    const y = a[h]!;
    if (!(y >= 0)) ok = false;
    cons[h] += y;
    withd[h] += y;
    sa += y;
  }
  addTotals(tot, ta, sa);
  return ok && sa < Infinity;
}

/** A pure consumer: its consumption is its withdrawal. */
function addTotals(tot: Float64Array, o: number, s: number): void {
  tot[o + T_CONS] += s;
  tot[o + T_WD] += s;
}

/** A group's four totals (addTotals of each, in group order), once per block. */
function addGroupTotals(tot: Float64Array, ta: number, tb: number, tc: number, td: number, sa: number, sb: number, sc: number, sd: number): void {
  addTotals(tot, ta, sa);
  addTotals(tot, tb, sb);
  addTotals(tot, tc, sc);
  addTotals(tot, td, sd);
}

/** A group's four EV totals (T_EV), once per block. */
function addGroupEv(tot: Float64Array, ta: number, tb: number, tc: number, td: number, va: number, vb: number, vc: number, vd: number): void {
  tot[ta + T_EV] += va;
  tot[tb + T_EV] += vb;
  tot[tc + T_EV] += vc;
  tot[td + T_EV] += vd;
}

/**
 * The periods of [h0, h1) that share energy (kS_h or kJ_h ≠ 0; kI_h ≤ kS_h) into
 * `act`, and the runs of equal month among them into `runs` (positions in `act`, then the
 * sentinel). Returns the number of runs. Periods that share nothing add exactly 0 to every
 * share: leaving them out changes no sum, and at night (no production, storage empty) it
 * halves the share pass.
 */
export function activeMonthRuns(kS: Float64Array, kJ: Float64Array, pMonth: Uint8Array, h0: number, h1: number, act: Int32Array, runs: Int32Array): number {
  let n = 0;
  let nRuns = 0;
  let m = -1;
  for (let h = h0; h < h1; h++) {
    if (kS[h] === 0 && kJ[h] === 0) continue;
    if (pMonth[h] !== m) {
      m = pMonth[h]!;
      runs[nRuns++] = n;
    }
    act[n++] = h;
  }
  runs[nRuns] = n;
  return nRuns;
}

/**
 * Shares as consumer of four in-substation points over the active periods `act` (see
 * activeMonthRuns; `runs` are its month runs): Σ W_p,h × kS_h (by month into `pm`) and
 * Σ W_p,h × kI_h, with W_p,h = `wa[oa + ix[t]]` etc. for h = act[t] (ix[t] = h, or its slot
 * in the rows, see engine-shares.ts); `ks[t]` / `ki[t]` are kS and
 * kI of that period, gathered once per block (every group reads them in order, no second
 * indirection). Point p's shares are at `sh[jp × S_FIELDS…]`, its months at `pm[jp × 12…]`.
 */
export function consumerSharesGroup(
  wa: Float64Array,
  oa: number,
  wb: Float64Array,
  ob: number,
  wc: Float64Array,
  oc: number,
  wdd: Float64Array,
  od: number,
  act: Int32Array,
  ix: Int32Array,
  runs: Int32Array,
  nRuns: number,
  pMonth: Uint8Array,
  ks: Float64Array,
  ki: Float64Array,
  sh: Float64Array,
  pm: Float64Array,
  ja: number,
  jb: number,
  jc: number,
  jd: number,
): void {
  let ia = 0;
  let ib = 0;
  let ic = 0;
  let id = 0;
  for (let r = 0; r < nRuns; r++) {
    const e = runs[r + 1]!;
    let sa = 0;
    let sb = 0;
    let sc = 0;
    let sd = 0;
    for (let t = runs[r]!; t < e; t++) {
      const h = ix[t]!;
      const k = ks[t]!;
      const q = ki[t]!;
      const xa = wa[oa + h]!;
      const xb = wb[ob + h]!;
      const xc = wc[oc + h]!;
      const xd = wdd[od + h]!;
      sa += xa * k;
      sb += xb * k;
      sc += xc * k;
      sd += xd * k;
      ia += xa * q;
      ib += xb * q;
      ic += xc * q;
      id += xd * q;
    }
    const m = pMonth[act[runs[r]!]!]!;
    pm[ja * 12 + m] += sa;
    pm[jb * 12 + m] += sb;
    pm[jc * 12 + m] += sc;
    pm[jd * 12 + m] += sd;
    sh[ja * S_FIELDS + S_CONSUMER] += sa;
    sh[jb * S_FIELDS + S_CONSUMER] += sb;
    sh[jc * S_FIELDS + S_CONSUMER] += sc;
    sh[jd * S_FIELDS + S_CONSUMER] += sd;
  }
  sh[ja * S_FIELDS + S_INCENTIVISED] += ia;
  sh[jb * S_FIELDS + S_INCENTIVISED] += ib;
  sh[jc * S_FIELDS + S_INCENTIVISED] += ic;
  sh[jd * S_FIELDS + S_INCENTIVISED] += id;
}

/**
 * As quarterHourGroup for four consumers with EV charging: withdrawal = load + EV per period,
 * the EV part also kept in the points' totals (T_EV).
 */
export function quarterHourEvGroup(
  a: Float64Array,
  ea: Float64Array,
  b: Float64Array,
  eb: Float64Array,
  c: Float64Array,
  ec: Float64Array,
  d: Float64Array,
  ed: Float64Array,
  s0: number,
  h0: number,
  h1: number,
  wd: Float64Array,
  sl: Int32Array,
  oa: number,
  ob: number,
  oc: number,
  od: number,
  withd: Float64Array,
  tot: Float64Array,
  ta: number,
  tb: number,
  tc: number,
  td: number,
): boolean {
  let ok = true;
  let sa = 0;
  let sb = 0;
  let sc = 0;
  let sd = 0;
  let va = 0;
  let vb = 0;
  let vc = 0;
  let vd = 0;
  for (let h = h0, i = s0, k = 0; h < h1; h++, i += 4, k++) {
    const la0 = a[i]!;
    const la1 = a[i + 1]!;
    const la2 = a[i + 2]!;
    const la3 = a[i + 3]!;
    if (!(la0 >= 0 && la1 >= 0 && la2 >= 0 && la3 >= 0)) ok = false;
    const lb0 = b[i]!;
    const lb1 = b[i + 1]!;
    const lb2 = b[i + 2]!;
    const lb3 = b[i + 3]!;
    if (!(lb0 >= 0 && lb1 >= 0 && lb2 >= 0 && lb3 >= 0)) ok = false;
    const lc0 = c[i]!;
    const lc1 = c[i + 1]!;
    const lc2 = c[i + 2]!;
    const lc3 = c[i + 3]!;
    if (!(lc0 >= 0 && lc1 >= 0 && lc2 >= 0 && lc3 >= 0)) ok = false;
    const ld0 = d[i]!;
    const ld1 = d[i + 1]!;
    const ld2 = d[i + 2]!;
    const ld3 = d[i + 3]!;
    if (!(ld0 >= 0 && ld1 >= 0 && ld2 >= 0 && ld3 >= 0)) ok = false;
    const ea0 = ea[i]!;
    const ea1 = ea[i + 1]!;
    const ea2 = ea[i + 2]!;
    const ea3 = ea[i + 3]!;
    if (!(ea0 >= 0 && ea1 >= 0 && ea2 >= 0 && ea3 >= 0)) ok = false;
    const eb0 = eb[i]!;
    const eb1 = eb[i + 1]!;
    const eb2 = eb[i + 2]!;
    const eb3 = eb[i + 3]!;
    if (!(eb0 >= 0 && eb1 >= 0 && eb2 >= 0 && eb3 >= 0)) ok = false;
    const ec0 = ec[i]!;
    const ec1 = ec[i + 1]!;
    const ec2 = ec[i + 2]!;
    const ec3 = ec[i + 3]!;
    if (!(ec0 >= 0 && ec1 >= 0 && ec2 >= 0 && ec3 >= 0)) ok = false;
    const ed0 = ed[i]!;
    const ed1 = ed[i + 1]!;
    const ed2 = ed[i + 2]!;
    const ed3 = ed[i + 3]!;
    if (!(ed0 >= 0 && ed1 >= 0 && ed2 >= 0 && ed3 >= 0)) ok = false;
    const xa = la0 + la1 + la2 + la3;
    const xb = lb0 + lb1 + lb2 + lb3;
    const xc = lc0 + lc1 + lc2 + lc3;
    const xd = ld0 + ld1 + ld2 + ld3;
    const za = ea0 + ea1 + ea2 + ea3;
    const zb = eb0 + eb1 + eb2 + eb3;
    const zc = ec0 + ec1 + ec2 + ec3;
    const zd = ed0 + ed1 + ed2 + ed3;
    const ya = xa + za;
    const yb = xb + zb;
    const yc = xc + zc;
    const yd = xd + zd;
    const x = sl[k]!;
    wd[oa + x] = ya;
    wd[ob + x] = yb;
    wd[oc + x] = yc;
    wd[od + x] = yd;
    withd[h] = withd[h]! + ya + yb + yc + yd;
    sa += ya;
    sb += yb;
    sc += yc;
    sd += yd;
    va += za;
    vb += zb;
    vc += zc;
    vd += zd;
  }
  addGroupTotals(tot, ta, tb, tc, td, sa, sb, sc, sd);
  addGroupEv(tot, ta, tb, tc, td, va, vb, vc, vd);
  return ok && sa + sb + sc + sd < Infinity;
}
