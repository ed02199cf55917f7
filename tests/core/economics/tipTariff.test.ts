import { describe, expect, it } from 'vitest';
import { fcZonaleEurPerMWh, reductionFactorF, tipEurPerMWh, tipPowerClass } from '../../../core/economics/tipTariff';
import { tariffCommand } from '../../../core/economics/tariffCommand';

describe('TIP [RO p.38–39, App. B p.148–149]', () => {
  // DOMAIN.md worked points, recomputed by hand from the formula.
  it('≤200 kW PV in Lombardia, Pz 120 → min(120, 80+60) + 10 = 130 €/MWh', () => {
    expect(tipEurPerMWh({ powerKw: 150, region: 'Lombardia', pzEurPerMWh: 120, grantShare: 0, source: 'pv' })).toBeCloseTo(130, 10);
  });
  it('same with a 40% grant (F = 0.5) → 65 €/MWh', () => {
    expect(tipEurPerMWh({ powerKw: 150, region: 'Lombardia', pzEurPerMWh: 120, grantShare: 0.4 })).toBeCloseTo(65, 10);
  });
  it('700 kW in Sicily, Pz 150 → min(100, 60+30) + 0 = 90 €/MWh', () => {
    expect(tipEurPerMWh({ powerKw: 700, region: 'Sicilia', pzEurPerMWh: 150, source: 'pv' })).toBeCloseTo(90, 10);
  });

  it('power classes: 200 kW is ≤200, 200.5 and 600 are the middle class, 600.1 the top', () => {
    expect(tipPowerClass(200)).toMatchObject({ tpBaseEurPerMWh: 80, capEurPerMWh: 120 });
    expect(tipPowerClass(200.5)).toMatchObject({ tpBaseEurPerMWh: 70, capEurPerMWh: 110 });
    expect(tipPowerClass(600)).toMatchObject({ tpBaseEurPerMWh: 70, capEurPerMWh: 110 });
    expect(tipPowerClass(600.1)).toMatchObject({ tpBaseEurPerMWh: 60, capEurPerMWh: 100 });
  });

  it('Milan seed ranges 0.09–0.13 / 0.08–0.12 / 0.07–0.11 €/kWh: north PV, Pz ≥ 180 vs Pz ≤ 140', () => {
    for (const [kw, lo, hi] of [[100, 90, 130], [400, 80, 120], [800, 70, 110]] as const) {
      expect(tipEurPerMWh({ powerKw: kw, region: 'Lombardia', pzEurPerMWh: 200 })).toBeCloseTo(lo, 10);
      expect(tipEurPerMWh({ powerKw: kw, region: 'Lombardia', pzEurPerMWh: 100 })).toBeCloseTo(hi, 10);
    }
  });

  it('FC is added after the cap and only for PV: centre +4, north +10, south 0', () => {
    expect(tipEurPerMWh({ powerKw: 50, region: 'Lazio', pzEurPerMWh: 0 })).toBeCloseTo(124, 10);
    expect(tipEurPerMWh({ powerKw: 50, region: 'Lombardia', pzEurPerMWh: 120, source: 'wind' })).toBeCloseTo(120, 10);
    expect(fcZonaleEurPerMWh('Puglia', 'pv')).toBe(0);
    expect(fcZonaleEurPerMWh('Umbria', 'pv')).toBe(4);
    expect(fcZonaleEurPerMWh('Valle d’Aosta', 'pv')).toBe(10);
  });

  it('F is linear: 0 → 0, 20% → 0.25, 40% → 0.5; above 40% is an error', () => {
    expect(reductionFactorF(0)).toBe(0);
    expect(reductionFactorF(0.2)).toBeCloseTo(0.25, 12);
    expect(reductionFactorF(0.4)).toBeCloseTo(0.5, 12);
    expect(() => reductionFactorF(0.41)).toThrow(/0\.41.*40%/);
    expect(() => tipEurPerMWh({ powerKw: 50, region: 'Lombardia', pzEurPerMWh: 100, grantShare: 0.5 })).toThrow();
    expect(tipEurPerMWh({ powerKw: 150, region: 'Lombardia', pzEurPerMWh: 120, grantShare: 0.2 })).toBeCloseTo(97.5, 10);
  });

  it('F does not apply to energy of exempt withdrawal points', () => {
    expect(tipEurPerMWh({ powerKw: 150, region: 'Lombardia', pzEurPerMWh: 120, grantShare: 0.4, fExempt: true })).toBeCloseTo(130, 10);
  });

  it('rejects missing, NaN, and absurd prices, naming the hour', () => {
    const base = { powerKw: 50, region: 'Lombardia' };
    expect(() => tipEurPerMWh({ ...base, pzEurPerMWh: Number.NaN, hourLabel: '2024-03-01 13:00' })).toThrow(/missing at 2024-03-01 13:00/);
    expect(() => tipEurPerMWh({ ...base, pzEurPerMWh: undefined as unknown as number, hourLabel: 'h7' })).toThrow(/h7/);
    expect(() => tipEurPerMWh({ ...base, pzEurPerMWh: -600 })).toThrow(/plausible/);
    expect(() => tipEurPerMWh({ ...base, pzEurPerMWh: 4001 })).toThrow(/plausible/);
    // a negative but plausible price: variable part 190, capped at 120, + 10
    expect(tipEurPerMWh({ ...base, pzEurPerMWh: -10 })).toBeCloseTo(130, 10);
  });

  it('rejects unknown regions and non-positive power', () => {
    expect(() => tipEurPerMWh({ powerKw: 50, region: 'Bavaria', pzEurPerMWh: 100 })).toThrow(/Bavaria/);
    expect(() => tipEurPerMWh({ powerKw: 0, region: 'Lazio', pzEurPerMWh: 100 })).toThrow(/power/);
  });
});

describe('tariffCommand (CLI body)', () => {
  it('parses strings, decimal commas and region spelling', () => {
    expect(tariffCommand({ powerKw: '150', region: 'lombardia', pz: '120' })).toEqual({ tipEurPerMWh: 130 });
    expect(tariffCommand({ powerKw: '150', region: 'LOMBARDIA', pz: '120', grant: '0,4' })).toEqual({ tipEurPerMWh: 65 });
    expect(tariffCommand({ powerKw: 700, region: 'Sicilia', pz: 150, source: 'wind' })).toEqual({ tipEurPerMWh: 90 });
  });
  it('names the bad option', () => {
    expect(() => tariffCommand({ powerKw: 'abc', region: 'Lazio', pz: '1' })).toThrow(/--power-kw/);
    expect(() => tariffCommand({ powerKw: '10', region: 'Lazio', pz: '' })).toThrow(/--pz/);
    expect(() => tariffCommand({ powerKw: '10', region: 'Lazio', pz: '100', source: 'coal' })).toThrow(/--source/);
  });
});
