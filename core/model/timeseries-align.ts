/**
 * Laying a periodic yearly series onto another time base. Used to put a typical-year PV
 * series (UTC, hourly, 1 Jan 00:00 UTC onward) onto a project's civil-year base (which starts
 * at local midnight, 23:00 UTC of 31 Dec, possibly at 15-minute steps).
 */
import { MS_PER_MINUTE, type EnergySeries, type TimeBase } from './timeseries';

/**
 * Energy of `source` [kWh per source step] re-expressed on `target` [kWh per target step].
 * The source is treated as periodic (a typical year repeats), so instants before its start or
 * after its end wrap around. A target step shorter than the source step gets the matching
 * fraction of the source step's energy (uniform within the step); a longer target step sums
 * the source steps it covers. Both steps must divide each other (15 and 60 minutes do).
 */
export function alignPeriodicEnergy(source: EnergySeries, target: TimeBase): Float64Array {
  const out = new Float64Array(target.length);
  const srcStepMs = source.base.stepMinutes * MS_PER_MINUTE;
  const dstStepMs = target.stepMinutes * MS_PER_MINUTE;
  const n = source.base.length;
  if (n === 0) return out;
  if (srcStepMs % dstStepMs !== 0 && dstStepMs % srcStepMs !== 0) {
    throw new RangeError(`steps of ${source.base.stepMinutes} and ${target.stepMinutes} minutes do not divide each other`);
  }
  const mod = (i: number) => ((i % n) + n) % n;
  if (dstStepMs <= srcStepMs) {
    const fraction = dstStepMs / srcStepMs;
    for (let i = 0; i < target.length; i++) {
      const t = target.startUtcMs + i * dstStepMs;
      const k = Math.floor((t - source.base.startUtcMs) / srcStepMs);
      out[i] = source.kWh[mod(k)]! * fraction;
    }
  } else {
    const per = dstStepMs / srcStepMs;
    for (let i = 0; i < target.length; i++) {
      const k0 = Math.floor((target.startUtcMs + i * dstStepMs - source.base.startUtcMs) / srcStepMs);
      let s = 0;
      for (let j = 0; j < per; j++) s += source.kWh[mod(k0 + j)]!;
      out[i] = s;
    }
  }
  return out;
}
