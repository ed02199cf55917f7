import { describe, expect, it } from 'vitest';
import { excessShareRule } from '../../../core/economics/excessShareRule';

describe('55% / 45% rule [RO p.39 §2.2.2.1.3; App. B §4 p.149]', () => {
  it('splits plants by grant and computes each set against its threshold', () => {
    const res = excessShareRule([
      { plantId: 1, incentivised: true, hasGrant: false, injectedKWh: 600, incentivisedSharedKWh: 420, incentiveEur: 54.6 },
      { plantId: 2, incentivised: true, hasGrant: false, injectedKWh: 400, incentivisedSharedKWh: 280, incentiveEur: 36.4 },
      { plantId: 3, incentivised: true, hasGrant: true, injectedKWh: 1000, incentivisedSharedKWh: 400, incentiveEur: 26 },
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
    const [r] = excessShareRule([{ plantId: 1, incentivised: true, hasGrant: true, injectedKWh: 1000, incentivisedSharedKWh: 900, incentiveEur: 100 }]);
    expect(r!.restrictedPotEur.toFixed(2)).toBe('50.00');
  });
  it('rejects shared energy above injected energy', () => {
    expect(() => excessShareRule([{ plantId: 9, incentivised: true, hasGrant: false, injectedKWh: 10, incentivisedSharedKWh: 11, incentiveEur: 1 }])).toThrow(/Plant 9/);
  });
  it('leaves a pre-existing plant out of the ratio: the pot is computed on incentivised plants only [RO p.39]', () => {
    // One hour-by-hour year, by hand: a new 100 kW plant injects 35,040 kWh (4 kWh/h) and gets
    // 26,280 kWh of incentivised shared energy (3 kWh/h) worth 3,416.40 €; a pre-existing 50 kW
    // plant injects 17,520 kWh (2 kWh/h), shared but valorised only (no E_ACI, no incentive).
    const newPlant = { plantId: 1, incentivised: true, hasGrant: false, injectedKWh: 35040, incentivisedSharedKWh: 26280, incentiveEur: 3416.4 };
    const existing = { plantId: 2, incentivised: false, hasGrant: false, injectedKWh: 17520, incentivisedSharedKWh: 0, incentiveEur: 0 };
    // To the letter: 26,280 / 35,040 = 0.75 > 0.55 → excess share (0.75 − 0.55)/0.75 = 4/15;
    // 3,416.40 € × 4/15 = 911.04 € restricted.
    const [r] = excessShareRule([newPlant, existing]);
    expect(r!.plantIds).toEqual([1]);
    expect(r!.ratio).toBeCloseTo(0.75, 12);
    expect(r!.restrictedPotEur.toFixed(2)).toBe('911.04');
    // The old reading put the existing plant in the denominator: 26,280 / 52,560 = 0.50 < 0.55
    // and the pot came out 0 €.
    const [diluted] = excessShareRule([newPlant, { ...existing, incentivised: true }]);
    expect(diluted!.ratio).toBeCloseTo(0.5, 12);
    expect(diluted!.restrictedPotEur.toFixed(2)).toBe('0.00');
  });
  it('computes the tariff-only and tariff-plus-grant sets apart', () => {
    // Without grant: 700/1000 = 0.70 → (0.70 − 0.55)/0.70 × 70 € = 15.00 €.
    // With grant: 500/1000 = 0.50 → (0.50 − 0.45)/0.50 × 40 € = 4.00 €; pooled they would give
    // 1200/2000 = 0.60 against either threshold — not what the rule says.
    const res = excessShareRule([
      { plantId: 1, incentivised: true, hasGrant: false, injectedKWh: 1000, incentivisedSharedKWh: 700, incentiveEur: 70 },
      { plantId: 2, incentivised: true, hasGrant: true, injectedKWh: 1000, incentivisedSharedKWh: 500, incentiveEur: 40 },
    ]);
    expect(res.map((r) => [r.set, r.restrictedPotEur.toFixed(2)])).toEqual([['without_grant', '15.00'], ['with_grant', '4.00']]);
  });
});
