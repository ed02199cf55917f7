import { describe, expect, it } from 'vitest';
import { isPmgEligible, marketSaleEur, pmgRevenueEur, ridRevenueEur } from '../../../core/economics/energySale';

describe('sale of injected energy', () => {
  it('RID at hourly zonal price: 10 kWh × 100 + 20 kWh × 200 €/MWh = 5.00 €', () => {
    expect(ridRevenueEur([10, 20], [100, 200]).toFixed(2)).toBe('5.00');
  });
  it('PMG: first kWh of the year at the band price, rest at Pz; no top-up when PMG is higher', () => {
    const r = pmgRevenueEur([10, 20], [30, 40], [{ upToKWh: 15, eurPerMWh: 46.4 }]);
    // 15 kWh × 46.4 = 0.696; 15 kWh × 40 = 0.600 → 1.296 → 1.30; zonal 0.30 + 0.80 = 1.10
    expect(r.pmgValueEur.toFixed(2)).toBe('1.30');
    expect(r.zonalValueEur.toFixed(2)).toBe('1.10');
    expect(r.topUpEur.toFixed(2)).toBe('0.00');
    expect(r.revenueEur.toFixed(2)).toBe('1.30');
  });
  it('PMG: year-end top-up to the zonal value when higher', () => {
    const r = pmgRevenueEur([10, 20], [100, 100], [{ upToKWh: 1_500_000, eurPerMWh: 46.4 }]);
    // PMG 30 × 0.0464 = 1.392 → 1.39; zonal 3.00 → top-up 1.61
    expect(r.topUpEur.toFixed(2)).toBe('1.61');
    expect(r.revenueEur.toFixed(2)).toBe('3.00');
  });
  it('market sale at a user price', () => {
    expect(marketSaleEur(12_345, 95).toFixed(2)).toBe('1172.78');
  });
  it('PMG eligibility: incentivised PV ≤ 100 kW, hydro ≤ 500 kW; others ≤ 1 MW without incentive', () => {
    const rules = { maxPowerKwWithoutIncentive: 1000, maxPowerKwWithIncentive: { pv: 100, hydro: 500 } };
    expect(isPmgEligible({ powerKw: 100, source: 'pv', incentivised: true }, rules)).toBe(true);
    expect(isPmgEligible({ powerKw: 150, source: 'pv', incentivised: true }, rules)).toBe(false);
    expect(isPmgEligible({ powerKw: 50, source: 'wind', incentivised: true }, rules)).toBe(false);
    expect(isPmgEligible({ powerKw: 900, source: 'wind', incentivised: false }, rules)).toBe(true);
    expect(isPmgEligible({ powerKw: 1200, source: 'pv', incentivised: false }, rules)).toBe(false);
  });
});
