/**
 * Monthly bills: consumption by time band F1/F2/F3 (or a single F0 total) [kWh], one row
 * per month, one or many PODs. The month is read from "anno" + "mese" columns or from a
 * single period column ("Periodo", "Mese di competenza", or a lone "Mese") holding
 * "01/2024", "1/2024", "2024-01", "gennaio 2024", "gen-24" or a date cell. Band headers
 * may carry units or words around the band ("F1 (kWh)", "Fascia F1", "Consumo F1 [kWh]").
 * `billColumns` is the one header reading shared by kind detection and the parser, so a
 * file detected as bills is a file the parser reads.
 */
import { cellAt, cellError, readNumber, readText } from './cellRead';
import { parseDateCell } from './dateParse';
import { mapHeader, type ColumnSpec } from './headerMap';
import { monthFromName } from './monthNames';
import { isValidPod, normalisePod, invalidPodMessage } from '../../model/pod';
import { parseFirstMatching } from './firstMatching';
import { readTables, sourceName, type ImportSource } from './readTables';
import { cellText, type RawTable } from './table';
import { headerScore } from './headerText';
import type { BillRecord } from '../../model/bill-record';
import { excerpt } from '../excerpt';

export type { BandedBill, BillRecord, FlatBill } from '../../model/bill-record';

type Key = 'pod' | 'year' | 'month' | 'period' | 'f1' | 'f2' | 'f3' | 'f0';

export const BILL_COLUMNS: readonly ColumnSpec<Key>[] = [
  { key: 'pod', label: 'POD', synonyms: ['pod', 'codice pod', 'punto di prelievo', 'pod code'] },
  { key: 'year', label: 'Anno', synonyms: ['anno', 'year'] },
  { key: 'month', label: 'Mese', synonyms: ['mese', 'month'] },
  { key: 'period', label: 'Periodo', synonyms: ['periodo', 'mese di competenza', 'competenza', 'periodo di riferimento', 'data', 'period', 'billing period', 'date'] },
  { key: 'f1', label: 'F1', synonyms: ['f1', 'fascia f1', 'consumo f1', 'energia f1', 'kwh f1', 'f1 kwh', 'band f1'] },
  { key: 'f2', label: 'F2', synonyms: ['f2', 'fascia f2', 'consumo f2', 'energia f2', 'kwh f2', 'f2 kwh', 'band f2'] },
  { key: 'f3', label: 'F3', synonyms: ['f3', 'fascia f3', 'consumo f3', 'energia f3', 'kwh f3', 'f3 kwh', 'band f3'] },
  { key: 'f0', label: 'F0', synonyms: ['f0', 'monorario', 'totale', 'consumo totale', 'consumo', 'kwh', 'energia', 'energia attiva', 'total', 'consumption'] },
];

/** Headers that name the month of a row (not "data"/"date": curves have those too). */
const WHEN_WORDS = ['mese', 'periodo', 'mese di competenza', 'competenza', 'month', 'period', 'billing period', 'periodo di riferimento'];
/** Headers that name a band (whole word) or the single-band total. */
const BAND_WORDS = ['f1', 'f0', 'monorario'];

export interface BillColumns {
  headerRow: number;
  col: Partial<Record<Key, number>>;
  /** Three band columns found (else F0 only). */
  banded: boolean;
  /** The month comes from one column (period, or a lone "Mese"): its index. */
  periodColumn: number | null;
}

/**
 * The bill columns of a table; throws MISSING_COLUMN when bands or the month are missing.
 * With `strict`, also requires a header that names a band and one that names the month
 * (kind detection: a curve's "Data" + "Energia" is not a bill).
 */
export function billColumns(t: RawTable, strict = false): BillColumns {
  const { headerRow, columns: col } = mapHeader(t, BILL_COLUMNS);
  const banded = col.f1 !== undefined && col.f2 !== undefined && col.f3 !== undefined;
  if (!banded && col.f0 === undefined) {
    throw cellError(t, headerRow, undefined, 'io/missing-column', { code: 'io.bills.columns-f1-f2-f3' });
  }
  // A lone "Mese" (no "Anno") holds the whole period, e.g. "01/2025".
  const periodColumn = col.period ?? (col.year === undefined ? col.month : undefined) ?? null;
  if (periodColumn === null && (col.year === undefined || col.month === undefined)) {
    throw cellError(t, headerRow, undefined, 'io/missing-column', { code: 'io.bills.columns-year-month-period' });
  }
  if (strict) {
    const headers = (t.rows[headerRow] ?? []).map((c) => cellText(c)).filter((h) => h !== '');
    const named = (words: readonly string[]) => headers.some((h) => headerScore(h, words) >= 1);
    if (!named(BAND_WORDS) || !named(WHEN_WORDS)) {
      throw cellError(t, headerRow, undefined, 'io/missing-column', { code: 'io.bills.bill-headers-f1-f3' });
    }
  }
  return { headerRow, col, banded, periodColumn };
}

export interface BillOptions {
  /** POD assigned to every row when the file has no POD column. */
  defaultPod?: string;
}

function parsePeriod(t: RawTable, r: number, c: number): { year: number; month: number } {
  const cell = cellAt(t, r, c);
  const d = parseDateCell(cell);
  if (d) return { year: d.year, month: d.month };
  const s = readText(t, r, c).toLowerCase();
  let m = /^(\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) return { year: +m[2]!, month: +m[1]! };
  m = /^(\d{4})[/.-](\d{1,2})$/.exec(s);
  if (m) return { year: +m[1]!, month: +m[2]! };
  m = /^([a-z]+)\.?[\s/-]+(\d{2}|\d{4})$/.exec(s);
  if (m && monthFromName(m[1]!)) return { year: m[2]!.length === 2 ? 2000 + +m[2]! : +m[2]!, month: monthFromName(m[1]!)! };
  throw cellError(t, r, c, 'io/bad-date', { code: 'io.bills.period-recognised-e-g', params: { s: excerpt(s) } });
}

/** Parses a bills table into monthly records. */
export function parseBillsTable(t: RawTable, opts: BillOptions = {}): BillRecord[] {
  const { headerRow, col, banded, periodColumn } = billColumns(t);
  if (col.pod === undefined && !opts.defaultPod) {
    throw cellError(t, headerRow, undefined, 'io/missing-column', { code: 'io.bills.pod-column-found-state' });
  }
  const out: BillRecord[] = [];
  const seen = new Set<string>();
  for (let r = headerRow + 1; r < t.rows.length; r++) {
    if (!t.rows[r]!.some((c) => c !== null && String(c).trim() !== '')) continue;
    const pod = col.pod === undefined ? normalisePod(opts.defaultPod!) : normalisePod(readText(t, r, col.pod));
    if (!isValidPod(pod)) {
      throw cellError(t, r, col.pod, 'io/bad-pod', invalidPodMessage(pod));
    }
    let year: number;
    let month: number;
    if (periodColumn === null) {
      year = readNumber(t, r, col.year!, 'anno') ?? NaN;
      const mCell = readText(t, r, col.month!);
      month = monthFromName(mCell) ?? (readNumber(t, r, col.month!, 'mese') ?? NaN);
      if (!Number.isInteger(year) || year < 2000 || year > 2100) throw cellError(t, r, col.year, 'io/bad-date', { code: 'io.bills.invalid-year' });
      if (!Number.isInteger(month) || month < 1 || month > 12) throw cellError(t, r, col.month, 'io/bad-date', { code: 'io.bills.invalid-month' });
    } else {
      ({ year, month } = parsePeriod(t, r, periodColumn));
      if (year < 2000 || year > 2100 || month < 1 || month > 12) throw cellError(t, r, periodColumn, 'io/bad-date', { code: 'io.bills.invalid-period' });
    }
    const key = `${pod}|${year}|${month}`;
    if (seen.has(key)) throw cellError(t, r, undefined, 'io/bad-value', { code: 'io.bills.month-repeated-pod', params: { month, year, pod } });
    seen.add(key);
    const band = (k: 'f1' | 'f2' | 'f3' | 'f0'): number | null => {
      const v = readNumber(t, r, col[k]!, k.toUpperCase());
      if (v !== null && v < 0) throw cellError(t, r, col[k], 'io/bad-value', { code: 'io.bills.negative-consumption', params: { value: k.toUpperCase() } });
      return v;
    };
    const f = banded ? [band('f1'), band('f2'), band('f3')] : [null, null, null];
    if (f.every((x) => x !== null)) {
      out.push({ pod, year, month, f1: f[0]!, f2: f[1]!, f3: f[2]! });
      continue;
    }
    const f0 = col.f0 === undefined ? null : band('f0');
    if (f0 === null) {
      const c = banded ? col[(['f1', 'f2', 'f3'] as const)[f.findIndex((x) => x === null)]!] : col.f0;
      throw cellError(t, r, c, 'io/bad-value', { code: 'io.bills.missing-consumption' });
    }
    out.push({ pod, year, month, f0 });
  }
  return out;
}

export async function importBills(src: ImportSource, opts: BillOptions = {}): Promise<BillRecord[]> {
  const tables = await readTables(src);
  return parseFirstMatching(tables, (t) => parseBillsTable(t, opts), sourceName(src));
}
