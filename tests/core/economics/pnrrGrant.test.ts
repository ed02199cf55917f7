import { describe, expect, it } from 'vitest';
import { loadPnrrGrantParameters } from '../../../core/economics/parameters';
import { costCapEurPerKw, pnrrGrant } from '../../../core/economics/pnrrGrant';
import { readParameterFile } from './paramFiles';

const raw = readParameterFile('pnrr-grant.json');
const { rules, populationThresholds } = loadPnrrGrantParameters(raw);
const base = { communityType: 'CER' as const, powerKw: 100, municipalityPopulation: 3000, newOrUpgrade: true };

describe('PNRR grant [RO Part III; App. E p.158]', () => {
  it('cost caps by class: 1500 ≤20, 1200 ≤200, 1100 ≤600, 1050 ≤1000 €/kW', () => {
    expect(costCapEurPerKw(20, rules.costCaps)).toBe(1500);
    expect(costCapEurPerKw(20.5, rules.costCaps)).toBe(1200);
    expect(costCapEurPerKw(600, rules.costCaps)).toBe(1100);
    expect(costCapEurPerKw(1000, rules.costCaps)).toBe(1050);
    expect(costCapEurPerKw(1001, rules.costCaps)).toBeNull();
  });
  it('40% of hard costs plus soft costs up to 10% of the admitted total', () => {
    const r = pnrrGrant({ ...base, hardCostEur: 100_000, softCostEur: 15_000 }, rules);
    // soft admitted = 100000/9 = 11111.11; eligible 111111.11 (< cap 120000); grant 44444.44
    expect(r.eligible).toBe(true);
    expect(r.admittedSoftCostEur).toBeCloseTo(11111.111, 2);
    expect(r.eligibleCostEur.toFixed(2)).toBe('111111.11');
    expect(r.grantEur.toFixed(2)).toBe('44444.44');
  });
  it('the €/kW cap binds: 100 kW × 1200 = 120,000 → grant 48,000', () => {
    const r = pnrrGrant({ ...base, hardCostEur: 150_000, softCostEur: 0 }, rules);
    expect(r.grantEur.toFixed(2)).toBe('48000.00');
    expect(r.grantShareOfTotalCost).toBeCloseTo(0.32, 10);
  });
  it('ineligible: AID, > 1 MW, population not below 5,000, existing plant', () => {
    expect(pnrrGrant({ ...base, communityType: 'AID', hardCostEur: 1, softCostEur: 0 }, rules).eligible).toBe(false);
    expect(pnrrGrant({ ...base, powerKw: 1001, hardCostEur: 1, softCostEur: 0 }, rules).eligible).toBe(false);
    const pop = pnrrGrant({ ...base, municipalityPopulation: 5000, hardCostEur: 1, softCostEur: 0 }, rules);
    expect(pop.eligible).toBe(false);
    expect(pop.reasons.join()).toMatch(/5000/);
    expect(pop.grantEur.toFixed(2)).toBe('0.00');
    expect(pnrrGrant({ ...base, newOrUpgrade: false, hardCostEur: 1, softCostEur: 0 }, rules).eligible).toBe(false);
  });
  it('the 50,000 threshold (DM 127/2025) is flagged secondary and used only on request', () => {
    const latest = loadPnrrGrantParameters(raw, 'latest').rules;
    expect(latest.populationThreshold).toBe(50_000);
    expect(populationThresholds.find((t) => t.value === 50_000)!.secondary).toBe(true);
    expect(pnrrGrant({ ...base, municipalityPopulation: 20_000, hardCostEur: 1000, softCostEur: 0 }, latest).eligible).toBe(true);
    expect(rules.populationThreshold).toBe(5000);
  });
});
