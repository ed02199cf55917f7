/**
 * Typical year → reference calendar year, and the embedded climate table.
 * Expected values are read straight from the PVGIS TMY reference text (not through the importer).
 */
import { describe, expect, it } from 'vitest';
import { parsePvgisTmyJson } from '../../../core/io/weather/pvgisJson';
import { distanceKm, interpolateClimate, type ClimateStation } from '../../../core/solar/climateTable';
import { DEFAULT_CLIMATE } from '../../../core/solar/defaultClimate';
import { syntheticTypicalYear } from '../../../core/solar/syntheticYear';
import { layTypicalYearOnCalendar } from '../../../core/solar/typicalYearCalendar';

import { describeWithReference, readReference } from '../../helpers/reference';

const NAME = 'pvgis-tmy_45.000_8.000_2005_2023.json';

describeWithReference([`data/${NAME}`], 'layTypicalYearOnCalendar', () => {
  const text = readReference(`data/${NAME}`);
  const raw = JSON.parse(text) as { outputs: { tmy_hourly: Record<string, number | string>[] } };
  const rec = (stamp: string): Record<string, number | string> => raw.outputs.tmy_hourly.find((r) => r['time(UTC)'] === stamp)!;
  const tmy = parsePvgisTmyJson(text, NAME);
  it('onto 2025: 8760 steps from 2025-01-01 00:00 UTC, values by month/day/hour', () => {
    const w = layTypicalYearOnCalendar(tmy, 2025);
    expect(w.base.startUtcMs).toBe(Date.UTC(2025, 0, 1));
    expect(w.base.length).toBe(8760);
    const i = (Date.UTC(2025, 5, 21, 12) - Date.UTC(2025, 0, 1)) / 3_600_000;
    expect(w.ghi[i]).toBe(rec('20060621:1200')['G(h)']); // June comes from 2006
    expect(w.tAir[i]).toBe(rec('20060621:1200')['T2m']);
    const j = (Date.UTC(2025, 2, 1, 10) - Date.UTC(2025, 0, 1)) / 3_600_000;
    expect(w.dni[j]).toBe(rec('20090301:1000')['Gb(n)']);
    expect(w.isTypicalYear).toBe(true);
    expect(w.irradianceTimeOffsetH).toBeCloseTo(0.1761, 10);
  });
  it('onto leap year 2024: 8784 steps, 29 Feb duplicated from 28 Feb, 1 Mar aligned', () => {
    const w = layTypicalYearOnCalendar(tmy, 2024);
    expect(w.base.length).toBe(8784);
    const h = (mo: number, d: number, hh: number): number => (Date.UTC(2024, mo, d, hh) - Date.UTC(2024, 0, 1)) / 3_600_000;
    for (let hh = 0; hh < 24; hh++) expect(w.ghi[h(1, 29, hh)]).toBe(w.ghi[h(1, 28, hh)]);
    expect(w.ghi[h(1, 28, 12)]).toBe(rec('20070228:1200')['G(h)']);
    expect(w.ghi[h(2, 1, 12)]).toBe(rec('20090301:1200')['G(h)']);
    expect(w.ghi[h(11, 31, 12)]).toBe(rec('20161231:1200')['G(h)']);
  });
  it('from a leap reference back to a common year drops 29 Feb', () => {
    const leap = layTypicalYearOnCalendar(tmy, 2024);
    const back = layTypicalYearOnCalendar(leap, 2023);
    expect(back.base.length).toBe(8760);
    expect(Array.from(back.ghi)).toEqual(Array.from(layTypicalYearOnCalendar(tmy, 2023).ghi));
  });
});

describe('embedded climate', () => {
  it('cites its sources and covers Italy', () => {
    expect(DEFAULT_CLIMATE.sources).toMatch(/ENEA/);
    expect(DEFAULT_CLIMATE.sources).toMatch(/PVGIS/);
    expect(DEFAULT_CLIMATE.stations.length).toBeGreaterThanOrEqual(20);
    for (const s of DEFAULT_CLIMATE.stations) {
      expect(s.ghiKWhM2Day).toHaveLength(12);
      expect(s.tMeanC).toHaveLength(12);
      expect(s.lat).toBeGreaterThan(36);
      expect(s.lat).toBeLessThan(47.2);
    }
  });
  it('haversine: 1° of latitude ≈ 111.19 km (2π·6371/360)', () => {
    expect(distanceKm(44, 8, 45, 8)).toBeCloseTo((2 * Math.PI * 6371) / 360, 6);
  });
  it('interpolation at a station returns that station; lapse rate 6.5 °C/km applies', () => {
    const roma = DEFAULT_CLIMATE.stations.find((s: ClimateStation) => s.name === 'Roma')!;
    const c = interpolateClimate(DEFAULT_CLIMATE, roma.lat, roma.lon, roma.elevationM + 1000);
    expect(c.ghiKWhM2Day).toEqual([...roma.ghiKWhM2Day]);
    c.tMeanC.forEach((t: number, m: number) => expect(t).toBeCloseTo(roma.tMeanC[m]! - 6.5, 9));
  });
  it('synthetic year reproduces the monthly irradiation of the climate exactly', () => {
    const w = syntheticTypicalYear(41.9, 12.5, 20, 2025);
    const roma = interpolateClimate(DEFAULT_CLIMATE, 41.9, 12.5, 20);
    const days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    const monthly = new Array<number>(12).fill(0);
    for (let i = 0; i < w.base.length; i++) monthly[new Date(w.base.startUtcMs + i * 3_600_000).getUTCMonth()] += w.ghi[i]! / 1000;
    monthly.forEach((v, m) => expect(v / days[m]!).toBeCloseTo(roma.ghiKWhM2Day[m]!, 2));
    // closure GHI = DHI + DNI·cos Z holds by construction of Erbs; DHI never exceeds GHI
    for (let i = 0; i < w.base.length; i++) expect(w.dhi[i]!).toBeLessThanOrEqual(w.ghi[i]! + 1e-9);
  });
});
