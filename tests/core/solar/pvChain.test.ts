/**
 * Component models of the PV chain. Expected values: pvlib-python test-suite (test_iam.py,
 * test_inverter.py / test_pvsystem.py) or hand calculations written out in the test.
 */
import { describe, expect, it } from 'vitest';
import { cellTemperatureFaiman, cellTemperatureSapm, SAPM_OPEN_RACK_GLASS_GLASS } from '../../../core/solar/cellTemperature';
import { pvwattsDc } from '../../../core/solar/dcPower';
import { horizonElevationAt, horizonFromPvgis } from '../../../core/solar/horizon';
import { iamAshrae, iamMartinRuiz, iamMartinRuizDiffuse } from '../../../core/solar/iam';
import { pvwattsInverter } from '../../../core/solar/inverter';

describe('incidence-angle modifiers', () => {
  it('ASHRAE b0 = 0.05: hand calc 1 − 0.05·(1/cos 60° − 1) = 0.95; 0 beyond 90°', () => {
    expect(iamAshrae(60)).toBeCloseTo(0.95, 12);
    expect(iamAshrae(0)).toBe(1);
    expect(iamAshrae(90)).toBe(0);
    // cutoff where 1/cos θ = 21 → θ = acos(1/21) = 87.27°
    expect(iamAshrae(88)).toBe(0);
  });
  it('Martin–Ruiz (pvlib test_martin_ruiz: ar 0.18, 60° → 0.9414631)', () => {
    expect(iamMartinRuiz(60, 0.18)).toBeCloseTo(0.9414631, 7);
    expect(iamMartinRuiz(0, 0.16)).toBeCloseTo(1, 12);
    expect(iamMartinRuiz(100, 0.16)).toBe(0);
  });
  it('Martin–Ruiz diffuse (pvlib test_martin_ruiz_diffuse; that test version differs from the current c2 = 0.5·ar − 0.154 by < 2e-5)', () => {
    const a = iamMartinRuizDiffuse(30, 0.16);
    expect(a.sky).toBeCloseTo(0.9549735, 4);
    expect(a.ground).toBeCloseTo(0.7944426, 4);
    const b = iamMartinRuizDiffuse(90, 0.18);
    expect(b.sky).toBeCloseTo(0.9407678, 4);
    expect(b.ground).toBeCloseTo(0.9407678, 4);
  });
});

describe('cell temperature', () => {
  it('Faiman defaults: 20 + 900/(25 + 6.84·5) = 35.2027 °C', () => {
    expect(cellTemperatureFaiman(900, 20, 5)).toBeCloseTo(20 + 900 / 59.2, 9);
    expect(cellTemperatureFaiman(900, 20, 5)).toBeCloseTo(35.2027, 4);
  });
  it('SAPM open rack glass/glass: 900·e^(−3.47 − 0.0594·5) + 20 + 0.9·3 = 43.509 °C (pvlib test_sapm_cell 43.509)', () => {
    expect(cellTemperatureSapm(900, 20, 5, SAPM_OPEN_RACK_GLASS_GLASS)).toBeCloseTo(43.509, 3);
  });
});

describe('PVWatts DC and inverter', () => {
  it('DC: 1 kWp, 800 W/m², 45 °C, −0.4 %/K → 0.8·(1 − 0.08) = 0.736 kW', () => {
    expect(pvwattsDc(1, 800, 45)).toBeCloseTo(0.736, 12);
    expect(pvwattsDc(1, 1000, 25)).toBe(1);
  });
  it('inverter (pvlib test_pvwatts_ac_scalars: pdc 90, pdc0 100, ηnom 0.95 → 85.58556604)', () => {
    expect(pvwattsInverter(90, 100, 0.95)).toBeCloseTo(85.58556604, 6);
  });
  it('clips at ηnom·pdc0 and returns 0 for no input', () => {
    expect(pvwattsInverter(200, 100, 0.96)).toBeCloseTo(96, 12);
    expect(pvwattsInverter(0, 100)).toBe(0);
    expect(pvwattsInverter(-1, 100)).toBe(0);
  });
});

describe('horizon profile', () => {
  it('converts PVGIS azimuths (0 = S, 90 = W, −90 = E) and interpolates linearly on the circle', () => {
    const h = horizonFromPvgis([
      { azimuthPvgisDeg: -180, elevationDeg: 2 }, // N
      { azimuthPvgisDeg: -90, elevationDeg: 10 }, // E
      { azimuthPvgisDeg: 0, elevationDeg: 4 }, // S
      { azimuthPvgisDeg: 90, elevationDeg: 6 }, // W
    ]);
    expect(h.azimuthDeg).toEqual([0, 90, 180, 270]);
    expect(horizonElevationAt(h, 90)).toBeCloseTo(10, 12);
    expect(horizonElevationAt(h, 135)).toBeCloseTo(7, 12); // halfway E(10)→S(4)
    expect(horizonElevationAt(h, 315)).toBeCloseTo(4, 12); // halfway W(6)→N(2), across the seam
    expect(horizonElevationAt(h, 360)).toBeCloseTo(2, 12);
  });
});
