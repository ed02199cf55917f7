/**
 * Chain 2 (the 2G meter's channel to in-home devices) exports turned into quarter-hour energy
 * [kWh per 15 min] on a UTC base:
 * - cumulative register readings [kWh]: the energy of a quarter hour is the counter's
 *   difference across it, the counter taken linearly between the readings around each
 *   quarter-hour boundary (uniform power between two readings). Totals are exact by
 *   construction. A counter that goes down was reset: the energy since the reading before is
 *   the new reading (counted from zero). Readings further apart than `maxGapMinutes` still
 *   give their exact total, spread evenly: the quarter hours they touch are reported filled.
 * - power samples [kW] at irregular instants: Chain 2 sends power when it changes, so a sample
 *   holds until the next one (zero-order hold), for at most `maxHoldMinutes`; the energy of a
 *   quarter hour is the time-weighted integral ∫p dt. A quarter hour not wholly covered is
 *   missing (NaN), left to the curve quality repair and reported.
 */
import { ROME_TIME_ZONE } from '../../model/calendar/romeCivilTime';
import type { EnergySeries } from '../../model/timeseries';

export interface Sample {
  /** Instant [ms UTC]. */
  t: number;
  /** Counter reading [kWh] or power [kW]. */
  v: number;
}

export interface Chain2Energy {
  series: EnergySeries;
  /** Counter resets seen. */
  resets: number;
  /** Quarter hours whose energy was spread over a reading gap (counters) or left missing (power). */
  filledQuarters: number;
  /** Readings gaps longer than the limit: [start, end) ms UTC. */
  gaps: { fromMs: number; toMs: number }[];
}

const Q_MS = 15 * 60_000;
const floorQ = (t: number) => Math.floor(t / Q_MS) * Q_MS;
const ceilQ = (t: number) => Math.ceil(t / Q_MS) * Q_MS;

function baseOf(first: number, last: number): { start: number; length: number } {
  const start = floorQ(first);
  return { start, length: Math.max(0, Math.round((ceilQ(last) - start) / Q_MS)) };
}

/** Energy per quarter hour from cumulative counter readings (sorted by time) [kWh]. */
export function countersToQuarterHours(samples: readonly Sample[], maxGapMinutes = 15): Chain2Energy {
  if (samples.length < 2) throw new RangeError('at least two counter readings are needed');
  const { start, length } = baseOf(samples[0]!.t, samples[samples.length - 1]!.t);
  const kWh = new Float64Array(length);
  const covered = new Float64Array(length); // [ms] of each quarter hour between readings
  const filled = new Set<number>();
  const gaps: Chain2Energy['gaps'] = [];
  let resets = 0;
  for (let k = 1; k < samples.length; k++) {
    const a = samples[k - 1]!;
    const b = samples[k]!;
    if (b.t <= a.t) continue;
    let e = b.v - a.v;
    if (e < 0) {
      resets++;
      e = b.v;
    }
    const long = b.t - a.t > maxGapMinutes * 60_000;
    if (long) gaps.push({ fromMs: a.t, toMs: b.t });
    // Spread e evenly over [a.t, b.t), quarter hour by quarter hour.
    for (let q = floorQ(a.t); q < b.t; q += Q_MS) {
      const from = Math.max(q, a.t);
      const to = Math.min(q + Q_MS, b.t);
      const i = Math.round((q - start) / Q_MS);
      kWh[i]! += (e * (to - from)) / (b.t - a.t);
      covered[i]! += to - from;
      if (long) filled.add(i);
    }
  }
  // The first and last quarter hours are partial unless the readings fall on their edges.
  for (let i = 0; i < length; i++) if (covered[i]! < Q_MS - 1) kWh[i] = NaN;
  return { series: series(start, kWh), resets, filledQuarters: filled.size, gaps };
}

/** Energy per quarter hour from power samples (sorted by time) [kW], each held until the next. */
export function powerToQuarterHours(samples: readonly Sample[], maxHoldMinutes = 60): Chain2Energy {
  if (samples.length < 1) throw new RangeError('no power sample');
  const holdMs = maxHoldMinutes * 60_000;
  const last = samples[samples.length - 1]!.t;
  const { start, length } = baseOf(samples[0]!.t, last);
  const kWh = new Float64Array(length);
  const covered = new Float64Array(length);
  const gaps: Chain2Energy['gaps'] = [];
  for (let k = 0; k < samples.length - 1; k++) {
    const a = samples[k]!;
    const next = samples[k + 1]!.t;
    if (next <= a.t) continue;
    const end = Math.min(next, a.t + holdMs);
    if (next > end) gaps.push({ fromMs: end, toMs: next });
    for (let q = floorQ(a.t); q < end; q += Q_MS) {
      const from = Math.max(q, a.t);
      const to = Math.min(q + Q_MS, end);
      const i = Math.round((q - start) / Q_MS);
      kWh[i]! += (a.v * (to - from)) / 3_600_000; // kW × h
      covered[i]! += to - from;
    }
  }
  let missing = 0;
  for (let i = 0; i < length; i++) {
    if (covered[i]! < Q_MS - 1) {
      kWh[i] = NaN;
      missing++;
    }
  }
  return { series: series(start, kWh), resets: 0, filledQuarters: missing, gaps };
}

function series(start: number, kWh: Float64Array): EnergySeries {
  return { base: { startUtcMs: start, stepMinutes: 15, length: kWh.length, timeZone: ROME_TIME_ZONE }, kWh };
}
