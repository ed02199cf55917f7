import { IoError } from '../io-error';
import { weatherAt } from './location';
import { excerpt } from '../excerpt';

/** Parts of a PVGIS timestamp "YYYYMMDD:HHMM" (UTC). */
export interface PvgisStamp {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  utcMs: number;
}

const RE = /^(\d{4})(\d{2})(\d{2}):(\d{2})(\d{2})$/;

export function parsePvgisStamp(s: string, fileName: string, line: number, field = 'time'): PvgisStamp {
  const m = RE.exec(String(s).trim());
  if (!m) throw new IoError(weatherAt(fileName, line, field), 'io/bad-date', { code: 'io.pvgis-time.bad-pvgis-timestamp-yyyymmdd', params: { s: excerpt(s) } });
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number];
  const utcMs = Date.UTC(year, month - 1, day, hour, minute);
  const d = new Date(utcMs);
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day || hour > 23 || minute > 59) {
    throw new IoError(weatherAt(fileName, line, field), 'io/bad-date', { code: 'io.pvgis-time.invalid-date', params: { s: excerpt(s) } });
  }
  return { year, month, day, hour, minute, utcMs };
}
