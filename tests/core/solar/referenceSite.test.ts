/**
 * Whole chain at the reference site 45°N 8°E against the PVGIS-SARAH3 TMY reference file
 * (../shared/reference/data; read in place, never copied; skipped when absent).
 */
import { describe, expect, it } from 'vitest';
import { parsePvgisTmyJson } from '../../../core/io/weather/pvgisJson';
import { PvParameterError } from '../../../core/solar/errors';
import { simulatePvYear } from '../../../core/solar/pvYear';
import { syntheticTypicalYear } from '../../../core/solar/syntheticYear';
import type { WeatherYear } from '../../../core/model/weather-year';

import { describeWithReference, readReference } from '../../helpers/reference';

const TMY = 'pvgis-tmy_45.000_8.000_2005_2023.json';
const plant = { kWp: 1, tiltDeg: 32, azimuthDeg: 180, lossesPct: 14 };

describeWithReference([`data/${TMY}`], 'reference site 45°N 8°E', () => {
  const tmy = parsePvgisTmyJson(readReference(`data/${TMY}`), TMY);
  const ref = simulatePvYear(tmy, plant);
  it('yearly yield from the PVGIS TMY is credible (1250–1450 kWh/kWp at 30–35° south)', () => {
    console.log(`PVGIS TMY 45N 8E, 1 kWp, 32° south, 14 % losses: ${ref.annualKWh.toFixed(1)} kWh/kWp; monthly ${ref.monthlyKWh.map((v) => v.toFixed(0)).join(' ')}`);
    for (const tilt of [30, 35]) {
      const r = simulatePvYear(tmy, { ...plant, tiltDeg: tilt });
      console.log(`  tilt ${tilt}°: ${r.annualKWh.toFixed(1)} kWh/kWp`);
      expect(r.annualKWh).toBeGreaterThan(1250);
      expect(r.annualKWh).toBeLessThan(1450);
    }
    expect(ref.kWh.length).toBe(8760);
    expect(ref.base).toEqual(tmy.base);
    expect(ref.monthlyKWh.reduce((a, b) => a + b, 0)).toBeCloseTo(ref.annualKWh, 6);
  });

  it('embedded default climate gives a yield within ±7 % of the PVGIS TMY', () => {
    const syn = syntheticTypicalYear(45, 8, 250, 2025);
    const r = simulatePvYear(syn, plant);
    const dev = r.annualKWh / ref.annualKWh - 1;
    console.log(`embedded default 45N 8E: ${r.annualKWh.toFixed(1)} kWh/kWp (${(dev * 100).toFixed(1)} % vs TMY); source: ${syn.source}`);
    expect(Math.abs(dev)).toBeLessThan(0.07);
  });

  it('transposition models differ plausibly (Perez ≥ isotropic for a south-tilted plane)', () => {
    const iso = simulatePvYear(tmy, { ...plant, transposition: 'isotropic' }).annualKWh;
    const hd = simulatePvYear(tmy, { ...plant, transposition: 'haydavies' }).annualKWh;
    expect(ref.annualKWh).toBeGreaterThan(iso);
    expect(hd).toBeGreaterThan(iso);
  });

  it('losses, degradation and clipping act as stated', () => {
    const noLoss = simulatePvYear(tmy, { ...plant, lossesPct: 0 }).annualKWh;
    // 14 % losses applied before the (nonlinear) inverter: ratio close to 0.86
    expect(ref.annualKWh / noLoss).toBeGreaterThan(0.85);
    expect(ref.annualKWh / noLoss).toBeLessThan(0.87);
    // (1 − 0.005)^10 = 0.95111 on DC; AC ratio within 0.3 % of it
    const y10 = simulatePvYear(tmy, { ...plant, yearIndex: 10 }).annualKWh;
    expect(Math.abs(y10 / ref.annualKWh - 0.995 ** 10)).toBeLessThan(0.003);
    // DC/AC 2 → AC rating 0.5 kW: no hourly energy above 0.5 kWh
    const clipped = simulatePvYear(tmy, { ...plant, dcAcRatio: 2 });
    expect(Math.max(...clipped.kWh)).toBeLessThanOrEqual(0.5 + 1e-12);
    expect(Math.max(...clipped.kWh)).toBeCloseTo(0.5, 9);
  });

  it('a horizon above the sun path removes the beam', () => {
    const high: WeatherYear = { ...tmy, horizon: { azimuthDeg: [0, 180], elevationDeg: [90, 90] } };
    const noBeam: WeatherYear = { ...tmy, dni: new Float64Array(tmy.dni.length) };
    const a = simulatePvYear(high, plant).annualKWh;
    const b = simulatePvYear(noBeam, plant).annualKWh;
    // With the beam blocked, the yield equals the yield with DNI = 0 except through Perez
    // (which still uses DNI for the circumsolar brightness): bounded between b and the full yield.
    expect(a).toBeLessThan(ref.annualKWh * 0.75);
    expect(a).toBeGreaterThan(b * 0.99);
    expect(simulatePvYear(high, { ...plant, useHorizon: false }).annualKWh).toBeCloseTo(ref.annualKWh, 6);
  });

  it('15-minute synthetic weather gives one value per step and a consistent year', () => {
    const s15 = syntheticTypicalYear(45, 8, 250, 2025, { stepMinutes: 15 });
    const s60 = syntheticTypicalYear(45, 8, 250, 2025);
    const r15 = simulatePvYear(s15, plant);
    const r60 = simulatePvYear(s60, plant);
    expect(r15.kWh.length).toBe(8760 * 4);
    expect(Math.abs(r15.annualKWh / r60.annualKWh - 1)).toBeLessThan(0.03);
  });
});

describe('parameter validation', () => {
  // The embedded climate's year at the same site: the checks need any valid weather.
  const tmy = syntheticTypicalYear(45, 8, 250, 2025);
  it.each([
    ['tiltDeg', { tiltDeg: 91 }],
    ['tiltDeg', { tiltDeg: -1 }],
    ['azimuthDeg', { azimuthDeg: 361 }],
    ['azimuthDeg', { azimuthDeg: Number.NaN }],
    ['kWp', { kWp: 0 }],
    ['kWp', { kWp: Number.POSITIVE_INFINITY }],
    ['lossesPct', { lossesPct: 101 }],
    ['lossesPct', { lossesPct: -5 }],
  ])('%s invalid → PvParameterError naming the field', (field, patch) => {
    let err: unknown;
    try {
      simulatePvYear(tmy, { ...plant, ...patch });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PvParameterError);
    expect((err as PvParameterError).field).toBe(field);
    expect((err as Error).message).toContain(field);
  });
  it('weather arrays of the wrong length are rejected', () => {
    expect(() => simulatePvYear({ ...tmy, ghi: new Float64Array(10) }, plant)).toThrow(/weather\.ghi/);
  });
});
