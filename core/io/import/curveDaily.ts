/**
 * Row-per-day layout (distributor portals): a civil date (Europe/Rome) and 24/25 hourly or
 * 96/100 quarter-hour values.
 *
 * DST days, variants handled:
 * - 23-hour day (last Sunday of March), 92 (23) meaningful values: (a) the 02:00–03:00
 *   columns are empty (or zero) → skipped; (b) values packed at the start, the last hour's
 *   columns empty → taken in order; (c) all 96 filled → 02:00–03:00 dropped, with a note.
 * - 25-hour day (last Sunday of October), 100 (25) values: (a) extra columns (marked "bis",
 *   "(2)", repeated label, or numbered chronologically) → placed after the first 02:00–03:00;
 *   (b) only 96 (24) columns → the 02:00–03:00 values are read as the sum of both
 *   occurrences and split evenly between them, with a note.
 * On ordinary days the extra columns must be empty or zero.
 */
import { cellError } from './cellRead';
import { CurveRowContext } from './curveRowContext';
import { parseDateCell } from './dateParse';
import { civilDayHours, civilMidnightUtcMs } from '../../model/calendar/romeCivilTime';
import { daySequences } from './slotLabels';
import { cellText, isEmptyCell } from './table';
import { excerpt } from '../excerpt';

/** Returns the handler of one data row (0-based index r into ctx.t.rows). */
export function dailyRowHandler(ctx: CurveRowContext): (r: number) => void {
  const { t, m } = ctx;
  const header = m.headerRow === null ? [] : t.rows[m.headerRow] ?? [];
  const cols = m.valueColumns;
  const seq = daySequences(cols.map((j) => cellText(header[j])), m.stepMinutes);
  const { sph } = seq;
  const perDay = 24 * sph;
  if (cols.length !== perDay && cols.length !== perDay + sph) {
    throw cellError(t, m.headerRow ?? m.firstDataRow, undefined, 'io/wrong-length', { code: 'io.curve-daily.value-columns-min-step', params: { length: cols.length, stepMinutes: m.stepMinutes, perDay, value: perDay + sph } });
  }
  const dateCol = m.dateColumn!;
  const vals = new Float64Array(cols.length);
  let marchNote = false;
  let octNote = false;
  return (r: number): void => {
    const row = t.rows[r];
    if (!row || row.length === 0) return;
    let any = false;
    for (let k = 0; k < cols.length; k++) {
      vals[k] = ctx.value(r, cols[k]!);
      if (!Number.isNaN(vals[k]!)) any = true;
    }
    const dateCell = row[dateCol];
    if (isEmptyCell(dateCell) && !any) return;
    const d = parseDateCell(dateCell);
    if (!d) {
      if (!any) return; // footer or note line
      throw cellError(t, r, dateCol, 'io/bad-date', { code: 'io.curve-daily.date-recognised-dd-mm', params: { dateCell: excerpt(cellText(dateCell)) } });
    }
    const acc = ctx.acc(r);
    const dayStart = civilMidnightUtcMs(d.year, d.month, d.day);
    if (dayStart <= acc.lastUtcMs) {
      if (dayStart === acc.lastUtcMs) {
        acc.duplicates += civilDayHours(d.year, d.month, d.day) * sph;
        return;
      }
      throw cellError(t, r, dateCol, 'io/date-order', { code: 'io.curve-daily.dates-out-order-comes', params: { dateCell: excerpt(cellText(dateCell)), pod: acc.pod } });
    }
    acc.lastUtcMs = dayStart;
    const hours = civilDayHours(d.year, d.month, d.day);
    const filled = (k: number): boolean => !Number.isNaN(vals[k]!) && vals[k] !== 0;
    for (const k of seq.extra) {
      if (hours !== 25 && filled(k)) {
        throw cellError(t, r, cols[k]!, 'io/wrong-length', { code: 'io.curve-daily.value-repeated-hour-column' });
      }
    }
    let out: Float64Array;
    if (hours === 24) {
      out = new Float64Array(perDay);
      for (let s = 0; s < perDay; s++) out[s] = vals[seq.normal[s]!]!;
    } else if (hours === 23) {
      out = new Float64Array(23 * sph);
      const skipped = seq.normal.slice(2 * sph, 3 * sph);
      const lastHour = seq.normal.slice(23 * sph);
      const packed = skipped.some(filled) && lastHour.every((k) => Number.isNaN(vals[k]!));
      if (packed) for (let s = 0; s < 23 * sph; s++) out[s] = vals[seq.normal[s]!]!;
      else {
        if (skipped.some(filled) && !marchNote) {
          marchNote = true;
          acc.notes.push(`${cellText(dateCell)}: valori nell’ora inesistente 02:00–03:00 ignorati`);
        }
        let o = 0;
        for (let s = 0; s < perDay; s++) if (s < 2 * sph || s >= 3 * sph) out[o++] = vals[seq.normal[s]!]!;
      }
    } else {
      out = new Float64Array(25 * sph);
      if (seq.october) for (let s = 0; s < 25 * sph; s++) out[s] = vals[seq.october[s]!]!;
      else {
        if (!octNote) {
          octNote = true;
          acc.notes.push(`${cellText(dateCell)}: ora ripetuta 02:00–03:00 senza colonne extra, valori divisi a metà tra le due occorrenze`);
        }
        let o = 0;
        for (let s = 0; s < 3 * sph; s++) out[o++] = s >= 2 * sph ? vals[seq.normal[s]!]! / 2 : vals[seq.normal[s]!]!;
        for (let s = 2 * sph; s < 3 * sph; s++) out[o++] = vals[seq.normal[s]!]! / 2;
        for (let s = 3 * sph; s < perDay; s++) out[o++] = vals[seq.normal[s]!]!;
      }
    }
    acc.addChunk(dayStart, out);
  };
}
