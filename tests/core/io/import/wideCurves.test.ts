/** Wide curve tables (a timestamp and one column per POD) and what a curve file measures. */
import { describe, expect, it } from 'vitest';
import { csvTable } from '../../../../core/io/import/readTables';
import { parseCurves } from '../../../../core/io/import/parseCurves';
import { previewCurveTable } from '../../../../core/io/import/curvePreview';
import { detectMeasure } from '../../../../core/io/import/curveMeasure';

const A = 'IT001E00000001';
const B = 'IT001E00000002';

function rows(stepMin: number, n: number, header: string, value: (i: number) => string): string {
  const out = [header];
  for (let i = 0; i < n; i++) {
    const t = new Date(Date.UTC(2025, 0, 15, 0, i * stepMin));
    const dd = String(t.getUTCDate()).padStart(2, '0');
    const hh = String(t.getUTCHours()).padStart(2, '0');
    const mm = String(t.getUTCMinutes()).padStart(2, '0');
    out.push(`${dd}/01/2025 ${hh}:${mm};${value(i)}`);
  }
  return out.join('\n');
}

describe('wide curve tables', () => {
  it('reads an hourly table with one kWh column per POD', () => {
    // 15 Jan 2025, CET (UTC+1): 00:00 civil = 23:00 UTC on the 14th.
    const t = csvTable(rows(60, 24, `Data ora;${A} (kWh);${B} (kWh)`, (i) => `${i};${2 * i}`), 'wide.csv');
    const p = previewCurveTable(t);
    expect(p.layout).toBe('wide');
    expect(p.stepMinutes).toBe(60);
    expect(p.unit).toBe('kWh');
    const curves = parseCurves(t, p.mapping);
    expect(curves.map((c) => c.pod)).toEqual([A, B]);
    const [a, b] = curves;
    expect(a!.series.base.startUtcMs).toBe(Date.UTC(2025, 0, 14, 23));
    expect(a!.series.base.length).toBe(24);
    expect(Array.from(a!.series.kWh).reduce((s, x) => s + x, 0)).toBe(276); // 0+…+23
    expect(Array.from(b!.series.kWh).reduce((s, x) => s + x, 0)).toBe(552);
  });

  it('reads a quarter-hour table in kW (energy = kW × 0.25 h) and leaves an empty cell as a gap of that POD only', () => {
    const t = csvTable(rows(15, 8, `Timestamp;POD ${A} kW;POD ${B} kW`, (i) => (i === 3 ? ';8' : '4;8')), 'wide15.csv');
    const p = previewCurveTable(t);
    expect(p.layout).toBe('wide');
    expect(p.stepMinutes).toBe(15);
    expect(p.unit).toBe('kW');
    const [a, b] = parseCurves(t, p.mapping, { repair: false });
    expect(Array.from(b!.series.kWh)).toEqual(new Array(8).fill(2));
    expect(Array.from(a!.series.kWh)).toEqual([1, 1, 1, NaN, 1, 1, 1, 1]);
  });
});

describe('what a curve measures', () => {
  it('reads it from the headers, else takes a distributor download as withdrawal', () => {
    expect(detectMeasure(['Data', 'Energia prelevata (kWh)'])).toEqual({ measure: 'withdrawal', detected: true });
    expect(detectMeasure(['Data', 'Energia immessa kWh'])).toEqual({ measure: 'injection', detected: true });
    expect(detectMeasure(['Consumo sottocontatore kWh'])).toEqual({ measure: 'consumption', detected: true });
    expect(detectMeasure(['Data', 'kWh'])).toEqual({ measure: 'withdrawal', detected: false });
    expect(detectMeasure(['Prelievi e immissioni'])).toEqual({ measure: 'withdrawal', detected: false });
    const t = csvTable(rows(60, 24, 'Data ora;Immissione (kWh)', () => '1'), 'imm.csv');
    expect(previewCurveTable(t)).toMatchObject({ layout: 'long', measure: 'injection', measureDetected: true, mapping: { measure: 'injection' } });
  });
});
