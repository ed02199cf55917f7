/**
 * Fraction of each step during which an astronomically switched light is on.
 */
import type { TimeBase } from '../model/timeseries';
import { MS_PER_MINUTE } from '../model/timeseries';
import { MS_PER_DAY } from '../model/calendar/civilDate';
import { sunTimesUtc } from './sunTimes';

export interface LightingSchedule {
  latitudeDeg: number;
  longitudeDeg: number;
  /** Switch-on delay after sunset [min]. */
  onAfterSunsetMin: number;
  /** Switch-off advance before sunrise [min]. */
  offBeforeSunriseMin: number;
}

/**
 * For every step of `base`, the fraction [0..1] of its duration outside the "lights off"
 * window [sunrise − offBeforeSunrise, sunset + onAfterSunset] of each UTC day.
 */
export function darknessFractions(base: TimeBase, s: LightingSchedule): Float64Array {
  const stepMs = base.stepMinutes * MS_PER_MINUTE;
  const out = new Float64Array(base.length);
  const windows = new Map<number, readonly [number, number]>();
  const windowOf = (day: number): readonly [number, number] => {
    let w = windows.get(day);
    if (!w) {
      const t = sunTimesUtc(day, s.latitudeDeg, s.longitudeDeg);
      w = [t.sunriseUtcMs - s.offBeforeSunriseMin * MS_PER_MINUTE, t.sunsetUtcMs + s.onAfterSunsetMin * MS_PER_MINUTE];
      windows.set(day, w);
    }
    return w;
  };
  for (let i = 0; i < base.length; i++) {
    const t0 = base.startUtcMs + i * stepMs;
    const t1 = t0 + stepMs;
    const d = Math.floor(t0 / MS_PER_DAY);
    let lit = stepMs;
    for (let k = d - 1; k <= d + 1; k++) {
      const [a, b] = windowOf(k);
      const overlap = Math.min(t1, b) - Math.max(t0, a);
      if (overlap > 0) lit -= overlap;
    }
    out[i] = Math.max(0, lit) / stepMs;
  }
  return out;
}
