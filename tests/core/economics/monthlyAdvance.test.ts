import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../core/economics/money';
import { advanceTipEurPerMWh, monthlyAdvanceEur, monthlyValorisationAdvanceEur, yearlyAdvanceBalance } from '../../../core/economics/monthlyAdvance';

describe('monthly advance [RO p.36]', () => {
  it('100 kW PV in Lombardia: TIPa = 80+20+10 = 110; A = 100 × 900/12 × 0.6 × 0.110 = 495.00 €', () => {
    const p = { powerKw: 100, region: 'Lombardia', source: 'pv' as const, grantShare: 0 };
    expect(advanceTipEurPerMWh(p)).toBeCloseTo(110, 10);
    expect(monthlyAdvanceEur(p).toFixed(2)).toBe('495.00');
  });
  it('700 kW PV in Sicily with 40% grant: (60+20) × 0.5 = 40; 700 × 1100/12 × 0.6 × 0.040 = 1540.00 €', () => {
    expect(monthlyAdvanceEur({ powerKw: 700, region: 'Sicilia', source: 'pv', grantShare: 0.4 }).toFixed(2)).toBe('1540.00');
  });
  it('PV centre uses 1050 h; wind 1500 h without FC', () => {
    // 10 × 1050/12 = 875 kWh × 0.6 = 525 kWh × 0.104 €/kWh = 54.60
    expect(monthlyAdvanceEur({ powerKw: 10, region: 'Toscana', source: 'pv', grantShare: 0 }).toFixed(2)).toBe('54.60');
    // 50 × 1500/12 × 0.6 × 0.100 = 375.00
    expect(monthlyAdvanceEur({ powerKw: 50, region: 'Toscana', source: 'wind', grantShare: 0 }).toFixed(2)).toBe('375.00');
    expect(monthlyAdvanceEur({ powerKw: 50, region: 'Toscana', source: 'hydro', grantShare: 0 }).toFixed(2)).toBe('375.00');
  });
  it('yearly balance = due − advances', () => {
    const adv = Array.from({ length: 12 }, () => new Decimal('495.00'));
    const due = Array.from({ length: 12 }, () => new Decimal('520.10'));
    const b = yearlyAdvanceBalance(adv, due);
    expect(b.advancesEur.toFixed(2)).toBe('5940.00');
    expect(b.balanceEur.toFixed(2)).toBe('301.20');
  });
});

describe('valorisation advance [RO pp.40–41]', () => {
  it('100 kW PV North: 100 × 900/12 × 0.6 × 10.57/1000 = 47.57 €', () => {
    // 7500 kWh × 0.6 = 4500 kWh × 0.01057 €/kWh = 47.565 → 47.57
    expect(monthlyValorisationAdvanceEur({ powerKw: 100, region: 'Lombardia', source: 'pv' }, 10.57).toFixed(2)).toBe('47.57');
  });
});
