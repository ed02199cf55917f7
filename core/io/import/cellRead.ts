/**
 * Typed reads of single cells that turn bad content into an IoError naming the
 * file, sheet, row and column.
 */
import { IoError, columnLetter, type IoErrorCode } from '../io-error';
import { parseLocaleNumber } from '../../model/locale-number';
import { cellText, isEmptyCell, isErrorCell, type Cell, type RawTable } from './table';
import { excerpt } from '../excerpt';
import type { Message } from '../../model/messages';

/** Builds an IoError located at a 0-based (row, column) of a table. */
export function cellError(t: RawTable, r: number | undefined, c: number | undefined, code: IoErrorCode, message: Message): IoError {
  const loc: { file: string; sheet?: string; row?: number; column?: string } = { file: t.file };
  if (t.sheet !== undefined) loc.sheet = t.sheet;
  if (r !== undefined) loc.row = r + 1;
  if (c !== undefined) loc.column = columnLetter(c);
  return new IoError(loc, code, message);
}

export function cellAt(t: RawTable, r: number, c: number): Cell {
  return t.rows[r]?.[c] ?? null;
}

/** Throws FORMULA_ERROR when the cell holds an Excel error. */
export function assertNoError(t: RawTable, r: number, c: number, cell: Cell): void {
  if (isErrorCell(cell)) {
    throw cellError(t, r, c, 'io/formula-error', { code: 'io.cell-read.cell-holds-formula-error', params: { error: cell.error } });
  }
}

/** Number in a cell (Italian or English notation accepted), null when empty. */
export function readNumber(t: RawTable, r: number, c: number, what = 'valore'): number | null {
  const cell = cellAt(t, r, c);
  if (isEmptyCell(cell)) return null;
  assertNoError(t, r, c, cell);
  if (typeof cell === 'number') return cell;
  if (typeof cell === 'string') {
    const v = parseLocaleNumber(cell, { decimal: t.decimalSeparator });
    if (!Number.isNaN(v)) return v;
  }
  const txt = cellText(cell);
  throw cellError(t, r, c, 'io/not-a-number', { code: 'io.cell-read.number', params: { what, txt: excerpt(txt) } });
}

/** Trimmed text of a cell ('' when empty). */
export function readText(t: RawTable, r: number, c: number): string {
  const cell = cellAt(t, r, c);
  assertNoError(t, r, c, cell);
  return cellText(cell);
}

const YES = new Set(['si', 'sì', 's', 'x', 'yes', 'y', 'true', 'vero', '1', 'ok']);
const NO = new Set(['no', 'n', 'false', 'falso', '0', '-']);

/** Boolean flag: sì/si/x/yes/true/vero/1 → true; no/false/0/empty → false. */
export function readBool(t: RawTable, r: number, c: number, what = 'valore'): boolean {
  const cell = cellAt(t, r, c);
  if (isEmptyCell(cell)) return false;
  assertNoError(t, r, c, cell);
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') return cell !== 0;
  const s = cellText(cell).toLowerCase();
  if (YES.has(s)) return true;
  if (NO.has(s)) return false;
  throw cellError(t, r, c, 'io/bad-value', { code: 'io.cell-read.yes', params: { what, s: excerpt(s) } });
}
