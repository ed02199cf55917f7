import { describe, expect, it } from 'vitest';
import { excessShareRule } from '../../../core/economics/excessShareRule';

describe('55% / 45% rule [RO p.39 §2.2.2.1.3; App. B §4 p.149]', () => {
  it('splits plants by grant and computes each set against its threshold', () => {
    const res = excessShareRule([
      { plantId: 1, hasGrant: false, injectedKWh: 600, incentivisedSharedKWh: 420, incentiveEur: 54.6 },
      { plantId: 2, hasGrant: false, injectedKWh: 400, incentivisedSharedKWh: 280, incentiveEur: 36.4 },
      { plantId: 3, hasGrant: true, injectedKWh: 1000, incentivisedSharedKWh: 400, incentiveEur: 26 },
    ]);
    const without = res.find((r) => r.set === 'without_grant')!;
    // ratio 700/1000 = 0.70; excess share (0.70 − 0.55)/0.70 = 3/14; 91 € × 3/14 = 19.50 €
    expect(without.ratio).toBeCloseTo(0.7, 12);
    expect(without.threshold).toBe(0.55);
    expect(without.excessShare).toBeCloseTo(3 / 14, 12);
    expect(without.restrictedPotEur.toFixed(2)).toBe('19.50');
    expect(without.unrestrictedEur.toFixed(2)).toBe('71.50');
    const withGrant = res.find((r) => r.set === 'with_grant')!;
    // ratio 0.40 < 0.45 → nothing restricted
    expect(withGrant.threshold).toBe(0.45);
    expect(withGrant.excessShare).toBe(0);
    expect(withGrant.restrictedPotEur.toFixed(2)).toBe('0.00');
  });
  it('45% threshold for granted plants: 0.9 ratio → half of the incentive restricted', () => {
    const [r] = excessShareRule([{ plantId: 1, hasGrant: true, injectedKWh: 1000, incentivisedSharedKWh: 900, incentiveEur: 100 }]);
    expect(r!.restrictedPotEur.toFixed(2)).toBe('50.00');
  });
  it('rejects shared energy above injected energy', () => {
    expect(() => excessShareRule([{ plantId: 9, hasGrant: false, injectedKWh: 10, incentivisedSharedKWh: 11, incentiveEur: 1 }])).toThrow(/Plant 9/);
  });
});
