import { describe, expect, it } from 'vitest';
import { centsOf, Decimal, splitEur, splitLargestRemainder, toCents } from '../../../core/economics/money';

describe('splitLargestRemainder', () => {
  it('100 cents in three equal parts → 34, 33, 33', () => {
    expect(splitLargestRemainder(100, [1, 1, 1])).toEqual([34, 33, 33]);
  });
  it('gives leftover cents to the largest remainders', () => {
    // quotas 1000×(0.5, 0.3, 0.2)/1 exact; 10 cents × (2/3, 1/3) = 6.67, 3.33 → 7, 3
    expect(splitLargestRemainder(1000, [5, 3, 2])).toEqual([500, 300, 200]);
    expect(splitLargestRemainder(10, [2, 1])).toEqual([7, 3]);
    // 7 cents over weights 1,2,4: quotas 1, 2, 4 exactly
    expect(splitLargestRemainder(7, [1, 2, 4])).toEqual([1, 2, 4]);
    // 5 cents over 3 equal: 1.67 each → 2, 2, 1
    expect(splitLargestRemainder(5, [1, 1, 1])).toEqual([2, 2, 1]);
  });
  it('always adds up, for awkward weights', () => {
    const w = [0.1, 0.2, 0.3, 1 / 3, Math.PI, 0];
    for (const total of [0, 1, 99, 12345, 1_000_001]) {
      const parts = splitLargestRemainder(total, w);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
      expect(parts[5]).toBe(0);
    }
  });
  it('splits negative totals symmetrically', () => {
    expect(splitLargestRemainder(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
  });
  it('rejects bad input', () => {
    expect(() => splitLargestRemainder(10.5, [1])).toThrow();
    expect(() => splitLargestRemainder(10, [0, 0])).toThrow(/zero/);
    expect(() => splitLargestRemainder(10, [1, -1])).toThrow();
    expect(splitLargestRemainder(0, [0, 0])).toEqual([0, 0]);
  });
  it('splitEur works on euro amounts', () => {
    const parts = splitEur(new Decimal('100.00'), [1, 1, 1]);
    expect(parts.map((p) => p.toFixed(2))).toEqual(['33.34', '33.33', '33.33']);
    expect(toCents('0.005')).toBe(1);
  });
});

describe('largest-remainder split: the double fast path decides as the decimal rule', () => {
  it('splits 100 cents over three equal weights 34/33/33 (the tie to the lower index) and 1 cent over 1/3 of 3', () => {
    expect(splitLargestRemainder(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(splitLargestRemainder(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
    // 0.1 + 0.2 ≠ 0.3 in doubles: the remainders are within noise of each other, decided exactly
    expect(splitLargestRemainder(1, [0.1, 0.2, 0.3])).toEqual([0, 0, 1]);
    expect(splitLargestRemainder(3, [0.1, 0.2, 0.3, 0.6])).toEqual([0, 1, 1, 1]);
  });

  it('agrees with quotas worked out in exact rationals on 300 random splits', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    for (let k = 0; k < 300; k++) {
      const n = 1 + Math.floor(rnd() * 12);
      // integer weights: the exact quota total·w/Σw is a rational of integers (BigInt)
      const weights = Array.from({ length: n }, () => Math.floor(rnd() * 5000));
      if (!weights.some((w) => w > 0)) weights[0] = 1;
      const total = Math.floor(rnd() * 1_000_000);
      const sum = BigInt(weights.reduce((a, b) => a + b, 0));
      const floors = weights.map((w) => (BigInt(total) * BigInt(w)) / sum);
      const rems = weights.map((w) => (BigInt(total) * BigInt(w)) % sum);
      let left = total - floors.reduce((a, b) => a + Number(b), 0);
      const order = weights.map((_, i) => i).sort((a, b) => (rems[b]! > rems[a]! ? 1 : rems[b]! < rems[a]! ? -1 : a - b));
      const expected = floors.map(Number);
      for (let j = 0; left > 0; j++, left--) expected[order[j]!]! += 1;
      expect(splitLargestRemainder(total, weights), `${total} over ${weights.join(',')}`).toEqual(expected);
    }
  });
});

describe('centsOf: cents in doubles, rounded as the decimal rounds the printed amount', () => {
  it('rounds half away from zero on the digits a person reads, not on the binary value', () => {
    // 1.005 and 2.675 are stored just below the half cent; the printed amounts are exact halves
    expect(centsOf(1.005)).toBe(101);
    expect(centsOf(2.675)).toBe(268);
    expect(centsOf(-2.675)).toBe(-268);
    expect(centsOf(0.125)).toBe(13);
    expect(centsOf(1234.5649)).toBe(123456);
    expect(Object.is(centsOf(-0.004), -0)).toBe(true);
  });

  it('equals the decimal rounding on 2,000 amounts of every size', () => {
    let seed = 11;
    const rnd = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    for (let k = 0; k < 2000; k++) {
      const x = (rnd() - 0.3) * 10 ** Math.floor(rnd() * 9);
      // and amounts of exactly three decimals ending in 5: the half cents
      const half = Math.round(x * 100) / 100 + 0.005;
      expect(centsOf(x), String(x)).toBe(toCents(x));
      expect(centsOf(half), String(half)).toBe(toCents(half));
    }
  });
});
