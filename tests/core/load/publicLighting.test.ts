import { describe, expect, it } from 'vitest';
import { daysFromCivil, referenceYearBase, romeCivilToUtcMs } from '../../../core/model/calendar';
import { darknessFractions, sunTimesUtc, synthesiseFromAnnual } from '../../../core/load';

const ROME = { lat: 41.9, lon: 12.5 };
const minutesLocal = (utcMs: number, offsetH: number) => ((utcMs / 60_000 + offsetH * 60) % 1440 + 1440) % 1440;

describe('sun times', () => {
  it('Rome, 21 Jun 2024: sunrise ≈05:35, sunset ≈20:48 CEST (published almanac, ±5 min)', () => {
    const t = sunTimesUtc(daysFromCivil(2024, 6, 21), ROME.lat, ROME.lon);
    expect(Math.abs(minutesLocal(t.sunriseUtcMs, 2) - (5 * 60 + 35))).toBeLessThan(5);
    expect(Math.abs(minutesLocal(t.sunsetUtcMs, 2) - (20 * 60 + 48))).toBeLessThan(5);
  });
  it('Rome, 21 Dec 2024: sunrise ≈07:34, sunset ≈16:42 CET (±5 min)', () => {
    const t = sunTimesUtc(daysFromCivil(2024, 12, 21), ROME.lat, ROME.lon);
    expect(Math.abs(minutesLocal(t.sunriseUtcMs, 1) - (7 * 60 + 34))).toBeLessThan(5);
    expect(Math.abs(minutesLocal(t.sunsetUtcMs, 1) - (16 * 60 + 42))).toBeLessThan(5);
  });
});

describe('public lighting shape', () => {
  it('runs about 4,200 h a year in central Italy (municipal figures 4,200 h/yr)', () => {
    const base = referenceYearBase(2025, 15);
    const f = darknessFractions(base, { latitudeDeg: ROME.lat, longitudeDeg: ROME.lon, onAfterSunsetMin: 10, offBeforeSunriseMin: 10 });
    let hours = 0;
    for (let i = 0; i < f.length; i++) hours += f[i]! * 0.25;
    expect(hours).toBeGreaterThan(4100);
    expect(hours).toBeLessThan(4300);
  });

  it('is off at noon, on at midnight, and constant power while on', () => {
    const base = referenceYearBase(2025, 60);
    const s = synthesiseFromAnnual(42_000, 'public_lighting', base, undefined, { latitudeDeg: ROME.lat, longitudeDeg: ROME.lon });
    const at = (m: number, d: number, h: number) => s[(romeCivilToUtcMs(2025, m, d, h) - base.startUtcMs) / 3_600_000]!;
    expect(at(6, 21, 12)).toBe(0);
    expect(at(12, 21, 12)).toBe(0);
    expect(at(6, 21, 1)).toBeGreaterThan(0);
    expect(at(12, 21, 1)).toBeCloseTo(at(6, 21, 1), 9);
    // ≈ 42,000 kWh / ≈4,200 h ≈ 10 kW while fully on
    expect(at(12, 21, 1)).toBeGreaterThan(9.5);
    expect(at(12, 21, 1)).toBeLessThan(10.5);
  });
});
