/**
 * Converts PVGIS records (CSV rows or JSON objects keyed by column name) into `HourRecord`s.
 */
import type { HourRecord } from './assemble';
import { IoError } from '../io-error';
import { weatherAt } from './location';
import { cell } from './fieldChecks';
import { parsePvgisStamp } from './pvgisTime';

export type RawRecord = Record<string, string | number | null | undefined>;

/** Which irradiance columns a PVGIS table carries. */
export function pvgisVariant(columns: readonly string[], fileName: string, line: number): 'horizontal' | 'poa' {
  const has = (c: string): boolean => columns.includes(c);
  if (has('Gb(i)') && has('Gd(i)')) return 'poa';
  if (has('G(h)') || (has('Gb(n)') && has('Gd(h)'))) return 'horizontal';
  if (has('G(i)')) throw new IoError(weatherAt(fileName, line, 'G(i)'), 'io/missing-column', { code: 'io.pvgis-records.total-plane-array-irradiance' });
  throw new IoError(weatherAt(fileName, line, 'G(h)'), 'io/missing-column', { code: 'io.pvgis-records.irradiance-columns-g-h' });
}

export function pvgisRecord(raw: RawRecord, timeKey: string, variant: 'horizontal' | 'poa', fileName: string, line: number): HourRecord {
  const ts = raw[timeKey];
  if (ts === undefined || ts === null || String(ts).trim() === '') throw new IoError(weatherAt(fileName, line, timeKey), 'io/missing-value', { code: 'io.pvgis-records.missing-value' });
  const st = parsePvgisStamp(String(ts), fileName, line, timeKey);
  const rec: HourRecord = {
    line,
    year: st.year,
    month: st.month,
    day: st.day,
    hour: st.hour,
    minute: st.minute,
    tAir: cell(raw['T2m'], 'temperature', fileName, line, 'T2m'),
    windSpeed: cell(raw['WS10m'], 'wind', fileName, line, 'WS10m'),
  };
  if (variant === 'poa') {
    rec.poaBeam = cell(raw['Gb(i)'], 'irradiance', fileName, line, 'Gb(i)');
    rec.poaDiffuse = cell(raw['Gd(i)'], 'irradiance', fileName, line, 'Gd(i)');
    rec.poaReflected = 'Gr(i)' in raw ? cell(raw['Gr(i)'], 'irradiance', fileName, line, 'Gr(i)') : 0;
  } else {
    if ('G(h)' in raw) rec.ghi = cell(raw['G(h)'], 'irradiance', fileName, line, 'G(h)');
    if ('Gb(n)' in raw) rec.dni = cell(raw['Gb(n)'], 'irradiance', fileName, line, 'Gb(n)');
    if ('Gd(h)' in raw) rec.dhi = cell(raw['Gd(h)'], 'irradiance', fileName, line, 'Gd(h)');
  }
  return rec;
}
