import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { avoidedEmissionsKg, countedEnergyKWh } from '../../../core/carbon/avoidedEmissions';
import { avoidedSeriesKg, carbonBalance, memberCarbonShares } from '../../../core/carbon/carbonBalance';
import { gridFactorFor, loadCarbonParameters } from '../../../core/carbon/carbonParameters';
import { embodiedGPerKWh, pvEmbodiedKg, pvEmbodiedKgPerKWp } from '../../../core/carbon/embodiedEmissions';

const params = loadCarbonParameters(JSON.parse(readFileSync(new URL('../../../resources/parameters/carbon.json', import.meta.url), 'utf8')));

describe('carbon parameters', () => {
  it('NREL harmonisation: median 45 g CO2e/kWh, IQR 39–49, at 1700 kWh/m²·yr, PR 0.75, 30 years (Hsu et al. 2012)', () => {
    expect(params.pvEmbodied.gCo2ePerKWh).toBe(45);
    expect(params.pvEmbodied.interquartileGCo2ePerKWh).toEqual([39, 49]);
    expect(params.pvEmbodied.referenceLifetimeYears).toBe(30);
    expect(params.pvEmbodied.source).toMatch(/Hsu/);
  });
  it('grid factors are dated and flagged when unverified', () => {
    const f = gridFactorFor(params.gridFactors, 'production', 2024);
    expect(f.year).toBeLessThanOrEqual(2024);
    expect(f.source).toMatch(/ISPRA/);
    expect(f.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(() => gridFactorFor(params.gridFactors, 'production', 1980)).toThrow(/1980/);
  });
  it('rejects a malformed file naming the field', () => {
    expect(() => loadCarbonParameters({ schema: 'condivisa.parameters.carbon/1', gridFactors: [{ basis: 'x' }] })).toThrow(/gridFactors\[0\]\.basis/);
  });
});

describe('avoided and embodied emissions', () => {
  const energy = { productionKWh: 10_000, selfConsumedKWh: 3_000, sharedKWh: 4_000 };
  it('production basis counts all production; the other basis self-consumed + shared', () => {
    expect(countedEnergyKWh(energy, 'production')).toBe(10_000);
    expect(countedEnergyKWh(energy, 'self_consumed_plus_shared')).toBe(7_000);
    expect(avoidedEmissionsKg(energy, 'production', 0.25)).toBeCloseTo(2_500, 9);
    expect(avoidedEmissionsKg(energy, 'self_consumed_plus_shared', 0.3)).toBeCloseTo(2_100, 9);
    expect(() => avoidedEmissionsKg(energy, 'production', 250)).toThrow(/kg CO2\/kWh/);
  });
  it('embodied per kWp = 45 g × 1700 × 0.75 × 30 = 1721.25 kg CO2e/kWp', () => {
    const perKWp = pvEmbodiedKgPerKWp(params.pvEmbodied);
    expect(perKWp).toBeCloseTo(1721.25, 9);
    expect(pvEmbodiedKg(10, perKWp)).toBeCloseTo(17_212.5, 9);
    // a plant producing 1,200 kWh/kWp·yr for 30 years: 1721.25 kg / 36,000 kWh = 47.8 g/kWh
    expect(embodiedGPerKWh(perKWp, 1200 * 30)).toBeCloseTo(1_721_250 / 36_000, 9);
  });
  it('carbon payback and net balance', () => {
    const b = carbonBalance({ embodiedKg: 1721.25, avoidedKgPerYear: avoidedSeriesKg(300, 30) });
    expect(b.carbonPaybackYears).toBeCloseTo(1721.25 / 300, 9);
    expect(b.netKg).toBeCloseTo(300 * 30 - 1721.25, 9);
    expect(carbonBalance({ embodiedKg: 1000, avoidedKgPerYear: [100, 100] }).carbonPaybackYears).toBeNull();
    // with degradation 10%: 100, 90, 81 → reach 200 in year 3 at (200 − 190)/81
    expect(carbonBalance({ embodiedKg: 200, avoidedKgPerYear: avoidedSeriesKg(100, 3, 0.1) }).carbonPaybackYears).toBeCloseTo(2 + 10 / 81, 9);
  });
  it('per member, pro-rata to weights', () => {
    expect(memberCarbonShares(900, [{ memberId: 1, weightKWh: 1 }, { memberId: 2, weightKWh: 2 }])).toEqual([
      { memberId: 1, avoidedKg: 300 },
      { memberId: 2, avoidedKg: 600 },
    ]);
  });
});
