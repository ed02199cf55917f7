/**
 * Automatic detection of a load-curve table's layout, columns, step and unit. Looks at
 * the first rows only; the resulting mapping is a suggestion the user can correct.
 */
import { IoError, columnLetter } from '../io-error';
import { cellError } from './cellRead';
import type { ColumnRole, CurveLayout, CurveMapping, CurvePreview, DetectedColumn } from './curveTypes';
import { parseDateCell, parseTimeCell } from './dateParse';
import { assertNoMergedHeader, assertNotEmpty } from './headerMap';
import { headerMatches } from './headerText';
import { parseLocaleNumber } from '../../model/locale-number';
import { isValidPod, normalisePod } from '../../model/pod';
import { cellText, isEmptyCell, isErrorCell, type Cell, type RawTable } from './table';
import { detectUnit } from './unitDetect';
import { detectMeasure, podInHeader } from './curveMeasure';
import { chain2Column } from './chain2';
import type { Message } from '../../model/messages';

const DATE_HEADERS = ['data', 'giorno', 'date', 'day', 'data ora', 'data e ora', 'timestamp', 'datetime', 'data lettura', 'periodo', 'istante', 'inizio'];
const TIME_HEADERS = ['ora', 'orario', 'time', 'hour', 'hh mm', 'quarto d ora', 'fascia oraria', 'intervallo'];
const TOTAL_HEADERS = ['totale', 'total', 'somma', 'sum', 'tot'];
const VALUE_HEADERS = ['kwh', 'kw', 'valore', 'value', 'energia', 'potenza', 'consumo', 'prelievo', 'attiva', 'energy', 'power', 'consumption'];

const SCAN = 60;
const SAMPLE = 30;

function isNumberLike(c: Cell | undefined, dec: ',' | '.'): boolean {
  if (typeof c === 'number') return true;
  return typeof c === 'string' && !Number.isNaN(parseLocaleNumber(c, { decimal: dec }));
}

function isTextLabel(c: Cell | undefined, dec: ',' | '.'): boolean {
  return typeof c === 'string' && c.trim() !== '' && !isNumberLike(c, dec) && parseDateCell(c) === null;
}

/** First data row: a row with a number-like cell whose next row has number-like cells too. */
function findFirstDataRow(t: RawTable): number {
  const dec = t.decimalSeparator;
  const limit = Math.min(SCAN, t.rows.length);
  const numericish = (r: number): boolean => {
    const row = t.rows[r] ?? [];
    return row.some((c) => isNumberLike(c, dec) || c instanceof Date || isErrorCell(c)) && !row.some((c) => isTextLabel(c, dec) && !isValidPod(normalisePod(String(c))) && parseTimeCell(c) === null && !isErrorCell(c));
  };
  for (let r = 0; r < limit; r++) {
    if (numericish(r) && (r + 1 >= t.rows.length || numericish(r + 1) || t.rows.slice(r + 1).every((x) => x.every(isEmptyCell)))) return r;
  }
  // tolerate text cells in data rows (e.g. a description column)
  for (let r = 0; r < limit; r++) {
    const row = t.rows[r] ?? [];
    if (row.some((c) => isNumberLike(c, dec) || c instanceof Date) && row.some((c) => parseDateCell(c) !== null)) return r;
  }
  return -1;
}

function fail(t: RawTable, message: Message): IoError {
  return cellError(t, undefined, undefined, 'io/unknown-layout', message);
}

/** Detects the layout of one table. Throws IoError when it cannot. */
export function previewCurveTable(t: RawTable): CurvePreview {
  assertNotEmpty(t);
  const dec = t.decimalSeparator;
  const d = findFirstDataRow(t);
  if (d < 0) throw fail(t, { code: 'io.curve-preview.numeric-data-row-found' });
  let headerRow: number | null = null;
  for (let r = d - 1; r >= Math.max(0, d - 3); r--) {
    if ((t.rows[r] ?? []).some((c) => !isEmptyCell(c))) {
      headerRow = r;
      break;
    }
  }
  if (headerRow !== null) assertNoMergedHeader(t, headerRow);
  const header = headerRow === null ? [] : t.rows[headerRow]!;
  const sampleRows = t.rows.slice(d, d + SAMPLE);
  const width = Math.max(header.length, ...sampleRows.map((r) => r.length));
  const columns: DetectedColumn[] = [];
  let dateColumn: number | null = null;
  let timeColumn: number | null = null;
  let podColumn: number | null = null;
  let dateHasTime = false;
  for (let j = 0; j < width; j++) {
    const h = cellText(header[j]);
    const cells = sampleRows.map((r) => r[j]).filter((c) => !isEmptyCell(c));
    let role: ColumnRole = 'ignored';
    const dateHeader = headerMatches(h, DATE_HEADERS);
    const timeHeader = headerMatches(h, TIME_HEADERS);
    if (cells.length > 0 && cells.every((c) => typeof c === 'string' && isValidPod(normalisePod(c)))) role = 'pod';
    else if (headerMatches(h, ['pod', 'codice pod']) && podInHeader(h) === null && cells.every((c) => typeof c === 'string')) role = 'pod';
    else if (
      dateColumn === null &&
      cells.length > 0 &&
      cells.every((c) => (typeof c !== 'number' || dateHeader) && !(typeof c === 'string' && parseTimeCell(c) !== null) && parseDateCell(c) !== null && !(c instanceof Date && c.getUTCFullYear() < 1901))
    ) {
      role = cells.some((c) => parseDateCell(c)!.hasTime) ? 'datetime' : 'date';
    } else if (timeColumn === null && cells.length > 0 && (timeHeader || cells.some((c) => (typeof c === 'string' && c.includes(':')) || c instanceof Date)) && cells.every((c) => parseTimeCell(typeof c === 'string' ? c.split(/\s*[-–]\s*/)[0]! : c) !== null)) {
      role = 'time';
    } else if (headerMatches(h, TOTAL_HEADERS)) role = 'ignored';
    else if (cells.filter((c) => isNumberLike(c, dec) || isErrorCell(c)).length >= Math.max(1, cells.length * 0.6) || (cells.length === 0 && !dateHeader && !timeHeader)) role = 'value';
    if (role === 'pod' && podColumn === null) podColumn = j;
    if ((role === 'date' || role === 'datetime') && dateColumn === null) {
      dateColumn = j;
      dateHasTime = role === 'datetime';
    }
    if (role === 'time') timeColumn = j;
    columns.push({ index: j, letter: columnLetter(j), header: h, role });
  }
  const valueCols = columns.filter((c) => c.role === 'value').map((c) => c.index);
  // value columns with only empty samples count only when headed by a slot-like label or in a wide table
  let layout: CurveLayout;
  const notes: string[] = [];
  let stepMinutes: 15 | 60 = 60;
  let valueColumns: number[];
  const nonEmptyValueCols = valueCols.filter((j) => sampleRows.some((r) => !isEmptyCell(r[j])));
  if (dateColumn !== null && !dateHasTime && timeColumn === null && nonEmptyValueCols.length >= 20) {
    layout = 'daily';
    valueColumns = valueCols.filter((j) => j > dateColumn!);
    if (valueColumns.length < 20) valueColumns = valueCols;
    const c = valueColumns.length;
    if (c === 96 || c === 100) stepMinutes = 15;
    else if (c === 24 || c === 25) stepMinutes = 60;
    else throw cellError(t, headerRow ?? d, undefined, 'io/wrong-length', { code: 'io.curve-preview.value-columns-day-hourly', params: { c } });
    if (c === 25 || c === 100) notes.push('Colonne extra per l’ora ripetuta di fine ottobre riconosciute.');
  } else if (dateColumn !== null && (dateHasTime || timeColumn !== null) && isChain2(t, d, dateColumn, timeColumn, header, valueCols)) {
    // A Chain 2 export: counters (any step) or power samples at irregular instants.
    layout = 'chain2';
    valueColumns = valueCols.filter((j) => chain2Column(cellText(header[j]), j) !== null);
    stepMinutes = 15;
    const kinds = valueColumns.map((j) => chain2Column(cellText(header[j]), j)!);
    notes.push(`Dati Chain 2 (${kinds[0]!.kind === 'counter' ? 'contatori cumulativi' : 'campioni di potenza'}): ${kinds.map((k) => k.measure).join(', ')}, in energia per quarto d'ora.`);
  } else if (dateColumn !== null && (dateHasTime || timeColumn !== null) && valueCols.filter((j) => podInHeader(cellText(header[j])) !== null).length >= 2) {
    // A timestamp and one column per POD, the POD in the header.
    layout = 'wide';
    valueColumns = valueCols.filter((j) => podInHeader(cellText(header[j])) !== null);
    stepMinutes = detectLongStep(t, d, dateColumn, timeColumn, null);
    notes.push(`Una colonna per POD: ${valueColumns.length} POD nelle intestazioni.`);
  } else if (dateColumn !== null && nonEmptyValueCols.length >= 1) {
    layout = 'long';
    const preferred = nonEmptyValueCols.find((j) => headerMatches(cellText(header[j]), VALUE_HEADERS));
    valueColumns = [preferred ?? nonEmptyValueCols[nonEmptyValueCols.length === 1 ? 0 : 0]!];
    if (!dateHasTime && timeColumn === null) throw fail(t, { code: 'io.curve-preview.time-day-missing-value' });
    stepMinutes = detectLongStep(t, d, dateColumn, timeColumn, podColumn);
  } else if (dateColumn === null && nonEmptyValueCols.length === 1) {
    layout = 'single';
    valueColumns = nonEmptyValueCols;
    let count = 0;
    for (let r = d; r < t.rows.length; r++) if (!isEmptyCell(t.rows[r]?.[valueColumns[0]!])) count = r - d + 1;
    if (count === 8760 || count === 8784) stepMinutes = 60;
    else if (count === 35040 || count === 35136) stepMinutes = 15;
    else throw cellError(t, d, valueColumns[0], 'io/wrong-length', { code: 'io.curve-preview.values-single-column-hold', params: { count } });
    notes.push('Indicare la data e ora di inizio della serie.');
  } else {
    throw fail(t, { code: 'io.curve-preview.layout-recognised-expected-daily' });
  }
  for (const c of columns) if (c.role === 'value' && !valueColumns.includes(c.index)) c.role = 'ignored';
  const titleTexts = t.rows.slice(0, headerRow ?? d).flatMap((r) => r.map(cellText));
  const unitTexts = [...titleTexts, ...valueColumns.map((j) => cellText(header[j])), ...(layout === 'daily' ? [] : header.map(cellText))];
  // Chain 2 values are converted to kWh per quarter hour whatever their unit.
  const unit = layout === 'chain2' ? 'kWh' : detectUnit(unitTexts);
  if (unit === 'unknown') notes.push('Unità non riconosciuta: indicare se i valori sono energia (kWh) o potenza media (kW).');
  const measure = detectMeasure([...titleTexts, ...header.map(cellText)]);
  const timestampAt = layout === 'long' || layout === 'wide' ? detectTimestampAt(t, d, dateColumn!, timeColumn, stepMinutes) : 'start';
  const mapping: CurveMapping = {
    layout,
    headerRow,
    firstDataRow: d,
    podColumn,
    dateColumn,
    timeColumn,
    valueColumns,
    unit,
    stepMinutes,
    timestampAt,
    measure: measure.measure,
  };
  if (t.sheet !== undefined) mapping.sheet = t.sheet;
  const preview: CurvePreview = {
    layout,
    columns,
    unit,
    stepMinutes,
    firstRows: t.rows.slice(0, Math.min(t.rows.length, d + 10)).map((r) => r.slice(0, 30).map(cellText)),
    mapping,
    notes,
    measure: measure.measure,
    measureDetected: measure.detected,
  };
  if (t.sheet !== undefined) preview.sheet = t.sheet;
  if (podColumn !== null) preview.podColumn = podColumn;
  return preview;
}

/** Chain 2 when a value column is a counter, or power samples come at irregular instants. */
function isChain2(t: RawTable, d: number, dateCol: number, timeCol: number | null, header: Cell[], valueCols: number[]): boolean {
  const c2 = valueCols.map((j) => chain2Column(cellText(header[j]), j)).filter((c) => c !== null);
  if (c2.length === 0) return false;
  if (c2.some((c) => c.kind === 'counter')) return true;
  // Power at regular 15/60-minute steps is an ordinary curve in kW: every step a multiple of 15 min.
  let prev: number | null = null;
  for (let r = d; r < Math.min(t.rows.length, d + 500); r++) {
    const m = naiveMinutes(t, r, dateCol, timeCol);
    if (m === null) continue;
    const sec = parseDateCell(t.rows[r]?.[dateCol])?.second ?? 0;
    if (sec !== 0 || (prev !== null && (m - prev) % 15 !== 0)) return true;
    prev = m;
  }
  return false;
}

/** Civil timestamp of a long-format row in minutes since the epoch (naive, no zone), or null. */
export function naiveMinutes(t: RawTable, r: number, dateCol: number, timeCol: number | null): number | null {
  const row = t.rows[r] ?? [];
  const dt = parseDateCell(row[dateCol]);
  if (!dt) return null;
  let minute = dt.hour * 60 + dt.minute;
  if (timeCol !== null) {
    const raw = row[timeCol];
    const tm = parseTimeCell(typeof raw === 'string' ? raw.split(/\s*[-–]\s*/)[0]! : raw);
    if (tm === null) return null;
    minute = tm;
  }
  return Date.UTC(dt.year, dt.month - 1, dt.day) / 60_000 + minute - (dt.offsetMinutes ?? 0);
}

function detectLongStep(t: RawTable, d: number, dateCol: number, timeCol: number | null, podCol: number | null): 15 | 60 {
  const firstPod = podCol === null ? null : cellText(t.rows[d]?.[podCol]);
  let prev: number | null = null;
  const diffs = new Map<number, number>();
  for (let r = d; r < Math.min(t.rows.length, d + 500); r++) {
    if (podCol !== null && cellText(t.rows[r]?.[podCol]) !== firstPod) continue;
    const m = naiveMinutes(t, r, dateCol, timeCol);
    if (m === null) continue;
    if (prev !== null && m > prev) diffs.set(m - prev, (diffs.get(m - prev) ?? 0) + 1);
    prev = m;
  }
  let best = 0;
  let bestN = 0;
  for (const [k, n] of diffs) if (n > bestN) [best, bestN] = [k, n];
  if (best === 15 || best === 60) return best;
  throw cellError(t, d, dateCol, 'io/bad-date', { code: 'io.curve-preview.time-step-minutes-supported', params: { value: best || '?' } });
}

/** 'end' when timestamps run 00:15…24:00 (or 01:00…24:00), i.e. never 00:00 but reaching the step. */
function detectTimestampAt(t: RawTable, d: number, dateCol: number, timeCol: number | null, step: number): 'start' | 'end' {
  let sawMidnight = false;
  let sawStep = false;
  for (let r = d; r < Math.min(t.rows.length, d + 3000); r++) {
    const row = t.rows[r] ?? [];
    if (timeCol !== null && /^\s*24[:.]00/.test(cellText(row[timeCol]))) return 'end';
    if (/\s24[:.]00/.test(cellText(row[dateCol]))) return 'end';
    const m = naiveMinutes(t, r, dateCol, timeCol);
    if (m === null) continue;
    const mod = ((m % 1440) + 1440) % 1440;
    if (mod === 0) sawMidnight = true;
    if (mod === step) sawStep = true;
  }
  return sawStep && !sawMidnight ? 'end' : 'start';
}

/** Previews the first table that looks like a curve. */
export function previewCurveTables(tables: RawTable[], file: string): CurvePreview {
  let first: unknown;
  for (const t of tables) {
    try {
      return previewCurveTable(t);
    } catch (e) {
      first ??= e;
      if (!(e instanceof IoError) || (e.code !== 'io/unknown-layout' && e.code !== 'io/empty')) throw e;
    }
  }
  if (first) throw first;
  throw new IoError({ file }, 'io/empty', { code: 'io.curve-preview.file-contains-sheets' });
}
