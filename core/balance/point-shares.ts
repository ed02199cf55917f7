/**
 * Pro-rata shares of one point in the configuration's shared energy. In each sharing period h
 * the point's part as consumer is shared_h × W_p,h / W_h and as producer shared_h × I_p,h / I_h,
 * with W and I the in-substation withdrawals and injections for sharing.
 */
import type { SharedBatteryFlows } from './shared-battery';

/** Slots of a point's shares [kWh] in a flat Float64Array (stride S_FIELDS). */
export const S_CONSUMER = 0;
export const S_INCENTIVISED = 1;
export const S_PRODUCER = 2;
export const S_FIELDS = 3;

/**
 * Add one point's pro-rata shares over the active periods `act` of the block (see
 * activeMonthRuns; `runs` its month runs, `h0` the block's first period): as consumer
 * Σ W_p,h × kS_h (and kI_h for the incentivised part), as producer Σ I_p,h × kJ_h; `wd` / `inj`
 * hold the point's per-period flows, period h at `wo` / `io` + h − h0. A shared-energy battery
 * adds η × charge as withdrawal and its release as injection [RO p.144].
 */
export function pointSharesBlock(
  act: Int32Array,
  runs: Int32Array,
  nRuns: number,
  h0: number,
  pMonth: Uint8Array,
  kS: Float64Array,
  kI: Float64Array,
  kJ: Float64Array,
  wd: Float64Array,
  wo: number,
  inj: Float64Array | null,
  io: number,
  fl: SharedBatteryFlows | null,
  eta: number,
  sh: Float64Array,
  so: number,
  pm: Float64Array,
  mo: number,
): void {
  let tS = 0;
  let tI = 0;
  const n = runs[nRuns]!;
  for (let r = 0; r < nRuns; r++) {
    const e = runs[r + 1]!;
    let mS = 0;
    for (let t = runs[r]!; t < e; t++) {
      const h = act[t]!;
      const w = wd[wo + h - h0]!;
      const x = w * kS[h]!;
      mS += x;
      tS += x;
      tI += w * kI[h]!;
    }
    pm[mo + pMonth[act[runs[r]!]!]!] += mS;
  }
  sh[so + S_CONSUMER] += tS;
  sh[so + S_INCENTIVISED] += tI;
  if (inj !== null) {
    let tP = 0;
    for (let t = 0; t < n; t++) {
      const h = act[t]!;
      tP += inj[io + h - h0]! * kJ[h]!;
    }
    sh[so + S_PRODUCER] += tP;
  }
  if (fl !== null) {
    for (let t = 0; t < n; t++) {
      const h = act[t]!;
      const c = fl.charge[h]! * eta;
      const x = c * kS[h]!;
      sh[so + S_CONSUMER] += x;
      sh[so + S_INCENTIVISED] += c * kI[h]!;
      pm[mo + pMonth[h]!] += x;
      sh[so + S_PRODUCER] += fl.discharge[h]! * kJ[h]!;
    }
  }
}
