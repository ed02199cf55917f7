/**
 * PVGIS importers against the reference files in ../shared/reference/data (read in place; skipped when absent).
 * Expected values are read from the file text directly or written out from the file.
 */
import { expect, it } from 'vitest';
import { detectWeatherFormat } from '../../../../core/io/weather/detectFormat';
import { IoError } from '../../../../core/io/io-error';
import { ioErrorOf } from '../../../helpers/io-error';
import { parseWeather } from '../../../../core/io/weather/parseWeather';
import { sunPositionSeries } from '../../../../core/solar/sunPositionFast';

import { describeWithReference, readReference } from '../../../helpers/reference';

const read = (f: string): string => readReference(`data/${f}`);
const TMY_JSON = 'pvgis-tmy_45.000_8.000_2005_2023.json';
const TMY_CSV = 'pvgis-tmy_45.000_8.000_2005_2023.csv';
const SERIES_CSV = 'pvgis-pvgis_hourly_Timeseries_45.000_8.000_SA_30deg_0deg_2016_2016.csv';
const MONTH_YEARS = [2018, 2007, 2009, 2013, 2008, 2006, 2011, 2010, 2020, 2006, 2007, 2016];

describeWithReference([`data/${TMY_JSON}`, `data/${TMY_CSV}`, `data/${SERIES_CSV}`], 'PVGIS TMY JSON and CSV', () => {
  const j = parseWeather(read(TMY_JSON), TMY_JSON);
  const c = parseWeather(read(TMY_CSV), TMY_CSV);
  it('detects the formats from content', () => {
    expect(detectWeatherFormat(read(TMY_JSON))).toBe('pvgis-tmy-json');
    expect(detectWeatherFormat(read(TMY_CSV))).toBe('pvgis-tmy-csv');
    expect(detectWeatherFormat(read(SERIES_CSV))).toBe('pvgis-hourly-csv');
  });
  it('site, time base, offset and months (file header: 45.000, 8.000, 250 m, offset 0.1761 h)', () => {
    for (const w of [j, c]) {
      expect([w.lat, w.lon, w.elevation]).toEqual([45, 8, 250]);
      expect(w.irradianceTimeOffsetH).toBeCloseTo(0.1761, 10);
      expect(w.base).toEqual({ startUtcMs: Date.UTC(2018, 0, 1), stepMinutes: 60, length: 8760, timeZone: 'UTC' });
      expect(w.isTypicalYear).toBe(true);
      expect(w.monthYears).toEqual(MONTH_YEARS);
    }
  });
  it('values: record 20180101:0900 has G(h) 149.0, Gb(n) 125.3, Gd(h) 117.0, T2m 3.23, WS10m 0.97', () => {
    for (const w of [j, c]) {
      expect([w.ghi[9], w.dni[9], w.dhi[9], w.tAir[9], w.windSpeed[9]]).toEqual([149, 125.3, 117, 3.23, 0.97]);
      expect(w.dni[0]).toBe(0); // "-0.0" in the CSV
    }
  });
  it('JSON and CSV carry the same year', () => {
    expect(Array.from(c.ghi)).toEqual(Array.from(j.ghi));
    expect(Array.from(c.tAir)).toEqual(Array.from(j.tAir));
  });
});

describeWithReference([`data/${SERIES_CSV}`], 'PVGIS hourly seriescalc CSV (POA variant, excerpt of 14 records)', () => {
  it('a year is required by default: the excerpt is rejected naming the count', () => {
    expect(() => parseWeather(read(SERIES_CSV), SERIES_CSV)).toThrow(IoError);
    expect(() => parseWeather(read(SERIES_CSV), SERIES_CSV)).toThrow(/8760 o 8784.*trovati 14/);
  });
  const w = parseWeather(read(SERIES_CSV), SERIES_CSV, { requireFullYear: false });
  it('parses the excerpt, stops at the first blank line and keeps the POA components', () => {
    expect(w.base).toEqual({ startUtcMs: Date.UTC(2016, 0, 1), stepMinutes: 60, length: 14, timeZone: 'UTC' });
    expect(w.irradianceTimeOffsetH).toBeCloseTo(10 / 60, 12); // stamps are HH:10
    expect(w.poa?.tiltDeg).toBe(30);
    expect(w.poa?.azimuthDeg).toBe(180); // PVGIS 0 = south
    expect(Array.from(w.poa!.beam.slice(8, 13))).toEqual([26.71, 14.69, 2.19, 2.11, 4.25]);
    expect(w.poa!.reflected[8]).toBe(0.21);
    expect(w.tAir[13]).toBe(7.43);
    expect(w.ghi[8]).toBeGreaterThan(0);
  });
  it('our sun elevation at the HH:10 instants matches PVGIS H_sun within 0.1°', () => {
    const hSun: Record<number, number> = { 8: 8.06, 9: 14.8, 10: 19.54, 11: 21.82, 12: 21.41 };
    const s = sunPositionSeries(w.base.startUtcMs + w.irradianceTimeOffsetH * 3_600_000, 60, 14, { latitudeDeg: 45, longitudeDeg: 8, elevationM: 250 });
    for (const [i, h] of Object.entries(hSun)) {
      const e = 90 - s.zenithDeg[Number(i)]!;
      expect(Math.abs(e - h)).toBeLessThan(0.1);
    }
  });
});

/** Builds a PVGIS seriescalc-shaped JSON document from rows of the reference CSV excerpt. */
function seriesJsonFromCsv(horizontal: boolean, n = 14): string {
  const rows = read(SERIES_CSV).split(/\r?\n/).filter((l) => /^2016\d{4}:\d{4},/.test(l)).slice(0, n);
  const hourly = rows.map((l) => {
    const [time, gb, gd, gr, hs, t, ws] = l.split(',');
    return horizontal
      ? { time, 'G(h)': Number(gb) + Number(gd), 'Gb(n)': Number(gb), 'Gd(h)': Number(gd), H_sun: Number(hs), T2m: Number(t), WS10m: Number(ws), Int: 0 }
      : { time, 'Gb(i)': Number(gb), 'Gd(i)': Number(gd), 'Gr(i)': Number(gr), H_sun: Number(hs), T2m: Number(t), WS10m: Number(ws), Int: 0 };
  });
  return JSON.stringify({
    inputs: { location: { latitude: 45, longitude: 8, elevation: 250 }, mounting_system: { fixed: { slope: { value: 30 }, azimuth: { value: 0 } } } },
    outputs: { hourly },
    meta: { outputs: { hourly: { variables: { 'Gb(i)': { units: 'W/m2' }, T2m: { units: 'degree Celsius' } } } } },
  });
}

describeWithReference([`data/${SERIES_CSV}`], 'PVGIS hourly seriescalc JSON', () => {
  it('POA variant', () => {
    const t = seriesJsonFromCsv(false);
    expect(detectWeatherFormat(t)).toBe('pvgis-hourly-json');
    const w = parseWeather(t, 'series.json', { requireFullYear: false });
    expect(w.poa?.azimuthDeg).toBe(180);
    expect(w.poa!.beam[8]).toBe(26.71);
    expect(w.irradianceTimeOffsetH).toBeCloseTo(1 / 6, 12);
  });
  it('horizontal variant G(h)/Gb(n)/Gd(h)', () => {
    const w = parseWeather(seriesJsonFromCsv(true), 'series-h.json', { requireFullYear: false });
    expect(w.poa).toBeUndefined();
    expect(w.ghi[8]).toBeCloseTo(26.71 + 8.28, 10);
    expect(w.dni[8]).toBe(26.71);
    expect(w.dhi[8]).toBe(8.28);
  });
  it('wrong units in the JSON metadata are rejected', () => {
    const t = seriesJsonFromCsv(false).replace('"units":"W/m2"', '"units":"kW/m2"');
    expect(ioErrorOf(() => parseWeather(t, 'units.json', { requireFullYear: false })).messageEn).toMatch(/units.json.*Gb\(i\).*kW\/m2/);
  });
});
