/**
 * Energy of a series by month and ARERA band — the inverse view of `synthesiseFromBills`.
 */
import type { TimeBase } from '../model/timeseries';
import type { CivilCalendar } from '../model/calendar/civilCalendar';
import { bandsFor } from '../model/calendar/timeBands';
import { resolveCalendar } from './resolveCalendar';

/** Energy [kWh] by month (index 0 = January) and band: [F1, F2, F3]. */
export function energyByMonthAndBand(kWh: ArrayLike<number>, base: TimeBase, calendar?: CivilCalendar): [number, number, number][] {
  const cal = resolveCalendar(base, calendar);
  const bands = bandsFor(base, cal);
  const out: [number, number, number][] = Array.from({ length: 12 }, () => [0, 0, 0]);
  for (let i = 0; i < base.length; i++) out[cal.month[i]! - 1]![bands[i]! - 1] += kWh[i]!;
  return out;
}
