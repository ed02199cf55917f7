/**
 * A sheet of raw cells as read from CSV or XLSX, before any interpretation.
 * `rows[i]` is file row i+1 (empty rows kept as []), `rows[i][j]` is column j (0-based).
 */
export interface CellErrorValue {
  /** Excel error literal, e.g. "#DIV/0!", "#REF!". */
  error: string;
}

/** CSV cells are strings; XLSX cells may be numbers, booleans, Dates (civil time stored as UTC fields) or errors. */
export type Cell = string | number | boolean | Date | CellErrorValue | null;

export interface RawTable {
  /** File name shown in messages (base name). */
  file: string;
  /** Sheet name (XLSX only). */
  sheet?: string;
  rows: Cell[][];
  /** Merged ranges as 0-based inclusive bounds (XLSX only). */
  merges: { top: number; left: number; bottom: number; right: number }[];
  /** Decimal separator to assume for numbers written as text. */
  decimalSeparator: ',' | '.';
  /** Origin of the data. */
  format: 'csv' | 'xlsx';
}

export function isErrorCell(c: Cell | undefined): c is CellErrorValue {
  return typeof c === 'object' && c !== null && !(c instanceof Date);
}

export function isEmptyCell(c: Cell | undefined): boolean {
  return c === null || c === undefined || (typeof c === 'string' && c.trim() === '');
}

/** Display text of a cell (for headers, previews and messages). */
export function cellText(c: Cell | undefined): string {
  if (c === null || c === undefined) return '';
  if (typeof c === 'string') return c.trim();
  if (typeof c === 'number' || typeof c === 'boolean') return String(c);
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? '' : c.toISOString().replace('.000Z', '').replace('T00:00:00', '');
  return c.error;
}

/** Index of the last non-empty cell of a row, or -1. */
export function lastFilledIndex(row: Cell[]): number {
  for (let j = row.length - 1; j >= 0; j--) if (!isEmptyCell(row[j])) return j;
  return -1;
}
