import { describe, expect, it } from 'vitest';
import { isPmgEligible, marketSaleEur, pmgRevenueAtPrices, pmgRevenueEur, ridRevenueEur, zonalValuesEur } from '../../../core/economics/energySale';

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
  it('PMG at several price series in one pass: bands filled mid-year, each series as by hand', () => {
    // 200, 300, 0, 400 kWh; bands: up to 400 kWh at 50 €/MWh, up to 600 kWh at 40 €/MWh.
    // Banded: 200 × 50 + 200 × 50 + 100 × 40 (hour 2) + 100 × 40 (hour 4) = 28.00 €, then 300 kWh at Pz of hour 4.
    const injected = [200, 300, 0, 400];
    const bands = [
      { upToKWh: 400, eurPerMWh: 50 },
      { upToKWh: 600, eurPerMWh: 40 },
    ];
    const a = [100, 100, 100, 100]; // PMG 28 + 30 = 58.00; zonal 900 × 100 = 90.00 → top-up 32.00
    const b = [10, 20, 30, 40]; // PMG 28 + 12 = 40.00; zonal 2 + 6 + 16 = 24.00 → no top-up
    const c = [100, 100, 100, 1000]; // PMG 28 + 300 = 328.00; zonal 50 + 400 = 450.00 → top-up 122.00
    const r = pmgRevenueAtPrices(injected, [a, b, c], bands);
    expect(r.map((x) => [x.pmgValueEur.toFixed(2), x.zonalValueEur.toFixed(2), x.topUpEur.toFixed(2), x.revenueEur.toFixed(2)])).toEqual([
      ['58.00', '90.00', '32.00', '90.00'],
      ['40.00', '24.00', '0.00', '40.00'],
      ['328.00', '450.00', '122.00', '450.00'],
    ]);
    // Each series alone gives the same doubles.
    for (const [k, pz] of [a, b, c].entries()) expect(pmgRevenueEur(injected, pz, bands).revenueEur.toFixed(2)).toBe(r[k]!.revenueEur.toFixed(2));
    expect(Array.from(zonalValuesEur(injected, [a, b, c]))).toEqual([90, 24, 450]);
  });
  it('PMG at several price series: a wrong price in any series names its step', () => {
    expect(() => pmgRevenueAtPrices([1, 1], [[100, 100], [100, 9000]], [{ upToKWh: 1, eurPerMWh: 50 }])).toThrow(/step 1/);
  });
});
