import { describe, expect, it } from 'vitest';
import { billSavingsEur, memberIncentiveShares, prosumerPaybackYears } from '../../../core/economics/memberEconomics';

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
