/**
 * Re-laying a measured energy series onto another civil year: each target step takes the
 * value measured at the same civil month, day and wall-clock time (Europe/Rome) of the
 * source, so weekday-independent daily shapes and seasons stay where they were.
 *
 * - Leap years: a target 29 February without a source one takes 28 February; a source
 *   29 February with no target day is dropped.
 * - DST: a target 25-hour day repeats its 02:00 hour with the second source occurrence when
 *   the source day had one, else the first again; a target 23-hour day simply has no 02:00
 *   hour (the source values of that hour are dropped). A source 23-hour day lacks 02:00: the
 *   target takes 01:00 (then 03:00) of that day.
 * - Steps: 15-minute source values are summed into hours for a 60-minute target; hourly
 *   source values are split in four equal quarters for a 15-minute target [kWh per step].
 * - When the source covers more than a year, the most recent measurement of each civil day
 *   wins. Days the source does not cover take the nearest covered day (by calendar
 *   distance, wrapping around the year). Missing values (NaN) are treated as not measured.
 */
import { civilCalendarFor } from './calendar/civilCalendar';
import { MS_PER_MINUTE, type EnergySeries, type TimeBase } from './timeseries';

interface CivilDay {
  year: number;
  /** Value per wall-clock slot of the source step (NaN = none). */
  values: Float64Array;
  /** Second occurrence of the repeated autumn hour, by slot (NaN = none). */
  repeated: Float64Array;
}

/** Index 0..365 of (month, day) on a leap-year calendar. */
const CUMULATIVE = [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335];
const dayIndex = (month: number, day: number): number => CUMULATIVE[month - 1]! + day - 1;
const FEB_28 = dayIndex(2, 28);
const FEB_29 = dayIndex(2, 29);

function civilDaysOf(source: EnergySeries): (CivilDay | null)[] {
  const step = source.base.stepMinutes;
  const slots = 1440 / step;
  const cal = civilCalendarFor(source.base);
  const days: (CivilDay | null)[] = new Array<CivilDay | null>(366).fill(null);
  let prevKey = -1;
  let prevYear = -1;
  let seen = new Uint8Array(slots);
  for (let i = 0; i < source.base.length; i++) {
    const key = dayIndex(cal.month[i]!, cal.day[i]!);
    const year = cal.year[i]!;
    if (key !== prevKey || year !== prevYear) {
      seen = new Uint8Array(slots);
      prevKey = key;
      prevYear = year;
    }
    const slot = Math.floor((cal.hour[i]! * 60 + cal.minute[i]!) / step);
    const second = seen[slot] === 1;
    seen[slot] = 1;
    const v = source.kWh[i]!;
    if (Number.isNaN(v)) continue;
    let d = days[key];
    if (!d || d.year < year) {
      d = { year, values: new Float64Array(slots).fill(NaN), repeated: new Float64Array(slots).fill(NaN) };
      days[key] = d;
    } else if (d.year > year) continue;
    (second ? d.repeated : d.values)[slot] = v;
  }
  return days;
}

/** For each of the 366 day indices, the covered day to read (itself, 28 Feb, or the nearest). */
function dayLookup(days: (CivilDay | null)[]): (CivilDay | null)[] {
  const out = days.slice();
  if (!out[FEB_29] && out[FEB_28]) out[FEB_29] = out[FEB_28]!;
  const covered = days.some((d) => d !== null);
  if (!covered) return out;
  for (let k = 0; k < 366; k++) {
    if (out[k]) continue;
    for (let dist = 1; dist <= 183; dist++) {
      const before = days[(k - dist + 366) % 366];
      const after = days[(k + dist) % 366];
      const hit = before ?? after;
      if (hit) {
        out[k] = hit;
        break;
      }
    }
  }
  return out;
}

function slotValue(d: CivilDay, slot: number, second: boolean, slotsPerHour: number): number {
  if (second) {
    const r = d.repeated[slot]!;
    if (!Number.isNaN(r)) return r;
  }
  let v = d.values[slot]!;
  if (!Number.isNaN(v)) return v;
  // a missing wall-clock hour (the source's 23-hour day) or a gap: the hour before, then after
  v = d.values[slot - slotsPerHour] ?? NaN;
  if (!Number.isNaN(v)) return v;
  v = d.values[slot + slotsPerHour] ?? NaN;
  return Number.isNaN(v) ? 0 : v;
}

/**
 * Energy of `source` [kWh per source step, any civil dates] laid onto `target` [kWh per
 * target step] by civil month, day and time of day (Europe/Rome). Steps of 15 and 60 minutes
 * convert both ways. An empty source gives zeros.
 */
export function relayOnCivilCalendar(source: EnergySeries, target: TimeBase): Float64Array {
  const out = new Float64Array(target.length);
  const srcStep = source.base.stepMinutes;
  const dstStep = target.stepMinutes;
  if (srcStep % dstStep !== 0 && dstStep % srcStep !== 0) {
    throw new RangeError(`steps of ${srcStep} and ${dstStep} minutes do not divide each other`);
  }
  const lookup = dayLookup(civilDaysOf(source));
  const cal = civilCalendarFor(target);
  const srcSlotsPerHour = 60 / srcStep;
  const dstSlots = 1440 / dstStep;
  let prevKey = -1;
  let seen = new Uint8Array(dstSlots);
  for (let j = 0; j < target.length; j++) {
    const key = dayIndex(cal.month[j]!, cal.day[j]!);
    if (key !== prevKey) {
      seen = new Uint8Array(dstSlots);
      prevKey = key;
    }
    const minuteOfDay = cal.hour[j]! * 60 + cal.minute[j]!;
    const dstSlot = Math.floor(minuteOfDay / dstStep);
    const second = seen[dstSlot] === 1;
    seen[dstSlot] = 1;
    const d = lookup[key];
    if (!d) continue;
    if (dstStep >= srcStep) {
      // sum the source slots covering the target step
      const first = Math.floor(minuteOfDay / srcStep);
      let s = 0;
      for (let k = 0; k < dstStep / srcStep; k++) s += slotValue(d, first + k, second, srcSlotsPerHour);
      out[j] = s;
    } else {
      const slot = Math.floor(minuteOfDay / srcStep);
      out[j] = slotValue(d, slot, second, srcSlotsPerHour) * (dstStep / srcStep);
    }
  }
  return out;
}

/** True when a series already lies on `target` exactly (same start, step and length). */
export function sameBase(a: TimeBase, b: TimeBase): boolean {
  return a.startUtcMs === b.startUtcMs && a.stepMinutes === b.stepMinutes && a.length === b.length;
}

/** End instant [ms UTC] of a series (exclusive). */
export function seriesEndUtcMs(base: TimeBase): number {
  return base.startUtcMs + base.length * base.stepMinutes * MS_PER_MINUTE;
}
