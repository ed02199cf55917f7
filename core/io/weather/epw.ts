/**
 * EnergyPlus Weather (EPW) importer. Format: "Auxiliary Programs" manual of EnergyPlus,
 * ch. 2.9 (Weather Converter Program, EnergyPlus Weather File Data Dictionary).
 * Header: LOCATION (lat, lon, time zone [h], elevation [m]) + 7 other header lines; data rows:
 * year, month, day, hour 1…24 (hour-ending, local standard time), minute, flags, dry-bulb [°C] (6),
 * …, GHI (13), DNI (14), DHI (15) [Wh/m² over the previous hour = mean W/m²], wind speed [m/s] (21).
 * Irradiance instant: the interval midpoint, except PVGIS EPW files, which are in UTC and carry
 * "Irradiance Time Offset (h): x" relative to the hour-ending label (instant = label + x).
 */
import type { WeatherYear } from '../../model/weather-year';
import { assembleWeatherYear, type HourRecord } from './assemble';
import { IoError } from '../io-error';
import { weatherAt } from './location';
import { parseLocaleNumber } from '../../model/locale-number';
import { cell } from './fieldChecks';
import { excerpt } from '../excerpt';

const COL = { year: 0, month: 1, day: 2, hour: 3, tAir: 6, ghi: 13, dni: 14, dhi: 15, wind: 21 } as const;
const MISSING: Record<string, number> = { GHI: 9999, DNI: 9999, DHI: 9999, 'dry bulb temperature': 99.9, 'wind speed': 999 };

export function parseEpw(text: string, fileName: string): WeatherYear {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const loc = lines[0]?.split(',') ?? [];
  if (loc[0]?.trim().toUpperCase() !== 'LOCATION') throw new IoError(weatherAt(fileName, 1, 'LOCATION'), 'io/wrong-file-type', { code: 'io.epw.first-line-location-header' });
  const headerNum = (idx: number, name: string): number => {
    const v = parseLocaleNumber(loc[idx] ?? '', { decimal: '.' }); // EPW is machine text
    if (!Number.isFinite(v)) throw new IoError(weatherAt(fileName, 1, name), 'io/not-a-number', { code: 'io.epw.missing-non-numeric', params: { value: excerpt(loc[idx]) } });
    return v;
  };
  const lat = headerNum(6, 'latitude');
  const lon = headerNum(7, 'longitude');
  const tz = headerNum(8, 'time zone');
  const elevation = headerNum(9, 'elevation');
  let dataStart = -1;
  let pvgisOffset: number | undefined;
  for (let i = 1; i < Math.min(lines.length, 12); i++) {
    const l = lines[i]!;
    const m = /Irradiance Time Offset \(h\):\s*(-?\d+(\.\d+)?)/i.exec(l);
    if (m) pvgisOffset = Number(m[1]);
    if (/^DATA PERIODS/i.test(l)) {
      dataStart = i + 1;
      break;
    }
  }
  if (dataStart < 0) throw new IoError(weatherAt(fileName, null, 'DATA PERIODS'), 'io/missing-value', { code: 'io.epw.header-line-missing' });
  const isPvgis = pvgisOffset !== undefined;
  const rows: HourRecord[] = [];
  for (let i = dataStart; i < lines.length; i++) {
    const l = lines[i]!.trim();
    if (l === '') continue;
    const c = l.split(',');
    const line = i + 1;
    if (c.length < 22) throw new IoError(weatherAt(fileName, line, c.length < 14 ? 'GHI' : 'wind speed'), 'io/wrong-length', { code: 'io.epw.expected-least-fields-found', params: { length: c.length } });
    const get = (idx: number, name: string, kind: 'irradiance' | 'temperature' | 'wind' | 'other'): number => {
      const v = cell(c[idx], kind === 'other' ? 'other' : 'other', fileName, line, name);
      if (MISSING[name] !== undefined && v >= MISSING[name]!) throw new IoError(weatherAt(fileName, line, name), 'io/missing-value', { code: 'io.epw.missing-value', params: { v: String(v) } });
      return cell(v, kind, fileName, line, name);
    };
    const hour = get(COL.hour, 'hour', 'other');
    if (!Number.isInteger(hour) || hour < 1 || hour > 24) throw new IoError(weatherAt(fileName, line, 'hour'), 'io/out-of-range', { code: 'io.epw.hour-outside', params: { hour } });
    rows.push({
      line,
      year: get(COL.year, 'year', 'other'),
      month: get(COL.month, 'month', 'other'),
      day: get(COL.day, 'day', 'other'),
      hour: hour - 1,
      minute: 0,
      tAir: get(COL.tAir, 'dry bulb temperature', 'temperature'),
      ghi: get(COL.ghi, 'GHI', 'irradiance'),
      dni: get(COL.dni, 'DNI', 'irradiance'),
      dhi: get(COL.dhi, 'DHI', 'irradiance'),
      windSpeed: get(COL.wind, 'wind speed', 'wind'),
    });
  }
  return assembleWeatherYear(rows, {
    fileName,
    source: `EPW ${loc.slice(1, 5).join(' ').trim()} ${fileName}`,
    lat,
    lon,
    elevation,
    // hour-ending label h → interval [h−1, h); offset measured from the interval start
    offsetAfterStampH: isPvgis ? 1 + pvgisOffset! : 0.5,
    stampToStartH: isPvgis ? 0 : -tz,
  });
}
