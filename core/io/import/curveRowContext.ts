/** Shared per-row helpers of the curve parsers: POD resolution, fast numeric reads, progress. */
import { cellError, readNumber, readText } from './cellRead';
import { CurveAccumulator } from './curveAccumulator';
import type { CurveMapping, CurveParseOptions } from './curveTypes';
import { throwIfAborted } from '../io-error';
import { isValidPod, normalisePod, invalidPodMessage } from '../../model/pod';
import type { RawTable } from './table';
import { podInHeader } from './curveMeasure';

export class CurveRowContext {
  readonly accs = new Map<string, CurveAccumulator>();
  private readonly fixedPod: string | null;
  /** Wide layout: the POD of each value column, from its header. */
  readonly columnPods: string[] = [];

  constructor(
    readonly t: RawTable,
    readonly m: CurveMapping,
    readonly opts: CurveParseOptions,
  ) {
    if (m.unit === 'unknown') {
      throw cellError(t, undefined, undefined, 'io/bad-value', { code: 'io.curve-row-context.state-unit-values-kwh' });
    }
    if (m.layout === 'wide') {
      this.fixedPod = null;
      this.columnPods = m.valueColumns.map((c) => {
        const pod = podInHeader(readText(t, m.headerRow ?? 0, c));
        if (pod === null || !isValidPod(pod)) throw cellError(t, m.headerRow ?? 0, c, 'io/bad-pod', { code: 'io.curve-row-context.header-without-valid-pod' });
        return pod;
      });
    } else if (m.podColumn === null) {
      const p = normalisePod(m.pod ?? '');
      if (!isValidPod(p)) {
        throw cellError(t, undefined, undefined, 'io/bad-pod', m.pod ? invalidPodMessage(m.pod) : { code: 'io.curve.no-pod-column' });
      }
      this.fixedPod = p;
    } else this.fixedPod = null;
  }

  /** kWh per unit read: 1 for kWh, step/60 for kW. */
  get factor(): number {
    return this.m.unit === 'kW' ? this.m.stepMinutes / 60 : 1;
  }

  /** Accumulator of the row's POD. */
  acc(r: number): CurveAccumulator {
    let pod = this.fixedPod;
    if (pod === null) {
      pod = normalisePod(readText(this.t, r, this.m.podColumn!));
      if (!isValidPod(pod)) {
        throw cellError(this.t, r, this.m.podColumn!, 'io/bad-pod', invalidPodMessage(pod));
      }
    }
    return this.accOf(pod);
  }

  /** Accumulator of a POD, created on first use. */
  accOf(pod: string): CurveAccumulator {
    let a = this.accs.get(pod);
    if (!a) {
      a = new CurveAccumulator(pod, this.m.stepMinutes);
      this.accs.set(pod, a);
    }
    return a;
  }

  /** Value [kWh] of a cell, NaN when empty. */
  value(r: number, c: number): number {
    const cell = this.t.rows[r]?.[c];
    if (typeof cell === 'number') return cell * this.factor;
    const v = readNumber(this.t, r, c);
    return v === null ? NaN : v * this.factor;
  }

  /** Progress/cancellation every 512 rows. */
  tick(r: number, from: number, to: number): void {
    if ((r & 511) !== 0) return;
    throwIfAborted(this.opts.signal, this.t.file);
    this.opts.onProgress?.((r - from) / Math.max(1, to - from));
  }
}
