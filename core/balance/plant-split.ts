/**
 * Split of shared energy among plants, period by period: the oldest plant's injection is
 * filled first, then the next, until the period's shared energy is used up [RO App. A
 * pp.143–144]. Energies [kWh per period].
 */

/**
 * `injections[k]` is the injection of the k-th plant in oldest-first order, period h at index
 * h − `injStart`; `out[k]` receives its shared energy (it must hold 0 over [h0, h1) on entry:
 * periods with nothing left are not written), and when `eligible[k]` it is also added into
 * `incentivised` (in the same pass, while the value is at hand). `remaining` is initialised
 * with the shared energy and left holding what no plant covered (e.g. energy released by
 * storage). Only periods [h0, h1) are touched. `hs` is work space of h1 − h0 slots.
 *
 * Plant by plant, over the periods with something left only: at night (nothing shared) and
 * once the older plants have covered a period, later plants skip it (the same operations per
 * period, in the same plant order).
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
  hs: Int32Array,
): void {
  let n = 0;
  for (let h = h0; h < h1; h++) if (remaining[h]! > 0) hs[n++] = h;
  for (let k = 0; k < injections.length && n > 0; k++) {
    const inj = injections[k]!;
    const o = out[k]!;
    const ok = eligible[k]!; // the same for every hour: a branch the processor predicts
    let m = 0;
    for (let t = 0; t < n; t++) {
      const h = hs[t]!;
      const r = remaining[h]!;
      const x = inj[h - injStart]!;
      const take = x < r ? x : r;
      o[h] = take;
      const left = r - take;
      remaining[h] = left;
      if (ok) incentivised[h] += take;
      if (left > 0) hs[m++] = h;
    }
    n = m;
  }
}
