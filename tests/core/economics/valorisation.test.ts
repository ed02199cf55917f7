import { describe, expect, it } from 'vitest';
import { valorisationEur } from '../../../core/economics/valorisation';
import { eacvcByVoltage } from '../../../core/economics/buildingSelfConsumption';

describe('valorisation [RO pp.41–42]', () => {
  it('CER: TRASe × E_ACV = 10.57 €/MWh × 1 MWh = 10.57 €', () => {
    const r = valorisationEur({ communityType: 'CER', eacvKWh: 1000, trasEEurPerMWh: 10.57, eacvcKWh: 800, btauEurPerMWh: 0.65 });
    expect(r.totalEur.toFixed(2)).toBe('10.57');
    expect(r.distributionEur.toFixed(2)).toBe('0.00'); // E_ACVC ignored outside AUC
  });
  it('AUC: + BTAU × E_ACVC + Σ E_ACVC × cPR × Pz', () => {
    const r = valorisationEur({
      communityType: 'AUC',
      eacvKWh: 1000,
      trasEEurPerMWh: 10.57,
      eacvcKWh: 800,
      btauEurPerMWh: 0.65,
      pzEurPerMWh: [100, 200],
      avoidedLosses: [
        { voltage: 'LV', eacvcKWh: [100, 100] },
        { voltage: 'MV', eacvcKWh: [100, 0] },
      ],
    });
    // 0.65 × 0.8 = 0.52 €; LV 0.026 × (0.1 × 100 + 0.1 × 200) = 0.78 €; MV 0.012 × 0.1 × 100 = 0.12 €
    expect(r.transmissionEur.toFixed(2)).toBe('10.57');
    expect(r.distributionEur.toFixed(2)).toBe('0.52');
    expect(r.avoidedLossesEur.toFixed(2)).toBe('0.90');
    expect(r.totalEur.toFixed(2)).toBe('11.99');
  });
  it('AID is valued like a CER', () => {
    expect(valorisationEur({ communityType: 'AID', eacvKWh: 2000, trasEEurPerMWh: 10 }).totalEur.toFixed(2)).toBe('20.00');
  });
  it('E_ACVC by voltage: LV plants first, MV up to what is left [RO p.144]', () => {
    // Hour 0: shared 0.7; LV injects 0.5 → 0.5, MV 0.5 → min(0.5, 0.7 − 0.5) = 0.2.
    // Hour 1: shared 0.3; LV 0.5 → 0.3, MV → 0.
    const r = eacvcByVoltage([0.7, 0.3], [
      { voltage: 'MV', injectedKWh: [0.5, 0.5] },
      { voltage: 'LV', injectedKWh: [0.5, 0.5] },
    ]);
    expect(Array.from(r.LV)).toEqual([0.5, 0.3]);
    expect(r.MV[0]).toBeCloseTo(0.2, 12);
    expect(r.MV[1]).toBe(0);
  });
});
