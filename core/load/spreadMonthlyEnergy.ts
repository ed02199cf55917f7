/**
 * Twelve monthly energies spread over a civil year [kWh per step]: flat within each civil
 * month (the same energy every step of that month, so a 25-hour day gets 25 hours' worth).
 * Suits run-of-river micro-hydro and other steady sources known only by monthly totals
 * (e.g. the monthly production of a plant's GSE/GAUDÌ readings).
 */
import type { TimeBase } from '../model/timeseries';
import type { CivilCalendar } from '../model/calendar/civilCalendar';
import { resolveCalendar } from './resolveCalendar';

/**
 * @param monthlyKWh energy of January…December [kWh], 12 finite non-negative numbers
 * @returns kWh per step of `base`; each civil month sums to its value (months absent from
 *   the base are dropped)
 */
export function spreadMonthlyEnergy(monthlyKWh: readonly number[], base: TimeBase, calendar?: CivilCalendar): Float64Array {
  if (monthlyKWh.length !== 12 || monthlyKWh.some((v) => !Number.isFinite(v) || v < 0)) {
    throw new RangeError('monthlyKWh must be 12 finite non-negative numbers');
  }
  const cal = resolveCalendar(base, calendar);
  const steps = new Array<number>(12).fill(0);
  for (let i = 0; i < base.length; i++) steps[cal.month[i]! - 1]!++;
  const out = new Float64Array(base.length);
  for (let i = 0; i < base.length; i++) {
    const m = cal.month[i]! - 1;
    out[i] = monthlyKWh[m]! / steps[m]!;
  }
  return out;
}
