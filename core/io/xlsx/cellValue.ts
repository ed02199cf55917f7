/**
 * One cell of sheet XML → a Cell: the type attribute `t` says how to read <v>; a plain
 * number in a date-styled cell is an Excel serial date, returned as a Date whose UTC fields
 * are the civil date and time written in the cell (as exceljs did).
 */
import type { Cell } from '../import/table';
import { decodeXml } from './xmlText';

/** Unix epoch as an Excel 1900-system serial (1970-01-01 = day 25569). */
const UNIX_EPOCH_SERIAL = 25569;
/** Days between the 1900 and 1904 date systems. */
const DAYS_1904 = 1462;
const MS_PER_DAY = 86_400_000;

export interface CellContext {
  sharedStrings: readonly string[];
  /** Per style index: the style shows a date. */
  dateStyles: readonly boolean[];
  date1904: boolean;
}

/** Excel serial day number → Date carrying the civil date-time in its UTC fields (rounded to the ms). */
export function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL + (date1904 ? DAYS_1904 : 0)) * MS_PER_DAY));
}

/** A number read from a cell: non-finite → #NUM!; in a date-styled cell → Date. */
export function numberCell(n: number | null, style: number, ctx: CellContext): Cell {
  if (n === null) return null;
  if (!Number.isFinite(n)) return { error: '#NUM!' };
  return style >= 0 && ctx.dateStyles[style] === true ? serialToDate(n, ctx.date1904) : n;
}

/** ISO 8601 date-time of a t="d" cell; without a zone it is civil time, kept in the UTC fields. */
function isoCell(v: string): Cell {
  const d = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(v) || !v.includes('T') ? v : `${v}Z`);
  return Number.isNaN(d.getTime()) ? v : d;
}

/**
 * Value of a cell from its type `t` ('' when absent), style index (-1 when absent) and the
 * raw text of <v> (null when there is none). Inline strings arrive as `v`, decoded.
 */
export function cellValue(t: string, style: number, v: string | null, ctx: CellContext): Cell {
  if (v === null) return null;
  switch (t) {
    case '':
    case 'n':
      return numberCell(v.trim() === '' ? null : Number(v), style, ctx);
    case 's':
      return ctx.sharedStrings[parseInt(v, 10)] ?? null;
    case 'str':
      return decodeXml(v);
    case 'inlineStr':
      return v; // already decoded by runsText
    case 'b':
      return v.trim() !== '0' && v.trim() !== 'false' && v.trim() !== '';
    case 'e':
      return { error: decodeXml(v) || '#ERRORE' };
    case 'd':
      return isoCell(decodeXml(v).trim());
    default:
      return numberCell(v.trim() === '' ? null : Number(v), style, ctx);
  }
}
