/**
 * Work space of the balance kept from one run to the next. The per-period buffers of a
 * 1,000-point run take about 18 MB, a sweep's 100-point hourly run about 1 MB in some twenty
 * arrays; allocating them afresh each run costs the operating system a page fault per 4 kB on
 * first touch and the garbage collector a sweep of external memory, while an advisor's sweep
 * runs the balance thousands of times. Only buffers that never leave the run come from here
 * (never a series of the result). The space only grows; a run is synchronous, so two runs
 * never share it at once.
 */
let space = new Float64Array(0);
/** Values handed out since the last `resetScratch` (the next run's need). */
let used = 0;
let offset = 0;

/** Start a run: every earlier buffer may be handed out again. */
export function resetScratch(): void {
  if (space.length < used) space = new Float64Array(used);
  used = 0;
  offset = 0;
}

/**
 * `n` values of reusable space, zeroed (or, with `zero` false, with unspecified content: the
 * caller writes before reading). Valid until the next `resetScratch`.
 */
export function scratchSpace(n: number, zero = true): Float64Array {
  used += n;
  if (offset + n > space.length) return new Float64Array(n); // this run only: the next reset sizes the space
  const a = space.subarray(offset, offset + n);
  offset += n;
  if (zero) a.fill(0);
  return a;
}
