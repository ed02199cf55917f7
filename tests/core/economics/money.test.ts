import { describe, expect, it } from 'vitest';
import { Decimal, splitEur, splitLargestRemainder, toCents } from '../../../core/economics/money';

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
