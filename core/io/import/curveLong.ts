/**
 * Long layout: one row per interval with a timestamp (one date-time column, or a date and
 * a time column) and a value, one or many PODs. Timestamps are Europe/Rome civil time
 * unless they carry an explicit offset (ISO "+01:00"/"Z"), which is honoured. The
 * repeated 02:00–03:00 hour of the October change is disambiguated by order (first
 * occurrence CEST, second CET). Times in the skipped March hour are rejected unless empty
 * or zero. Labels marking the interval end (00:15…24:00) are shifted back by one step.
 * Wide layout: the same timestamps, one value column per POD (the POD in the header).
 */
import { CurveAccumulator } from './curveAccumulator';
import { cellError } from './cellRead';
import { CurveRowContext } from './curveRowContext';
import { parseDateCell, parseTimeCell } from './dateParse';
import { civilToUtcCandidates } from '../../model/calendar/romeCivilTime';
import { cellText, isEmptyCell } from './table';
import { excerpt } from '../excerpt';

/** Returns the handler of one data row (0-based index r into ctx.t.rows). */
export function longRowHandler(ctx: CurveRowContext): (r: number) => void {
  const { t, m } = ctx;
  const dateCol = m.dateColumn!;
  const wide = m.layout === 'wide';
  const cols = wide ? m.valueColumns : [m.valueColumns[0]!];
  // Wide: one clock for the row's timestamps, shared by the PODs of the columns.
  const clock = wide ? new CurveAccumulator('*', m.stepMinutes) : null;
  const stepMs = m.stepMinutes * 60_000;
  const firstUtc = new Map<string, number>();
  const vals = new Float64Array(cols.length);
  return (r: number): void => {
    const row = t.rows[r];
    if (!row || row.length === 0 || row.every(isEmptyCell)) return;
    let none = true;
    let allZero = true;
    for (let k = 0; k < cols.length; k++) {
      vals[k] = ctx.value(r, cols[k]!);
      if (!Number.isNaN(vals[k]!)) none = false;
      if (!(Number.isNaN(vals[k]!) || vals[k] === 0)) allZero = false;
    }
    const v = vals[0]!;
    const dt = parseDateCell(row[dateCol]);
    if (!dt) {
      if (none && isEmptyCell(row[dateCol])) return;
      throw cellError(t, r, dateCol, 'io/bad-date', { code: 'io.curve-long.timestamp-recognised', params: { value: excerpt(cellText(row[dateCol])) } });
    }
    let minuteOfDay = dt.hour * 60 + dt.minute;
    if (m.timeColumn !== null) {
      const raw = row[m.timeColumn];
      const tm = parseTimeCell(typeof raw === 'string' ? raw.split(/\s*[-–]\s*/)[0]! : raw);
      if (tm === null) throw cellError(t, r, m.timeColumn, 'io/bad-date', { code: 'io.curve-long.time-recognised-hh-mm', params: { raw: excerpt(cellText(raw)) } });
      minuteOfDay = tm;
    }
    const acc = clock ?? ctx.acc(r);
    let utc: number;
    const naive = Date.UTC(dt.year, dt.month - 1, dt.day) + minuteOfDay * 60_000 + dt.second * 1000;
    if (dt.offsetMinutes !== undefined) utc = naive - dt.offsetMinutes * 60_000;
    else {
      const c = new Date(naive);
      const cands = civilToUtcCandidates({ year: c.getUTCFullYear(), month: c.getUTCMonth() + 1, day: c.getUTCDate(), hour: c.getUTCHours(), minute: c.getUTCMinutes(), second: c.getUTCSeconds() });
      if (cands.length === 0) {
        if (allZero) return;
        throw cellError(t, r, dateCol, 'io/bad-date', { code: 'io.curve-long.non-existent-time-start' });
      }
      const last = m.timestampAt === 'end' ? acc.lastUtcMs + stepMs : acc.lastUtcMs;
      utc = cands.length === 2 && cands[0]! <= last ? cands[1]! : cands[0]!;
    }
    if (m.timestampAt === 'end') utc -= stepMs;
    if (utc <= acc.lastUtcMs) {
      if (utc === acc.lastUtcMs) {
        if (clock) for (const pod of ctx.columnPods) ctx.accOf(pod).duplicates++;
        else acc.duplicates++;
        return;
      }
      throw cellError(t, r, dateCol, 'io/date-order', { code: 'io.curve-long.timestamps-out-order-pod', params: { pod: acc.pod, value: excerpt(cellText(row[dateCol])) } });
    }
    const first = firstUtc.get(acc.pod);
    if (first === undefined) firstUtc.set(acc.pod, utc);
    else if ((utc - first) % stepMs !== 0) {
      throw cellError(t, r, dateCol, 'io/bad-date', { code: 'io.curve-long.timestamp-aligned-minute-step', params: { stepMinutes: m.stepMinutes } });
    }
    acc.lastUtcMs = utc;
    if (clock) {
      for (let k = 0; k < cols.length; k++) {
        const a = ctx.accOf(ctx.columnPods[k]!);
        a.lastUtcMs = utc;
        if (!Number.isNaN(vals[k]!)) a.addValue(utc, vals[k]!);
      }
    } else if (!Number.isNaN(v)) acc.addValue(utc, v);
  };
}
