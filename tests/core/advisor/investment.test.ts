/** The promoters' investment terms on a configuration's cash flows (hand calculations). */
import { describe, expect, it } from 'vitest';
import { annuityEur, applyInvestment } from '../../../core/advisor/investment';

// A 10 kWp plant: the run assumed 10,000 € (no grant) and 1,500 €/yr net for 10 years.
const FLOWS = [-10_000, ...new Array(10).fill(1500)];
const RUN = { capexEur: 10_000, grantEur: 0, discountRate: 0 };

describe('investment terms', () => {
  it('a loan annuity is L·r/(1 − (1+r)^−n): 10,000 € at 5% over 10 years = 1,295.05 €/yr', () => {
    expect(annuityEur(10_000, 0.05, 10)).toBeCloseTo(1295.05, 2);
    expect(annuityEur(6000, 0, 5)).toBe(1200);
  });

  it('own cost with VAT, half borrowed at 0% over 5 years, 50% deduction over 10 years', () => {
    // Gross 10 kWp × 1,200 €/kWp × 1.10 VAT = 13,200 €; borrowed 6,600 € → 1,320 €/yr for 5 years;
    // deduction 6,600 € → 660 €/yr for 10 years. Year 0: −6,600 €; years 1–5: 1,500 − 1,320 + 660
    // = 840 €; years 6–10: 2,160 €. NPV at 0%: −6,600 + 5 × 840 + 5 × 2,160 = 8,400 €.
    const o = applyInvestment(FLOWS, { ...RUN, ownCostEur: 10 * 1200 }, { costEurPerKWp: 1200, vatRate: 0.1, vatRecoverable: false, loan: { share: 0.5, ratePerYear: 0, years: 5 }, taxDeduction: { rate: 0.5, years: 10 } });
    expect(o.grossCostEur).toBeCloseTo(13_200, 6);
    expect(o.equityEur).toBeCloseTo(6600, 6);
    expect(o.flows[0]).toBeCloseTo(-6600, 6);
    expect(o.flows[1]).toBeCloseTo(840, 6);
    expect(o.flows[6]).toBeCloseTo(2160, 6);
    expect(o.npvEur).toBeCloseTo(8400, 6);
    // Cumulative: −6,600 + 840 t turns positive only after year 5 (−2,400), then 2,160/yr: 5 + 2,400/2,160.
    expect(o.paybackYears).toBeCloseTo(5 + 2400 / 2160, 6);
  });

  it('recoverable VAT is no cost; no terms leave the flows as they are', () => {
    expect(applyInvestment(FLOWS, RUN, { vatRate: 0.22, vatRecoverable: true }).grossCostEur).toBe(10_000);
    expect(applyInvestment(FLOWS, RUN, {}).flows).toEqual(FLOWS);
  });
});
