/**
 * Collects one POD's values as they are read (in time order) and lays them on a regular
 * UTC time base; NaN marks intervals with no value.
 */
import type { EnergySeries, StepMinutes } from '../../model/timeseries';
import { ROME_TIME_ZONE } from '../../model/calendar/romeCivilTime';

export class CurveAccumulator {
  /** Start [ms UTC] of the last interval or day stored, for order checks. */
  lastUtcMs = -Infinity;
  duplicates = 0;
  readonly notes: string[] = [];
  private readonly starts: number[] = [];
  private readonly chunks: Float64Array[] = [];
  private single: number[] | null = null;

  constructor(
    readonly pod: string,
    readonly stepMinutes: StepMinutes,
  ) {}

  /** Adds consecutive values starting at `startUtcMs`. */
  addChunk(startUtcMs: number, values: Float64Array): void {
    this.starts.push(startUtcMs);
    this.chunks.push(values);
  }

  /** Adds one value (long format); buffered into chunks of contiguous values. */
  addValue(utcMs: number, kWh: number): void {
    const stepMs = this.stepMinutes * 60_000;
    const n = this.single?.length ?? 0;
    if (this.single && n > 0 && this.starts[this.starts.length - 1]! + n * stepMs === utcMs && n < 4096) {
      this.single.push(kWh);
      return;
    }
    this.flush();
    this.single = [kWh];
    this.starts.push(utcMs);
    this.chunks.push(new Float64Array(0)); // placeholder, replaced by flush
  }

  private flush(): void {
    if (this.single && this.single.length > 0) this.chunks[this.chunks.length - 1] = Float64Array.from(this.single);
    this.single = null;
  }

  isEmpty(): boolean {
    return this.starts.length === 0;
  }

  /** The series on a regular base from the first to the last value. */
  build(): EnergySeries {
    this.flush();
    const stepMs = this.stepMinutes * 60_000;
    const start = this.starts[0]!;
    let end = start;
    for (let k = 0; k < this.starts.length; k++) end = Math.max(end, this.starts[k]! + this.chunks[k]!.length * stepMs);
    const length = Math.round((end - start) / stepMs);
    const kWh = new Float64Array(length).fill(NaN);
    for (let k = 0; k < this.starts.length; k++) kWh.set(this.chunks[k]!, Math.round((this.starts[k]! - start) / stepMs));
    return { base: { startUtcMs: start, stepMinutes: this.stepMinutes, length, timeZone: ROME_TIME_ZONE }, kWh };
  }
}
