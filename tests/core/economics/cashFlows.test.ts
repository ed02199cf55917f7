import { describe, expect, it } from 'vitest';
import { cashFlowCents, configurationCashFlows, pzScenarioPrices, yearTotalsEur, type CashFlowInput } from '../../../core/economics/cashFlows';
import { npvTornado } from '../../../core/economics/sensitivity';

const zeroRevenue = { incentiveEur: 0, valorisationEur: 0, energySaleEur: 0, billSavingsEur: 0 };
const base: CashFlowInput = {
  years: 2,
  plants: [{ plantId: 1, powerKw: 10, capexEur: 1000, grantEur: 0 }],
  productionKWhYear1: 1000,
  year1: { ...zeroRevenue, incentiveEur: 600 },
  opexEurPerKwYear: 0,
  insuranceShareOfCapexPerYear: 0,
  managementEurPerYear: 0,
  gseFeesEurPerYear: 0,
  inverterReplacementYear: 0,
  inverterReplacementEurPerKw: 0,
  degradationPerYear: 0,
  inflationPerYear: 0,
  discountRatePerYear: 0,
};

describe('configuration cash flows', () => {
  it('−1000, 600, 600: NPV(0) 200, IRR from 1000x² − 600x − 600 = 0', () => {
    const r = configurationCashFlows(base);
    expect(r.rows.map((x) => x.netEur.toNumber())).toEqual([-1000, 600, 600]);
    expect(r.npvEur.toFixed(2)).toBe('200.00');
    const x = (600 + Math.sqrt(600 * 600 + 4 * 1000 * 600)) / 2000;
    expect(r.irr!).toBeCloseTo(x - 1, 9);
    expect(r.simplePaybackYears).toBeCloseTo(1 + 400 / 600, 10);
  });
  it('grants reduce year 0; the incentive stops after its years; valorisation goes on, indexed', () => {
    const r = configurationCashFlows({
      ...base,
      years: 3,
      incentiveYears: 2,
      plants: [{ plantId: 1, powerKw: 10, capexEur: 1000, grantEur: 400 }],
      year1: { ...zeroRevenue, incentiveEur: 100, valorisationEur: 100 },
      inflationPerYear: 0.1,
    });
    expect(r.rows[0]!.netEur.toFixed(2)).toBe('-600.00');
    expect(r.rows.map((x) => x.incentiveEur.toFixed(2))).toEqual(['0.00', '100.00', '100.00', '0.00']);
    expect(r.rows.map((x) => x.valorisationEur.toFixed(2))).toEqual(['0.00', '100.00', '110.00', '121.00']);
  });
  it('year totals in cents: net, revenue and cost per year as a person adds the rows', () => {
    const input: CashFlowInput = {
      ...base,
      plants: [{ plantId: 1, powerKw: 10, capexEur: 1000, grantEur: 400 }],
      year1: { incentiveEur: 100.01, valorisationEur: 20.02, energySaleEur: 30.03, billSavingsEur: 0.1 },
      opexEurPerKwYear: 1.5,
      managementEurPerYear: 0.7,
    };
    // Year 0: −(1000 − 400) = −600.00, no revenue. Years 1–2: revenue 100.01 + 20.02 + 30.03 +
    // 0.10 = 150.16 €; costs 10 kW × 1.5 + 0.7 = 15.70 €; net 134.46 €.
    expect(yearTotalsEur(cashFlowCents(input))).toEqual([
      { year: 0, netEur: -600, revenueEur: 0, costEur: -600 },
      { year: 1, netEur: 134.46, revenueEur: 150.16, costEur: -15.7 },
      { year: 2, netEur: 134.46, revenueEur: 150.16, costEur: -15.7 },
    ]);
  });
  it('degradation, P90 factor, costs and inverter replacement', () => {
    const r = configurationCashFlows({
      ...base,
      years: 3,
      year1: { ...zeroRevenue, energySaleEur: 1000 },
      productionFactor: 0.9,
      degradationPerYear: 0.1,
      opexEurPerKwYear: 10,
      insuranceShareOfCapexPerYear: 0.01,
      managementEurPerYear: 50,
      gseFeesEurPerYear: 15,
      inverterReplacementYear: 2,
      inverterReplacementEurPerKw: 100,
    });
    // year 2: sale 1000 × 0.9 × 0.9 = 810; costs 100 + 10 + 50 + 15 + inverter 1000
    expect(r.rows[2]!.energySaleEur.toFixed(2)).toBe('810.00');
    expect(r.rows[2]!.inverterEur.toFixed(2)).toBe('-1000.00');
    expect(r.rows[2]!.netEur.toFixed(2)).toBe((810 - 100 - 10 - 50 - 15 - 1000).toFixed(2));
    expect(r.rows[1]!.productionKWh).toBeCloseTo(900, 9);
    // LCOE at 0%: (1000 + 3 × 175 + 1000) / (900 + 810 + 729)
    expect(r.lcoeEurPerKWh).toBeCloseTo((1000 + 3 * 175 + 1000) / (900 + 810 + 729), 9);
  });
  it('tornado: capex ±10% moves NPV by exactly ±100 €; rows sorted by swing', () => {
    const t = npvTornado(base, 0.1);
    const capex = t.rows.find((r) => r.driver === 'capex')!;
    expect(capex.npvLowEur - t.baseNpvEur).toBeCloseTo(100, 6);
    expect(capex.npvHighEur - t.baseNpvEur).toBeCloseTo(-100, 6);
    const incentive = t.rows.find((r) => r.driver === 'incentive')!;
    expect(incentive.swingEur).toBeCloseTo(240, 6); // 2 years × 600 × 0.2
    for (let i = 1; i < t.rows.length; i++) expect(t.rows[i - 1]!.swingEur).toBeGreaterThanOrEqual(t.rows[i]!.swingEur);
  });
  it('price scenarios scale hourly prices', () => {
    expect(Array.from(pzScenarioPrices([100, 50], 0.7))).toEqual([70, 35]);
  });
});
