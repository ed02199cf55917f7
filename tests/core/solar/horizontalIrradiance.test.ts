import { describe, expect, it } from 'vitest';
import { completeHorizontalIrradiance, horizontalFromPlaneOfArray } from '../../../core/solar/horizontalIrradiance';

// 45°N 8°E, 21 June 2023: 00:00 UTC (night) and 11:00 UTC (sun high), values at mid-interval.
const site = { lat: 45, lon: 8, elevation: 250 };
const timing = { startUtcMs: Date.UTC(2023, 5, 21, 0), stepMinutes: 60, length: 12, instantOffsetH: 0.5 };
const NIGHT = 0;
const NOON = 11;
const series = (at: Record<number, number>, otherwise = NaN) => Float64Array.from({ length: 12 }, (_, i) => at[i] ?? otherwise);
/** GHI of the intervals a case does not look at: 0 W/m², so every interval has a component. */
const ghiOf = (at: Record<number, number>) => series(at, 0);

describe('completeHorizontalIrradiance', () => {
  it('keeps three given components as they are, even at night', () => {
    const given = { ghi: new Float64Array(12).fill(100), dni: new Float64Array(12).fill(50), dhi: new Float64Array(12).fill(70) };
    const r = completeHorizontalIrradiance(site, timing, given);
    expect([r.ghi[NOON], r.dni[NOON], r.dhi[NOON], r.ghi[NIGHT]]).toEqual([100, 50, 70, 100]);
  });

  it('GHI and DHI give DNI = (GHI − DHI)/cos Z, and DNI with DHI gives GHI back (same zenith)', () => {
    const fromGhi = completeHorizontalIrradiance(site, timing, { ghi: ghiOf({ [NOON]: 900 }), dni: series({}), dhi: series({ [NOON]: 150, [NIGHT]: 0 }) });
    // Zenith near 22° at 11:30 UTC (solar noon ≈ 11:30 at 8°E): DNI ≈ 750/0.93 ≈ 810 W/m².
    expect(fromGhi.dni[NOON]).toBeGreaterThan(790);
    expect(fromGhi.dni[NOON]).toBeLessThan(830);
    expect(fromGhi.dni[NIGHT]).toBe(0);
    const back = completeHorizontalIrradiance(site, timing, { ghi: ghiOf({ [NOON]: NaN }), dni: series({ [NOON]: fromGhi.dni[NOON]! }), dhi: series({ [NOON]: 150 }) });
    expect(back.ghi[NOON]).toBeCloseTo(900, 9);
  });

  it('GHI alone is split by Erbs: DNI + DHI reproduce GHI with a diffuse part between 0 and GHI', () => {
    const r = completeHorizontalIrradiance(site, timing, { ghi: ghiOf({ [NOON]: 850 }), dni: series({}), dhi: series({}) });
    expect(r.dhi[NOON]).toBeGreaterThan(0);
    expect(r.dhi[NOON]).toBeLessThan(850);
    const z = Math.acos((850 - r.dhi[NOON]!) / r.dni[NOON]!);
    expect((z * 180) / Math.PI).toBeGreaterThan(20);
    expect((z * 180) / Math.PI).toBeLessThan(24);
  });

  it('refuses an interval with neither GHI nor both DNI and DHI', () => {
    expect(() => completeHorizontalIrradiance(site, { ...timing, length: 1 }, { ghi: series({}), dni: series({ 0: 1 }), dhi: series({}) })).toThrow(RangeError);
  });
});

describe('horizontalFromPlaneOfArray', () => {
  it('a horizontal plane gives its own components back: DHI = diffuse, GHI = beam + diffuse', () => {
    const poa = { tiltDeg: 0, azimuthDeg: 180, beam: series({ [NOON]: 700 }), diffuse: series({ [NOON]: 120 }), reflected: new Float64Array(12) };
    const r = horizontalFromPlaneOfArray(site, timing, poa);
    expect(r.dhi[NOON]).toBeCloseTo(120, 9);
    expect(r.ghi[NOON]).toBeCloseTo(820, 9);
  });
});
