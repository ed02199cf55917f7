/**
 * Data-quality checks and repairs of one POD's curve, reported as plain data:
 * coverage, gaps (count, longest), duplicates, negative values, outliers, and what was
 * done to each. Repairs: negatives and outliers become gaps; gaps up to 2 hours are
 * filled by linear interpolation between the neighbouring values; longer gaps (and gaps at
 * the edges) by a profile fill — the mean of valid values at the same weekday and time
 * of day (Europe/Rome civil time), falling back to the same time of day on any day, then
 * to the overall mean.
 */
import type { EnergySeries } from '../../model/timeseries';
import { formatRomeIso, toRomeCivil } from '../../model/calendar/romeCivilTime';

/** Values above OUTLIER_FACTOR × the local reference level are outliers. */
export const OUTLIER_FACTOR = 10;
/** Longest gap filled by linear interpolation [minutes]. */
export const MAX_INTERPOLATED_GAP_MINUTES = 120;
const MAX_LISTED = 50;

export type { GapRepair, CurveQualityReport } from '../../model/curve-import';
import type { GapRepair, CurveQualityReport } from '../../model/curve-import';

function median(xs: ArrayLike<number>): number {
  if (xs.length === 0) return NaN;
  const s = Float64Array.from(xs).sort();
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * Checks a series (NaN = missing) and, when `repair`, returns a repaired copy.
 * `duplicates` is the count found while reading.
 */
export function assessCurve(pod: string, series: EnergySeries, duplicates: number, repair = true, notes: string[] = []): { series: EnergySeries; report: CurveQualityReport } {
  const { base } = series;
  const v = Float64Array.from(series.kWh);
  const n = v.length;
  const perDay = (24 * 60) / base.stepMinutes;
  let valid = 0;
  let kWhRead = 0;
  let negatives = 0;
  for (let i = 0; i < n; i++) {
    const x = v[i]!;
    if (Number.isNaN(x)) continue;
    valid++;
    kWhRead += x;
    if (x < 0) {
      negatives++;
      v[i] = NaN;
    }
  }
  // outliers: > factor × max(median of the surrounding 3 daily medians, median of positive values)
  const positives: number[] = [];
  for (let i = 0; i < n; i += Math.max(1, Math.floor(n / 4000))) if (v[i]! > 0) positives.push(v[i]!);
  const globalMed = median(positives);
  const days = Math.ceil(n / perDay);
  const dayMed = new Float64Array(days);
  const buf = new Float64Array(perDay);
  for (let d = 0; d < days; d++) {
    let k = 0;
    for (let i = d * perDay; i < Math.min(n, (d + 1) * perDay); i++) if (!Number.isNaN(v[i]!)) buf[k++] = v[i]!;
    dayMed[d] = median(buf.subarray(0, k));
  }
  let outliers = 0;
  const examples: { at: string; kWh: number }[] = [];
  if (Number.isFinite(globalMed)) {
    for (let d = 0; d < days; d++) {
      const near = [dayMed[d - 1], dayMed[d], dayMed[d + 1]].filter((x): x is number => x !== undefined && !Number.isNaN(x));
      const ref = Math.max(near.length ? median(near) : 0, globalMed);
      const limit = OUTLIER_FACTOR * ref;
      for (let i = d * perDay; i < Math.min(n, (d + 1) * perDay); i++) {
        if (v[i]! > limit) {
          outliers++;
          if (examples.length < 10) examples.push({ at: formatRomeIso(base.startUtcMs + i * base.stepMinutes * 60_000), kWh: v[i]! });
          v[i] = NaN;
        }
      }
    }
  }
  // gaps
  const stepMs = base.stepMinutes * 60_000;
  const maxLinear = MAX_INTERPOLATED_GAP_MINUTES / base.stepMinutes;
  const gapList: { from: number; len: number }[] = [];
  for (let i = 0; i < n; ) {
    if (!Number.isNaN(v[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && Number.isNaN(v[j]!)) j++;
    gapList.push({ from: i, len: j - i });
    i = j;
  }
  let interpolated = 0;
  let profileFilled = 0;
  const list: GapRepair[] = [];
  let missing = 0;
  let longest = 0;
  const out = repair ? v : Float64Array.from(series.kWh);
  if (gapList.length > 0) {
    // profile: mean by (weekday, slot of day) and by slot of day, on civil time
    const prof = new Float64Array(7 * perDay);
    const profN = new Uint32Array(7 * perDay);
    const slot = new Float64Array(perDay);
    const slotN = new Uint32Array(perDay);
    const keyOf = new Int32Array(n);
    let sum = 0;
    let cnt = 0;
    for (let i = 0; i < n; i++) {
      const c = toRomeCivil(base.startUtcMs + i * stepMs);
      const s = Math.min(perDay - 1, Math.floor((c.hour * 60 + c.minute) / base.stepMinutes));
      keyOf[i] = (c.weekday - 1) * perDay + s; // ISO weekday 1…7 → row 0…6
      const x = v[i]!;
      if (Number.isNaN(x)) continue;
      prof[keyOf[i]!] += x;
      profN[keyOf[i]!]!++;
      slot[s] += x;
      slotN[s]!++;
      sum += x;
      cnt++;
    }
    const mean = cnt ? sum / cnt : 0;
    for (const g of gapList) {
      missing += g.len;
      longest = Math.max(longest, g.len);
      const inner = g.from > 0 && g.from + g.len < n;
      const method: GapRepair['method'] = inner && g.len <= maxLinear ? 'linear' : 'profile';
      if (method === 'linear') interpolated++;
      else profileFilled++;
      if (list.length < MAX_LISTED) list.push({ start: formatRomeIso(base.startUtcMs + g.from * stepMs), intervals: g.len, method });
      if (!repair) continue;
      if (method === 'linear') {
        const a = v[g.from - 1]!;
        const b = v[g.from + g.len]!;
        for (let k = 0; k < g.len; k++) out[g.from + k] = a + ((b - a) * (k + 1)) / (g.len + 1);
      } else {
        for (let k = g.from; k < g.from + g.len; k++) {
          const key = keyOf[k]!;
          const s = key % perDay;
          out[k] = profN[key]! ? prof[key]! / profN[key]! : slotN[s]! ? slot[s]! / slotN[s]! : mean;
        }
      }
    }
  }
  let kWhAfter = 0;
  for (let i = 0; i < n; i++) if (!Number.isNaN(out[i]!)) kWhAfter += out[i]!;
  const report: CurveQualityReport = {
    pod,
    stepMinutes: base.stepMinutes,
    length: n,
    validValues: valid,
    coveragePct: n ? (100 * valid) / n : 0,
    gaps: {
      count: gapList.length,
      missingIntervals: missing,
      longestIntervals: longest,
      longestHours: (longest * base.stepMinutes) / 60,
      interpolated,
      profileFilled,
      list,
    },
    duplicates: { count: duplicates, policy: 'kept-first' },
    negatives: { count: negatives, repair: 'treated-as-gap' },
    outliers: { count: outliers, rule: `valore > ${OUTLIER_FACTOR} × max(mediana giornaliera locale, mediana dei valori positivi)`, repair: 'treated-as-gap', examples },
    kWhRead,
    kWhAfterRepair: repair ? kWhAfter : kWhRead,
    repaired: repair && gapList.length > 0,
    notes,
  };
  return { series: { base, kWh: out }, report };
}
