import { describe, expect, it } from 'vitest';
import { monthlyIncentivePerPlant, monthlyIncentivePerPlantAtPrices } from '../../../core/economics/monthlyIncentive';
import { applyMinimumPayment } from '../../../core/economics/minimumPayment';
import type { TimeBase } from '../../../core/model/timeseries';

// 48 hours from 31 Jan 2024 00:00 Europe/Rome (= 30 Jan 23:00 UTC): 24 h in January, 24 in February.
const base: TimeBase = { startUtcMs: Date.UTC(2024, 0, 30, 23), stepMinutes: 60, length: 48, timeZone: 'Europe/Rome' };
const fill = (v: number) => new Float64Array(48).fill(v);

describe('monthly incentive per plant [RO p.38]', () => {
  it('Σ TIP × E: 24 h × 10 kWh at 130 €/MWh = 31.20 € per month', () => {
    const [res] = monthlyIncentivePerPlant({
      base,
      pzEurPerMWh: fill(120),
      plants: [{ plantId: 1, powerKw: 100, region: 'Lombardia', source: 'pv', grantShare: 0, eaciKWh: fill(10) }],
    });
    expect(res!.months.map((m) => [m.year, m.month, m.incentiveEur.toFixed(2), m.eaciKWh])).toEqual([
      [2024, 1, '31.20', 240],
      [2024, 2, '31.20', 240],
    ]);
    expect(res!.totalEur.toFixed(2)).toBe('62.40');
    expect(res!.months[0]!.averageTipEurPerMWh).toBeCloseTo(130, 9);
  });

  it('several price series in one pass: Pz 120 → TIP 130, Pz 200 → TIP 80 + 10 = 90 €/MWh', () => {
    const plants = [
      { plantId: 1, powerKw: 100, region: 'Lombardia', source: 'pv' as const, grantShare: 0, eaciKWh: fill(10) },
      { plantId: 2, powerKw: 100, region: 'Lombardia', source: 'pv' as const, grantShare: 0.4, eaciKWh: fill(10), eaciFExemptKWh: fill(5) },
    ];
    const [at120, at200] = monthlyIncentivePerPlantAtPrices(base, [fill(120), fill(200)], plants);
    // Plant 1: 24 h × 10 kWh × 130 = 31.20 €; × 90 = 21.60 €. Plant 2 (40 % grant: F = 0.5 on
    // its 5 non-exempt kWh): 24 × (5 × 0.065 + 5 × 0.130) = 23.40 €; 24 × (5 × 0.045 + 5 × 0.090) = 16.20 €.
    expect(at120!.map((p) => p.months.map((m) => m.incentiveEur.toFixed(2)))).toEqual([['31.20', '31.20'], ['23.40', '23.40']]);
    expect(at200!.map((p) => p.months.map((m) => m.incentiveEur.toFixed(2)))).toEqual([['21.60', '21.60'], ['16.20', '16.20']]);
    expect(at200![0]!.totalEur.toFixed(2)).toBe('43.20');
  });

  it('F applies only to the non-exempt part: 5 kWh at 65 + 5 kWh at 130 €/MWh per hour', () => {
    const [res] = monthlyIncentivePerPlant({
      base,
      pzEurPerMWh: fill(120),
      plants: [
        { plantId: 2, powerKw: 100, region: 'Lombardia', source: 'pv', grantShare: 0.4, eaciKWh: fill(10), eaciFExemptKWh: fill(5) },
      ],
    });
    // 24 × (5 × 0.065 + 5 × 0.130) = 24 × 0.975 = 23.40 €
    expect(res!.months[0]!.incentiveEur.toFixed(2)).toBe('23.40');
  });

  it('uses the hourly price: Pz 100 then 200 → TIP 120 then 80+10', () => {
    const pz = new Float64Array(48).map((_, i) => (i % 2 === 0 ? 100 : 200));
    const [res] = monthlyIncentivePerPlant({
      base,
      pzEurPerMWh: pz,
      plants: [{ plantId: 3, powerKw: 100, region: 'Lombardia', source: 'pv', grantShare: 0, eaciKWh: fill(1) }],
    });
    // 12 h × 1 kWh × 0.130 + 12 h × 1 kWh × 0.090 = 2.64 €
    expect(res!.months[0]!.incentiveEur.toFixed(2)).toBe('2.64');
  });

  it('names the step of a missing price', () => {
    const pz = fill(120);
    pz[30] = Number.NaN;
    expect(() =>
      monthlyIncentivePerPlant({
        base,
        pzEurPerMWh: pz,
        plants: [{ plantId: 1, powerKw: 100, region: 'Lombardia', source: 'pv', grantShare: 0, eaciKWh: fill(1) }],
      }),
    ).toThrow(/step 30 \(2024-02-01T05:00:00\.000Z\)/);
  });

  it('rejects series of the wrong length and negative energy', () => {
    expect(() =>
      monthlyIncentivePerPlant({ base, pzEurPerMWh: fill(120), plants: [{ plantId: 1, powerKw: 1, region: 'Lazio', source: 'pv', grantShare: 0, eaciKWh: new Float64Array(3) }] }),
    ).toThrow(/3 steps/);
    const e = fill(1);
    e[2] = -1;
    expect(() =>
      monthlyIncentivePerPlant({ base, pzEurPerMWh: fill(120), plants: [{ plantId: 1, powerKw: 1, region: 'Lazio', source: 'pv', grantShare: 0, eaciKWh: e }] }),
    ).toThrow(/Plant 1/);
  });
});

describe('€50 minimum payment [RO p.39 §2.2.2.1.4]', () => {
  it('carries amounts below 50 € forward until the position reaches 50 €', () => {
    const res = applyMinimumPayment([30, 15, 10, 60, 20]);
    expect(res.map((r) => r.paidEur.toFixed(2))).toEqual(['0.00', '0.00', '55.00', '60.00', '0.00']);
    expect(res.map((r) => r.carriedForwardEur.toFixed(2))).toEqual(['30.00', '45.00', '0.00', '0.00', '20.00']);
  });
  it('exactly 50 € is paid', () => {
    expect(applyMinimumPayment([50])[0]!.paidEur.toFixed(2)).toBe('50.00');
  });
});
