/**
 * Relative energy weights of a load shape on every step of a civil calendar.
 */
import type { LoadProfileKind } from '../model/entities';
import type { CivilCalendar } from '../model/calendar/civilCalendar';
import { DAY_TYPE } from '../model/calendar/dayType';
import type { DayProfiles, LoadShapeDefinition } from './loadShapeDefinition';
import { loadShapeOf } from './loadShapeLibrary';
import { darknessFractions } from './darknessFractions';
import { isSchoolBreak } from './schoolClosures';
import { LIGHTING_OFF_BEFORE_SUNRISE_MIN, LIGHTING_ON_AFTER_SUNSET_MIN } from './shapes/publicLighting';

/** Where the member is; only darkness-driven shapes (public lighting) use it. */
export interface LoadShapeOptions {
  /** Latitude [°N]; default 42.5 (central Italy). */
  latitudeDeg?: number;
  /** Longitude [°E]; default 12.5 (central Italy). */
  longitudeDeg?: number;
}

export const DEFAULT_LATITUDE_DEG = 42.5;
export const DEFAULT_LONGITUDE_DEG = 12.5;

/**
 * Winter weight of the winter/summer blend on day of year `doy` [-]: 1 on 15 January,
 * 0 in mid-July, cosine in between.
 */
export function winterWeight(doy: number): number {
  return 0.5 + 0.5 * Math.cos((2 * Math.PI * (doy - 15)) / 365.25);
}

function profileOf(p: DayProfiles, dayType: number): readonly number[] {
  return dayType === DAY_TYPE.WEEKDAY ? p.weekday : dayType === DAY_TYPE.SATURDAY ? p.saturday : p.holiday;
}

/**
 * Unnormalised weights [relative kWh per step]: relative power × step length [h]. Pure,
 * uncached; see `shapeWeightsFor` for the memoised version.
 */
export function computeShapeWeights(shape: LoadShapeDefinition, cal: CivilCalendar, options: LoadShapeOptions = {}): Float64Array {
  const n = cal.base.length;
  const stepHours = cal.base.stepMinutes / 60;
  if (shape.driver === 'darkness') {
    const f = darknessFractions(cal.base, {
      latitudeDeg: options.latitudeDeg ?? DEFAULT_LATITUDE_DEG,
      longitudeDeg: options.longitudeDeg ?? DEFAULT_LONGITUDE_DEG,
      onAfterSunsetMin: LIGHTING_ON_AFTER_SUNSET_MIN,
      offBeforeSunriseMin: LIGHTING_OFF_BEFORE_SUNRISE_MIN,
    });
    for (let i = 0; i < n; i++) f[i] = f[i]! * stepHours;
    return f;
  }
  const out = new Float64Array(n);
  let lastDay = Number.NaN;
  let winterP: readonly number[] = shape.winter.weekday;
  let summerP: readonly number[] = shape.summer.weekday;
  let wW = 1;
  let level = 1;
  for (let i = 0; i < n; i++) {
    const day = cal.localDay[i]!;
    if (day !== lastDay) {
      lastDay = day;
      let dt: number = cal.dayType[i]!;
      if (shape.closures === 'school' && isSchoolBreak(cal.year[i]!, cal.month[i]!, cal.day[i]!)) dt = DAY_TYPE.HOLIDAY;
      winterP = profileOf(shape.winter, dt);
      summerP = profileOf(shape.summer, dt);
      wW = winterWeight(cal.dayOfYear[i]!);
      level = shape.monthly[cal.month[i]! - 1]! * stepHours;
    }
    const h = cal.hour[i]!;
    out[i] = (wW * winterP[h]! + (1 - wW) * summerP[h]!) * level;
  }
  return out;
}

const cache = new WeakMap<CivilCalendar, Map<string, Float64Array>>();

/** Coordinate grid used by the memoised lighting shapes [°] (0.5° ≈ 2 min of sunset). */
export const LIGHTING_GRID_DEG = 0.5;

const snap = (deg: number) => Math.round(deg / LIGHTING_GRID_DEG) * LIGHTING_GRID_DEG;

/**
 * Memoised shape weights of a kind on a calendar; treat the result as read-only.
 * Darkness-driven shapes snap the coordinates to a 0.5° grid so that many members share
 * one cached array.
 */
export function shapeWeightsFor(kind: LoadProfileKind, cal: CivilCalendar, options: LoadShapeOptions = {}): Float64Array {
  const shape = loadShapeOf(kind);
  let key: string = kind;
  if (shape.driver === 'darkness') {
    options = {
      latitudeDeg: snap(options.latitudeDeg ?? DEFAULT_LATITUDE_DEG),
      longitudeDeg: snap(options.longitudeDeg ?? DEFAULT_LONGITUDE_DEG),
    };
    key = `${kind}|${options.latitudeDeg}|${options.longitudeDeg}`;
  }
  let perCal = cache.get(cal);
  if (!perCal) {
    perCal = new Map();
    cache.set(cal, perCal);
  }
  let w = perCal.get(key);
  if (!w) {
    w = computeShapeWeights(shape, cal, options);
    perCal.set(key, w);
  }
  return w;
}
