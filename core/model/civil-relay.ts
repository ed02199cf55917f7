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

/**
 * The source by civil day, flat: day index k (dayIndex) holds slots k × slots … + slots − 1
 * of `values` (value per wall-clock slot of the source step, NaN = none) and `repeated`
 * (second occurrence of the repeated autumn hour); `year[k]` is the civil year kept for that
 * day, −1 when the source has none.
 */
interface CivilDays {
  slots: number;
  year: Int16Array;
  values: Float64Array;
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

function civilDaysOf(source: EnergySeries): CivilDays {
  const step = source.base.stepMinutes;
  const slots = 1440 / step;
  const at = stepPlaces(source.base);
  const days: CivilDays = { slots, year: new Int16Array(366).fill(-1), values: new Float64Array(366 * slots).fill(NaN), repeated: new Float64Array(366 * slots).fill(NaN) };
  for (let i = 0; i < source.base.length; i++) {
    const v = source.kWh[i]!;
    if (Number.isNaN(v)) continue;
    const key = at.key[i]!;
    const year = at.year[i]!;
    const kept = days.year[key]!;
    if (kept < year) {
      // a more recent measurement of that civil day: it replaces the older one
      if (kept >= 0) {
        days.values.fill(NaN, key * slots, (key + 1) * slots);
        days.repeated.fill(NaN, key * slots, (key + 1) * slots);
      }
      days.year[key] = year;
    } else if (kept > year) continue;
    const slot = key * slots + Math.floor(at.minute[i]! / step);
    if (at.second[i] === 1) days.repeated[slot] = v;
    else days.values[slot] = v;
  }
  return days;
}

/** For each of the 366 day indices, the covered day to read (itself, 28 Feb, or the nearest); −1 when none. */
function dayLookup(year: Int16Array): Int16Array {
  const has = (k: number) => year[k]! >= 0;
  const out = new Int16Array(366);
  for (let k = 0; k < 366; k++) out[k] = has(k) ? k : -1;
  if (!has(FEB_29) && has(FEB_28)) out[FEB_29] = FEB_28;
  let covered = false;
  for (let k = 0; k < 366; k++) covered ||= has(k);
  if (!covered) return out;
  for (let k = 0; k < 366; k++) {
    if (out[k]! >= 0) continue;
    for (let dist = 1; dist <= 183; dist++) {
      const before = (k - dist + 366) % 366;
      const after = (k + dist) % 366;
      if (has(before)) {
        out[k] = before;
        break;
      }
      if (has(after)) {
        out[k] = after;
        break;
      }
    }
  }
  return out;
}

/** Value of slot `slot` of source day `day` (the repeated one when `second` and measured). */
function slotValue(days: CivilDays, day: number, slot: number, second: boolean, slotsPerHour: number): number {
  const o = day * days.slots;
  if (second) {
    const r = days.repeated[o + slot]!;
    if (!Number.isNaN(r)) return r;
  }
  let v = days.values[o + slot]!;
  if (!Number.isNaN(v)) return v;
  // a missing wall-clock hour (the source's 23-hour day) or a gap: the hour before, then after
  v = slot - slotsPerHour >= 0 ? days.values[o + slot - slotsPerHour]! : NaN;
  if (!Number.isNaN(v)) return v;
  v = slot + slotsPerHour < days.slots ? days.values[o + slot + slotsPerHour]! : NaN;
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
  if (source.base.startUtcMs === target.startUtcMs && seriesEndUtcMs(source.base) === seriesEndUtcMs(target) && sumOrSplitInPlace(source, target, out)) return out;
  const days = civilDaysOf(source);
  const lookup = dayLookup(days.year);
  const at = stepPlaces(target);
  const srcSlotsPerHour = 60 / srcStep;
  for (let j = 0; j < target.length; j++) {
    const minuteOfDay = at.minute[j]!;
    const second = at.second[j] === 1;
    const d = lookup[at.key[j]!]!;
    if (d < 0) continue;
    if (dstStep >= srcStep) {
      // sum the source slots covering the target step
      const first = Math.floor(minuteOfDay / srcStep);
      let s = 0;
      for (let k = 0; k < dstStep / srcStep; k++) s += slotValue(days, d, first + k, second, srcSlotsPerHour);
      out[j] = s;
    } else {
      const slot = Math.floor(minuteOfDay / srcStep);
      out[j] = slotValue(days, d, slot, second, srcSlotsPerHour) * (dstStep / srcStep);
    }
  }
  return out;
}

/**
 * A source over the very instants of the target (a curve of the reference year itself): each
 * target step's civil day and time is its own, so the relay reduces to summing (or splitting)
 * steps — same arithmetic, same order as the general path. False, with `out` unspecified,
 * when a value is missing (NaN): the general path then fills it from its neighbours.
 */
function sumOrSplitInPlace(source: EnergySeries, target: TimeBase, out: Float64Array): boolean {
  const src = source.kWh;
  const srcStep = source.base.stepMinutes;
  const dstStep = target.stepMinutes;
  if (dstStep >= srcStep) {
    const r = dstStep / srcStep;
    for (let j = 0, i = 0; j < out.length; j++) {
      let s = 0;
      for (let k = 0; k < r; k++, i++) s += src[i]!;
      if (Number.isNaN(s)) return false;
      out[j] = s;
    }
  } else {
    const r = srcStep / dstStep;
    for (let j = 0; j < out.length; j++) {
      const v = src[Math.floor(j / r)]!;
      if (Number.isNaN(v)) return false;
      out[j] = v * (dstStep / srcStep);
    }
  }
  return true;
}

/** True when a series already lies on `target` exactly (same start, step and length). */
export function sameBase(a: TimeBase, b: TimeBase): boolean {
  return a.startUtcMs === b.startUtcMs && a.stepMinutes === b.stepMinutes && a.length === b.length;
}

/** End instant [ms UTC] of a series (exclusive). */
export function seriesEndUtcMs(base: TimeBase): number {
  return base.startUtcMs + base.length * base.stepMinutes * MS_PER_MINUTE;
}
