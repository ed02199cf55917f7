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

/**
 * Where each step of a base falls in the civil calendar: day index (dayIndex), civil year,
 * minute of the day, and whether the wall-clock slot of its own step was already seen that
 * day (the repeated autumn hour). It depends on the base only, so the curves of a project (one base)
 * share it; memoised for the last few bases, like the calendar itself.
 */
interface StepPlaces {
  key: Int16Array;
  year: Int16Array;
  minute: Int16Array;
  second: Uint8Array;
}

const PLACES_LIMIT = 8;
const placesCache = new Map<string, StepPlaces>();

function stepPlaces(base: TimeBase): StepPlaces {
  const id = `${base.startUtcMs}|${base.stepMinutes}|${base.length}|${base.timeZone}`;
  const hit = placesCache.get(id);
  if (hit) return hit;
  const step = base.stepMinutes;
  const slots = 1440 / step;
  const cal = civilCalendarFor(base);
  const n = base.length;
  const out: StepPlaces = { key: new Int16Array(n), year: new Int16Array(n), minute: new Int16Array(n), second: new Uint8Array(n) };
  const seen = new Uint8Array(slots);
  let prevKey = -1;
  let prevYear = -1;
  for (let i = 0; i < n; i++) {
    const key = dayIndex(cal.month[i]!, cal.day[i]!);
    const year = cal.year[i]!;
    if (key !== prevKey || year !== prevYear) {
      seen.fill(0);
      prevKey = key;
      prevYear = year;
    }
    const minute = cal.hour[i]! * 60 + cal.minute[i]!;
    const slot = Math.floor(minute / step);
    out.key[i] = key;
    out.year[i] = year;
    out.minute[i] = minute;
    out.second[i] = seen[slot]!;
    seen[slot] = 1;
  }
  placesCache.set(id, out);
  if (placesCache.size > PLACES_LIMIT) placesCache.delete(placesCache.keys().next().value as string);
  return out;
}

function civilDaysOf(source: EnergySeries): (CivilDay | null)[] {
  const step = source.base.stepMinutes;
  const slots = 1440 / step;
  const at = stepPlaces(source.base);
  const days: (CivilDay | null)[] = new Array<CivilDay | null>(366).fill(null);
  for (let i = 0; i < source.base.length; i++) {
    const v = source.kWh[i]!;
    if (Number.isNaN(v)) continue;
    const key = at.key[i]!;
    const year = at.year[i]!;
    let d = days[key];
    if (!d || d.year < year) {
      d = { year, values: new Float64Array(slots).fill(NaN), repeated: new Float64Array(slots).fill(NaN) };
      days[key] = d;
    } else if (d.year > year) continue;
    const slot = Math.floor(at.minute[i]! / step);
    if (at.second[i] === 1) d.repeated[slot] = v;
    else d.values[slot] = v;
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
  const at = stepPlaces(target);
  const srcSlotsPerHour = 60 / srcStep;
  for (let j = 0; j < target.length; j++) {
    const key = at.key[j]!;
    const minuteOfDay = at.minute[j]!;
    const second = at.second[j] === 1;
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
