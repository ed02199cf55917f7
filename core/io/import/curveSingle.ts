/**
 * Single-column layout: 8,760/8,784 hourly or 35,040/35,136 quarter-hour values from a
 * stated civil start (Europe/Rome). When the start is 1 January 00:00 the count must match
 * that year's length exactly.
 */
import { cellError } from './cellRead';
import { CurveRowContext } from './curveRowContext';
import { parseDateCell } from './dateParse';
import { civilToUtcCandidates } from '../../model/calendar/romeCivilTime';
import { isEmptyCell } from './table';
import { excerpt } from '../excerpt';

const VALID: Record<number, number[]> = { 60: [8760, 8784], 15: [35040, 35136] };

export function parseSingleColumn(ctx: CurveRowContext): void {
  const { t, m } = ctx;
  const col = m.valueColumns[0]!;
  const start = m.start ? parseDateCell(m.start) : null;
  if (!start) {
    throw cellError(t, undefined, undefined, 'io/bad-date', m.start ? { code: 'io.curve-single.bad-start', params: { start: excerpt(m.start) } } : { code: 'io.curve-single.no-start' });
  }
  let last = m.firstDataRow - 1;
  for (let r = t.rows.length - 1; r >= m.firstDataRow; r--) {
    if (!isEmptyCell(t.rows[r]?.[col])) {
      last = r;
      break;
    }
  }
  const n = last - m.firstDataRow + 1;
  let expected = VALID[m.stepMinutes]!;
  if (start.month === 1 && start.day === 1 && start.hour === 0 && start.minute === 0) {
    const leap = new Date(Date.UTC(start.year, 1, 29)).getUTCMonth() === 1;
    expected = [expected[leap ? 1 : 0]!];
  }
  if (!expected.includes(n)) {
    throw cellError(t, last >= m.firstDataRow ? last : undefined, col, 'io/wrong-length', { code: 'io.curve-single.curve-values-expected-min', params: { n, expected: expected.length === 2 ? { code: 'io.curve-single.count-or', params: { a: expected[0]!, b: expected[1]! } } : expected.join(', '), stepMinutes: m.stepMinutes } });
  }
  const cands = start.offsetMinutes !== undefined ? [Date.UTC(start.year, start.month - 1, start.day, start.hour, start.minute) - start.offsetMinutes * 60_000] : civilToUtcCandidates(start);
  if (cands.length === 0) throw cellError(t, undefined, undefined, 'io/bad-date', { code: 'io.curve-single.start-falls-non-existent' });
  const acc = ctx.acc(m.firstDataRow);
  const values = new Float64Array(n);
  for (let r = m.firstDataRow; r <= last; r++) {
    ctx.tick(r, m.firstDataRow, last + 1);
    values[r - m.firstDataRow] = ctx.value(r, col);
  }
  acc.addChunk(cands[0]!, values);
}
