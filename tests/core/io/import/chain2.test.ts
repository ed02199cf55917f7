/**
 * Chain 2 exports, hand-computed kWh per quarter hour. 15 January 2025 is CET (UTC+1):
 * civil 10:00 = 09:00 UTC.
 */
import { describe, expect, it } from 'vitest';
import { countersToQuarterHours, powerToQuarterHours } from '../../../../core/io/import/chain2Energy';
import { csvTable } from '../../../../core/io/import/readTables';
import { previewCurveTable } from '../../../../core/io/import/curvePreview';
import { parseCurves } from '../../../../core/io/import/parseCurves';

const at = (hh: number, mm: number, ss = 0) => Date.UTC(2025, 0, 15, hh - 1, mm, ss);
const round = (xs: ArrayLike<number>) => Array.from(xs, (x) => (Number.isNaN(x) ? NaN : Math.round(x * 1e9) / 1e9));

describe('Chain 2 counters', () => {
  it('turns readings into quarter-hour energy through a reset and a gap', () => {
    // Counter [kWh]: 10:00 1.0 · 10:07:30 1.5 · 10:15 2.0 · 10:30 2.6 · reset · 10:37:30 0.1 · 10:45 0.4 · (gap) · 11:30 1.3 · 11:45 1.5
    const r = countersToQuarterHours([
      { t: at(10, 0), v: 1.0 },
      { t: at(10, 7, 30), v: 1.5 },
      { t: at(10, 15), v: 2.0 },
      { t: at(10, 30), v: 2.6 },
      { t: at(10, 37, 30), v: 0.1 },
      { t: at(10, 45), v: 0.4 },
      { t: at(11, 30), v: 1.3 },
      { t: at(11, 45), v: 1.5 },
    ]);
    expect(r.series.base).toMatchObject({ startUtcMs: at(10, 0), stepMinutes: 15, length: 7 });
    // 10:00 2.0−1.0 · 10:15 2.6−2.0 · 10:30 0.1 (from zero after the reset) + 0.3 ·
    // 10:45–11:30 0.9 spread over three quarters · 11:30 0.2
    expect(round(r.series.kWh)).toEqual([1.0, 0.6, 0.4, 0.3, 0.3, 0.3, 0.2]);
    expect(r.resets).toBe(1);
    expect(r.filledQuarters).toBe(3);
    expect(r.gaps).toEqual([{ fromMs: at(10, 45), toMs: at(11, 30) }]);
    // The counter's own total: 1.6 + 0.1 + 1.4 = 3.1 kWh, kept exactly.
    expect(Array.from(r.series.kWh).reduce((s, x) => s + x, 0)).toBeCloseTo(3.1, 12);
  });

  it('leaves the partial quarter hours at the ends missing and splits a reading across a boundary', () => {
    // 10:05 → 10:25, 0.4 kWh at uniform power: 10/20 of it in 10:05–10:15, 10/20 in 10:15–10:25.
    const r = countersToQuarterHours([
      { t: at(10, 5), v: 0 },
      { t: at(10, 25), v: 0.4 },
    ]);
    expect(round(r.series.kWh)).toEqual([NaN, NaN]);
    const s = countersToQuarterHours([
      { t: at(10, 0), v: 0 },
      { t: at(10, 20), v: 0.4 },
      { t: at(10, 30), v: 0.5 },
    ]);
    expect(round(s.series.kWh)).toEqual([0.3, 0.2]); // 0.4 × 15/20 · 0.4 × 5/20 + 0.1
  });
});

describe('Chain 2 power samples', () => {
  it('integrates irregular samples, each held until the next', () => {
    // [kW] 10:00 2 · 10:06 1 · 10:13:30 4 · 10:15:45 0 · 10:30 0.5 · 10:45 (end)
    const r = powerToQuarterHours([
      { t: at(10, 0), v: 2 },
      { t: at(10, 6), v: 1 },
      { t: at(10, 13, 30), v: 4 },
      { t: at(10, 15, 45), v: 0 },
      { t: at(10, 30), v: 0.5 },
      { t: at(10, 45), v: 0.5 },
    ]);
    // 10:00–10:15: 2 × 6/60 + 1 × 7.5/60 + 4 × 1.5/60 = 0.2 + 0.125 + 0.1 = 0.425
    // 10:15–10:30: 4 × 0.75/60 = 0.05 · 10:30–10:45: 0.5 × 15/60 = 0.125
    expect(round(r.series.kWh)).toEqual([0.425, 0.05, 0.125]);
    expect(r.filledQuarters).toBe(0);
  });

  it('holds a sample at most 60 minutes: the rest is missing and reported', () => {
    const r = powerToQuarterHours([
      { t: at(10, 0), v: 1 },
      { t: at(12, 0), v: 1 },
      { t: at(12, 15), v: 1 },
    ]);
    expect(round(r.series.kWh)).toEqual([0.25, 0.25, 0.25, 0.25, NaN, NaN, NaN, NaN, 0.25]);
    expect(r.filledQuarters).toBe(4);
    expect(r.gaps).toEqual([{ fromMs: at(11, 0), toMs: at(12, 0) }]);
  });
});

describe('Chain 2 files', () => {
  it('recognises a counters export and imports withdrawal and injection as two curves', () => {
    const csv = [
      'Data ora;Energia prelevata contatore (Wh);Energia immessa contatore (Wh)',
      '15/01/2025 10:00:00;1000;50',
      '15/01/2025 10:07:30;1500;50',
      '15/01/2025 10:15:00;2000;80',
      '15/01/2025 10:30:00;2600;380',
      '15/01/2025 10:37:30;100;380',
      '15/01/2025 10:45:00;400;500',
    ].join('\n');
    const t = csvTable(csv, 'chain2.csv');
    const p = previewCurveTable(t);
    expect(p.layout).toBe('chain2');
    expect(p.unit).toBe('kWh');
    const curves = parseCurves(t, { ...p.mapping, pod: 'IT001E00000001' }, { repair: false });
    expect(curves.map((c) => c.measure)).toEqual(['withdrawal', 'injection']);
    expect(round(curves[0]!.series.kWh)).toEqual([1.0, 0.6, 0.4]);
    expect(round(curves[1]!.series.kWh)).toEqual([0.03, 0.3, 0.12]);
    expect(curves[0]!.quality.notes.join(' ')).toMatch(/1 azzeramenti/);
  });

  it('recognises power samples in W at irregular instants', () => {
    const csv = ['Timestamp;Potenza prelevata (W)', '15/01/2025 10:00:00;2000', '15/01/2025 10:06:00;1000', '15/01/2025 10:13:30;4000', '15/01/2025 10:15:45;0', '15/01/2025 10:30:00;500', '15/01/2025 10:45:00;500'].join('\n');
    const t = csvTable(csv, 'chain2p.csv');
    const p = previewCurveTable(t);
    expect(p.layout).toBe('chain2');
    const [c] = parseCurves(t, { ...p.mapping, pod: 'IT001E00000001' }, { repair: false });
    expect(round(c!.series.kWh)).toEqual([0.425, 0.05, 0.125]);
  });
});
