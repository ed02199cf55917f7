/**
 * Calendar months of the steps of a time series, in the series' civil time zone
 * (e.g. Europe/Rome): GSE settles incentives per calendar month of Italian civil time.
 */
import { type TimeBase, MS_PER_MINUTE } from '../model/timeseries';
import { ROME_TIME_ZONE, toRomeCivil } from '../model/calendar/romeCivilTime';

/** A calendar month: year and month 1…12. */
export interface CivilMonth {
  year: number;
  month: number;
}

/** Key ordering months: year × 12 + (month − 1). */
export function monthKey(m: CivilMonth): number {
  return m.year * 12 + (m.month - 1);
}

/** Month of a key made by {@link monthKey}. */
export function monthOfKey(key: number): CivilMonth {
  return { year: Math.floor(key / 12), month: (key % 12) + 1 };
}

/**
 * Month key of every step of `base`, in `base.timeZone`. A step belongs to the month of its
 * start instant. Europe/Rome by the calendar's own summer-time rule; any other zone (UTC
 * test series) through Intl (pure ECMAScript; no host APIs).
 */
export function monthKeysOfSteps(base: TimeBase): Int32Array {
  // A run asks for the same base many times (each plant, each price scenario, each variant
  // of a sweep): memoised for the last few bases. Callers read the keys, never change them.
  const id = `${base.startUtcMs}|${base.stepMinutes}|${base.length}|${base.timeZone}`;
  let keys = keysMemo.get(id);
  if (!keys) {
    keys = computeMonthKeys(base);
    keysMemo.set(id, keys);
    if (keysMemo.size > 8) keysMemo.delete(keysMemo.keys().next().value as string);
  }
  return keys;
}

const keysMemo = new Map<string, Int32Array>();

function computeMonthKeys(base: TimeBase): Int32Array {
  const fmt = base.timeZone === ROME_TIME_ZONE ? null : new Intl.DateTimeFormat('en-CA', {
    timeZone: base.timeZone,
    year: 'numeric',
    month: '2-digit',
  });
  const out = new Int32Array(base.length);
  const stepMs = base.stepMinutes * MS_PER_MINUTE;
  // Months change only on civil midnights; sample once per hour and reuse within the hour.
  let cachedHour = Number.NaN;
  let cachedKey = 0;
  for (let i = 0; i < base.length; i++) {
    const t = base.startUtcMs + i * stepMs;
    const hour = Math.floor(t / 3_600_000);
    if (hour !== cachedHour) {
      cachedKey = monthKey(fmt ? intlMonth(fmt, t) : toRomeCivil(t));
      cachedHour = hour;
    }
    out[i] = cachedKey;
  }
  return out;
}

function intlMonth(fmt: Intl.DateTimeFormat, utcMs: number): CivilMonth {
  const parts = fmt.formatToParts(new Date(utcMs));
  return { year: Number(parts.find((p) => p.type === 'year')!.value), month: Number(parts.find((p) => p.type === 'month')!.value) };
}
