/**
 * PVGIS column names (PVGIS 5.x API, https://joint-research-centre.ec.europa.eu/pvgis) and their kinds.
 * Horizontal variant: G(h), Gb(n), Gd(h); plane-of-array variant: Gb(i), Gd(i), Gr(i).
 */
import type { FieldKind } from './fieldChecks';

export const PVGIS_FIELD_KIND: Record<string, FieldKind> = {
  'G(h)': 'irradiance',
  'Gb(n)': 'irradiance',
  'Gd(h)': 'irradiance',
  'Gb(i)': 'irradiance',
  'Gd(i)': 'irradiance',
  'Gr(i)': 'irradiance',
  'G(i)': 'irradiance',
  T2m: 'temperature',
  WS10m: 'wind',
};

/** Irradiance units accepted: W/m2 (not kW/m2, not Wh/m2). */
export const IRRADIANCE_UNIT_OK = /(^|[^a-z])W\s*\/\s*m\s*(2|²|\^2)/i;

/** PVGIS azimuth (0 = south, 90 = west, −90 = east) → compass azimuth (0 = north, 90 = east). */
export function pvgisAzimuthToCompass(a: number): number {
  return (((a + 180) % 360) + 360) % 360;
}
