/** Shared per-row helpers of the curve parsers: POD resolution, fast numeric reads, progress. */
import { cellError, readNumber, readText } from './cellRead';
import { CurveAccumulator } from './curveAccumulator';
import type { CurveMapping, CurveParseOptions } from './curveTypes';
import { throwIfAborted } from '../io-error';
import { isValidPod, normalisePod, invalidPodMessage } from '../../model/pod';
import { formatMessage } from '../../model/messages';
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
      throw cellError(t, undefined, undefined, 'io/bad-value', 'indicare l’unità dei valori: kWh (energia) o kW (potenza media)', 'state the unit of the values: kWh (energy) or kW (average power)');
    }
    if (m.layout === 'wide') {
      this.fixedPod = null;
      this.columnPods = m.valueColumns.map((c) => {
        const pod = podInHeader(readText(t, m.headerRow ?? 0, c));
        if (pod === null || !isValidPod(pod)) throw cellError(t, m.headerRow ?? 0, c, 'io/bad-pod', 'intestazione senza un POD valido (una colonna per POD)', 'header without a valid POD (one column per POD)');
        return pod;
      });
    } else if (m.podColumn === null) {
      const p = normalisePod(m.pod ?? '');
      if (!isValidPod(p)) {
        throw cellError(t, undefined, undefined, 'io/bad-pod', m.pod ? formatMessage(invalidPodMessage(m.pod), 'it') : 'il file non ha una colonna POD: indicare il POD della curva', m.pod ? formatMessage(invalidPodMessage(m.pod), 'en') : 'the file has no POD column: state the POD of the curve');
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
        throw cellError(this.t, r, this.m.podColumn!, 'io/bad-pod', formatMessage(invalidPodMessage(pod), 'it'), formatMessage(invalidPodMessage(pod), 'en'));
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
