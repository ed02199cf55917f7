/**
 * Money helpers: amounts someone reads are decimal.js values rounded to the cent;
 * splits use the largest-remainder rule so that the parts add up to the cent.
 */
import Decimal from 'decimal.js';

export { Decimal };

/** Rounds a euro amount to the cent, half away from zero [€]. */
export function roundEur(value: Decimal.Value): Decimal {
  // A double below 10^11 €: rounded in doubles, exactly as the decimal (see centsOf), and read
  // back as digits — the hourly and monthly models round thousands of them per run.
  if (typeof value === 'number' && Math.abs(value) < 1e11) return fromCents(centsOf(value));
  return new Decimal(value).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** Integer cents of a euro amount, rounded half away from zero [c€]. */
export function toCents(value: Decimal.Value): number {
  return new Decimal(value).times(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}

/**
 * Integer cents of a euro amount given as a double [c€], exactly as {@link toCents} (and so
 * {@link roundEur}) round it — half away from zero on the decimal the double prints as — but
 * in double arithmetic: away from a half cent the double and its printed decimal round alike,
 * and only amounts within rounding noise of a half cent (or beyond 10^11 €) take the decimal
 * path. Sums of integer cents are exact in doubles (< 2^53), and `cents / 100` is the very
 * double `roundEur(x).toNumber()` gives (division is correctly rounded), so money kept in
 * cents prints identically to the decimal path at a fraction of its cost (the sweeps).
 */
export function centsOf(value: number): number {
  return clearCents(value) ?? nearHalfCents(value);
}

/**
 * {@link toCents} of a double near a half cent, kept for the last few such doubles: a yearly
 * amount can be one (a GSE fee of 301.875 €/yr every year of a cash flow, and the tornado
 * re-makes the cash flows sixteen times), and the decimal rounding costs microseconds.
 */
function nearHalfCents(value: number): number {
  let c = nearHalf.get(value);
  if (c === undefined || value === 0) {
    c = toCents(value);
    if (nearHalf.size >= 32) nearHalf.clear();
    nearHalf.set(value, c);
  }
  return c;
}

/** Cents of doubles near a half cent, by the double (never 0: ±0 are one key in a Map). */
const nearHalf = new Map<number, number>();

/**
 * The cents of {@link centsOf} when `value` is not within float noise of a half cent (nor
 * beyond 10^11 €), else null. Also right for a product of two doubles: its error against the
 * decimal product of the two printed amounts is a few 1e-16 of it, inside the margin.
 */
export function clearCents(value: number): number | null {
  const a = Math.abs(value) * 100;
  if (a < 1e13) {
    const whole = Math.floor(a);
    const frac = a - whole;
    // Noise: the product's rounding and the double's distance to its printed decimal, both
    // below 2^-52 of `a` [c€].
    if (Math.abs(frac - 0.5) > 1e-9 + a * 1e-15) {
      const c = frac > 0.5 ? whole + 1 : whole;
      return value < 0 || Object.is(value, -0) ? -c : c;
    }
  }
  return null;
}

/**
 * The cents {@link centsOf} gives for every double within `errEur` of `value` [€] when they
 * all give the same — a positive amount whose interval holds no half cent, float noise
 * included — else null. Lets a sum made faster than its reference (in another order, or
 * dividing once instead of per term) stand for it when its error bound `errEur` cannot move
 * the cent: the caller sums the reference only on null.
 */
export function centsWithin(value: number, errEur: number): number | null {
  if (!(value - errEur > 0)) return null;
  const a = value * 100;
  const d = errEur * 100;
  if (!(a + d < 1e13)) return null;
  const whole = Math.floor(a);
  const frac = a - whole;
  // clearCents' own margin at the top of the interval, and the rounding of a and d [c€].
  return Math.abs(frac - 0.5) > d * (1 + 1e-9) + 2e-9 + (a + d) * 2e-15 ? (frac > 0.5 ? whole + 1 : whole) : null;
}

/** Euro amount [€] of an integer number of cents. */
export function fromCents(cents: number): Decimal {
  // Read as decimal digits with an exponent: exact, and a parse rather than a long division.
  return Number.isSafeInteger(cents) ? new Decimal(`${Object.is(cents, -0) ? '-0' : cents}e-2`) : new Decimal(cents).dividedBy(100);
}

/** Sum of euro amounts [€]. */
export function sumEur(values: readonly Decimal[]): Decimal {
  return values.reduce((acc, v) => acc.plus(v), new Decimal(0));
}

/**
 * Splits `totalCents` (an integer, may be negative) into integer parts proportional to
 * `weights` (non-negative), by the largest-remainder (Hamilton) rule: each part gets the
 * floor of its exact quota, and the cents left over go one each to the largest fractional
 * remainders (ties: the lower index first). The parts always add up to `totalCents`.
 *
 * @throws when `totalCents` is not an integer, a weight is negative or not finite, or all
 *   weights are zero while the total is not.
 */
export function splitLargestRemainder(totalCents: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(totalCents)) {
    throw new Error(`splitLargestRemainder: total ${totalCents} is not an integer number of cents`);
  }
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i]!;
    if (!Number.isFinite(w) || w < 0) {
      throw new Error(`splitLargestRemainder: weight ${i} is ${w}; weights must be finite and ≥ 0`);
    }
  }
  if (weights.length === 0) {
    if (totalCents !== 0) throw new Error('splitLargestRemainder: no weights to split a non-zero total');
    return [];
  }
  const sign = totalCents < 0 ? -1 : 1;
  const total = Math.abs(totalCents);
  const weightSum = weights.reduce((a, b) => a + b, 0);
  if (weightSum === 0) {
    if (total !== 0) throw new Error('splitLargestRemainder: all weights are zero');
    return weights.map(() => 0);
  }
  const fast = splitInDoubles(total, weights, weightSum);
  if (fast) return fast.map((p) => (sign < 0 && p !== 0 ? -p : p));
  // Exact quotas in decimal arithmetic, so that remainders are compared without float noise.
  const wSum = new Decimal(weightSum);
  const quotas = weights.map((w) => new Decimal(total).times(w).dividedBy(wSum));
  const parts = quotas.map((q) => q.floor().toNumber());
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = quotas
    .map((q, i) => ({ i, rem: q.minus(q.floor()) }))
    .sort((a, b) => b.rem.comparedTo(a.rem) || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) {
    parts[order[k]!.i]! += 1;
  }
  return parts.map((p) => (sign < 0 && p !== 0 ? -p : p));
}

/**
 * The largest-remainder split in doubles, or null when it might differ from the decimal one:
 * when a quota lies within float noise of a whole cent (its floor is then uncertain) or two
 * remainders of different weights within noise of each other (their order is then uncertain).
 * Otherwise every decision is the decimal one's, at a fraction of the cost (a split per
 * configuration and sweep variant).
 */
function splitInDoubles(total: number, weights: readonly number[], weightSum: number): number[] | null {
  if (total > 1e12) return null;
  // The quotas' rounding in doubles and the decimal's reading of each weight (its printed
  // digits), both a few 1e-16 of the quota [c€], far inside this margin.
  const NOISE = 1e-9 + total * 1e-14;
  const parts = new Array<number>(weights.length);
  const rem = new Array<number>(weights.length);
  let given = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i]!;
    const q = w === weightSum ? total : (total * w) / weightSum;
    const whole = Math.floor(q);
    const r = q - whole;
    if (w !== 0 && w !== weightSum && (r < NOISE || r > 1 - NOISE)) return null;
    parts[i] = whole;
    rem[i] = r;
    given += whole;
  }
  const order = Array.from(weights, (_, i) => i).sort((a, b) => rem[b]! - rem[a]! || a - b);
  for (let k = 1; k < order.length; k++) {
    const a = order[k - 1]!;
    const b = order[k]!;
    if (rem[a]! - rem[b]! < NOISE && weights[a] !== weights[b]) return null;
  }
  let left = total - given;
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) parts[order[k]!]! += 1;
  return parts;
}

/** Splits a euro amount [€] by weights, to the cent, with {@link splitLargestRemainder}. */
export function splitEur(total: Decimal.Value, weights: readonly number[]): Decimal[] {
  return splitLargestRemainder(toCents(total), weights).map(fromCents);
}
