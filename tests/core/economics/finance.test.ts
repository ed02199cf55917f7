import { describe, expect, it } from 'vitest';
import { discountedPaybackYears, irr, irrRoots, lcoeEurPerKWh, npv, simplePaybackYears } from '../../../core/economics/finance';

describe('NPV and IRR (textbook cases)', () => {
  it('−100, +110 → NPV 0 at 10%, IRR 10%', () => {
    expect(npv(0.1, [-100, 110])).toBeCloseTo(0, 10);
    expect(irr([-100, 110])).toBeCloseTo(0.1, 9);
  });
  it('annuity: −1000 then 5 × 263.7975 (the 10%/5-year payment) → IRR 10%', () => {
    const pmt = (1000 * 0.1) / (1 - Math.pow(1.1, -5));
    expect(irr([-1000, pmt, pmt, pmt, pmt, pmt])).toBeCloseTo(0.1, 9);
  });
  it('−1000, 500, 400, 300, 100: NPV(10%) = 78.82, IRR = 14.49%', () => {
    const f = [-1000, 500, 400, 300, 100];
    expect(npv(0.1, f)).toBeCloseTo(-1000 + 500 / 1.1 + 400 / 1.21 + 300 / 1.331 + 100 / 1.4641, 9);
    expect(npv(0.1, f)).toBeCloseTo(78.82, 2);
    expect(irr(f)!).toBeCloseTo(0.144888, 5);
  });
  it('no sign change → null', () => {
    expect(irr([100, 50])).toBeNull();
    expect(irr([-100, -50])).toBeNull();
  });
  it('two sign changes: −100, 230, −132 has IRRs 10% and 20%', () => {
    const roots = irrRoots([-100, 230, -132]);
    expect(roots).toHaveLength(2);
    expect(roots[0]).toBeCloseTo(0.1, 8);
    expect(roots[1]).toBeCloseTo(0.2, 8);
    expect(irr([-100, 230, -132])).toBeCloseTo(0.1, 8);
  });
  it('a high IRR: −1, +10 → 900%', () => {
    expect(irr([-1, 10])).toBeCloseTo(9, 6);
  });
});

describe('payback and LCOE', () => {
  it('simple payback interpolates within the year', () => {
    expect(simplePaybackYears([-100, 30, 30, 30, 30])).toBeCloseTo(10 / 3, 10);
    expect(simplePaybackYears([-100, 30, 30])).toBeNull();
  });
  it('discounted payback at 10%', () => {
    const f = [-100, 30, 30, 30, 30, 30];
    const d = f.map((c, t) => c / Math.pow(1.1, t));
    const cum4 = d.slice(0, 5).reduce((a, b) => a + b, 0);
    expect(discountedPaybackYears(0.1, f)).toBeCloseTo(4 + -cum4 / d[5]!, 10);
  });
  it('LCOE: 1000 € for 2 × 100 kWh → 5 €/kWh at 0%; at 10% 1000 / (100/1.1 + 100/1.21)', () => {
    expect(lcoeEurPerKWh(0, [1000, 0, 0], [0, 100, 100])).toBeCloseTo(5, 12);
    expect(lcoeEurPerKWh(0.1, [1000, 0, 0], [0, 100, 100])).toBeCloseTo(1000 / (100 / 1.1 + 100 / 1.21), 10);
  });
});
