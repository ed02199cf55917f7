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
    throw new IoError(weatherAt(fileName, line, field), 'io/missing-value', 'valore mancante', 'missing value');
  }
  // PVGIS and EPW are machine formats: decimal point, no thousands separator.
  const v = typeof raw === 'number' ? raw : parseLocaleNumber(raw, { decimal: '.' });
  if (!Number.isFinite(v)) throw new IoError(weatherAt(fileName, line, field), 'io/not-a-number', `non è un numero: «${excerpt(raw)}»`, `not a number: "${excerpt(raw)}"`);
  return v;
}

/** Range-checks a value by kind and returns it (irradiance within tolerance below 0 → 0). */
export function checkRange(v: number, kind: FieldKind, fileName: string, line: number, field: string): number {
  switch (kind) {
    case 'irradiance':
      if (v < -NEGATIVE_IRRADIANCE_TOLERANCE) throw new IoError(weatherAt(fileName, line, field), 'io/out-of-range', `irradianza negativa ${v} W/m²`, `negative irradiance ${v} W/m²`);
      if (v > MAX_IRRADIANCE) throw new IoError(weatherAt(fileName, line, field), 'io/out-of-range', `irradianza ${v} W/m² oltre ${MAX_IRRADIANCE} W/m² (unità errate?)`, `irradiance ${v} W/m² above ${MAX_IRRADIANCE} W/m² (wrong units?)`);
      return Math.max(0, v);
    case 'temperature':
      if (v > 100 && v < 400) throw new IoError(weatherAt(fileName, line, field), 'io/wrong-units', `la temperatura ${v} sembra in kelvin; attesi °C`, `temperature ${v} looks like kelvin; °C expected`);
      if (v < -70 || v > 60) throw new IoError(weatherAt(fileName, line, field), 'io/out-of-range', `temperatura ${v} °C fuori dall'intervallo −70…60`, `temperature ${v} °C out of range −70…60`);
      return v;
    case 'wind':
      if (v < 0 || v > 80) throw new IoError(weatherAt(fileName, line, field), 'io/out-of-range', `velocità del vento ${v} m/s fuori dall'intervallo 0…80`, `wind speed ${v} m/s out of range 0…80`);
      return v;
    default:
      return v;
  }
}

export function cell(raw: string | number | undefined | null, kind: FieldKind, fileName: string, line: number, field: string): number {
  return checkRange(parseNumber(raw, fileName, line, field), kind, fileName, line, field);
}
