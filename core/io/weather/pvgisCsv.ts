/**
 * PVGIS CSV importers: TMY (tool `tmy`, outputformat=csv) and hourly series (tool `seriescalc`).
 * Layout: "key: value" header lines, optional "month,year" table (TMY), a column header starting
 * with "time", data rows until the first blank line, then a legend "name: description (units)".
 */
import type { WeatherYear } from '../../model/weather-year';
import { assembleWeatherYear, type HourRecord } from './assemble';
import { IoError } from '../io-error';
import { weatherAt } from './location';
import { IRRADIANCE_UNIT_OK, PVGIS_FIELD_KIND, pvgisAzimuthToCompass } from './pvgisFields';
import { pvgisRecord, pvgisVariant, type RawRecord } from './pvgisRecords';
import { excerpt } from '../excerpt';

interface CsvSections {
  meta: Map<string, { value: string; line: number }>;
  columns: string[];
  headerLine: number;
  rows: { cells: string[]; line: number }[];
  legend: Map<string, { text: string; line: number }>;
  monthYears?: number[];
}

function splitSections(text: string, fileName: string): CsvSections {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const meta = new Map<string, { value: string; line: number }>();
  let i = 0;
  let monthYears: number[] | undefined;
  for (; i < lines.length; i++) {
    const l = lines[i]!.trim();
    if (/^time/i.test(l) && l.includes(',')) break;
    if (/^month\s*,\s*year$/i.test(l)) {
      monthYears = new Array<number>(12).fill(NaN);
      for (let k = 1; k <= 12 && i + k < lines.length; k++) {
        const [m, y] = lines[i + k]!.split(',').map((x) => Number(x.trim()));
        if (m !== undefined && y !== undefined && m >= 1 && m <= 12 && Number.isFinite(y)) monthYears[m - 1] = y;
      }
      i += 12;
      continue;
    }
    const c = l.indexOf(':');
    if (c > 0) meta.set(l.slice(0, c).trim().toLowerCase(), { value: l.slice(c + 1).trim(), line: i + 1 });
  }
  if (i >= lines.length) throw new IoError(weatherAt(fileName, null, 'time'), 'io/missing-column', { code: 'io.pvgis-csv.column-header-line-starting' });
  const headerLine = i + 1;
  const columns = lines[i]!.split(',').map((c) => c.trim());
  const rows: { cells: string[]; line: number }[] = [];
  for (i++; i < lines.length; i++) {
    const l = lines[i]!.trim();
    if (l === '') break;
    if (!/^\d/.test(l)) break;
    rows.push({ cells: l.split(','), line: i + 1 });
  }
  const legend = new Map<string, { text: string; line: number }>();
  for (; i < lines.length; i++) {
    const l = lines[i]!.trim();
    const c = l.indexOf(':');
    if (c > 0) {
      const k = l.slice(0, c).trim();
      if (!legend.has(k)) legend.set(k, { text: l.slice(c + 1), line: i + 1 });
    }
  }
  return { meta, columns, headerLine, rows, legend, monthYears };
}

function metaNumber(s: CsvSections, key: string, fileName: string, required: boolean): number | undefined {
  const e = [...s.meta.entries()].find(([k]) => k.startsWith(key));
  if (!e) {
    if (required) throw new IoError(weatherAt(fileName, null, key), 'io/missing-value', { code: 'io.pvgis-csv.missing-header-value' });
    return undefined;
  }
  const m = /-?\d+(\.\d+)?/.exec(e[1].value);
  if (!m) throw new IoError(weatherAt(fileName, e[1].line, key), 'io/not-a-number', { code: 'io.pvgis-csv.number', params: { value: excerpt(e[1].value) } });
  return Number(m[0]);
}

function checkLegendUnits(s: CsvSections, fileName: string): void {
  for (const [k, { text, line }] of s.legend) {
    if (PVGIS_FIELD_KIND[k] === 'irradiance' && /\(.*\)/.test(text) && !IRRADIANCE_UNIT_OK.test(text)) {
      throw new IoError(weatherAt(fileName, line, k), 'io/wrong-units', { code: 'io.pvgis-csv.unexpected-units-w-m2', params: { value: excerpt(text.trim()) } });
    }
    if (k === 'T2m' && /kelvin|\(K\)/i.test(text)) throw new IoError(weatherAt(fileName, line, k), 'io/wrong-units', { code: 'io.pvgis-csv.temperature-kelvin-degree-celsius' });
  }
}

function toRecords(s: CsvSections, fileName: string): HourRecord[] {
  if (s.rows.length === 0) throw new IoError(weatherAt(fileName, s.headerLine + 1, null), 'io/empty', { code: 'io.pvgis-csv.data-rows-after-column' });
  const variant = pvgisVariant(s.columns, fileName, s.headerLine);
  const timeKey = s.columns[0]!;
  return s.rows.map(({ cells, line }) => {
    if (cells.length !== s.columns.length) {
      throw new IoError(weatherAt(fileName, line, s.columns[Math.min(cells.length, s.columns.length - 1)] ?? null), 'io/wrong-length', { code: 'io.pvgis-csv.expected-values-found', params: { length: s.columns.length, length2: cells.length } });
    }
    const raw: RawRecord = {};
    s.columns.forEach((c, k) => (raw[c] = cells[k]));
    return pvgisRecord(raw, timeKey, variant, fileName, line);
  });
}

/** PVGIS TMY CSV. */
export function parsePvgisTmyCsv(text: string, fileName: string): WeatherYear {
  const s = splitSections(text, fileName);
  checkLegendUnits(s, fileName);
  const rows = toRecords(s, fileName);
  const my = s.monthYears && !s.monthYears.some((y) => Number.isNaN(y)) ? s.monthYears : undefined;
  return assembleWeatherYear(rows, {
    fileName,
    source: `PVGIS TMY ${fileName}`,
    lat: metaNumber(s, 'latitude', fileName, true)!,
    lon: metaNumber(s, 'longitude', fileName, true)!,
    elevation: metaNumber(s, 'elevation', fileName, true)!,
    offsetAfterStampH: metaNumber(s, 'irradiance time offset', fileName, false) ?? 0,
    monthYears: my,
  });
}

/** PVGIS hourly series CSV (seriescalc), POA (Gb(i), Gd(i), Gr(i)) or horizontal variant. */
export function parsePvgisHourlyCsv(text: string, fileName: string, opts: { requireFullYear?: boolean } = {}): WeatherYear {
  const s = splitSections(text, fileName);
  checkLegendUnits(s, fileName);
  const rows = toRecords(s, fileName);
  const slope = metaNumber(s, 'slope', fileName, false);
  const az = metaNumber(s, 'azimuth', fileName, false);
  const db = s.meta.get('radiation database')?.value;
  return assembleWeatherYear(rows, {
    fileName,
    source: `PVGIS hourly series${db ? ` (${db})` : ''} ${fileName}`,
    lat: metaNumber(s, 'latitude', fileName, true)!,
    lon: metaNumber(s, 'longitude', fileName, true)!,
    elevation: metaNumber(s, 'elevation', fileName, true)!,
    offsetAfterStampH: metaNumber(s, 'irradiance time offset', fileName, false) ?? 0,
    poaPlane: slope !== undefined && az !== undefined ? { tiltDeg: slope, azimuthDeg: pvgisAzimuthToCompass(az) } : undefined,
    requireFullYear: opts.requireFullYear,
  });
}
