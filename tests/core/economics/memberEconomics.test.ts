import { describe, expect, it } from 'vitest';
import { billSavingsEur, memberIncentiveShares, prosumerPaybackYears } from '../../../core/economics/memberEconomics';
import { Decimal } from '../../../core/economics/money';

describe('member economics', () => {
  it('bill savings at the member bill price: 1,000 kWh × 0.25 €/kWh = 250 €', () => {
    expect(billSavingsEur(1000, 0.25).toFixed(2)).toBe('250.00');
    expect(() => billSavingsEur(1000, 250)).toThrow(/€\/kWh/);
  });
  it('incentive shares pro-rata to contribution add up to the cent', () => {
    const s = memberIncentiveShares('100.00', [
      { memberId: 1, contributionKWh: 1 },
      { memberId: 2, contributionKWh: 1 },
      { memberId: 3, contributionKWh: 1 },
    ]);
    expect(s.map((x) => x.shareEur.toFixed(2))).toEqual(['33.34', '33.33', '33.33']);
    const s2 = memberIncentiveShares('1234.57', [
      { memberId: 1, contributionKWh: 300 },
      { memberId: 2, contributionKWh: 700 },
    ]);
    // 370.371 → 370.37, 864.199 → 864.20
    expect(s2.map((x) => x.shareEur.toFixed(2))).toEqual(['370.37', '864.20']);
  });
  it('prosumer payback: 5,000 € net, 1,000 €/yr → 5 years', () => {
    expect(prosumerPaybackYears({ capexEur: 6000, grantEur: 1000, yearlyBenefitEur: 1000 })).toBeCloseTo(5, 10);
    expect(prosumerPaybackYears({ capexEur: 6000, grantEur: 0, yearlyBenefitEur: 100, years: 25 })).toBeNull();
  });
});

describe('bill savings to the cent on the printed amounts', () => {
  it('rounds a half cent up: 1.5 kWh × 0.23 €/kWh = 0.345 € → 0.35 €, 0.15 kWh × 0.3 €/kWh = 0.045 € → 0.05 €', () => {
    expect(billSavingsEur(1.5, 0.23).toNumber()).toBe(0.35);
    expect(billSavingsEur(0.15, 0.3).toNumber()).toBe(0.05);
    expect(billSavingsEur(2.5, 0.201).toNumber()).toBe(0.5); // 0.5025
  });

  it('equals the decimal product rounded half up on 2,000 random amounts', () => {
    let seed = 5;
    const rnd = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    for (let k = 0; k < 2000; k++) {
      const kWh = k % 2 ? Math.round(rnd() * 1e6) / 1000 : rnd() * 10 ** Math.floor(rnd() * 7);
      const price = Math.round(rnd() * 600) / 1000;
      const exact = new Decimal(kWh).times(price).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber();
      expect(billSavingsEur(kWh, price).toNumber(), `${kWh} × ${price}`).toBe(exact);
    }
  });
});
