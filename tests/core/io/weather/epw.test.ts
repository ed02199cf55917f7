import { expect, it } from 'vitest';
import { parseEpw } from '../../../../core/io/weather/epw';
import { IoError } from '../../../../core/io/io-error';
import { ioErrorOf } from '../../../helpers/io-error';
import { parseWeather } from '../../../../core/io/weather/parseWeather';
import { describeWithReference, readReference } from '../../../helpers/reference';

const EPW = 'pvgis-tmy_45.000_8.000_2005_2023.epw';
const TMY_JSON = 'data/pvgis-tmy_45.000_8.000_2005_2023.json';

describeWithReference([`data/${EPW}`, TMY_JSON], 'EPW importer', () => {
  const text = readReference(`data/${EPW}`);
  const tmyJson = JSON.parse(readReference(TMY_JSON)) as { outputs: { tmy_hourly: Record<string, number>[] } };
  const w = parseWeather(text, EPW);
  it('PVGIS EPW: UTC data, offset −0.8239 h from the hour-ending label → 0.1761 h after the interval start', () => {
    expect([w.lat, w.lon, w.elevation]).toEqual([45, 8, 250]);
    expect(w.base.startUtcMs).toBe(Date.UTC(2018, 0, 1));
    expect(w.base.length).toBe(8760);
    expect(w.irradianceTimeOffsetH).toBeCloseTo(0.1761, 10);
    expect(w.isTypicalYear).toBe(true);
  });
  it('hour 10 of 1 Jan (EPW row 2018,1,1,10) equals PVGIS record 20180101:0900 (G(h) 149, Gb(n) 125.3, Gd(h) 117)', () => {
    expect([w.ghi[9], w.dni[9], w.dhi[9]]).toEqual([149, 125.3, 117]);
  });
  it('all irradiance equals the PVGIS TMY JSON record by record', () => {
    const rec = tmyJson.outputs.tmy_hourly;
    for (let i = 0; i < 8760; i++) {
      expect(w.ghi[i]).toBeCloseTo(rec[i]!['G(h)']!, 2);
      expect(w.dhi[i]).toBeCloseTo(rec[i]!['Gd(h)']!, 2);
    }
  });
  it('generic EPW: local standard time shifted to UTC, interval-midpoint instant', () => {
    const lines = text.split(/\r?\n/);
    lines[0] = 'LOCATION,Test,-,ITA,TMY,000000,45.0,8.0,1.0,250.0';
    lines[6] = 'COMMENTS 2,plain';
    const g = parseEpw(lines.join('\n'), 'generic.epw');
    expect(g.base.startUtcMs).toBe(Date.UTC(2017, 11, 31, 23)); // 1 Jan 00:00 CET = 31 Dec 23:00 UTC, nominal year 2018
    expect(g.irradianceTimeOffsetH).toBe(0.5);
  });
  it('missing value 9999 in GHI is reported with line and field', () => {
    const lines = text.split(/\r?\n/);
    const c = lines[20]!.split(',');
    c[13] = '9999';
    lines[20] = c.join(',');
    expect(() => parseEpw(lines.join('\n'), 'bad.epw')).toThrow(IoError);
    expect(() => parseEpw(lines.join('\n'), 'bad.epw')).toThrow(/^file «bad\.epw», riga 21, campo «GHI»: valore mancante/);
    expect(ioErrorOf(() => parseEpw(lines.join('\n'), 'bad.epw'))).toMatchObject({ code: 'io/missing-value', file: 'bad.epw', row: 21, field: 'GHI', messageEn: 'file "bad.epw", row 21, field "GHI": missing value (9999)' });
  });
});
