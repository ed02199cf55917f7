/**
 * Split of shared energy among plants, period by period: the oldest plant's injection is
 * filled first, then the next, until the period's shared energy is used up [RO App. A
 * pp.143–144]. Energies [kWh per period].
 */

/**
 * `injections[k]` is the injection of the k-th plant in oldest-first order, period h at index
 * h − `injStart`; `out[k]` receives its shared energy, and when `eligible[k]` it is also added
 * into `incentivised` (in the same pass, while the value is at hand). `remaining` is
 * initialised with the shared energy and left holding what no plant covered (e.g. energy
 * released by storage). Only periods [h0, h1) are touched.
 */
export function splitSharedOldestFirst(
  injections: readonly Float64Array[],
  out: readonly Float64Array[],
  remaining: Float64Array,
  h0: number,
  h1: number,
  injStart: number,
  eligible: readonly boolean[],
  incentivised: Float64Array,
): void {
  for (let k = 0; k < injections.length; k++) {
    const inj = injections[k]!;
    const o = out[k]!;
    const ok = eligible[k]!; // the same for every hour: a branch the processor predicts
    for (let h = h0; h < h1; h++) {
      const r = remaining[h]!;
      if (r <= 0) {
        o[h] = 0;
        continue;
      }
      const x = inj[h - injStart]!;
      const take = x < r ? x : r;
      o[h] = take;
      remaining[h] = r - take;
      if (ok) incentivised[h] += take;
    }
  }
}
