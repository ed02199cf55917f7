/**
 * Work space of the balance kept from one run to the next. The per-period buffers of a
 * 1,000-point run take about 18 MB, a sweep's 100-point hourly run about 1 MB in some twenty
 * arrays; allocating them afresh each run costs the operating system a page fault per 4 kB on
 * first touch and the garbage collector a sweep of external memory, while an advisor's sweep
 * runs the balance thousands of times. The space only grows; a run is synchronous, so two runs
 * never share it at once.
 *
 * Two spaces: `scratch` for the buffers that never leave a run (never a series of a result),
 * and `transient` for the series of results their caller reads before the next run that asks
 * for transient series (computeBalanceTotals with `transientSeries`: a sweep's P90 balance,
 * whose money reads it at once; ~1.1 MB an evaluation less for the garbage collector).
 */
class ReusableSpace {
  private space = new Float64Array(0);
  /** Values handed out since the last reset (the next run's need). */
  private used = 0;
  private offset = 0;

  /** Start a run: every earlier buffer may be handed out again. */
  reset(): void {
    if (this.space.length < this.used) this.space = new Float64Array(this.used);
    this.used = 0;
    this.offset = 0;
  }

  /**
   * `n` values of reusable space, zeroed (or, with `zero` false, with unspecified content: the
   * caller writes before reading). Valid until the next reset.
   */
  take(n: number, zero = true): Float64Array {
    this.used += n;
    if (this.offset + n > this.space.length) return new Float64Array(n); // this run only: the next reset sizes the space
    const a = this.space.subarray(this.offset, this.offset + n);
    this.offset += n;
    if (zero) a.fill(0);
    return a;
  }
}

const scratch = new ReusableSpace();
const transient = new ReusableSpace();

/** Start a run: every earlier scratch buffer may be handed out again. */
export function resetScratch(): void {
  scratch.reset();
}

/** `n` values of scratch (see ReusableSpace.take), valid until the next `resetScratch`. */
export function scratchSpace(n: number, zero = true): Float64Array {
  return scratch.take(n, zero);
}

/** Start a run whose result series are transient: the previous such result's series are given again. */
export function resetTransient(): void {
  transient.reset();
}

/** `n` zeroed values for a transient result series, valid until the next `resetTransient`. */
export function transientSpace(n: number): Float64Array {
  return transient.take(n);
}
