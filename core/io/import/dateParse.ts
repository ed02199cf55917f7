/**
 * Dates and times found in cells: Excel serial numbers (1900 date system), exceljs Date
 * objects (whose UTC fields are the civil fields written in the sheet), and text in
 * dd/mm/yyyy[ hh:mm[:ss]], yyyy-mm-dd[Thh:mm[:ss]][Z|±hh:mm] or yyyy/mm/dd forms.
 */
import type { Cell } from './table';
import type { CivilDateTime } from '../../model/calendar/romeCivilTime';

/** A parsed timestamp: civil fields, plus the explicit UTC offset [minutes] when the text carried one. */
export interface ParsedDateTime extends CivilDateTime {
  /** True when a time of day was present. */
  hasTime: boolean;
  /** Offset from UTC stated in the text (ISO "+02:00" / "Z"), else undefined (civil time). */
  offsetMinutes?: number;
}

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T,]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:\.\d+)?)?)?$/;
const YMD = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/;
const TIME = /^(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?$/;

/** Excel serial day 0 is 1899-12-30 in the 1900 system (leap-year bug absorbed for dates after 1900-03-01). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function validCivil(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 || h > 24 || mi > 59 || s > 59) return false;
  if (h === 24 && (mi !== 0 || s !== 0)) return false;
  const dim = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= dim;
}

function fromUtcFields(ms: number, hasTime: boolean): ParsedDateTime | null {
  if (!Number.isFinite(ms)) return null;
  const r = Math.round(ms / 1000) * 1000;
  const d = new Date(r);
  const out: ParsedDateTime = {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    hasTime,
  };
  if (out.year < 1900 || out.year > 2200) return null;
  return out;
}

/** Parses a date or date-time cell; null when the cell is not a date. */
export function parseDateCell(c: Cell | undefined): ParsedDateTime | null {
  if (c instanceof Date) {
    const ms = c.getTime();
    return fromUtcFields(ms, ms % 86_400_000 !== 0);
  }
  if (typeof c === 'number') {
    // plausible serials: 1950-01-01 … 2150-01-01
    if (!(c >= 18264 && c < 91311)) return null;
    return fromUtcFields(EXCEL_EPOCH_MS + c * 86_400_000, c % 1 !== 0);
  }
  if (typeof c !== 'string') return null;
  const s = c.trim();
  let m = DMY.exec(s);
  if (m) {
    const [y, mo, d] = [+m[3]!, +m[2]!, +m[1]!];
    const [h, mi, se] = [m[4] ? +m[4] : 0, m[5] ? +m[5] : 0, m[6] ? +m[6] : 0];
    if (!validCivil(y, mo, d, h, mi, se)) return null;
    return { year: y, month: mo, day: d, hour: h, minute: mi, second: se, hasTime: m[4] !== undefined };
  }
  m = YMD.exec(s);
  if (m) {
    const [y, mo, d] = [+m[1]!, +m[2]!, +m[3]!];
    const [h, mi, se] = [m[4] ? +m[4] : 0, m[5] ? +m[5] : 0, m[6] ? +m[6] : 0];
    if (!validCivil(y, mo, d, h, mi, se)) return null;
    const out: ParsedDateTime = { year: y, month: mo, day: d, hour: h, minute: mi, second: se, hasTime: m[4] !== undefined };
    if (m[7]) {
      if (m[7] === 'Z') out.offsetMinutes = 0;
      else {
        const sign = m[7][0] === '-' ? -1 : 1;
        const digits = m[7].slice(1).replace(':', '');
        out.offsetMinutes = sign * (+digits.slice(0, 2) * 60 + (digits.length > 2 ? +digits.slice(2) : 0));
      }
    }
    return out;
  }
  return null;
}

/**
 * Parses a time-of-day cell [minutes after midnight, 0…1440]: "hh:mm[:ss]", an Excel day
 * fraction (0 ≤ x ≤ 1) or a Date on Excel's day zero. Null when not a time.
 */
export function parseTimeCell(c: Cell | undefined): number | null {
  if (c instanceof Date) {
    const ms = c.getTime();
    if (!Number.isFinite(ms)) return null;
    const dayMs = ((ms % 86_400_000) + 86_400_000) % 86_400_000;
    return Math.round(dayMs / 60_000);
  }
  if (typeof c === 'number') {
    if (c >= 0 && c <= 1) return Math.round(c * 1440);
    return null;
  }
  if (typeof c !== 'string') return null;
  const m = TIME.exec(c.trim());
  if (!m) return null;
  const h = +m[1]!;
  const mi = +m[2]!;
  if (h > 24 || mi > 59 || (h === 24 && mi !== 0)) return null;
  return h * 60 + mi;
}
