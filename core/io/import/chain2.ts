/**
 * Chain 2 exports (in-home devices reading the 2G meter): a timestamp column and, for one
 * POD, cumulative counters of withdrawn / injected energy [Wh or kWh] or power samples
 * [W or kW] at irregular instants. Recognised from the headers; each value column becomes a
 * quarter-hour curve of its own measure (core/io/import/chain2Energy for the maths), with
 * the quality report saying what was filled.
 */
import { cellError } from './cellRead';
import { countersToQuarterHours, powerToQuarterHours, type Chain2Energy, type Sample } from './chain2Energy';
import { assessCurve } from './curveQuality';
import type { CurveMapping, CurveParseOptions, ParsedCurve } from './curveTypes';
import type { CurveMeasure } from '../../model/curve-import';
import { parseDateCell, parseTimeCell } from './dateParse';
import { normalizeHeader } from './headerText';
import { civilToUtcCandidates } from '../../model/calendar/romeCivilTime';
import { isValidPod, normalisePod, invalidPodMessage } from '../../model/pod';
import { readNumber } from './cellRead';
import { cellText, isEmptyCell, type RawTable } from './table';

export interface Chain2Column {
  column: number;
  measure: CurveMeasure;
  kind: 'counter' | 'power';
  /** Factor to kWh (counters) or kW (power): 0.001 for Wh / W. */
  factor: number;
}

const COUNTER = /\s(contatore|counter|lettura|letture|registro|register|cumulat[aoie]?|cumulative|progressiv[aoie]|totalizzatore|totale|total)\s/;
const POWER = /\s(potenza|power)\s/;
const INJECTION = /\s(immissione|immessa|injection|injected|export|ceduta|a-)\s/;
const WITHDRAWAL = /\s(prelievo|prelevata|withdrawal|withdrawn|import|a\+)\s/;

/** The Chain 2 reading of a header, or null when it is not one. */
export function chain2Column(header: string, column: number): Chain2Column | null {
  const raw = ` ${header.toLowerCase().replace(/[()[\]]/g, ' ')} `;
  const h = ` ${normalizeHeader(header)} `;
  const measure: CurveMeasure | null = INJECTION.test(h) || /\sa-\s/.test(raw) ? 'injection' : WITHDRAWAL.test(h) || /\sa\+\s/.test(raw) ? 'withdrawal' : null;
  if (measure === null) return null;
  const wh = /\swh\s/.test(h);
  const kwh = /\skwh\s/.test(h);
  const w = /\sw\s/.test(h);
  const kw = /\skw\s/.test(h);
  if (COUNTER.test(h) && (wh || kwh)) return { column, measure, kind: 'counter', factor: wh ? 0.001 : 1 };
  if (POWER.test(h) || w || kw) return { column, measure, kind: 'power', factor: w ? 0.001 : 1 };
  return null;
}

/** Instant [ms UTC] of a row: explicit offset honoured, else Rome civil time (the later of a repeated hour after `prev`). */
function instantOf(t: RawTable, r: number, m: CurveMapping, prev: number): number | null {
  const row = t.rows[r] ?? [];
  const dt = parseDateCell(row[m.dateColumn!]);
  if (!dt) return null;
  let minute = dt.hour * 60 + dt.minute;
  if (m.timeColumn !== null) {
    const tm = parseTimeCell(row[m.timeColumn]);
    if (tm === null) return null;
    minute = tm;
  }
  const naive = Date.UTC(dt.year, dt.month - 1, dt.day) + minute * 60_000 + dt.second * 1000;
  if (dt.offsetMinutes !== undefined) return naive - dt.offsetMinutes * 60_000;
  const c = new Date(naive);
  const cands = civilToUtcCandidates({ year: c.getUTCFullYear(), month: c.getUTCMonth() + 1, day: c.getUTCDate(), hour: c.getUTCHours(), minute: c.getUTCMinutes(), second: c.getUTCSeconds() });
  if (cands.length === 0) return null;
  return cands.length === 2 && cands[0]! <= prev ? cands[1]! : cands[0]!;
}

/** Parses a Chain 2 table: one quarter-hour curve per value column, each with its measure. */
export function parseChain2(t: RawTable, m: CurveMapping, opts: CurveParseOptions = {}): ParsedCurve[] {
  const pod = normalisePod(m.pod ?? '');
  if (!isValidPod(pod)) {
    throw cellError(t, undefined, undefined, 'io/bad-pod', m.pod ? invalidPodMessage(m.pod) : { code: 'io.chain2.no-pod' });
  }
  const header = m.headerRow === null ? [] : (t.rows[m.headerRow] ?? []);
  const cols = m.valueColumns.map((j) => chain2Column(cellText(header[j]), j) ?? { column: j, measure: m.measure ?? 'withdrawal', kind: 'power' as const, factor: 1 });
  const samples = cols.map(() => [] as Sample[]);
  let prev = -Infinity;
  for (let r = m.firstDataRow; r < t.rows.length; r++) {
    const row = t.rows[r];
    if (!row || row.every(isEmptyCell)) continue;
    const at = instantOf(t, r, m, prev);
    if (at === null) throw cellError(t, r, m.dateColumn!, 'io/bad-date', { code: 'io.chain2.timestamp-recognised', params: { value: cellText(row[m.dateColumn!]).slice(0, 30) } });
    if (at < prev) throw cellError(t, r, m.dateColumn!, 'io/date-order', { code: 'io.chain2.timestamps-out-order' });
    if (at === prev) continue; // a repeated reading adds nothing
    prev = at;
    cols.forEach((c, k) => {
      const v = readNumber(t, r, c.column);
      if (v !== null) samples[k]!.push({ t: at, v: v * c.factor });
    });
  }
  return cols.map((c, k) => {
    const s = samples[k]!;
    if (s.length < 2) throw cellError(t, m.firstDataRow, c.column, 'io/empty', { code: 'io.chain2.least-two-readings-needed' });
    const e: Chain2Energy = c.kind === 'counter' ? countersToQuarterHours(s) : powerToQuarterHours(s);
    const notes: string[] = [];
    if (c.kind === 'counter') {
      notes.push(`Contatore cumulativo: energia per quarto d'ora dalle differenze delle letture.`);
      if (e.resets) notes.push(`${e.resets} azzeramenti del contatore: l'energia dopo ciascuno è la nuova lettura.`);
      if (e.filledQuarters) notes.push(`${e.filledQuarters} quarti d'ora in ${e.gaps.length} buchi di letture oltre 15 minuti: totale esatto, ripartito in modo uniforme.`);
    } else {
      notes.push(`Campioni di potenza: energia integrata nel tempo, ogni campione vale fino al successivo (al più 60 minuti).`);
      if (e.filledQuarters) notes.push(`${e.filledQuarters} quarti d'ora non coperti dai campioni: colmati dalla riparazione della curva.`);
    }
    const { series, report } = assessCurve(pod, e.series, 0, opts.repair ?? true, notes);
    return { pod, series, quality: report, measure: c.measure };
  });
}
