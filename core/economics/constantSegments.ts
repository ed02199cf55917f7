/**
 * Steps over which price-like series are all constant, for sums of energy × price: over such a
 * segment Σ_h E_h × P_h is P × Σ_h E_h, so a fast sum reads the energy once and multiplies once
 * per segment. Monthly average zonal prices (what a run uses unless hourly prices are imported)
 * give one segment a month, and so do their TIP and their Pz scenarios; hourly prices give a
 * segment wherever they repeat (a TIP at its cap). The fast sums only stand for their reference
 * sums when their error bound cannot move the cent (money.centsWithin).
 */

export interface ConstantSegments {
  /** Start of each segment, then the end of the last [step]. */
  starts: Int32Array;
  /** Per series: its value on each segment. */
  values: Float64Array[];
  /** Per cut [cuts[c], cuts[c + 1]): its first segment, then the number of segments. */
  firstOfCut: Int32Array;
}

/**
 * The segments of `series` (all of one length), never across a cut (`cuts`: sorted step
 * boundaries from 0 to the length, e.g. the months). Kept while the series live: series are
 * read, never changed (a run that needs other prices makes new series).
 */
export function constantSegments(series: readonly ArrayLike<number>[], cuts: Int32Array): ConstantSegments {
  const first = series[0]!;
  let list = memo.get(first);
  if (!list) memo.set(first, (list = []));
  let hit = list.find((m) => m.cuts === cuts && m.series.length === series.length && m.series.every((s, k) => s === series[k]));
  if (!hit) {
    if (list.length >= 8) list.shift();
    list.push((hit = { series: [...series], cuts, segments: segmentsOf(series, cuts) }));
  }
  return hit.segments;
}

const memo = new WeakMap<object, { series: ArrayLike<number>[]; cuts: Int32Array; segments: ConstantSegments }[]>();

function segmentsOf(series: readonly ArrayLike<number>[], cuts: Int32Array): ConstantSegments {
  const starts: number[] = [];
  const firstOfCut = new Int32Array(cuts.length);
  for (let c = 0; c + 1 < cuts.length; c++) {
    firstOfCut[c] = starts.length;
    for (let h = cuts[c]!; h < cuts[c + 1]!; h++) {
      // Object.is: a NaN repeats, +0 and −0 do not (the reference multiplies each step).
      if (h === cuts[c] || series.some((s) => !Object.is(s[h], s[h - 1]))) starts.push(h);
    }
  }
  firstOfCut[cuts.length - 1] = starts.length;
  starts.push(cuts[cuts.length - 1]!);
  const values = series.map((s) => Float64Array.from(starts.slice(0, -1), (h) => s[h]!));
  return { starts: Int32Array.from(starts), values, firstOfCut };
}

/** The cuts of a series of `n` steps taken whole: [0, n], one array per length (a memo key). */
export function wholeSeries(n: number): Int32Array {
  let cuts = whole.get(n);
  if (!cuts) whole.set(n, (cuts = Int32Array.of(0, n)));
  return cuts;
}

const whole = new Map<number, Int32Array>();

/** A buffer of at least `n` doubles for per-segment sums, reused from call to call (read it before the next call). */
export function segmentBuffer(n: number): Float64Array {
  if (buffer.length < n) buffer = new Float64Array(n);
  return buffer;
}

let buffer = new Float64Array(0);

/**
 * Σ x over each segment into `bySegment` [x's unit], the steps of a segment in two interleaved
 * sums (the processor adds them side by side; a fast sum needs no particular order). False
 * when a step is not ≥ 0 (the caller then checks step by step) or a sum is not finite.
 */
export function sumsBySegment(x: ArrayLike<number>, segs: ConstantSegments, bySegment: Float64Array): boolean {
  const { starts } = segs;
  for (let s = 0; s + 1 < starts.length; s++) {
    const to = starts[s + 1]!;
    let even = 0;
    let odd = 0;
    let h = starts[s]!;
    for (; h + 1 < to; h += 2) {
      const a = x[h]!;
      const b = x[h + 1]!;
      if (!(a >= 0 && b >= 0)) return false;
      even += a;
      odd += b;
    }
    if (h < to) {
      const a = x[h]!;
      if (!(a >= 0)) return false;
      even += a;
    }
    const sum = even + odd;
    if (!(sum < Infinity)) return false;
    bySegment[s] = sum;
  }
  return true;
}
