/**
 * The groups of four pure consumers' part of a run (consumer-groups.ts), kept for later runs
 * on the same consumers: a scenario's P90 balance differs from its P50 one only in the
 * plants' production, and an advisor's sweep runs thousands of variants on the same members.
 * Kept: each grouped point's totals and the in-substation groups' withdrawal per period (also
 * as it stood after the groups without EV charging), the very numbers the kernels wrote, so a
 * run that takes them gets the figures it would have summed, in the same order.
 *
 * What a run takes: when it computes every point's shares with single-interval periods, the
 * groups without EV charging (their loads are read in place by the share pass; the EV groups'
 * per-period rows are written again by their kernels, after them as before); when it computes
 * only some shares (computeBalanceTotals), every group (no group's rows are read). A
 * quarter-hour run with every share takes nothing: the share pass reads the groups' rows.
 *
 * The cache is the caller's (ConsumerFlowsCache), who promises the series are not changed in
 * place while it lives (a sweep's prepared series are read-only); a run on other series
 * (another member subset, metered loads made afresh) misses and sums them itself.
 * Energies [kWh].
 */
import type { EngineRun } from './engine-run';
import { T_FIELDS } from './point-flows';

export interface ConsumerFlows {
  /** Per grouped slot (4g + q of EngineRun.groupMembers): its load and EV series. */
  loads: Float64Array[];
  evs: (Float64Array | null)[];
  /** Per group: 1 in the substation. */
  groupIn: Uint8Array;
  /** The first interval of each sharing period the sums are on (the kept layout's array). */
  firstStep: Int32Array;
  /** In-substation groups' withdrawal per period: all of them, and the groups without EV only. */
  gw: Float64Array;
  gwNoEv: Float64Array;
  /** Per grouped slot: the point's totals, stride T_FIELDS (point-flows T_* slots). */
  totals: Float64Array;
}

/** Groups kept per cache: a sweep's member subsets are a handful (each ~140 kB on an hourly year). */
const CACHE_SIZE = 8;

/**
 * Groups' sums kept from earlier balance runs, for later runs on the same consumers
 * (computeBalance / computeBalanceTotals `consumers`). Opaque to callers; one per set of
 * read-only series (core/scenario/run.ts PreparedSeries).
 */
export class ConsumerFlowsCache {
  /** Most recently used last. */
  readonly kept: ConsumerFlows[] = [];
}

/** True when `c` was kept from a run with the same groups as `r`: same series, sides and periods. */
function sameConsumers(c: ConsumerFlows, r: EngineRun): boolean {
  const gm = r.groupMembers;
  if (c.firstStep !== r.fst || c.gw.length !== r.gw.length || c.loads.length !== gm.length) return false;
  for (let g = 0; g < r.groupIn.length; g++) if (c.groupIn[g] !== r.groupIn[g]) return false;
  for (let q = 0; q < gm.length; q++) {
    const j = gm[q]!;
    if (c.loads[q] !== r.load[j] || c.evs[q] !== (r.groupEv[q >> 2] ? r.ev[j] : null)) return false;
  }
  return true;
}

/**
 * Before the first block: the kept sums matching `r`'s groups, if the run can take them, into
 * `r.reuse` with the reused groups' totals (the others start at 0 as usual).
 */
export function takeConsumerFlows(cache: ConsumerFlowsCache, r: EngineRun, everyShare: boolean): void {
  if (everyShare && r.perPeriod !== 1) return;
  const k = cache.kept;
  for (let i = k.length - 1; i >= 0; i--) {
    const c = k[i]!;
    if (!sameConsumers(c, r)) continue;
    if (i !== k.length - 1) k.push(k.splice(i, 1)[0]!);
    r.reuse = c;
    r.reuseAll = !everyShare;
    const gm = r.groupMembers;
    for (let q = 0; q < gm.length; q++) {
      if (everyShare && r.groupEv[q >> 2]) continue;
      r.tot.set(c.totals.subarray(q * T_FIELDS, q * T_FIELDS + T_FIELDS), gm[q]! * T_FIELDS);
    }
    return;
  }
}

/** After the last block of a run that summed every group: keeps them (unless kept), dropping the least recently used beyond CACHE_SIZE. */
export function keepConsumerFlows(cache: ConsumerFlowsCache, r: EngineRun): void {
  const gm = r.groupMembers;
  // Kept already: a quarter-hour run with every share sums its groups each time (their rows).
  if (gm.length === 0 || cache.kept.some((c) => sameConsumers(c, r))) return;
  const totals = new Float64Array(gm.length * T_FIELDS);
  for (let q = 0; q < gm.length; q++) totals.set(r.tot.subarray(gm[q]! * T_FIELDS, gm[q]! * T_FIELDS + T_FIELDS), q * T_FIELDS);
  cache.kept.push({
    loads: Array.from(gm, (j) => r.load[j]!),
    evs: Array.from(gm, (j, q) => (r.groupEv[q >> 2] ? r.ev[j]! : null)),
    groupIn: r.groupIn,
    firstStep: r.fst,
    gw: Float64Array.from(r.gw),
    gwNoEv: Float64Array.from(r.gwNoEv),
    totals,
  });
  if (cache.kept.length > CACHE_SIZE) cache.kept.shift();
}
