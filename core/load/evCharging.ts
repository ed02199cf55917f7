/**
 * Electric-vehicle charging at a point, synthesised from a yearly energy and a charging
 * pattern on the Italian civil calendar [kWh per step]. The product's own shapes; their basis:
 *
 * - `evening-home`: uncontrolled charging at home on arrival. Connection starts of domestic
 *   chargers peak at 17:00–20:00 and a session of a 3–3.7 kW home charger lasts 2–3 hours,
 *   so load peaks at 18:00–21:00 and tails off after midnight (the shape of the "My Electric
 *   Avenue" trial, ~200 domestic EVs, UK 2013–2015, as analysed in Quirós-Tortós, Navarro-Espinosa,
 *   Ochoa, Butler, "Statistical representation of EV charging: real data analysis and
 *   applications", PSCC 2018; ElaadNL open data on residential sessions agree). Weekends and holidays shift part of
 *   the charging to the middle of the day.
 * - `workplace-day`: charging at the workplace on arrival, working days only (no Saturdays,
 *   Sundays or Italian holidays): sessions start at 08:00–09:00 and most of the energy is
 *   delivered by 13:00 (ElaadNL workplace/semi-public sessions; same trial literature).
 * - `night`: timed charging in the off-peak band F3 (23:00–07:00, ARERA TIV bands), even
 *   through those hours, every day.
 *
 * Each month is weighted by a seasonal factor (energy per km is higher in the cold months —
 *  heating and battery temperature — and Italian commuting drops in August), so a year's
 * energy is not spread uniformly over days. The result sums to `annualKWh` exactly
 * (the rounding residual goes to the largest step).
 */
import type { EvChargingPattern } from '../model/entities';
import type { TimeBase } from '../model/timeseries';
import type { CivilCalendar } from '../model/calendar/civilCalendar';
import { resolveCalendar } from './resolveCalendar';

/** Relative charging energy of each civil hour 0…23 (index = hour at the step's start). */
type HourShape = readonly number[];

/** A day shape scaled to sum 1, so the day factor alone sets a day's energy. */
const unit = (shape: HourShape): HourShape => {
  const total = shape.reduce((s, v) => s + v, 0);
  return total > 0 ? shape.map((v) => v / total) : shape;
};

const EVENING_HOME_WORKDAY: HourShape = unit([2, 1, 0.5, 0.3, 0.2, 0.2, 0.2, 0.3, 0.3, 0.3, 0.3, 0.4, 0.5, 0.5, 0.5, 0.6, 1, 2.5, 6, 9, 9, 7, 5, 3]);
const EVENING_HOME_REST_DAY: HourShape = unit([2, 1, 0.5, 0.3, 0.2, 0.2, 0.2, 0.3, 0.5, 1, 2, 3, 3, 2.5, 2, 2, 2.5, 3, 4.5, 6, 6, 5, 4, 3]);
const WORKPLACE_WORKDAY: HourShape = unit([0, 0, 0, 0, 0, 0, 0, 1, 6, 9, 8, 5, 3, 3, 3, 2, 1, 0.5, 0, 0, 0, 0, 0, 0]);
const NO_CHARGING: HourShape = new Array<number>(24).fill(0);
const NIGHT_F3: HourShape = unit([1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);

/** Seasonal factor per month 1…12 [-]: +10–12% in winter, −12% in August (holidays). */
export const EV_MONTH_FACTOR: readonly number[] = [1.12, 1.1, 1.03, 0.98, 0.95, 0.94, 0.95, 0.88, 0.96, 1.0, 1.06, 1.1];

/** Relative energy per day by DAY_TYPE (0 working day, 1 Saturday, 2 Sunday or holiday) [-]. */
const HOME_DAY_FACTOR = [1, 0.85, 0.7] as const;

function shapeOf(pattern: EvChargingPattern, dayType: number): { hours: HourShape; day: number } {
  switch (pattern) {
    case 'evening-home':
      return { hours: dayType === 0 ? EVENING_HOME_WORKDAY : EVENING_HOME_REST_DAY, day: HOME_DAY_FACTOR[dayType as 0 | 1 | 2] ?? 1 };
    case 'workplace-day':
      return { hours: dayType === 0 ? WORKPLACE_WORKDAY : NO_CHARGING, day: 1 };
    case 'night':
      return { hours: NIGHT_F3, day: HOME_DAY_FACTOR[dayType as 0 | 1 | 2] ?? 1 };
  }
}

/**
 * Relative weight of every step of `calendar`'s base for `pattern` [-] (before scaling):
 * the hour's share of its day's shape (each day shape sums to 1) spread evenly over the hour's
 * steps, times the day and month factors.
 */
export function evChargingWeights(pattern: EvChargingPattern, calendar: CivilCalendar): Float64Array {
  const n = calendar.base.length;
  const perHour = 60 / calendar.base.stepMinutes;
  const w = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const { hours, day } = shapeOf(pattern, calendar.dayType[i]!);
    w[i] = (hours[calendar.hour[i]!]! * day * EV_MONTH_FACTOR[calendar.month[i]! - 1]!) / perHour;
  }
  return w;
}

/**
 * EV charging energy per step [kWh] of a point charging `annualKWh` [kWh] over the whole base
 * (a civil year) with `pattern`. Sums to `annualKWh`.
 */
export function synthesiseEvCharging(annualKWh: number, pattern: EvChargingPattern, base: TimeBase, calendar?: CivilCalendar): Float64Array {
  if (!Number.isFinite(annualKWh) || annualKWh < 0) throw new RangeError(`annualKWh must be a finite non-negative number, got ${annualKWh}`);
  const cal = resolveCalendar(base, calendar);
  const w = evChargingWeights(pattern, cal);
  const out = new Float64Array(w.length);
  if (annualKWh === 0 || w.length === 0) return out;
  let sum = 0;
  let argMax = 0;
  for (let i = 0; i < w.length; i++) {
    sum += w[i]!;
    if (w[i]! > w[argMax]!) argMax = i;
  }
  if (!(sum > 0)) throw new RangeError(`EV pattern "${pattern}" has no charging hour on this base`);
  const k = annualKWh / sum;
  let s = 0;
  for (let i = 0; i < w.length; i++) {
    out[i] = w[i]! * k;
    s += out[i]!;
  }
  out[argMax] = out[argMax]! + (annualKWh - s);
  return out;
}
