/**
 * The groups of four pure consumers' part of a run (consumer-groups.ts), kept for a second
 * run on the same consumers: a scenario's P90 balance differs from its P50 one only in the
 * plants' production, and the groups (most of the input) give the same sums. Kept: each
 * grouped point's totals and the in-substation groups' withdrawal per period, the very
 * numbers the kernels wrote, so a run that takes them gets the figures it would have summed.
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
  /** In-substation groups' withdrawal per period. */
  gw: Float64Array;
  /** Per grouped slot: the point's totals, stride T_FIELDS (point-flows T_* slots). */
  totals: Float64Array;
}

/** This run's groups, after its last block (copies: the run's buffers are reused). */
export function keepConsumerFlows(r: EngineRun): ConsumerFlows {
  const gm = r.groupMembers;
  const totals = new Float64Array(gm.length * T_FIELDS);
  for (let q = 0; q < gm.length; q++) totals.set(r.tot.subarray(gm[q]! * T_FIELDS, gm[q]! * T_FIELDS + T_FIELDS), q * T_FIELDS);
  return {
    loads: Array.from(gm, (j) => r.load[j]!),
    evs: Array.from(gm, (j, q) => (r.groupEv[q >> 2] ? r.ev[j]! : null)),
    groupIn: r.groupIn,
    firstStep: r.fst,
    gw: Float64Array.from(r.gw),
    totals,
  };
}

/** True when `c` was kept from a run with the same groups as `r`: same series, sides and periods. */
export function sameConsumers(c: ConsumerFlows, r: EngineRun): boolean {
  const gm = r.groupMembers;
  if (c.firstStep !== r.fst || c.gw.length !== r.gw.length || c.loads.length !== gm.length) return false;
  for (let g = 0; g < r.groupIn.length; g++) if (c.groupIn[g] !== r.groupIn[g]) return false;
  for (let q = 0; q < gm.length; q++) {
    const j = gm[q]!;
    if (c.loads[q] !== r.load[j] || c.evs[q] !== (r.groupEv[q >> 2] ? r.ev[j] : null)) return false;
  }
  return true;
}

/** The groups' totals into the run's point totals (before the first block: they start at 0). */
export function takeConsumerTotals(c: ConsumerFlows, r: EngineRun): void {
  const gm = r.groupMembers;
  for (let q = 0; q < gm.length; q++) r.tot.set(c.totals.subarray(q * T_FIELDS, q * T_FIELDS + T_FIELDS), gm[q]! * T_FIELDS);
}
