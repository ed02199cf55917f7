/**
 * Work space of the balance kept from one run to the next. The per-period buffers of a
 * 1,000-point run take about 18 MB; allocating them afresh each run costs the operating
 * system a page fault per 4 kB on first touch (about as long as the balance's own arithmetic
 * on those bytes), and an advisor's sweep runs the balance thousands of times. The space only
 * grows; a run is synchronous, so two runs never share it at once.
 */
let space = new Float64Array(0);

/** `n` values of reusable space, with unspecified content: the caller writes before reading. */
export function scratchSpace(n: number): Float64Array {
  if (space.length < n) space = new Float64Array(n);
  return space.subarray(0, n);
}
