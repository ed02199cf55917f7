import { IoError } from '../io-error';
import { weatherAt } from './location';
import { parseLocaleNumber } from '../../model/locale-number';
import { excerpt } from '../excerpt';

/** Irradiance slightly below zero (sensor/model noise) is clipped to 0 up to this tolerance [W/m²]. */
export const NEGATIVE_IRRADIANCE_TOLERANCE = 5;
/** Highest plausible irradiance of a 1-h or 15-min value [W/m²]. */
export const MAX_IRRADIANCE = 1500;

export type FieldKind = 'irradiance' | 'temperature' | 'wind' | 'other';

/** Parses a numeric cell; throws `IoError` naming file, line and field. */
export function parseNumber(raw: string | number | undefined | null, fileName: string, line: number, field: string): number {
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) {
    throw new IoError(weatherAt(fileName, line, field), 'io/missing-value', { code: 'io.field-checks.missing-value' });
  }
  // PVGIS and EPW are machine formats: decimal point, no thousands separator.
  const v = typeof raw === 'number' ? raw : parseLocaleNumber(raw, { decimal: '.' });
  if (!Number.isFinite(v)) throw new IoError(weatherAt(fileName, line, field), 'io/not-a-number', { code: 'io.field-checks.number', params: { raw: excerpt(raw) } });
  return v;
}

/** Range-checks a value by kind and returns it (irradiance within tolerance below 0 → 0). */
export function checkRange(v: number, kind: FieldKind, fileName: string, line: number, field: string): number {
  switch (kind) {
    case 'irradiance':
      if (v < -NEGATIVE_IRRADIANCE_TOLERANCE) throw new IoError(weatherAt(fileName, line, field), 'io/out-of-range', { code: 'io.field-checks.negative-irradiance-w-m', params: { v } });
      if (v > MAX_IRRADIANCE) throw new IoError(weatherAt(fileName, line, field), 'io/out-of-range', { code: 'io.field-checks.irradiance-w-m-above', params: { v, MAX_IRRADIANCE } });
      return Math.max(0, v);
    case 'temperature':
      if (v > 100 && v < 400) throw new IoError(weatherAt(fileName, line, field), 'io/wrong-units', { code: 'io.field-checks.temperature-looks-like-kelvin', params: { v } });
      if (v < -70 || v > 60) throw new IoError(weatherAt(fileName, line, field), 'io/out-of-range', { code: 'io.field-checks.temperature-c-out-range', params: { v } });
      return v;
    case 'wind':
      if (v < 0 || v > 80) throw new IoError(weatherAt(fileName, line, field), 'io/out-of-range', { code: 'io.field-checks.wind-speed-m-s', params: { v } });
      return v;
    default:
      return v;
  }
}

export function cell(raw: string | number | undefined | null, kind: FieldKind, fileName: string, line: number, field: string): number {
  return checkRange(parseNumber(raw, fileName, line, field), kind, fileName, line, field);
}
