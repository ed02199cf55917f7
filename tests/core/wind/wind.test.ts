import { describe, expect, it } from 'vitest';
import { windSpeedLogLaw, windSpeedPowerLaw } from '../../../core/wind/windProfile';
import { airDensityKgM3, densityEquivalentSpeed, standardPressurePa, STANDARD_AIR_DENSITY } from '../../../core/wind/airDensity';
import { GENERIC_SMALL_TURBINE_CURVE, powerFromCurve } from '../../../core/wind/powerCurve';
import { simulateWindYear } from '../../../core/wind/windYear';
import type { WeatherYear } from '../../../core/model/weather-year';
import { runScenario } from '../../../core/scenario/run';
import { referenceYearBase } from '../../../core/model/calendar/referenceYearBase';
import { defaultMember, defaultPlant } from '../../../core/model/entity-validation';
import type { ScenarioInput } from '../../../core/scenario/types';
import { textIn } from '../../../core/model/messages';

const C = GENERIC_SMALL_TURBINE_CURVE;

function weather(wind: number[], opts: { tAir?: number; elevation?: number; startUtcMs?: number } = {}): WeatherYear {
  const n = wind.length;
  const zeros = () => new Float64Array(n);
  return {
    lat: 45,
    lon: 9,
    elevation: opts.elevation ?? 0,
    base: { startUtcMs: opts.startUtcMs ?? Date.UTC(2025, 0, 1), stepMinutes: 60, length: n, timeZone: 'UTC' },
    ghi: zeros(),
    dni: zeros(),
    dhi: zeros(),
    tAir: new Float64Array(n).fill(opts.tAir ?? 15),
    windSpeed: Float64Array.from(wind),
    source: 'test',
    irradianceTimeOffsetH: 0.5,
  };
}

describe('wind speed at hub height', () => {
  it('power law, α = 1/7: 5 m/s at 10 m → 5 × 2^(1/7) = 5.5205 m/s at 20 m', () => {
    expect(windSpeedPowerLaw(5, 20)).toBeCloseTo(5.52045, 4);
    expect(windSpeedPowerLaw(5, 10)).toBe(5);
    expect(windSpeedPowerLaw(6, 40, 10, 0.2)).toBeCloseTo(6 * 4 ** 0.2, 12);
  });

  it('log law, z0 = 0.1 m: 5 m/s at 10 m → 5 · ln 200 / ln 100 = 5.7526 m/s at 20 m', () => {
    expect(windSpeedLogLaw(5, 20, 0.1)).toBeCloseTo(5.75257, 4);
    expect(() => windSpeedLogLaw(5, 0.05, 0.1)).toThrow(RangeError);
  });
});

describe('air density', () => {
  it('is 1.225 kg/m³ at sea level and 15 °C (ISO 2533), lower up high and when warm', () => {
    expect(airDensityKgM3(15, standardPressurePa(0))).toBeCloseTo(1.225, 3);
    expect(standardPressurePa(1000)).toBeCloseTo(89_875, -1);
    expect(airDensityKgM3(15, standardPressurePa(1000))).toBeCloseTo(1.0866, 3);
    expect(densityEquivalentSpeed(8, STANDARD_AIR_DENSITY)).toBe(8);
    // ρ/ρ0 = 0.9 → v · 0.9^(1/3) = 0.9655 v
    expect(densityEquivalentSpeed(10, 0.9 * STANDARD_AIR_DENSITY)).toBeCloseTo(9.6549, 4);
  });
});

describe('generic small-turbine power curve', () => {
  it('reads the normalised Bergey Excel 15 test points, interpolates linearly, honours cut-in and cut-out', () => {
    expect(powerFromCurve(C, 7, 10)).toBeCloseTo((6.089 / 15.6) * 10, 10);
    expect(powerFromCurve(C, (7 + 7.49) / 2, 10)).toBeCloseTo(((6.089 + 7.226) / 2 / 15.6) * 10, 10);
    expect(powerFromCurve(C, 2.4, 10)).toBe(0);
    expect(powerFromCurve(C, 11.01, 10)).toBeCloseTo((15.612 / 15.6 > 1 ? 1 : 15.612 / 15.6) * 10, 10);
    expect(powerFromCurve(C, 15, 10)).toBe(10);
    expect(powerFromCurve(C, 24.9, 10)).toBe(10);
    expect(powerFromCurve(C, 25, 10)).toBe(0);
    // Monotone up to rated.
    for (let v = 2.5; v < 11; v += 0.25) expect(powerFromCurve(C, v + 0.25, 1)).toBeGreaterThanOrEqual(powerFromCurve(C, v, 1));
  });
});

describe('simulateWindYear', () => {
  it('hand calculation, hub at 10 m, no losses, no density correction', () => {
    const r = simulateWindYear(weather([0, 5, 10, 30]), { ratedKW: 20, hubHeightM: 10, losses: 0, densityCorrection: false });
    const at10 = 13.664 + ((10 - 9.99) / (10.51 - 9.99)) * (14.502 - 13.664);
    expect(r.kWh[0]).toBe(0);
    expect(r.kWh[1]).toBeCloseTo((2.074 / 15.6) * 20, 10);
    expect(r.kWh[2]).toBeCloseTo((at10 / 15.6) * 20, 10);
    expect(r.kWh[3]).toBe(0); // above cut-out
    expect(r.annualKWh).toBeCloseTo(r.kWh[1]! + r.kWh[2]!, 10);
  });

  it('applies shear, losses and density: 6 m/s at 10 m, hub 30 m, 1,000 m elevation, 10% losses', () => {
    const r = simulateWindYear(weather([6], { elevation: 1000 }), { ratedKW: 10, hubHeightM: 30 });
    const v = 6 * 3 ** (1 / 7) * Math.cbrt(airDensityKgM3(15, standardPressurePa(1000)) / 1.225);
    expect(r.kWh[0]).toBeCloseTo(powerFromCurve(C, v, 10) * 0.9, 10);
    // Log law instead of power law changes the speed and so the energy.
    const log = simulateWindYear(weather([6]), { ratedKW: 10, hubHeightM: 30, shear: { law: 'log', roughnessM: 0.5 }, densityCorrection: false, losses: 0 });
    expect(log.kWh[0]).toBeCloseTo(powerFromCurve(C, windSpeedLogLaw(6, 30, 0.5), 10), 10);
  });

  it('refuses impossible parameters', () => {
    expect(() => simulateWindYear(weather([5]), { ratedKW: 0 })).toThrow(RangeError);
    expect(() => simulateWindYear(weather([5]), { ratedKW: 5, hubHeightM: -1 })).toThrow(RangeError);
  });
});

describe('wind plants in a scenario', () => {
  const ref = referenceYearBase(2025, 60);
  function input(w?: WeatherYear): ScenarioInput {
    return {
      community: { name: 'T', legalEntity: '', type: 'CER', constitutionDate: null, municipality: '', region: 'Lombardia', referenceYear: 2025 },
      configurations: [{ id: 1, name: 'Centro', substationCode: 'AC001E00001' }],
      members: [{ ...defaultMember('A'), id: 1, pods: ['IT001E00000001'], configurationId: 1, lat: 45, lon: 9 }],
      plants: [{ ...defaultPlant('Eolico'), id: 10, source: 'wind', kWp: 10, hubHeightM: 10, pod: 'IT001E00000010', configurationId: 1, lat: 45, lon: 9 }],
      stepMinutes: 60,
      ...(w ? { weather: w } : {}),
    };
  }

  it('uses the imported weather’s wind: constant 8 m/s at hub height 10 m → 8.5/15.6 of 10 kW, less 10%, every hour', async () => {
    const w = weather(new Array<number>(8760).fill(8), { startUtcMs: ref.startUtcMs });
    const r = await runScenario(input(w));
    const expected = (8.5 / 15.6) * 10 * 0.9 * 8760;
    // Density at 15 °C and sea level is 1.2250 kg/m³: the correction moves the speed by < 0.001%.
    expect(Math.abs(r.plants[0]!.productionKWh / expected - 1)).toBeLessThan(1e-4);
    expect(r.warnings.some((x) => textIn(x, 'en').includes('wind'))).toBe(false);
  });

  it('warns that the embedded climate has no real wind (2 m/s: below cut-in, nothing produced)', async () => {
    const r = await runScenario(input());
    expect(r.plants[0]!.productionKWh).toBe(0);
    expect(r.warnings.some((x) => textIn(x, 'en').includes('no real wind data'))).toBe(true);
  });
});
